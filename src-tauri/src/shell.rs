//! What the commands ask of the desktop shell: events to the page, the main window shown,
//! a file opened with the computer's default app, a desktop notification.

use std::path::Path;

use polydesk_api::{Event, Shell};
use tauri::plugin::PermissionState;
use tauri::{AppHandle, Emitter};
use tauri_plugin_notification::NotificationExt;
use tauri_plugin_opener::OpenerExt;

pub struct TauriShell {
    app: AppHandle,
    /// The system was asked for leave to notify (once per run; it remembers the answer).
    asked: std::sync::atomic::AtomicBool,
}

impl TauriShell {
    pub fn new(app: AppHandle) -> TauriShell {
        TauriShell {
            app,
            asked: std::sync::atomic::AtomicBool::new(false),
        }
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

    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        let notification = self.app.notification();
        let mut state = notification.permission_state().map_err(|e| e.to_string())?;
        if matches!(
            state,
            PermissionState::Prompt | PermissionState::PromptWithRationale
        ) && !self.asked.swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            state = notification
                .request_permission()
                .map_err(|e| e.to_string())?;
        }
        if state != PermissionState::Granted {
            return Err("notifications are not allowed".into());
        }
        notification
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| e.to_string())
    }
}
