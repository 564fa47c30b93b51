//! The main window. The shell opens it itself (`"create": false` in `tauri.conf.json`) so
//! its page starts with the cache's early state already in hand (the workspace status and
//! the inbox's first page, see `polydesk_api::startup::EarlyState`): the first screen
//! renders without waiting for a command round trip. The page takes each part once, for
//! its first question; it would be stale after a reload. It asks for the status again in
//! the background, and reloads its list on the sync's events like any other time.
//!
//! The window starts hidden (`"visible": false`) and the page shows it once its first
//! screen is drawn ([`show`], through the `show_main_window` command). A window mapped
//! before its web process has drawn anything makes WebKitGTK's UI process wait for the
//! first backing store, up to 500 ms on the main thread, when it draws without GPU
//! compositing (see `rendering.rs`); a window shown once the page is up never waits, and
//! never flashes an empty frame on any platform. Should the page never ask (a script that
//! fails before its first screen), the shell shows the window after [`SHOW_AT_THE_LATEST`].
//! Showing it is also what lets the sync start (`App::first_screen`).

use std::time::Duration;

use std::sync::Arc;

use polydesk_api::startup::{EarlyRead, EarlyState};
use tauri::{App, AppHandle, Manager, WebviewWindowBuilder};

pub const LABEL: &str = "main";
/// The global the page takes the early state from.
pub const EARLY_STATE_GLOBAL: &str = "__POLYDESK_EARLY_STATE__";
/// When the shell shows the window itself if the page has not asked by then.
pub const SHOW_AT_THE_LATEST: Duration = Duration::from_secs(3);

/// The script that hands the page `early` before any of its own scripts run. JSON is a
/// JavaScript expression, so the state goes in as it is serialized.
pub fn early_state_script(early: &EarlyState) -> Option<String> {
    let json = serde_json::to_string(early).ok()?;
    Some(format!(
        "Object.defineProperty(window, '{EARLY_STATE_GLOBAL}', \
         {{ value: {json}, configurable: true, writable: true }});"
    ))
}

/// Opens the main window from its configuration, with the early state `early` read (it
/// was started with the app; the cache it opened becomes the app's). A cache that could
/// not be read gives no early state: the page asks, and the command reports the error.
pub fn open(app: &App, state: &polydesk_api::App, early: EarlyRead) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == LABEL) else {
        return Err(tauri::Error::WindowNotFound);
    };
    let mut builder = WebviewWindowBuilder::from_config(app, config)?;
    let early = early.finish().ok().map(|(store, early)| {
        state.adopt_store(store);
        early
    });
    if let Some(script) = early.as_ref().and_then(early_state_script) {
        builder = builder.initialization_script(&script);
    }
    let window = builder.build()?;
    let app = app.handle().clone();
    std::thread::spawn(move || {
        std::thread::sleep(SHOW_AT_THE_LATEST);
        if window.is_visible().unwrap_or(true) {
            return;
        }
        eprintln!("polydesk: the page did not show its window; showing it");
        if let Err(e) = show(&app) {
            eprintln!("polydesk: the window could not be shown: {e}");
        }
    });
    Ok(())
}

/// Shows the main window (the page's first screen is drawn) and lets the sync start.
/// Showing it again changes nothing.
pub fn show(app: &AppHandle) -> tauri::Result<()> {
    let window = app
        .get_webview_window(LABEL)
        .ok_or(tauri::Error::WindowNotFound)?;
    if !window.is_visible()? {
        window.show()?;
        window.set_focus()?;
    }
    app.state::<Arc<polydesk_api::App>>()
        .first_screen
        .notify_one();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_carries_the_early_state_as_json() {
        let early: EarlyState = serde_json::from_value(sample_early_state()).unwrap();
        let script = early_state_script(&early).unwrap();
        let start = script.find("value: ").unwrap() + "value: ".len();
        let end = script.rfind(", configurable").unwrap();
        let back: EarlyState = serde_json::from_str(&script[start..end]).unwrap();
        assert_eq!(back, early);
        assert!(script.contains(EARLY_STATE_GLOBAL));
    }

    /// A state whose text would end a script or a line if it were pasted in raw.
    fn sample_early_state() -> serde_json::Value {
        serde_json::json!({
            "status": {
                "case_count": 320,
                "cache_bytes": 299_008,
                "last_sync": "demo",
                "agent_name": "Ana </script> \u{2028} 'x' \"y\"",
                "ui_language": "pt-BR",
                "agent_gender": null,
                "file_problems": ["sla-policy.toml: </script>"],
            },
            "first_page": null,
        })
    }
}
