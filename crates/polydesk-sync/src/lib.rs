//! Sync with the CRM, Tauri-free: the engine that pushes the outbox and pulls changes
//! through a connector, the loop that runs it in the background (reconnects, pausing,
//! rate limits), the one-pass sync of the command line, the orchestration both the app
//! and the command line use (which CRM, where its secret is kept, how sync resumes), and
//! the status the UI shows. No Tauri here: hosts pass callbacks for what the UI should hear.

pub mod attachments;
pub mod connection;
pub mod credentials;
pub mod decisions;
pub mod demo;
pub mod engine;
pub mod mapping;
pub mod runner;
pub mod service;
pub mod status;

pub use connection::{connect, test_connection, CrmConnection};
pub use engine::{
    reconcile, sync_once, sync_once_with_progress, tell_after_pull, tell_untold_languages,
    tell_untold_sla, SyncOptions, SyncReport,
};
pub use runner::{SyncEvents, SyncHandle};
pub use service::SyncService;
