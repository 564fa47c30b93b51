//! The platform floor: one window with a static page that reports its first frame.
//! `POLYDESK_REPORT_READY=1` prints `floor: ui-ready N ms` the way Polydesk prints its own
//! line, N measured from the start of `main` (Polydesk's from its state's creation).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn ready() {
    if std::env::var_os("POLYDESK_REPORT_READY").is_some() {
        let ms = STARTED.get().map_or(0, |t| t.elapsed().as_millis());
        println!("floor: ui-ready {ms} ms");
    }
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("floor: the window could not start: {err}");
            std::process::exit(1);
        });
}
