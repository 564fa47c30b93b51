//! What the agent changes and Polydesk pushes: field changes (each with the value the agent
//! saw), conflicts, and the outbox's mutations. Plain data, shared by the store, the pure
//! decisions (merge, planner) and the connectors.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Priority, Status};

/// What an outbox item asks the CRM to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MutationKind {
    /// A public reply to the customer, with any files attached.
    Reply {
        body: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        files: Vec<OutgoingFile>,
    },
    /// An internal note for colleagues, with any files attached.
    Note {
        body: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        files: Vec<OutgoingFile>,
    },
    /// Field changes (status, priority, assignee, group, tags), each with the value the
    /// agent saw, so a stale update can be rebased field by field.
    Fields { changes: Vec<FieldChange> },
    /// This case refers to another (the CRM id `other`): Request Tracker links them
    /// (`RefersTo`) and records `note` as a comment; Zendesk, which has no links, carries
    /// `note` as an internal note (one such item goes on each of the two cases).
    Link { other: String, note: String },
    /// This case is merged into another (the CRM id `into`): Zendesk's ticket merge,
    /// which closes this one with `note` and adds `into_note` to the other, both internal.
    Merge {
        into: String,
        note: String,
        into_note: String,
    },
}

/// A file that goes with a reply or note.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct OutgoingFile {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for OutgoingFile {
    // The bytes would flood every log line the mutation appears in.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutgoingFile")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl MutationKind {
    /// The files that go with a reply or note (none for the other kinds).
    pub fn files(&self) -> &[OutgoingFile] {
        match self {
            MutationKind::Reply { files, .. } | MutationKind::Note { files, .. } => files,
            MutationKind::Fields { .. }
            | MutationKind::Link { .. }
            | MutationKind::Merge { .. } => &[],
        }
    }

    /// A reply or note with `files` to go with it (the other kinds carry none).
    pub fn with_files(self, files: Vec<OutgoingFile>) -> Self {
        match self {
            MutationKind::Reply { body, .. } => MutationKind::Reply { body, files },
            MutationKind::Note { body, .. } => MutationKind::Note { body, files },
            fields => fields,
        }
    }

    /// The outbox's name for the kind (`reply`, `note`, `fields`, `link`, `merge`).
    pub fn name(&self) -> &'static str {
        match self {
            MutationKind::Reply { .. } => "reply",
            MutationKind::Note { .. } => "note",
            MutationKind::Fields { .. } => "fields",
            MutationKind::Link { .. } => "link",
            MutationKind::Merge { .. } => "merge",
        }
    }
}

/// The version string connectors compare against (the CRM's `updated_at`, to the second).
pub fn version_of(case: &super::Case) -> String {
    version_at(case.updated_at)
}

/// A CRM stamp as a version string (RFC 3339, to the second, `Z`).
pub fn version_at(updated_at: chrono::DateTime<chrono::Utc>) -> String {
    updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// One field the agent changed: the value they saw (`from`) and the one they chose (`to`).
/// Tags are a set: additions and removals never conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "field", rename_all = "snake_case")]
#[ts(export)]
pub enum FieldChange {
    Status {
        from: Status,
        to: Status,
    },
    Priority {
        from: Priority,
        to: Priority,
    },
    Assignee {
        from: Option<String>,
        to: Option<String>,
    },
    Group {
        from: Option<String>,
        to: Option<String>,
    },
    Tags {
        add: Vec<String>,
        remove: Vec<String>,
    },
    /// A custom field, by its Polydesk key (`escalation_due`): it reaches the CRM only
    /// where the team's `crm-mapping.toml` maps that key to a field of theirs.
    Custom {
        key: String,
        from: Option<String>,
        to: Option<String>,
    },
}

/// The same field changed by the agent and in the CRM: both values are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldConflict {
    /// `status`, `priority`, `assignee` or `group`.
    pub field: String,
    /// What the agent saw before changing it.
    pub base: Option<String>,
    /// What the agent chose.
    pub mine: Option<String>,
    /// What the CRM has now.
    pub theirs: Option<String>,
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
