//! What the commands ask of the desktop shell: events to the page, the main window shown,
//! a file opened with the computer's default app.

use std::path::Path;

use polydesk_api::{Event, Shell};
use tauri::{AppHandle, Emitter};
use tauri_plugin_opener::OpenerExt;

pub struct TauriShell {
    app: AppHandle,
}

impl TauriShell {
    pub fn new(app: AppHandle) -> TauriShell {
        TauriShell { app }
    }
}

impl Shell for TauriShell {
    fn emit(&self, event: &Event) {
        let _ = self.app.emit(event.name(), event.payload());
    }

    fn show_main_window(&self) -> Result<(), String> {
        crate::main_window::show(&self.app).map_err(|e| e.to_string())
    }

    fn open_path(&self, path: &Path) -> Result<(), String> {
        self.app
            .opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| e.to_string())
    }
}
