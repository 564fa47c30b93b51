//! The Polydesk desktop shell: a window hosting the web UI and a thin layer of commands
//! over `polydesk-core`. Domain, cache and search logic live in the core crate.

mod commands;
mod state;

use commands::{inbox, replies};
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
        .setup(|app| {
            tauri::Manager::state::<AppState>(app).watch_saved_pack(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            inbox::workspace_status,
            inbox::open_demo_workspace,
            inbox::move_cache_aside,
            inbox::list_views,
            inbox::list_cases,
            inbox::get_case,
            inbox::search_cases,
            inbox::save_draft,
            inbox::set_ui_language,
            inbox::ui_ready,
            replies::list_macros,
            replies::macro_pack_status,
            replies::set_macro_pack_dir,
            replies::get_reply_context,
            replies::set_reply_language,
            replies::render_reply,
            replies::reply_signature,
            replies::check_draft_language,
            replies::send_reply,
            replies::set_agent_gender,
            replies::list_signatures,
            replies::set_signature,
            replies::format_money,
            replies::format_date,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("polydesk: the window could not start: {err}");
            std::process::exit(1);
        });
}
