//! Commands of the inbox: workspace, views, cases, search, drafts, UI language.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::Utc;
use polydesk_core::read_model::{
    CaseDetail, CasePage, Draft, SearchHit, ViewCount, WorkspaceStatus,
};
use polydesk_core::startup::{self, PageStartup};
use polydesk_core::store::Store;
use polydesk_core::views::ViewSlug;
use polydesk_core::workspace;
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::state::AppState;

/// The workspace status the first screen and the status bar show.
fn workspace_status_of(state: &AppState, store: &Store) -> polydesk_core::Result<WorkspaceStatus> {
    workspace::status(store, state.os_locale.as_deref())
}

#[tauri::command]
pub async fn workspace_status(state: State<'_, AppState>) -> CmdResult<WorkspaceStatus> {
    Ok(state.with_store(|s| workspace_status_of(&state, s))?)
}

/// Fill an empty cache from the demo's simulated CRM and keep syncing with it (so
/// offline and conflicts can be tried); returns once the cases are in the cache. If the
/// simulated CRM cannot start, the demo cases are written directly instead.
#[tauri::command]
pub async fn open_demo_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CmdResult<WorkspaceStatus> {
    if state.with_store(|s| s.case_count())? == 0 {
        let store = state.shared_store()?;
        let synced = match state.sync.ensure_demo().await {
            Ok(demo) => demo.fill(&store).await.map(|_| demo),
            Err(e) => Err(e),
        };
        match synced {
            Ok(demo) => state.sync.start(
                &app,
                store,
                demo.settings(),
                demo.secret(),
                polydesk_sync::demo::DemoCrm::mapping(),
            ),
            Err(e) => {
                eprintln!("polydesk: the demo CRM could not be used ({e}); writing the demo cases directly");
                state.with_store(|s| workspace::seed_demo(s, Utc::now()))?;
            }
        }
    }
    Ok(state.with_store(|s| workspace_status_of(&state, s))?)
}

#[tauri::command]
pub async fn move_cache_aside(state: State<'_, AppState>) -> CmdResult<WorkspaceStatus> {
    state.move_cache_aside()?;
    Ok(state.with_store(|s| workspace_status_of(&state, s))?)
}

#[tauri::command]
pub async fn list_views(state: State<'_, AppState>) -> CmdResult<Vec<ViewCount>> {
    Ok(state.with_store(|s| s.view_counts(Utc::now()))?)
}

#[tauri::command]
pub async fn list_cases(
    state: State<'_, AppState>,
    view: ViewSlug,
    offset: u32,
    limit: u32,
) -> CmdResult<CasePage> {
    Ok(state.with_store(|s| s.list_cases(view, offset, limit, Utc::now()))?)
}

#[tauri::command]
pub async fn get_case(state: State<'_, AppState>, id: String) -> CmdResult<CaseDetail> {
    Ok(state.with_store(|s| s.case_detail(&id))?)
}

#[tauri::command]
pub async fn search_cases(
    state: State<'_, AppState>,
    query: String,
    limit: u32,
) -> CmdResult<Vec<SearchHit>> {
    Ok(state.with_store(|s| s.search(&query, limit))?)
}

#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    case_id: String,
    body: String,
) -> CmdResult<Option<Draft>> {
    Ok(state.with_store(|s| s.save_draft(&case_id, &body, Utc::now()))?)
}

#[tauri::command]
pub async fn set_ui_language(
    state: State<'_, AppState>,
    tag: String,
) -> CmdResult<WorkspaceStatus> {
    Ok(state.with_store(|s| {
        workspace::set_ui_language(s, &tag)?;
        workspace_status_of(&state, s)
    })?)
}

/// The UI calls this once its first screen is drawn: the window starts hidden so that it
/// never shows an empty frame (see `main_window`). Nothing the page could do about a
/// failure: it is logged, and the shell's own timer shows the window anyway.
#[tauri::command]
pub fn show_main_window(app: AppHandle) {
    if let Err(e) = crate::main_window::show(&app) {
        eprintln!("polydesk: the window could not be shown: {e}");
    }
}

/// The UI calls this once the inbox has rendered, with its own milestones; startup
/// measurements read the line (`POLYDESK_REPORT_READY=1`).
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>, page: Option<PageStartup>) {
    if std::env::var_os("POLYDESK_REPORT_READY").is_some() {
        let ready_ms = state.started.elapsed().as_secs_f64() * 1000.0;
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0);
        let line = startup::ready_line(now_ms - ready_ms, ready_ms, page.as_ref());
        println!("polydesk: {line}");
    }
}
