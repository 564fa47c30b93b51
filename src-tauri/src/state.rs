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

/// Setting key of the team macro pack folder.
const PACK_DIR: &str = "macro_pack_dir";
/// Event sent to the UI when the library was reloaded.
pub const MACROS_CHANGED: &str = "macros-changed";

pub struct AppState {
    data_dir: PathBuf,
    pub os_locale: Option<String>,
    pub started: Instant,
    /// Opened on first use, so a cache that cannot be opened is reported to the UI
    /// (which offers recovery) instead of stopping the app.
    store: Mutex<Option<Store>>,
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
