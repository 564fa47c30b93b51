//! Commands of sync: status, "sync now", "work offline", the outbox, conflicts, the CRM
//! connection (its secret goes to the OS keychain), and the demo CRM's switches.

use polydesk_api_macros::command;
use polydesk_core::store::{ConflictResolution, OutboxItem};
use polydesk_core::CoreError;
use polydesk_sync::mapping::CrmMapping;
use polydesk_sync::status::{ConnectionSettings, ConnectionTest, CrmKind, SyncStatus};
use polydesk_sync::{connection, credentials};

use crate::error::ApiResult;
use crate::App;

polydesk_core::choice_enum! {
    /// What the demo's simulated CRM can be made to do.
    DemoAction {
        /// Take it off the network.
        NetworkDown => "network-down",
        /// Put it back.
        NetworkUp => "network-up",
        /// A colleague moves the open case on (status and a note) behind the agent's back.
        ColleagueEdit => "colleague-edit",
    }
}

fn status(app: &App) -> polydesk_core::Result<SyncStatus> {
    let (saved, counts) = app.with_store(|s| Ok((connection::saved(s)?, s.outbox_counts()?)))?;
    Ok(app.sync.status(saved.as_ref(), counts))
}

/// Where sync stands (the status bar).
#[command]
pub async fn get_sync_status(app: &App) -> ApiResult<SyncStatus> {
    Ok(status(app)?)
}

/// Start a sync now (the status arrives as `sync-status` events).
#[command]
pub async fn sync_now(app: &App) -> ApiResult<()> {
    app.sync.wake();
    Ok(())
}

/// "Work offline": changes keep queueing, nothing is sent or fetched.
#[command]
pub async fn set_sync_paused(app: &App, paused: bool) -> ApiResult<SyncStatus> {
    app.sync.set_paused(paused)?;
    Ok(status(app)?)
}

/// Everything not yet in the CRM, oldest first.
#[command]
pub async fn list_outbox(app: &App) -> ApiResult<Vec<OutboxItem>> {
    Ok(app.with_store(|s| s.outbox_items())?)
}

/// Try a failed, refused or conflicting item again at the next sync.
#[command]
pub async fn retry_outbox_item(app: &App, id: String) -> ApiResult<()> {
    app.with_store(|s| {
        if s.retry_outbox_item(&id)? {
            Ok(())
        } else {
            Err(CoreError::not_found(format!(
                "no failed, rejected or conflicting outbox item with id {id}"
            )))
        }
    })?;
    app.sync.wake();
    Ok(())
}

/// Take an item out of the outbox for good; resolves to the text of a reply or note.
#[command]
pub async fn discard_outbox_item(app: &App, id: String) -> ApiResult<Option<String>> {
    Ok(app.with_store(|s| s.discard_outbox_item(&id))?)
}

/// Settle a conflict: a choice for every field in it.
#[command]
pub async fn resolve_conflict(
    app: &App,
    id: String,
    choices: Vec<ConflictResolution>,
) -> ApiResult<()> {
    app.with_store(|s| s.resolve_conflict(&id, &choices))?;
    app.sync.wake();
    Ok(())
}

/// The CRM this workspace syncs with, if one is set up.
#[command]
pub async fn get_connection(app: &App) -> ApiResult<Option<ConnectionSettings>> {
    Ok(app.with_store(|s| connection::saved(s))?)
}

/// Try the settings (a null secret: the one in the OS keychain). INVALID_INPUT for a bad
/// address; a CRM that answers wrongly is reported in the result, by kind.
#[command]
pub async fn test_connection(
    app: &App,
    settings: ConnectionSettings,
    secret: Option<String>,
) -> ApiResult<ConnectionTest> {
    settings.validate()?;
    let secret = match secret.filter(|s| !s.is_empty()) {
        Some(s) => s,
        None => credentials::load_secret(&settings)?.ok_or_else(|| {
            CoreError::invalid_input("enter the password or API token to test the connection")
        })?,
    };
    let http = CrmMapping::load(app.data_dir())?.http();
    Ok(connection::test_connection(&settings, &secret, &http).await)
}

/// Keep the settings, and the secret in the OS keychain (KEYCHAIN when it can't), and
/// sync with them.
#[command]
pub async fn save_connection(
    app: &App,
    settings: ConnectionSettings,
    secret: Option<String>,
) -> ApiResult<SyncStatus> {
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
    let mapping = CrmMapping::load(app.data_dir())?;
    app.sync.stop();
    app.with_store(|s| connection::remember(s, Some(&settings)))?;
    app.sync
        .start(app.shared_store()?, settings, secret, mapping);
    Ok(status(app)?)
}

/// Stop syncing and forget the settings and the secret; the cache and the outbox stay.
#[command]
pub async fn forget_connection(app: &App) -> ApiResult<SyncStatus> {
    app.sync.stop();
    if let Some(saved) = app.with_store(|s| connection::saved(s))? {
        if saved.kind != CrmKind::Demo {
            credentials::delete_secret(&saved)?;
        }
    }
    app.with_store(|s| connection::remember(s, None))?;
    Ok(status(app)?)
}

/// Demo workspace only: act on the built-in simulated CRM.
#[command]
pub async fn demo_simulate(
    app: &App,
    action: DemoAction,
    case_id: Option<String>,
) -> ApiResult<()> {
    let demo = app.sync.demo().ok_or_else(|| {
        CoreError::invalid_input("the demo CRM is not running: open the demo workspace")
    })?;
    match action {
        DemoAction::NetworkDown => demo.set_reachable(false).await,
        DemoAction::NetworkUp => demo.set_reachable(true).await,
        DemoAction::ColleagueEdit => {
            let id = case_id.ok_or_else(|| CoreError::invalid_input("open a case first"))?;
            let crm_id = app.with_store(|s| s.case_detail(&id).map(|d| d.case.crm_id))?;
            if !demo.colleague_edit(&crm_id).await {
                return Err(CoreError::invalid_input(format!(
                    "case {id} cannot be edited in the demo CRM (closed or unknown)"
                ))
                .into());
            }
        }
    }
    app.sync.wake();
    Ok(())
}
