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

/// Download an attachment (once; kept in the data folder) and open it with the
/// computer's default app. Returns where the file is.
#[tauri::command]
pub async fn open_attachment(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    case_id: String,
    message_id: String,
    attachment_id: String,
) -> CmdResult<String> {
    use tauri_plugin_opener::OpenerExt;
    let found = state.with_store(|s| {
        polydesk_sync::attachments::find(s, &case_id, &message_id, &attachment_id)
    })?;
    let crm = state.sync.connection();
    let path =
        polydesk_sync::attachments::local_copy(crm.as_deref(), state.data_dir(), &found).await?;
    let attachment = found.attachment;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            polydesk_core::CoreError::Io(std::io::Error::other(format!(
                "{} was saved to {} but could not be opened: {e}",
                attachment.file_name,
                path.display()
            )))
        })?;
    Ok(path.display().to_string())
}
