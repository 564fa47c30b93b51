//! Commands that change a case: field edits and escalations (queued, shown at once).

use chrono::Utc;
use polydesk_core::read_model::{CaseChoices, CaseDetail};
use polydesk_core::store::{CaseEdit, Escalation};
use polydesk_core::workspace;
use tauri::State;

use super::CmdResult;
use crate::state::AppState;

#[tauri::command]
pub async fn update_case(
    state: State<'_, AppState>,
    case_id: String,
    edit: CaseEdit,
) -> CmdResult<CaseDetail> {
    let detail = state.with_store(|s| {
        s.queue_case_edit(&case_id, &edit, Utc::now())?;
        s.case_detail(&case_id)
    })?;
    state.sync.wake();
    Ok(detail)
}

#[tauri::command]
pub async fn escalate_case(
    state: State<'_, AppState>,
    escalation: Escalation,
) -> CmdResult<CaseDetail> {
    let detail = state.with_store(|s| {
        workspace::escalate(s, &escalation, Utc::now())?;
        s.case_detail(&escalation.case_id)
    })?;
    state.sync.wake();
    Ok(detail)
}

#[tauri::command]
pub async fn list_case_choices(state: State<'_, AppState>) -> CmdResult<CaseChoices> {
    let (groups, assignees) = state.with_store(|s| s.known_groups_and_assignees())?;
    Ok(CaseChoices { groups, assignees })
}
