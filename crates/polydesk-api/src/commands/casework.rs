//! Casework: escalations followed up and resolved, solving with a root cause (and the
//! open escalation's outcome), the root-cause taxonomy and the escalation list. Each step
//! is queued for the CRM like a reply and shown at once.

use chrono::Utc;
use polydesk_api_macros::command;
use polydesk_core::escalation::CaseEscalation;
use polydesk_core::read_model::CaseDetail;
use polydesk_core::root_cause::{RootCause, Taxonomy};
use polydesk_core::store::{FollowUp, Reminder, Solve};
use polydesk_core::workspace;
use polydesk_core::CoreError;

use crate::error::ApiResult;
use crate::App;

/// Note a follow-up on the case's open escalation and move its due time.
/// INVALID_INPUT without a note or an open escalation.
#[command]
pub async fn follow_up_escalation(app: &App, follow_up: FollowUp) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        workspace::follow_up(s, &follow_up, Utc::now())?;
        s.case_detail(&follow_up.case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// Close an escalation's loop with its outcome (`escalation_id` as `CASE_ID:N`).
/// INVALID_INPUT without an outcome or when it is already resolved.
#[command]
pub async fn resolve_escalation(
    app: &App,
    escalation_id: String,
    outcome: String,
) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        let note = workspace::resolve_escalation(s, &escalation_id, &outcome, Utc::now())?;
        s.case_detail(&note.case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// Solve a case. ROOT_CAUSE_REQUIRED without a root cause (when the team requires one);
/// ESCALATION_OPEN while an escalation is open and no outcome is given.
#[command]
pub async fn solve_case(app: &App, solve: Solve) -> ApiResult<CaseDetail> {
    let taxonomy = Taxonomy::load(app.data_dir())?;
    let detail = app.with_store(|s| {
        workspace::solve(s, &solve, &taxonomy, Utc::now())?;
        s.case_detail(&solve.case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// Link two cases that are about the same problem: a note on each naming the other (in
/// Request Tracker each also refers to the other). INVALID_INPUT for the same case twice
/// or cases from different CRMs.
#[command]
pub async fn link_cases(app: &App, case_id: String, other_id: String) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        workspace::link_cases(s, &case_id, &other_id, Utc::now())?;
        s.case_detail(&case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// Merge a duplicate case into another (Zendesk's ticket merge: the case is closed with
/// a note naming the other). INVALID_INPUT for Request Tracker cases (link them) and
/// solved or closed ones; ESCALATION_OPEN while the case has an open escalation.
#[command]
pub async fn merge_cases(app: &App, case_id: String, into_id: String) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        workspace::merge_cases(s, &case_id, &into_id, Utc::now())?;
        s.case_detail(&case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// The root causes to choose from (the data folder's `root-causes.toml`, else the
/// shipped ones), in the file's order.
#[command]
pub async fn list_root_causes(app: &App) -> ApiResult<Vec<RootCause>> {
    Ok(Taxonomy::load(app.data_dir())?.causes)
}

/// Escalations, the soonest due first (only open ones with `open_only`).
#[command]
pub async fn list_escalations(app: &App, open_only: bool) -> ApiResult<Vec<CaseEscalation>> {
    Ok(app.with_store(|s| s.list_escalations(open_only))?)
}

/// Reminders due now and not shown yet (escalations due for follow-up, cases about to
/// breach their SLA), the soonest due first. The page asks every half minute.
#[command]
pub async fn due_reminders(app: &App) -> ApiResult<Vec<Reminder>> {
    Ok(app.with_store(|s| s.due_reminders(Utc::now()))?)
}

/// Show a reminder: remembered as shown (it does not come again) and, when `title` is
/// given, as a desktop notification with the page's words. Returns whether the desktop
/// showed it. NOT_FOUND for a reminder no longer due.
#[command]
pub async fn show_reminder(
    app: &App,
    key: String,
    title: Option<String>,
    body: String,
) -> ApiResult<bool> {
    let now = Utc::now();
    app.with_store(|s| {
        let reminder = s
            .due_reminders(now)?
            .into_iter()
            .find(|r| r.key == key)
            .ok_or_else(|| CoreError::not_found(format!("no reminder {key} is due")))?;
        s.reminder_shown(&reminder, now)
    })?;
    let Some(title) = title else {
        return Ok(false);
    };
    // A desktop that cannot show it is no error: the page shows every reminder itself.
    Ok(app
        .shell()
        .is_some_and(|shell| shell.notify(&title, &body).is_ok()))
}
