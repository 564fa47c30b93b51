//! Commands of sync: status, "sync now", "work offline", the outbox, conflicts, the
//! CRM connection (its secret goes to the OS keychain), and the demo CRM's switches.

use polydesk_core::store::{ConflictResolution, OutboxItem};
use polydesk_core::sync::status::{ConnectionSettings, ConnectionTest, CrmKind, SyncStatus};
use polydesk_core::CoreError;
use polydesk_sync::mapping::CrmMapping;
use polydesk_sync::{connection, credentials};
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::state::AppState;

fn status(state: &AppState) -> polydesk_core::Result<SyncStatus> {
    let (saved, counts) = state.with_store(|s| Ok((connection::saved(s)?, s.outbox_counts()?)))?;
    Ok(state.sync.status(saved.as_ref(), counts))
}

#[tauri::command]
pub async fn get_sync_status(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    Ok(status(&state)?)
}

#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> CmdResult<()> {
    state.sync.wake();
    Ok(())
}

#[tauri::command]
pub async fn set_sync_paused(state: State<'_, AppState>, paused: bool) -> CmdResult<SyncStatus> {
    state.sync.set_paused(paused)?;
    Ok(status(&state)?)
}

#[tauri::command]
pub async fn list_outbox(state: State<'_, AppState>) -> CmdResult<Vec<OutboxItem>> {
    Ok(state.with_store(|s| s.outbox_items())?)
}

#[tauri::command]
pub async fn retry_outbox_item(state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state.with_store(|s| {
        if s.retry_outbox_item(&id)? {
            Ok(())
        } else {
            Err(CoreError::not_found(format!(
                "no failed, rejected or conflicting outbox item with id {id}"
            )))
        }
    })?;
    state.sync.wake();
    Ok(())
}

#[tauri::command]
pub async fn discard_outbox_item(
    state: State<'_, AppState>,
    id: String,
) -> CmdResult<Option<String>> {
    Ok(state.with_store(|s| s.discard_outbox_item(&id))?)
}

#[tauri::command]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    id: String,
    choices: Vec<ConflictResolution>,
) -> CmdResult<()> {
    state.with_store(|s| s.resolve_conflict(&id, &choices))?;
    state.sync.wake();
    Ok(())
}

#[tauri::command]
pub async fn get_connection(state: State<'_, AppState>) -> CmdResult<Option<ConnectionSettings>> {
    Ok(state.with_store(|s| connection::saved(s))?)
}

#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    settings: ConnectionSettings,
    secret: Option<String>,
) -> CmdResult<ConnectionTest> {
    settings.validate()?;
    let secret = match secret.filter(|s| !s.is_empty()) {
        Some(s) => s,
        None => credentials::load_secret(&settings)?.ok_or_else(|| {
            CoreError::invalid_input("enter the password or API token to test the connection")
        })?,
    };
    let http = CrmMapping::load(state.data_dir())?.http();
    Ok(connection::test_connection(&settings, &secret, &http).await)
}

/// Save the connection (the secret to the keychain) and start syncing with it.
#[tauri::command]
pub async fn save_connection(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: ConnectionSettings,
    secret: Option<String>,
) -> CmdResult<SyncStatus> {
    settings.validate()?;
    if settings.kind == CrmKind::Demo {
        return Err(CoreError::invalid_input(
            "the demo CRM is set up by opening the demo workspace",
        )
        .into());
    }
    let secret = match secret.filter(|s| !s.is_empty()) {
        Some(s) => {
            credentials::save_secret(&settings, &s)?;
            s
        }
        None => credentials::load_secret(&settings)?
            .ok_or_else(|| CoreError::invalid_input("enter the password or API token"))?,
    };
    let mapping = CrmMapping::load(state.data_dir())?;
    state.sync.stop();
    state.with_store(|s| connection::remember(s, Some(&settings)))?;
    state
        .sync
        .start(&app, state.shared_store()?, settings, secret, mapping);
    Ok(status(&state)?)
}

/// Stop syncing and forget the CRM (its secret too); the cache stays.
#[tauri::command]
pub async fn forget_connection(state: State<'_, AppState>) -> CmdResult<SyncStatus> {
    state.sync.stop();
    if let Some(saved) = state.with_store(|s| connection::saved(s))? {
        if saved.kind != CrmKind::Demo {
            credentials::delete_secret(&saved)?;
        }
    }
    state.with_store(|s| connection::remember(s, None))?;
    Ok(status(&state)?)
}

/// The demo CRM's switches: off the network, back, a colleague edits a case.
#[tauri::command]
pub async fn demo_simulate(
    state: State<'_, AppState>,
    action: String,
    case_id: Option<String>,
) -> CmdResult<()> {
    let demo = state.sync.demo().ok_or_else(|| {
        CoreError::invalid_input("the demo CRM is not running: open the demo workspace")
    })?;
    match action.as_str() {
        "network-down" => demo.set_reachable(false).await,
        "network-up" => demo.set_reachable(true).await,
        "colleague-edit" => {
            let id = case_id.ok_or_else(|| CoreError::invalid_input("open a case first"))?;
            let crm_id = state.with_store(|s| s.case_detail(&id).map(|d| d.case.crm_id))?;
            if !demo.colleague_edit(&crm_id).await {
                return Err(CoreError::invalid_input(format!(
                    "case {id} cannot be edited in the demo CRM (closed or unknown)"
                ))
                .into());
            }
        }
        other => {
            return Err(CoreError::invalid_input(format!(
                "unknown demo action '{other}' (network-down, network-up, colleague-edit)"
            ))
            .into())
        }
    }
    state.sync.wake();
    Ok(())
}
