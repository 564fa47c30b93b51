//! `sync`, `reply`: the sync engine and the outbox from the command line.

use std::sync::Mutex;

use chrono::Utc;
use polydesk_core::domain::Message;
use polydesk_core::store::{setting, OutgoingReply, ReplyFile, Store};
use polydesk_core::sync::status::{self, ConnectionSettings};
use polydesk_core::sync::{sync_once, Connector, ConnectorError, SyncOptions};
use polydesk_core::CoreError;
use polydesk_sync::connection::connect_mapped;
use polydesk_sync::mapping::CrmMapping;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CrmKind {
    Zendesk,
    Rt,
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

fn connector_error(e: ConnectorError) -> CoreError {
    match e {
        ConnectorError::Auth(m) => {
            CoreError::invalid_input(format!("the CRM refused the credentials: {m}"))
        }
        other => CoreError::Sync(other.to_string()),
    }
}

pub fn run(
    data_dir: &std::path::Path,
    crm: CrmKind,
    url: &str,
    user: Option<String>,
    once: bool,
) -> Result<(), CoreError> {
    let token = secret()?;
    // The team's field mapping and network settings, as the app reads them.
    let mapping = CrmMapping::load(data_dir)?;
    let settings = ConnectionSettings {
        kind: match crm {
            CrmKind::Zendesk => status::CrmKind::Zendesk,
            CrmKind::Rt => status::CrmKind::Rt,
        },
        url: url.to_string(),
        // Zendesk: the agent's email (API token); RT: the user (password). Without:
        // an OAuth bearer / RT auth token.
        user,
    };
    settings.validate()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let crm = connect_mapped(&settings, &token, &mapping.http(), &mapping)
            .await
            .map_err(connector_error)?;
        let agent = crm.agent().name.clone();
        sync_loop(data_dir, &crm, &agent, once).await
    })
}

/// Sync once (`--once`: every pending change whatever its backoff), or every 30 s.
async fn sync_loop<C: Connector>(
    data_dir: &std::path::Path,
    crm: &C,
    agent: &str,
    once: bool,
) -> Result<(), CoreError> {
    let mut store = Store::open(data_dir)?;
    store.set_setting(setting::AGENT_NAME, agent)?;
    let shared = Mutex::new(store);
    loop {
        let opts = SyncOptions {
            ignore_backoff: once,
            now: Utc::now(),
        };
        match sync_once(&shared, crm, &opts).await {
            Ok(r) => {
                eprintln!(
                    "polydesk-cli: pushed {}, found already applied {}, retrying {}, rejected {}, conflicts {}; pulled {} page(s), {} case(s) changed{}",
                    r.pushed, r.found_applied, r.retrying, r.rejected, r.conflicts, r.pulled_pages, r.cases_changed,
                    if r.offline { "; the CRM could not be reached" } else { "" }
                );
                if once {
                    return if r.auth_refused {
                        Err(CoreError::invalid_input("the CRM refused the credentials"))
                    } else if r.left_unsent > 0 {
                        Err(CoreError::Sync(format!(
                            "{} change(s) left unsent (see `outbox list`)",
                            r.left_unsent
                        )))
                    } else {
                        Ok(())
                    };
                }
            }
            Err(e) if once => return Err(e),
            Err(e) => eprintln!("polydesk-cli: {e}"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    }
}

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
    // The command line has no "opened" snapshot to warn against: queue it.
    let author = polydesk_core::workspace::agent_name(store)?;
    store.queue_reply(&reply, &author, Utc::now())
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
