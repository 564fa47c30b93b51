//! The Polydesk desktop shell: a window hosting the web UI and a thin layer of commands
//! over `polydesk-core`. Domain, cache and search logic live in the core crate.

mod commands;
mod main_window;
mod rendering;
mod state;
mod sync_state;

use commands::{cases, inbox, replies, sync};
use state::AppState;

pub fn run() {
    rendering::choose_rendering_mode();
    let data_dir = match polydesk_core::store::default_data_dir() {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("polydesk: {err}");
            std::process::exit(2);
        }
    };
    let os_locale = sys_locale::get_locale();
    // The cache opens and the first screen's state is read while the toolkit starts.
    let early = polydesk_core::startup::EarlyRead::start(data_dir.clone(), os_locale.clone());
    let state = AppState::new(data_dir, os_locale);
    tauri::Builder::default()
        .manage(state)
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            let state = tauri::Manager::state::<AppState>(app);
            // First: the early read holds the cache until the window takes it over.
            main_window::open(app, &state, early)?;
            state.watch_saved_pack(app.handle());
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let state = tauri::Manager::state::<AppState>(&handle);
                state.first_screen.notified().await;
                // A cache that cannot be opened is reported by the UI's first command.
                if let Ok(store) = state.shared_store() {
                    if let Err(e) = state
                        .sync
                        .resume_saved(&handle, store, state.data_dir())
                        .await
                    {
                        eprintln!("polydesk: sync could not start: {e}");
                    }
                }
            });
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
            inbox::show_main_window,
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
            cases::update_case,
            cases::escalate_case,
            cases::list_case_choices,
            sync::get_sync_status,
            sync::sync_now,
            sync::set_sync_paused,
            sync::list_outbox,
            sync::retry_outbox_item,
            sync::discard_outbox_item,
            sync::resolve_conflict,
            sync::get_connection,
            sync::test_connection,
            sync::save_connection,
            sync::forget_connection,
            sync::demo_simulate,
            cases::open_attachment,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("polydesk: the window could not start: {err}");
            std::process::exit(1);
        });
}
