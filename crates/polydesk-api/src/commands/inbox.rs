//! Commands of the inbox: workspace, views, cases, search, drafts, UI language, start.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::Utc;
use polydesk_api_macros::command;
use polydesk_core::language::UiLanguage;
use polydesk_core::read_model::{
    CaseDetail, CasePage, Draft, SearchHit, ViewCount, WorkspaceStatus,
};
use polydesk_core::views::ViewSlug;
use polydesk_core::{workspace, CoreError};

use crate::error::ApiResult;
use crate::startup::{self, PageStartup};
use crate::App;

fn status_of(app: &App) -> polydesk_core::Result<WorkspaceStatus> {
    app.with_store(|s| workspace::status(s, app.os_locale.as_deref()))
}

/// The workspace as the status bar and the first screen need it.
#[command]
pub async fn workspace_status(app: &App) -> ApiResult<WorkspaceStatus> {
    Ok(status_of(app)?)
}

/// Fill an empty cache from the demo's simulated CRM and keep syncing with it (so offline
/// and conflicts can be tried); resolves once the cases are in the cache. If the simulated
/// CRM cannot start, the demo cases are written directly instead.
#[command]
pub async fn open_demo_workspace(app: &App) -> ApiResult<WorkspaceStatus> {
    if app.with_store(|s| s.case_count())? == 0 {
        if let Err(e) = app.sync.start_demo(app.shared_store()?).await {
            eprintln!(
                "polydesk: the demo CRM could not be used ({e}); writing the demo cases directly"
            );
            app.with_store(|s| polydesk_demo::seed(s, Utc::now()))?;
        }
    }
    Ok(status_of(app)?)
}

/// Keep a damaged (or too new, or foreign) cache under a new name and start a fresh one.
#[command]
pub async fn move_cache_aside(app: &App) -> ApiResult<WorkspaceStatus> {
    app.move_cache_aside()?;
    Ok(status_of(app)?)
}

/// Every built-in view with how many cases it holds now.
#[command]
pub async fn list_views(app: &App) -> ApiResult<Vec<ViewCount>> {
    Ok(app.with_store(|s| s.view_counts(Utc::now()))?)
}

/// A window of a view: `limit` <= 500; `total` is the number of cases in the whole view.
#[command]
pub async fn list_cases(app: &App, view: ViewSlug, offset: u32, limit: u32) -> ApiResult<CasePage> {
    Ok(app.with_store(|s| s.list_cases(view, offset, limit, Utc::now()))?)
}

/// A case with its messages, oldest first. NOT_FOUND for an unknown id.
#[command]
pub async fn get_case(app: &App, id: String) -> ApiResult<CaseDetail> {
    Ok(app.with_store(|s| s.case_detail(&id))?)
}

/// Search subjects and messages, newest first. INVALID_INPUT for a blank query.
#[command]
pub async fn search_cases(app: &App, query: String, limit: u32) -> ApiResult<Vec<SearchHit>> {
    Ok(app.with_store(|s| s.search(&query, limit))?)
}

/// Keep the agent's unsent reply; a blank body deletes the draft (and resolves to null).
#[command]
pub async fn save_draft(app: &App, case_id: String, body: String) -> ApiResult<Option<Draft>> {
    Ok(app.with_store(|s| s.save_draft(&case_id, &body, Utc::now()))?)
}

/// The agent's UI language.
#[command]
pub async fn set_ui_language(app: &App, tag: UiLanguage) -> ApiResult<WorkspaceStatus> {
    app.with_store(|s| workspace::set_ui_language(s, tag))?;
    Ok(status_of(app)?)
}

/// The page asks this once its first screen is drawn: the window starts hidden so that it
/// never shows an empty frame. Showing it also lets the sync start.
#[command]
pub async fn show_main_window(app: &App) -> ApiResult<()> {
    if let Some(shell) = app.shell() {
        shell.show_main_window().map_err(|e| {
            CoreError::Io(std::io::Error::other(format!(
                "the window could not be shown: {e}"
            )))
        })?;
    }
    app.first_screen.notify_one();
    Ok(())
}

/// Once, at the first visible frame of the inbox, with the page's own milestones; the
/// startup benchmark reads the line it prints (`POLYDESK_REPORT_READY=1`).
#[command]
pub async fn ui_ready(app: &App, page: Option<PageStartup>) -> ApiResult<()> {
    if std::env::var_os("POLYDESK_REPORT_READY").is_some() {
        let ready_ms = app.started.elapsed().as_secs_f64() * 1000.0;
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0);
        let line = startup::ready_line(now_ms - ready_ms, ready_ms, page.as_ref());
        println!("polydesk: {line}");
    }
    Ok(())
}
