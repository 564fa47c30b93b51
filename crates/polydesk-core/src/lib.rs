//! Polydesk's core: the support domain, the local case cache, search, UI language
//! choice and the demo workspace. Knows nothing of Tauri, windows or the UI.

pub mod demo;
pub mod domain;
pub mod error;
pub mod read_model;
pub mod replies;
pub mod reply_guard;
pub mod search;
pub mod startup;
pub mod store;
pub mod sync;
pub mod ui_language;
pub mod views;
pub mod workspace;

pub use error::{CoreError, ErrorCode, ErrorPayload, Result};
