//! Commands that change a case: field edits and escalations (queued, shown at once), and
//! opening its attachments.

use chrono::Utc;
use polydesk_api_macros::command;
use polydesk_core::read_model::{CaseChoices, CaseDetail};
use polydesk_core::store::{CaseEdit, Escalation};
use polydesk_core::{workspace, CoreError};

use crate::error::ApiResult;
use crate::App;

/// Queue field changes; resolves to the case with them shown (the local overlay).
#[command]
pub async fn update_case(app: &App, case_id: String, edit: CaseEdit) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        s.queue_case_edit(&case_id, &edit, Utc::now())?;
        s.case_detail(&case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// Queue an escalation (group, the `escalated` tag, priority, the reason as a note).
/// INVALID_INPUT without a team or a reason.
#[command]
pub async fn escalate_case(app: &App, escalation: Escalation) -> ApiResult<CaseDetail> {
    let detail = app.with_store(|s| {
        workspace::escalate(s, &escalation, Utc::now())?;
        s.case_detail(&escalation.case_id)
    })?;
    app.sync.wake();
    Ok(detail)
}

/// The teams and agents the cache knows (for the field editor and escalations).
#[command]
pub async fn list_case_choices(app: &App) -> ApiResult<CaseChoices> {
    let (groups, assignees) = app.with_store(|s| s.known_groups_and_assignees())?;
    Ok(CaseChoices { groups, assignees })
}

/// Download a message's attachment (once; kept in the data folder) and open it with the
/// computer's default app. Resolves to where the file is. OFFLINE when it was never
/// downloaded and the CRM cannot be reached.
#[command]
pub async fn open_attachment(
    app: &App,
    case_id: String,
    message_id: String,
    attachment_id: String,
) -> ApiResult<String> {
    let found = app.with_store(|s| {
        polydesk_sync::attachments::find(s, &case_id, &message_id, &attachment_id)
    })?;
    let crm = app.sync.connection();
    let path =
        polydesk_sync::attachments::local_copy(crm.as_deref(), app.data_dir(), &found).await?;
    if let Some(shell) = app.shell() {
        shell.open_path(&path).map_err(|e| {
            CoreError::Io(std::io::Error::other(format!(
                "{} was saved to {} but could not be opened: {e}",
                found.attachment.file_name,
                path.display()
            )))
        })?;
    }
    Ok(path.display().to_string())
}
