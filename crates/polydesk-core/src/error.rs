//! The core's one error type. Every error carries a stable [`ErrorCode`] that the
//! shell passes to the UI (`{code, message}`) and the CLI maps to exit codes; the
//! message is written for the agent: what happened and what to do.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// Stable codes the UI branches on. Never branch on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ErrorCode {
    /// The request named something malformed or unknown (a bad view slug, an empty query).
    InvalidInput,
    /// The thing asked for does not exist (no case with that id).
    NotFound,
    /// The cache file is not a readable Polydesk database. It is kept where it is until the
    /// agent chooses to move it aside.
    CacheCorrupt,
    /// Another Polydesk process holds the cache.
    CacheLocked,
    /// The cache was written by a newer Polydesk.
    CacheTooNew,
    /// A reply template cannot be rendered (a missing variable, an unknown message): the
    /// text is refused rather than sent with a placeholder in it.
    Template,
    /// The CRM could not be synced with (it answered in a way Polydesk cannot use).
    Sync,
    /// Reading or writing the cache or the file system failed for another reason.
    Storage,
    /// The OS keychain (Secret Service, Keychain, Credential Manager) could not keep or
    /// give back the CRM secret.
    Keychain,
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
    #[error("sync failed: {0}")]
    Sync(String),
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
            CoreError::Sync(_) => ErrorCode::Sync,
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
}

impl From<&CoreError> for ErrorPayload {
    fn from(err: &CoreError) -> Self {
        ErrorPayload {
            code: err.code(),
            message: err.to_string(),
        }
    }
}

impl From<CoreError> for ErrorPayload {
    fn from(err: CoreError) -> Self {
        ErrorPayload::from(&err)
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;
