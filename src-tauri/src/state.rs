//! What the shell keeps between commands: where the data lives and the open cache.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use polydesk_core::store::{move_cache_aside, Store};
use polydesk_core::Result;

pub struct AppState {
    data_dir: PathBuf,
    pub os_locale: Option<String>,
    pub started: Instant,
    /// Opened on first use, so a cache that cannot be opened is reported to the UI
    /// (which offers recovery) instead of stopping the app.
    store: Mutex<Option<Store>>,
}

impl AppState {
    pub fn new(data_dir: PathBuf, os_locale: Option<String>) -> Self {
        AppState {
            data_dir,
            os_locale,
            started: Instant::now(),
            store: Mutex::new(None),
        }
    }

    /// Run `f` on the cache, opening it first if needed.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut slot = self.store.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(Store::open(&self.data_dir)?);
        }
        f(slot.as_mut().expect("opened above"))
    }

    /// Close the cache, keep its file under a new name, and open a fresh one.
    pub fn move_cache_aside(&self) -> Result<PathBuf> {
        let mut slot = self.store.lock().unwrap_or_else(|p| p.into_inner());
        *slot = None;
        let aside = move_cache_aside(&self.data_dir, "set-aside")?;
        *slot = Some(Store::open(&self.data_dir)?);
        Ok(aside)
    }
}
