//! What flows between the cache and a CRM connector: pages of remote changes, the
//! mutations Polydesk pushes, and what the CRM answered.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain::CaseRecord;

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

/// What an outbox item asks the CRM to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MutationKind {
    /// A public reply to the customer.
    Reply { body: String },
    /// An internal note for colleagues.
    Note { body: String },
}

/// One outbox item on its way to the CRM.
#[derive(Debug, Clone, PartialEq)]
pub struct Mutation {
    /// Client-made UUIDv7: carried to the CRM where it takes metadata, and used to find
    /// the change again when the outcome of an attempt is unknown.
    pub id: String,
    pub case_id: String,
    /// The CRM's own id for the case.
    pub crm_id: String,
    pub kind: MutationKind,
    /// The case version (the CRM's `updated_at` stamp) the agent saw when writing it.
    pub base_version: Option<String>,
    /// Attempts made so far.
    pub attempts: u32,
    /// When the change was queued (Unix ms): bounds the read-back window.
    pub queued_at_ms: i64,
}

/// What the CRM made of a push.
#[derive(Debug, Clone, PartialEq)]
pub enum PushOutcome {
    /// Applied; the CRM's id for what was created.
    Done { remote_id: Option<String> },
    /// Try again later (rate limit, server error); `after` when the CRM said.
    RetryLater {
        after: Option<Duration>,
        reason: String,
    },
    /// The CRM refused it for good (validation): kept and shown, never blocking the queue.
    Rejected { reason: String },
    /// Someone changed the same thing first: shown to the agent.
    Conflict { reason: String },
    /// No answer (timeout, connection dropped): it may or may not have been applied.
    Unknown { reason: String },
    /// The CRM could not be reached at all: nothing was attempted.
    Offline { reason: String },
    /// The credentials were refused: nothing more can be pushed until the agent signs in.
    Reauthenticate { reason: String },
}

/// Why a connector call failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConnectorError {
    #[error("the CRM cannot be reached: {0}")]
    Offline(String),
    #[error("the CRM did not answer in time: {0}")]
    Timeout(String),
    #[error("the CRM asked to slow down")]
    RateLimited { retry_after: Option<Duration> },
    #[error("the CRM refused the credentials: {0}")]
    Auth(String),
    #[error("the CRM answered with an error: {0}")]
    Server(String),
    #[error("the CRM's answer could not be read: {0}")]
    Protocol(String),
}
