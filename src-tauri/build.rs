//! Generates the app's command permissions (so the capability can name each command)
//! and Tauri's build-time context from the root `tauri.conf.json`.

const COMMANDS: &[&str] = &[
    "workspace_status",
    "open_demo_workspace",
    "move_cache_aside",
    "list_views",
    "list_cases",
    "get_case",
    "search_cases",
    "save_draft",
    "set_ui_language",
    "ui_ready",
    "show_main_window",
    "list_macros",
    "macro_pack_status",
    "set_macro_pack_dir",
    "get_reply_context",
    "set_reply_language",
    "render_reply",
    "reply_signature",
    "check_draft_language",
    "send_reply",
    "set_agent_gender",
    "list_signatures",
    "set_signature",
    "format_money",
    "format_date",
    "update_case",
    "escalate_case",
    "list_case_choices",
    "get_sync_status",
    "sync_now",
    "set_sync_paused",
    "list_outbox",
    "retry_outbox_item",
    "discard_outbox_item",
    "resolve_conflict",
    "get_connection",
    "test_connection",
    "save_connection",
    "forget_connection",
    "demo_simulate",
    "open_attachment",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step failed");
}
