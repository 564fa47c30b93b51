//! The store's unit tests, by subject.

pub(super) use tempfile::TempDir;

pub(super) use super::*;
pub(super) use crate::domain::fixtures::{record, t};
pub(super) use crate::domain::*;
pub(super) use crate::store::OutgoingReply;
pub(super) use crate::views::ViewSlug;

mod opening;
mod outbox;
mod records;
mod search;
mod views;

pub(super) fn open_store() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

pub(super) fn outgoing(case_id: &str, body: &str, internal: bool) -> OutgoingReply {
    OutgoingReply {
        case_id: case_id.into(),
        body: body.into(),
        internal,
        language: ReplyLanguage::PtBr,
        files: Vec::new(),
    }
}
