//! The core's one error type. Every error carries a stable [`ErrorCode`] that the
//! shell passes to the UI (`{code, message}`) and the CLI maps to exit codes; the
//! message is written for the agent: what happened and what to do.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::choice_enum! {
    /// Stable codes the UI and the command line branch on. Never branch on message text.
    ErrorCode {
        /// The request named something malformed or unknown (a bad view slug, an empty query).
        InvalidInput => "INVALID_INPUT",
        /// The thing asked for does not exist in the cache (no case with that id).
        NotFound => "NOT_FOUND",
        /// The cache file is not a readable Polydesk database. It is kept where it is until
        /// the agent chooses to move it aside.
        CacheCorrupt => "CACHE_CORRUPT",
        /// Another Polydesk process holds the cache.
        CacheLocked => "CACHE_LOCKED",
        /// The cache was written by a newer Polydesk.
        CacheTooNew => "CACHE_TOO_NEW",
        /// A reply template cannot be rendered (a missing variable, an unknown message):
        /// the text is refused rather than sent with a placeholder in it.
        Template => "TEMPLATE",
        /// Solving a case whose escalation is open needs the escalation's outcome in the
        /// same action (the UI asks for it in place).
        EscalationOpen => "ESCALATION_OPEN",
        /// Solving a case needs its root cause (the team requires one).
        RootCauseRequired => "ROOT_CAUSE_REQUIRED",
        /// Reading or writing the cache or the file system failed for another reason.
        Storage => "STORAGE",
        /// The OS keychain (Secret Service, Keychain, Credential Manager) could not keep or
        /// give back the CRM secret.
        Keychain => "KEYCHAIN",
        /// The CRM cannot be reached (no network, no route, no answer in time).
        Offline => "OFFLINE",
        /// The CRM refused the credentials: sign in again.
        AuthRefused => "AUTH_REFUSED",
        /// Signed in, but the CRM does not let this user do that.
        Forbidden => "FORBIDDEN",
        /// What was asked for is not in the CRM (a deleted ticket).
        CrmNotFound => "CRM_NOT_FOUND",
        /// The CRM asked to slow down; `retry_at` says until when, when it said.
        RateLimited => "RATE_LIMITED",
        /// The case changed in the CRM first.
        Conflict => "CONFLICT",
        /// The CRM refused the change and said why (the message carries its reason).
        CrmRejected => "CRM_REJECTED",
        /// The CRM's answer could not be read (the message names the endpoint).
        CrmMalformed => "CRM_MALFORMED",
        /// The CRM failed on its side (a 5xx).
        CrmServerError => "CRM_SERVER_ERROR",
    }
}

impl ErrorCode {
    /// Whether this code is about the CRM (sync), rather than this computer.
    pub fn is_crm(self) -> bool {
        matches!(
            self,
            ErrorCode::Offline
                | ErrorCode::AuthRefused
                | ErrorCode::Forbidden
                | ErrorCode::CrmNotFound
                | ErrorCode::RateLimited
                | ErrorCode::Conflict
                | ErrorCode::CrmRejected
                | ErrorCode::CrmMalformed
                | ErrorCode::CrmServerError
        )
    }
}

/// What went wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{0}")]
    InvalidInput(String),
    #[error("{0}")]
    NotFound(String),
    #[error(
        "The case cache {} is damaged ({detail}). It has been left untouched; \
         move it aside to start a fresh cache (your CRM data will sync again).",
        path.display()
    )]
    CacheCorrupt { path: PathBuf, detail: String },
    #[error(
        "The case cache {} is in use by another Polydesk window or command. \
         Close the other one and try again.",
        path.display()
    )]
    CacheLocked { path: PathBuf },
    #[error(
        "The case cache {} was written by a newer Polydesk (schema {found}, this version knows \
         up to {known}). Update Polydesk, or move the cache aside to start a fresh one.",
        path.display()
    )]
    CacheTooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{0}")]
    Template(String),
    /// The case has an open escalation and no outcome was given.
    #[error("{0}")]
    EscalationOpen(String),
    #[error("{0}")]
    RootCauseRequired(String),
    /// Talking to the CRM failed; the kind says how.
    #[error("{0}")]
    Crm(#[from] crate::crm::ConnectorError),
    #[error("the OS keychain: {0}")]
    Keychain(String),
    #[error("cache error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl CoreError {
    pub fn invalid_input(msg: impl Into<String>) -> Self {
        CoreError::InvalidInput(msg.into())
    }

    pub fn not_found(msg: impl Into<String>) -> Self {
        CoreError::NotFound(msg.into())
    }

    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::InvalidInput(_) => ErrorCode::InvalidInput,
            CoreError::NotFound(_) => ErrorCode::NotFound,
            CoreError::CacheCorrupt { .. } => ErrorCode::CacheCorrupt,
            CoreError::CacheLocked { .. } => ErrorCode::CacheLocked,
            CoreError::CacheTooNew { .. } => ErrorCode::CacheTooNew,
            CoreError::Template(_) => ErrorCode::Template,
            CoreError::EscalationOpen(_) => ErrorCode::EscalationOpen,
            CoreError::RootCauseRequired(_) => ErrorCode::RootCauseRequired,
            CoreError::Crm(e) => e.code(),
            CoreError::Keychain(_) => ErrorCode::Keychain,
            CoreError::Sqlite(_) | CoreError::Io(_) => ErrorCode::Storage,
        }
    }
}

/// The shape an error takes when it crosses into the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    /// `RATE_LIMITED`: when the CRM said to try again (RFC 3339), when it said.
    pub retry_at: Option<String>,
}

impl From<&CoreError> for ErrorPayload {
    fn from(err: &CoreError) -> Self {
        let retry_at = match err {
            CoreError::Crm(e) => e.retry_after().and_then(|d| {
                let at = chrono::Utc::now() + chrono::Duration::from_std(d).ok()?;
                Some(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            }),
            _ => None,
        };
        ErrorPayload {
            code: err.code(),
            message: err.to_string(),
            retry_at,
        }
    }
}

impl From<CoreError> for ErrorPayload {
    fn from(err: CoreError) -> Self {
        ErrorPayload::from(&err)
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;
