//! The test host's shell: events go to every page connected to `/api/events`; showing
//! the window, opening a file and notifications are recorded (there is no window,
//! nothing to open a file with, no desktop), so a test can ask what was done.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use polydesk_api::{Event, Shell};
use serde::Serialize;
use tokio::sync::broadcast;

pub struct HostShell {
    pub events: broadcast::Sender<String>,
    shown: AtomicUsize,
    opened: Mutex<Vec<PathBuf>>,
    notified: Mutex<Vec<Notification>>,
}

/// A desktop notification the page asked for.
#[derive(Debug, Clone, Serialize)]
pub struct Notification {
    pub title: String,
    pub body: String,
}

/// What the shell was asked to do, for tests (`GET /api/test/shell`).
#[derive(Debug, Serialize)]
pub struct ShellRecord {
    pub windows_shown: usize,
    pub opened: Vec<String>,
    pub notifications: Vec<Notification>,
}

impl HostShell {
    pub fn new() -> HostShell {
        HostShell {
            events: broadcast::channel(256).0,
            shown: AtomicUsize::new(0),
            opened: Mutex::new(Vec::new()),
            notified: Mutex::new(Vec::new()),
        }
    }

    pub fn record(&self) -> ShellRecord {
        ShellRecord {
            windows_shown: self.shown.load(Ordering::SeqCst),
            opened: self
                .opened
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            notifications: self
                .notified
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        }
    }
}

impl Shell for HostShell {
    fn emit(&self, event: &Event) {
        let message = serde_json::json!({ "event": event.name(), "payload": event.payload() });
        // No page listening is not an error.
        let _ = self.events.send(message.to_string());
    }

    fn show_main_window(&self) -> Result<(), String> {
        self.shown.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    fn open_path(&self, path: &Path) -> Result<(), String> {
        if !path.is_file() {
            return Err(format!("{} is not a file", path.display()));
        }
        self.opened
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(path.to_path_buf());
        Ok(())
    }

    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        self.notified
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(Notification {
                title: title.to_string(),
                body: body.to_string(),
            });
        Ok(())
    }
}
