//! Polydesk's commands and events, declared once. Each command is one Rust function with
//! `#[command]` (in `commands/`), registered by one line in [`COMMANDS`]. From that one
//! declaration:
//!
//! - every host dispatches by name ([`dispatch`]): the desktop shell (`src-tauri`) from
//!   Tauri's IPC, the test host (`polydesk-testhost`) from HTTP, so a command cannot exist
//!   in one host and not the other;
//! - the TypeScript client, argument and result types, the events and the lists of every
//!   choice are generated into `ui/src/lib/generated/` ([`generate`]);
//! - the app's command list and the permissions its window is granted are generated into
//!   `src-tauri/` (`commands.txt`, `capabilities/main.json`).
//!
//! `cargo test -p polydesk-api` regenerates all of it; the test command fails when the
//! committed copies differ.

mod app;
pub mod commands;
pub mod contract;
pub mod error;
pub mod events;
pub mod generate;
pub mod startup;

pub use app::{App, Shell};
pub use contract::Command;
pub use error::{ApiError, ApiResult};
pub use events::Event;

use std::sync::Arc;

use polydesk_core::{ErrorCode, ErrorPayload};
use serde_json::Value;

macro_rules! commands {
    ($($module:ident :: $name:ident),* $(,)?) => {
        /// Every command the UI may call, in the order the generated client lists them.
        pub const COMMANDS: &[Command] = &[$(commands::$module::$name::COMMAND),*];
    };
}

commands![
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
    cases::open_attachment,
    casework::follow_up_escalation,
    casework::resolve_escalation,
    casework::solve_case,
    casework::link_cases,
    casework::merge_cases,
    casework::list_root_causes,
    casework::list_escalations,
    casework::due_reminders,
    casework::show_reminder,
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
];

/// The command called `name`, if there is one.
pub fn command(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// Run command `name` with the JSON arguments the UI sent (camelCase keys): its result as
/// JSON, or the error as `{code, message}`. An unknown command is `INVALID_INPUT`.
pub async fn dispatch(app: Arc<App>, name: &str, args: Value) -> Result<Value, ErrorPayload> {
    match command(name) {
        Some(command) => (command.call)(app, args).await,
        None => Err(ErrorPayload {
            code: ErrorCode::InvalidInput,
            message: format!("there is no command called '{name}'"),
            retry_at: None,
        }),
    }
}
