//! Polydesk's core: the support domain, the pure decisions over it (merge, sync
//! planning, language choice), the local case cache, search and replies. Knows nothing of
//! Tauri, windows, HTTP or the UI, and nothing of the demo workspace.
//!
//! Arrows point one way. `domain` and `choice` depend on nothing; the pure decisions
//! (`merge`, `planner`, `language`, `reply_guard`, `views`, `sla`, `escalation`,
//! `repeats`, `risk`) on the domain; `crm` is the connector trait and the data that
//! crosses it; `store` (SQLite) on the domain and the pure decisions, never on sync;
//! `replies` and `workspace` on the store. The sync engine that drives connectors against the store
//! lives in `polydesk-sync`.

pub mod choice;
pub mod crm;
pub mod domain;
pub mod error;
pub mod escalation;
pub mod language;
pub mod merge;
pub mod planner;
pub mod read_model;
pub mod repeats;
pub mod replies;
pub mod reply_guard;
pub mod risk;
pub mod root_cause;
pub mod search;
pub mod sla;
pub mod store;
pub mod views;
pub mod workspace;

pub use error::{CoreError, ErrorCode, ErrorPayload, Result};
