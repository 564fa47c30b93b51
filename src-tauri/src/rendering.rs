//! How the Linux webview draws the window.
//!
//! WebKitGTK composites every page with OpenGL by default. For Polydesk — text, lists and
//! forms, no video, canvas or WebGL — that mode buys nothing visible and costs memory: on
//! the 320-case demo the web process holds ~100 MB more composited than not (an empty
//! page already pays ~60 MB of it; see the README's benchmark section), and on
//! machines without a GPU (virtual desktops, remote sessions) the "GPU" is Mesa's
//! software rasterizer, compiling shaders at every start. WebKit keeps a non-composited
//! mode for exactly this ("useful to reduce memory usage"); text-first GTK apps such as
//! mail clients run in it. Polydesk selects it unless the environment already decided:
//! `WEBKIT_DISABLE_COMPOSITING_MODE=0` brings compositing back.
//!
//! Known cost (README, Benchmarks): under Xvfb some non-composited starts stall ~500 ms
//! before the page begins to load — an empty Tauri window drawn this way does too, a
//! composited one never did. Not yet explained.

/// WebKitGTK's switch, read by the UI process and inherited by its web processes.
pub const COMPOSITING_SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// The value to give the switch when the environment holds `current`: `None` leaves the
/// environment's own choice alone, whatever it is.
pub fn compositing_switch_value(current: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    match current {
        Some(_) => None,
        None => Some("1"),
    }
}

/// Picks the rendering mode. Call first thing in `main`, before any thread starts (the
/// environment is process-wide) and before the webview exists.
pub fn choose_rendering_mode() {
    #[cfg(target_os = "linux")]
    if let Some(value) = compositing_switch_value(std::env::var_os(COMPOSITING_SWITCH).as_deref()) {
        std::env::set_var(COMPOSITING_SWITCH, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn selects_the_non_composited_mode_when_the_environment_is_silent() {
        assert_eq!(compositing_switch_value(None), Some("1"));
    }

    #[test]
    fn an_explicit_choice_in_the_environment_wins() {
        assert_eq!(compositing_switch_value(Some(OsStr::new("0"))), None);
        assert_eq!(compositing_switch_value(Some(OsStr::new("1"))), None);
        assert_eq!(compositing_switch_value(Some(OsStr::new(""))), None);
    }
}
