//! What the shell keeps between commands: where the data lives, the open cache, and the
//! macro library (reloaded when the team pack folder changes).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use polydesk_core::replies::{MacroLibrary, MacroPackStatus};
use polydesk_core::store::{move_cache_aside, Store};
use polydesk_core::Result;
use tauri::{AppHandle, Emitter};

use crate::sync_state::SyncSlot;

/// Setting key of the team macro pack folder.
const PACK_DIR: &str = "macro_pack_dir";
/// Event sent to the UI when the library was reloaded.
pub const MACROS_CHANGED: &str = "macros-changed";

pub struct AppState {
    data_dir: PathBuf,
    pub os_locale: Option<String>,
    pub started: Instant,
    /// Opened on first use, so a cache that cannot be opened is reported to the UI
    /// (which offers recovery) instead of stopping the app. Shared with the sync loop.
    store: Mutex<Option<Arc<Mutex<Store>>>>,
    pub sync: SyncSlot,
    /// Notified once the window shows the page's first screen. The sync waits for it: no
    /// change it makes can then reach a page that is not yet listening (the page's first
    /// screen is the cache as the shell read it when opening the window), and its first
    /// pull does not compete with the start.
    pub first_screen: tokio::sync::Notify,
    library: RwLock<Option<Arc<MacroLibrary>>>,
    watcher: Mutex<Option<RecommendedWatcher>>,
}

impl AppState {
    pub fn new(data_dir: PathBuf, os_locale: Option<String>) -> Self {
        AppState {
            data_dir,
            os_locale,
            started: Instant::now(),
            store: Mutex::new(None),
            library: RwLock::new(None),
            watcher: Mutex::new(None),
            sync: SyncSlot::default(),
            first_screen: tokio::sync::Notify::new(),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The cache, opening it first if needed (shared with the sync loop).
    pub fn shared_store(&self) -> Result<Arc<Mutex<Store>>> {
        let mut slot = self.store.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(Arc::new(Mutex::new(Store::open(&self.data_dir)?)));
        }
        Ok(slot.as_ref().expect("opened above").clone())
    }

    /// Takes `store` as the app's cache, opened elsewhere (the early read at start), unless
    /// a cache is already open.
    pub fn adopt_store(&self, store: Store) {
        let mut slot = self.store.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(Arc::new(Mutex::new(store)));
        }
    }

    /// Run `f` on the cache, opening it first if needed.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let store = self.shared_store()?;
        let mut guard = store.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut guard)
    }

    /// Close the cache, keep its file under a new name, and open a fresh one. Sync
    /// stops first (its loop lets go of the cache within moments).
    pub fn move_cache_aside(&self) -> Result<PathBuf> {
        self.sync.stop();
        let mut slot = self.store.lock().unwrap_or_else(|p| p.into_inner());
        *slot = None;
        let aside = move_cache_aside(&self.data_dir, "set-aside")?;
        let mut tries = 0;
        let store = loop {
            match Store::open(&self.data_dir) {
                Err(polydesk_core::CoreError::CacheLocked { .. }) if tries < 40 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                other => break other?,
            }
        };
        *slot = Some(Arc::new(Mutex::new(store)));
        Ok(aside)
    }

    fn pack_dir(&self) -> Result<Option<PathBuf>> {
        Ok(self.with_store(|s| s.setting(PACK_DIR))?.map(PathBuf::from))
    }

    /// The macro library, loaded on first use (built-in plus the team pack, if any).
    pub fn library(&self) -> Result<Arc<MacroLibrary>> {
        if let Some(lib) = self
            .library
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            return Ok(lib.clone());
        }
        self.reload_library()
    }

    fn reload_library(&self) -> Result<Arc<MacroLibrary>> {
        let dir = self.pack_dir()?;
        let lib = Arc::new(MacroLibrary::load(dir.as_deref())?);
        *self.library.write().unwrap_or_else(|p| p.into_inner()) = Some(lib.clone());
        Ok(lib)
    }

    pub fn pack_status(&self) -> Result<MacroPackStatus> {
        let lib = self.library()?;
        Ok(lib.pack_status(self.pack_dir()?.as_deref()))
    }

    /// Use `dir` as the team pack folder (or none), reload, and watch it for changes.
    pub fn set_pack_dir(&self, app: &AppHandle, dir: Option<PathBuf>) -> Result<MacroPackStatus> {
        if let Some(d) = &dir {
            if !d.is_dir() {
                return Err(polydesk_core::CoreError::invalid_input(format!(
                    "{} is not a folder",
                    d.display()
                )));
            }
        }
        let value = dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        self.with_store(|s| s.set_setting(PACK_DIR, &value))?;
        self.reload_library()?;
        self.watch(app, dir.as_deref());
        self.pack_status()
    }

    /// Start watching the saved pack folder (at startup).
    pub fn watch_saved_pack(&self, app: &AppHandle) {
        if let Ok(Some(dir)) = self.pack_dir() {
            self.watch(app, Some(&dir));
        }
    }

    fn watch(&self, app: &AppHandle, dir: Option<&Path>) {
        let mut slot = self.watcher.lock().unwrap_or_else(|p| p.into_inner());
        *slot = None;
        let Some(dir) = dir.filter(|d| d.is_dir()) else {
            return;
        };
        let app = app.clone();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| !e.kind.is_access()) {
                let state = tauri::Manager::state::<AppState>(&app);
                if state.reload_library().is_ok() {
                    let _ = app.emit(MACROS_CHANGED, ());
                }
            }
        });
        match watcher {
            Ok(mut w) => {
                if let Err(e) = w.watch(dir, RecursiveMode::Recursive) {
                    eprintln!("polydesk: cannot watch {}: {e}", dir.display());
                }
                *slot = Some(w);
            }
            Err(e) => eprintln!("polydesk: cannot watch macro packs: {e}"),
        }
    }
}
