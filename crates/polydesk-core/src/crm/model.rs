//! What flows between the sync engine and a CRM connector: pages of remote changes, the
//! CRM's answer to a push, and why a call failed.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain::CaseRecord;
use crate::error::ErrorCode;

/// The authenticated CRM user (so the `mine` view works) and what they may do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrmAgent {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    /// Admins may use change streams agents may not (Zendesk's incremental export).
    pub is_admin: bool,
}

/// One page of changes since a cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PullPage {
    /// Cases as the CRM has them now (whole threads).
    pub cases: Vec<CaseRecord>,
    /// Polydesk ids of cases the CRM deleted.
    pub deleted: Vec<String>,
    /// Where the next pull starts; saved with the page in one transaction.
    pub cursor: String,
    /// More pages are ready right away.
    pub has_more: bool,
}

/// What the CRM made of a push.
#[derive(Debug, Clone, PartialEq)]
pub enum PushOutcome {
    /// Applied; the CRM's id for what was created.
    Done { remote_id: Option<String> },
    /// The case changed in the CRM since `base_version` (409 / 412): the engine reads it
    /// back and rebases field changes; replies never meet this.
    Stale { reason: String },
    /// No answer (timeout, connection dropped): it may or may not have been applied.
    Unknown { reason: String },
    /// Not applied, for the reason the error's kind gives: the planner decides from the
    /// kind whether to retry (rate limit, server error), keep it for the agent (refused,
    /// forbidden, gone) or stop pushing (offline, credentials refused).
    Failed(ConnectorError),
}

/// Why a connector call failed. Each kind has its own stable [`ErrorCode`], so the UI and
/// the command line tell them apart without reading the message.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConnectorError {
    /// Nothing got through (no route, refused connection, no DNS).
    #[error("the CRM cannot be reached: {0}")]
    Offline(String),
    /// The CRM did not answer in time.
    #[error("the CRM did not answer in time: {0}")]
    Timeout(String),
    /// Too many requests: wait `retry_after` (when the CRM said) before the next.
    #[error("the CRM asked to slow down{}", retry_text(*retry_after))]
    RateLimited { retry_after: Option<Duration> },
    /// The credentials were refused (401): nothing more until the agent signs in again.
    #[error("the CRM refused the credentials: {0}")]
    Auth(String),
    /// Signed in, but this user may not do that (403).
    #[error("the CRM does not allow this: {0}")]
    Forbidden(String),
    /// What was asked for is not in the CRM (404).
    #[error("not in the CRM: {0}")]
    NotFound(String),
    /// The CRM has a newer version than the one the change was made against (409 / 412).
    #[error("changed in the CRM first: {0}")]
    Conflict(String),
    /// The CRM refused the request and said why (400 / 422 and the like).
    #[error("the CRM refused it: {0}")]
    Rejected(String),
    /// The CRM failed on its side (5xx).
    #[error("the CRM answered with an error: {0}")]
    Server(String),
    /// The answer from `endpoint` could not be read.
    #[error("the CRM's answer to {endpoint} could not be read: {detail}")]
    Malformed { endpoint: String, detail: String },
    /// Something on this computer stops Polydesk from talking to the CRM at all (a bad
    /// address, proxy or certificate, a broken field mapping).
    #[error("{0}")]
    Setup(String),
}

fn retry_text(after: Option<Duration>) -> String {
    after.map_or_else(String::new, |d| {
        format!(" (try again in {} s)", d.as_secs())
    })
}

impl ConnectorError {
    /// The stable code of this kind of failure.
    pub fn code(&self) -> ErrorCode {
        match self {
            ConnectorError::Offline(_) | ConnectorError::Timeout(_) => ErrorCode::Offline,
            ConnectorError::RateLimited { .. } => ErrorCode::RateLimited,
            ConnectorError::Auth(_) => ErrorCode::AuthRefused,
            ConnectorError::Forbidden(_) => ErrorCode::Forbidden,
            ConnectorError::NotFound(_) => ErrorCode::CrmNotFound,
            ConnectorError::Conflict(_) => ErrorCode::Conflict,
            ConnectorError::Rejected(_) => ErrorCode::CrmRejected,
            ConnectorError::Server(_) => ErrorCode::CrmServerError,
            ConnectorError::Malformed { .. } => ErrorCode::CrmMalformed,
            ConnectorError::Setup(_) => ErrorCode::InvalidInput,
        }
    }

    /// An answer that could not be read.
    pub fn malformed(endpoint: impl Into<String>, detail: impl std::fmt::Display) -> Self {
        ConnectorError::Malformed {
            endpoint: endpoint.into(),
            detail: detail.to_string(),
        }
    }

    /// The same failure, its message starting with what it was about (`nota.pdf: ...`).
    pub fn about(self, what: &str) -> Self {
        let at = |m: String| format!("{what}: {m}");
        match self {
            ConnectorError::Offline(m) => ConnectorError::Offline(at(m)),
            ConnectorError::Timeout(m) => ConnectorError::Timeout(at(m)),
            ConnectorError::Auth(m) => ConnectorError::Auth(at(m)),
            ConnectorError::Forbidden(m) => ConnectorError::Forbidden(at(m)),
            ConnectorError::NotFound(m) => ConnectorError::NotFound(at(m)),
            ConnectorError::Conflict(m) => ConnectorError::Conflict(at(m)),
            ConnectorError::Rejected(m) => ConnectorError::Rejected(at(m)),
            ConnectorError::Server(m) => ConnectorError::Server(at(m)),
            ConnectorError::Setup(m) => ConnectorError::Setup(at(m)),
            ConnectorError::Malformed { endpoint, detail } => ConnectorError::Malformed {
                endpoint,
                detail: at(detail),
            },
            limited @ ConnectorError::RateLimited { .. } => limited,
        }
    }

    /// How long the CRM asked to wait, for a rate limit.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ConnectorError::RateLimited { retry_after } => *retry_after,
            _ => None,
        }
    }
}
