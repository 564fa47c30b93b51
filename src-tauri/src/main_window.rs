//! The main window. The shell opens it itself (`"create": false` in `tauri.conf.json`) so
//! its page starts with the workspace status already in hand: the first screen (inbox or
//! welcome) renders without waiting for a command round trip. The page still asks for
//! the status once it runs and takes that answer when it comes; this one only spares the
//! wait (and would be stale after a reload, which is why the page reads it once).

use polydesk_core::read_model::WorkspaceStatus;
use tauri::{App, WebviewWindowBuilder};

use crate::state::AppState;

pub const LABEL: &str = "main";
/// The global the page reads (and deletes) the status from.
pub const INITIAL_STATUS_GLOBAL: &str = "__POLYDESK_INITIAL_STATUS__";

/// The script that hands the page `status` before any of its own scripts run. JSON is a
/// JavaScript expression, so the status goes in as it is serialized.
pub fn initial_status_script(status: &WorkspaceStatus) -> Option<String> {
    let json = serde_json::to_string(status).ok()?;
    Some(format!(
        "Object.defineProperty(window, '{INITIAL_STATUS_GLOBAL}', \
         {{ value: {json}, configurable: true, writable: true }});"
    ))
}

/// Opens the main window from its configuration. A cache that cannot be read gives no
/// initial status: the page asks, and the command reports the error to it.
pub fn open(app: &App, state: &AppState) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == LABEL) else {
        return Err(tauri::Error::WindowNotFound);
    };
    let mut builder = WebviewWindowBuilder::from_config(app, config)?;
    let status =
        state.with_store(|store| crate::commands::inbox::workspace_status_of(state, store));
    if let Some(script) = status.ok().as_ref().and_then(initial_status_script) {
        builder = builder.initialization_script(&script);
    }
    builder.build()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_carries_the_status_as_json() {
        let status: WorkspaceStatus = serde_json::from_value(sample_status()).unwrap();
        let script = initial_status_script(&status).unwrap();
        let start = script.find("value: ").unwrap() + "value: ".len();
        let end = script.rfind(", configurable").unwrap();
        let back: WorkspaceStatus = serde_json::from_str(&script[start..end]).unwrap();
        assert_eq!(back, status);
        assert!(script.contains(INITIAL_STATUS_GLOBAL));
    }

    /// A status whose text would end a script or a line if it were pasted in raw.
    fn sample_status() -> serde_json::Value {
        serde_json::json!({
            "case_count": 320,
            "cache_bytes": 299_008,
            "last_sync": "demo",
            "agent_name": "Ana </script> \u{2028} 'x' \"y\"",
            "ui_language": "pt-BR",
            "agent_gender": null,
        })
    }
}
