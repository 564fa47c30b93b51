//! `sync`, `reply`, `crm-sim`: the app's sync and outbox from the command line. `sync`
//! runs the same orchestration as the app (`polydesk-sync`): `--once` is one pass of the
//! same rounds, without `--once` the app's background loop (`SyncService`).

use std::sync::{Arc, Mutex};

use chrono::Utc;
use polydesk_core::domain::Message;
use polydesk_core::store::{setting, OutgoingReply, ReplyFile, Store};
use polydesk_core::CoreError;
use polydesk_sync::mapping::CrmMapping;
use polydesk_sync::runner::{connect_for_once, run_once, OnceError};
use polydesk_sync::status::{ConnectionSettings, CrmKind, SyncState, SyncStatus};
use polydesk_sync::SyncReport;

/// `--crm`: a CRM the command line can sign in to (not the app's demo CRM).
pub fn crm_kind(text: &str) -> Result<CrmKind, String> {
    match text.parse::<CrmKind>() {
        Ok(CrmKind::Demo) => Err("the demo CRM runs inside the app: use zendesk or rt".into()),
        Ok(kind) => Ok(kind),
        Err(e) => Err(e.to_string()),
    }
}

/// The secret for the CRM: read from the environment, never stored.
fn secret() -> Result<String, CoreError> {
    std::env::var("POLYDESK_CRM_TOKEN")
        .ok()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            CoreError::invalid_input("set POLYDESK_CRM_TOKEN to the CRM password or API token")
        })
}

/// Why `sync` ended without success.
#[derive(Debug, thiserror::Error)]
pub enum SyncFailure {
    /// Bad input, or the cache.
    #[error("{0}")]
    Core(#[from] CoreError),
    /// The pass did not complete: the kind is named.
    #[error("sync did not complete: {0}")]
    Incomplete(String),
}

fn incomplete(e: &OnceError) -> SyncFailure {
    match e {
        OnceError::Store(e) => SyncFailure::Incomplete(format!("{} {e}", e.code())),
        OnceError::Crm(crm) => {
            let payload = polydesk_core::ErrorPayload::from(&CoreError::Crm(crm.clone()));
            let until = payload
                .retry_at
                .map(|at| format!(" (rate limited until {at})"))
                .unwrap_or_default();
            SyncFailure::Incomplete(format!("{} {}{until}", payload.code, payload.message))
        }
        OnceError::LeftUnsent(_) => SyncFailure::Incomplete(format!("{e}")),
    }
}

fn summary(r: &SyncReport) -> String {
    format!(
        "pushed {}, found already applied {}, retrying {}, rejected {}, conflicts {}; pulled {} page(s), {} case(s) changed{}",
        r.pushed,
        r.found_applied,
        r.retrying,
        r.rejected,
        r.conflicts,
        r.pulled_pages,
        r.cases_changed,
        r.stopped
            .as_ref()
            .map(|e| format!("; stopped: {} {e}", e.code()))
            .unwrap_or_default()
    )
}

pub fn run(
    data_dir: &std::path::Path,
    kind: CrmKind,
    url: &str,
    user: Option<String>,
    once: bool,
) -> Result<(), SyncFailure> {
    let token = secret()?;
    // The team's field mapping and network settings, as the app reads them.
    let mapping = CrmMapping::load(data_dir)?;
    let settings = ConnectionSettings {
        kind,
        url: url.to_string(),
        // Zendesk: the agent's email (API token); RT: the user (password). Without:
        // an OAuth bearer / RT auth token.
        user,
    };
    settings.validate()?;
    let store = Arc::new(Mutex::new(Store::open(data_dir)?));
    let runtime = tokio::runtime::Runtime::new().map_err(CoreError::from)?;
    if !once {
        return runtime.block_on(background(store, settings, token, mapping));
    }
    runtime.block_on(async {
        let crm = connect_for_once(&settings, &token, &mapping.http(), &mapping)
            .await
            .map_err(|e| incomplete(&e))?;
        store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .set_setting(setting::AGENT_NAME, &crm.agent().name)?;
        let ran = run_once(&store, &crm, |r| eprintln!("polydesk-cli: {}", summary(r))).await;
        ran.map(|_| ()).map_err(|e| incomplete(&e))
    })
}

/// The app's background loop, in the foreground: each status change on stderr.
async fn background(
    store: Arc<Mutex<Store>>,
    settings: ConnectionSettings,
    secret: String,
    mapping: CrmMapping,
) -> Result<(), SyncFailure> {
    let service = polydesk_sync::SyncService::new(
        Arc::new(|s: &SyncStatus| {
            let why = s
                .error
                .as_ref()
                .map(|e| format!(": {} {}", e.code, e.message))
                .unwrap_or_default();
            match &s.state {
                SyncState::Syncing { .. } | SyncState::Connecting => {}
                state => eprintln!("polydesk-cli: {state:?}, {} waiting{why}", s.pending),
            }
        }),
        Arc::new(|| {}),
    );
    service.start(store, settings, secret, mapping);
    std::future::pending::<()>().await;
    Ok(())
}

/// Queue a reply from the command line: the app's own send (one transaction), without
/// an "opened" snapshot to warn against.
pub fn queue_reply(
    store: &mut Store,
    case_id: &str,
    body: &str,
    internal: bool,
    files: Vec<ReplyFile>,
) -> Result<Message, CoreError> {
    let language = store.case_detail(case_id)?.case.reply_language;
    let reply = OutgoingReply {
        case_id: case_id.to_string(),
        body: body.to_string(),
        internal,
        language,
        files,
    };
    match polydesk_core::workspace::send_reply(store, &reply, None, true, None, Utc::now())? {
        polydesk_core::reply_guard::SendOutcome::Queued { message } => Ok(message),
        polydesk_core::reply_guard::SendOutcome::CaseChanged { .. } => {
            unreachable!("sent anyway: nothing to compare against")
        }
    }
}

/// The files of `reply --attach`, typed by their extension.
pub fn read_attachments(paths: &[std::path::PathBuf]) -> Result<Vec<ReplyFile>, CoreError> {
    use base64::Engine;
    paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| {
                CoreError::invalid_input(format!("cannot read {}: {e}", path.display()))
            })?;
            Ok(ReplyFile {
                file_name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                content_type: mime_guess::from_path(path)
                    .first_or_octet_stream()
                    .essence_str()
                    .to_string(),
                content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
            })
        })
        .collect()
}

/// `crm-sim`: serve the simulator until interrupted.
pub fn serve_sim(port: u16, cases: usize, faults: Option<&str>) -> Result<(), CoreError> {
    let faults = match faults {
        Some(spec) => spec
            .parse()
            .map_err(|e: crm_sim::FaultSpecError| CoreError::invalid_input(e.to_string()))?,
        None => crm_sim::FaultPlan::default(),
    };
    let config = crm_sim::SimConfig {
        cases,
        faults,
        ..crm_sim::SimConfig::default()
    };
    tokio::runtime::Runtime::new()?.block_on(crm_sim::serve_forever(config, port))?;
    Ok(())
}
