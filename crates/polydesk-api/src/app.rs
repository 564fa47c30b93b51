//! What a host keeps between commands: where the data lives, the open cache, the macro
//! library (reloaded when the team pack folder changes), the workspace's sync, and the
//! [`Shell`] the host provides for what only it can do (send events, show the window,
//! open a file, show a notification).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};
use std::time::Instant;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use polydesk_core::replies::{MacroLibrary, MacroPackStatus};
use polydesk_core::store::{move_cache_aside, Store};
use polydesk_core::{CoreError, Result};
use polydesk_sync::status::SyncStatus;
use polydesk_sync::SyncService;

use crate::events::Event;

/// Setting key of the team macro pack folder.
const PACK_DIR: &str = "macro_pack_dir";

/// What only the host can do. The desktop shell does it with Tauri; the test host with
/// its WebSocket and a record of what was asked.
pub trait Shell: Send + Sync + 'static {
    /// Send `event` to the page.
    fn emit(&self, event: &Event);
    /// Show the main window (the page's first screen is drawn).
    fn show_main_window(&self) -> std::result::Result<(), String>;
    /// Open a file with the computer's default app.
    fn open_path(&self, path: &Path) -> std::result::Result<(), String>;
    /// Show a desktop notification (asking the system's permission the first time).
    fn notify(&self, title: &str, body: &str) -> std::result::Result<(), String>;
}

/// The host's shell, once it has one (events before that are dropped: no page listens).
#[derive(Clone, Default)]
struct ShellSlot(Arc<OnceLock<Arc<dyn Shell>>>);

impl ShellSlot {
    fn emit(&self, event: Event) {
        if let Some(shell) = self.0.get() {
            shell.emit(&event);
        }
    }
}

/// One Polydesk workspace as the commands see it.
pub struct App {
    data_dir: PathBuf,
    pub os_locale: Option<String>,
    /// When the host created it (the startup benchmark's clock).
    pub started: Instant,
    /// Opened on first use, so a cache that cannot be opened is reported to the UI
    /// (which offers recovery) instead of stopping the app. Shared with the sync loop.
    store: Mutex<Option<Arc<Mutex<Store>>>>,
    pub sync: SyncService,
    /// Notified once the window shows the page's first screen. The sync waits for it: no
    /// change it makes can then reach a page that is not yet listening (the page's first
    /// screen is the cache as the shell read it when opening the window), and its first
    /// pull does not compete with the start.
    pub first_screen: tokio::sync::Notify,
    library: RwLock<Option<Arc<MacroLibrary>>>,
    watcher: Mutex<Option<RecommendedWatcher>>,
    shell: ShellSlot,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl App {
    pub fn new(data_dir: PathBuf, os_locale: Option<String>) -> Arc<App> {
        let shell = ShellSlot::default();
        let (status_shell, changed_shell) = (shell.clone(), shell.clone());
        let sync = SyncService::new(
            Arc::new(move |s: &SyncStatus| status_shell.emit(Event::SyncStatus(s.clone()))),
            Arc::new(move || changed_shell.emit(Event::CasesChanged(()))),
        );
        Arc::new(App {
            data_dir,
            os_locale,
            started: Instant::now(),
            store: Mutex::new(None),
            sync,
            first_screen: tokio::sync::Notify::new(),
            library: RwLock::new(None),
            watcher: Mutex::new(None),
            shell,
        })
    }

    /// The host's shell; set once, when the host has one.
    pub fn set_shell(&self, shell: Arc<dyn Shell>) {
        let _ = self.shell.0.set(shell);
    }

    pub fn shell(&self) -> Option<&Arc<dyn Shell>> {
        self.shell.0.get()
    }

    pub fn emit(&self, event: Event) {
        self.shell.emit(event);
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The cache, opening it first if needed (shared with the sync loop).
    pub fn shared_store(&self) -> Result<Arc<Mutex<Store>>> {
        let mut slot = lock(&self.store);
        if slot.is_none() {
            *slot = Some(Arc::new(Mutex::new(Store::open(&self.data_dir)?)));
        }
        Ok(slot.as_ref().expect("opened above").clone())
    }

    /// Takes `store` as the app's cache, opened elsewhere (the early read at start), unless
    /// a cache is already open.
    pub fn adopt_store(&self, store: Store) {
        lock(&self.store).get_or_insert_with(|| Arc::new(Mutex::new(store)));
    }

    /// Run `f` on the cache, opening it first if needed.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let store = self.shared_store()?;
        let mut guard = lock(&store);
        f(&mut guard)
    }

    /// Close the cache, keep its file under a new name, and open a fresh one. Sync
    /// stops first (its loop lets go of the cache within moments).
    pub fn move_cache_aside(&self) -> Result<PathBuf> {
        self.sync.stop();
        let mut slot = lock(&self.store);
        *slot = None;
        let aside = move_cache_aside(&self.data_dir, "set-aside")?;
        let mut tries = 0;
        let store = loop {
            match Store::open(&self.data_dir) {
                Err(CoreError::CacheLocked { .. }) if tries < 40 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                other => break other?,
            }
        };
        *slot = Some(Arc::new(Mutex::new(store)));
        Ok(aside)
    }

    /// Start syncing with whatever the workspace has saved, once the first screen is
    /// shown. A cache that cannot be opened is reported by the UI's first command.
    pub async fn resume_sync_after_first_screen(&self) {
        self.first_screen.notified().await;
        if let Ok(store) = self.shared_store() {
            if let Err(e) = self.sync.resume_saved(store, &self.data_dir).await {
                eprintln!("polydesk: sync could not start: {e}");
            }
        }
    }

    fn pack_dir(&self) -> Result<Option<PathBuf>> {
        Ok(self
            .with_store(|s| s.setting(PACK_DIR))?
            .filter(|d| !d.is_empty())
            .map(PathBuf::from))
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
    pub fn set_pack_dir(self: &Arc<Self>, dir: Option<PathBuf>) -> Result<MacroPackStatus> {
        if let Some(d) = &dir {
            if !d.is_dir() {
                return Err(CoreError::invalid_input(format!(
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
        self.watch(dir.as_deref());
        self.pack_status()
    }

    /// Start watching the saved pack folder (at start).
    pub fn watch_saved_pack(self: &Arc<Self>) {
        if let Ok(Some(dir)) = self.pack_dir() {
            self.watch(Some(&dir));
        }
    }

    fn watch(self: &Arc<Self>, dir: Option<&Path>) {
        let mut slot = lock(&self.watcher);
        *slot = None;
        let Some(dir) = dir.filter(|d| d.is_dir()) else {
            return;
        };
        let app = Arc::downgrade(self);
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let Some(app) = app.upgrade() else { return };
            if event.is_ok_and(|e| !e.kind.is_access()) && app.reload_library().is_ok() {
                app.emit(Event::MacrosChanged(()));
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
