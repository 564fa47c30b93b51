//! Offline-first sync with a remote CRM: the connector trait, pure planning, and the
//! engine that carries a plan out against the cache.

pub mod connector;
pub mod engine;
pub mod merge;
pub mod model;
pub mod planner;
mod pull;
pub mod status;

pub use connector::Connector;
pub use engine::{reconcile, sync_once, sync_once_with_progress, SyncOptions, SyncReport};
pub use merge::{ConflictChoice, Rebased};
pub use model::{
    ConnectorError, CrmAgent, FieldChange, FieldConflict, Mutation, MutationKind, OutgoingFile,
    PullPage, PushOutcome,
};
