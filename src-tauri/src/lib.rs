//! The Polydesk desktop shell: a window hosting the web UI and a thin layer of commands
//! over `polydesk-core`. Domain, cache and search logic live in the core crate.

mod commands;
mod state;

use state::AppState;

pub fn run() {
    let data_dir = match polydesk_core::store::default_data_dir() {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("polydesk: {err}");
            std::process::exit(2);
        }
    };
    let state = AppState::new(data_dir, sys_locale::get_locale());
    tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::workspace_status,
            commands::open_demo_workspace,
            commands::move_cache_aside,
            commands::list_views,
            commands::list_cases,
            commands::get_case,
            commands::search_cases,
            commands::save_draft,
            commands::set_ui_language,
            commands::ui_ready,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("polydesk: the window could not start: {err}");
            std::process::exit(1);
        });
}
