//! What the UI shows about sync: the connection the agent configured, the state of the
//! background sync, and first-sync progress. Shapes shared with TypeScript.

use polydesk_core::{CoreError, ErrorPayload};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

polydesk_core::choice_enum! {
    /// Which CRM a workspace syncs with. `demo` is the built-in simulated CRM (no account).
    CrmKind { Zendesk => "zendesk", Rt => "rt", Demo => "demo" }
}

/// Where the CRM is and who signs in. The secret is never part of this: it lives in the
/// OS keychain (or comes from `POLYDESK_CRM_TOKEN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConnectionSettings {
    pub kind: CrmKind,
    /// The CRM's base address as agents know it (`https://acme.zendesk.com`, `http://rt:8080`).
    pub url: String,
    /// Zendesk: the agent's email (API-token sign-in); RT: the user name. `None`: the
    /// secret is an OAuth / auth token.
    pub user: Option<String>,
}

impl ConnectionSettings {
    /// Check the settings before anything is stored or contacted.
    pub fn validate(&self) -> polydesk_core::Result<()> {
        if self.kind == CrmKind::Demo {
            return Ok(());
        }
        let url = self.url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() < 10 {
            return Err(CoreError::invalid_input(format!(
                "'{url}' is not a CRM address: it should start with https:// (e.g. https://acme.zendesk.com)"
            )));
        }
        if let Some(user) = &self.user {
            if user.trim().is_empty() {
                return Err(CoreError::invalid_input(
                    "the user name is empty: fill it in, or leave it out to sign in with a token",
                ));
            }
        }
        Ok(())
    }

    /// The keychain account the secret is kept under.
    pub fn keychain_account(&self) -> String {
        let kind = match self.kind {
            CrmKind::Zendesk => "zendesk",
            CrmKind::Rt => "rt",
            CrmKind::Demo => "demo",
        };
        format!(
            "{kind}:{}:{}",
            self.url.trim().trim_end_matches('/'),
            self.user.as_deref().unwrap_or("token")
        )
    }
}

/// What "test connection" found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConnectionTest {
    pub ok: bool,
    /// The CRM user signed in as.
    pub agent: Option<String>,
    pub is_admin: bool,
    /// Why not, when not ok (`OFFLINE`, `AUTH_REFUSED`, `CRM_MALFORMED`, ...).
    pub error: Option<ErrorPayload>,
    pub message: String,
}

/// First-sync (or long-sync) progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncProgress {
    pub cases_done: u32,
    /// The CRM's count, when it tells.
    pub cases_total: Option<u32>,
    /// Seconds left at the current rate.
    pub eta_seconds: Option<u32>,
}

/// Where background sync stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum SyncState {
    /// No CRM configured: the cache is all there is.
    NotConfigured,
    /// The agent paused sync ("work offline"): changes queue up.
    Paused,
    Connecting,
    Syncing {
        progress: Option<SyncProgress>,
    },
    /// In step with the CRM.
    Online,
    /// The CRM cannot be reached; changes queue up and go when it is back.
    Offline {
        retry_in_seconds: u32,
    },
    /// The CRM asked to slow down: the next sync waits until `retry_at` (RFC 3339).
    RateLimited {
        retry_at: String,
    },
    /// The last sync did not complete for a reason on the CRM's side (it refused this
    /// user, failed, or answered with something unreadable): `error` says which; it is
    /// tried again in `retry_in_seconds`.
    Failed {
        retry_in_seconds: u32,
    },
    /// The CRM refused the credentials (or none are saved): nothing is sent until the
    /// agent signs in again.
    SignInRequired,
    /// Sync cannot start for a reason on this computer (the keychain is locked or
    /// unavailable, `crm-mapping.toml` is broken): the detail says which; changes queue up.
    CannotStart,
}

/// The status bar's view of sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    #[serde(flatten)]
    #[ts(flatten)]
    pub state: SyncState,
    pub crm: Option<CrmKind>,
    /// The CRM user signed in as.
    pub agent: Option<String>,
    /// When the last sync finished (RFC 3339).
    pub last_sync: Option<String>,
    /// Outbox items waiting to go (pending or retrying).
    pub pending: u32,
    /// Outbox items the CRM refused or that conflict: they need the agent.
    pub needs_attention: u32,
    /// What went wrong last, by kind: the status bar branches on its code.
    pub error: Option<ErrorPayload>,
    /// Grows with every status this process makes (the loop's events and the commands'
    /// answers alike): a status that arrives after a newer one is stale and is dropped.
    #[ts(type = "number")]
    pub revision: u64,
}

/// The next revision for a status made now.
pub fn next_revision() -> u64 {
    static REVISION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    REVISION.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
}

/// `err` as the status bar shows it.
pub fn problem_of(err: &CoreError) -> ErrorPayload {
    ErrorPayload::from(err)
}
