//! The agent's own writes: replies and notes queued for the CRM, and per-case choices.
//! A queued reply is one transaction: the message row (shown at once, marked queued),
//! its search document, and an outbox row with a client-made UUIDv7 — committed with
//! `synchronous=FULL`, so a crash right after "sent" never loses it.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_update::{insert_prepared, CaseEdit};
use super::codec::{from_millis, to_millis};
use super::sync_store::FieldsPayload;
use super::{reply_files, search_index, Store};
use crate::domain::{Delivery, Direction, Message, OutgoingFile, ReplyLanguage};
use crate::domain::{FieldChange, FieldConflict};
use crate::error::{CoreError, ErrorCode, Result};
use crate::root_cause::Taxonomy;

/// What the agent asks to send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OutgoingReply {
    pub case_id: String,
    pub body: String,
    /// An internal note (to colleagues) instead of a public reply.
    pub internal: bool,
    pub language: ReplyLanguage,
    /// Files sent with it (kept in the cache until the CRM has them).
    #[serde(default)]
    pub files: Vec<ReplyFile>,
}

/// A file the agent attached to a reply or note, as the composer read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReplyFile {
    pub file_name: String,
    /// The type the computer gave it (`application/octet-stream` when it gave none).
    pub content_type: String,
    /// The file's bytes, base64-encoded.
    pub content_base64: String,
}

/// At most this many files go with one reply.
pub const MAX_REPLY_FILES: usize = 10;
/// Each file at most this big (Request Tracker's default `MaxAttachmentSize`; Zendesk
/// takes up to 50 MB).
pub const MAX_REPLY_FILE_BYTES: usize = 10_000_000;
/// All files of one reply together at most this big.
pub const MAX_REPLY_TOTAL_BYTES: usize = 25_000_000;

/// The outbox at a glance (the status bar's counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub waiting: u32,
    pub needs_attention: u32,
}

impl OutboxCounts {
    pub fn total(&self) -> u32 {
        self.waiting + self.needs_attention
    }
}

crate::choice_enum! {
    /// What an outbox item carries to the CRM.
    OutboxKind {
        Reply => "reply",
        Note => "note",
        Fields => "fields",
        /// A link to another case (with a note).
        Link => "link",
        /// A merge into another case (with a note on each).
        Merge => "merge",
    }
}

crate::choice_enum! {
    /// Where an outbox item stands, in the order the outbox lists them: those that need
    /// the agent first.
    OutboxState {
        /// Changed in the CRM too: waits for the agent's choice.
        Conflict => "conflict",
        /// Refused by the CRM: kept and shown.
        Rejected => "rejected",
        /// Failed, waiting for its next attempt.
        Failed => "failed",
        /// Waiting for the next sync.
        Pending => "pending",
    }
}

impl rusqlite::types::FromSql for OutboxKind {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        v.as_str()?
            .parse()
            .map_err(|_| rusqlite::types::FromSqlError::InvalidType)
    }
}

impl rusqlite::types::FromSql for OutboxState {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        v.as_str()?
            .parse()
            .map_err(|_| rusqlite::types::FromSqlError::InvalidType)
    }
}

/// One entry of the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OutboxItem {
    pub id: String,
    pub case_id: String,
    pub message_id: Option<String>,
    pub kind: OutboxKind,
    pub state: OutboxState,
    pub attempts: u32,
    /// What went wrong last, for the agent to read.
    pub last_error: Option<String>,
    /// The kind of that failure (`RATE_LIMITED`, `CRM_REJECTED`, `FORBIDDEN`, ...): the
    /// outbox branches on it. `null` for items that never failed (or failed before
    /// Polydesk kept the kind).
    pub last_error_code: Option<ErrorCode>,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    /// The case's subject, for the outbox view.
    pub case_subject: String,
    /// The text of a reply or note (to read or copy).
    pub text: Option<String>,
    /// The field changes of a `fields` item.
    pub changes: Vec<FieldChange>,
    /// Both values of each field in conflict.
    pub conflicts: Vec<FieldConflict>,
}

impl Store {
    /// Queue a reply (or internal note): returns the message as the thread shows it.
    pub fn queue_reply(
        &mut self,
        reply: &OutgoingReply,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        self.queue_reply_with_edit(reply, None, author, now)
    }

    /// Queue a reply together with the case changes that go with it (a macro's status
    /// and tags), in one transaction: the message, its files, the draft's removal and the
    /// field changes are all queued, or — when any part is refused or fails — none is.
    /// A change that solves the case is held to what solving asks, by the data folder's
    /// taxonomy: a root cause (`ROOT_CAUSE_REQUIRED`) and, while an escalation is open,
    /// its outcome (`ESCALATION_OPEN`) — see `prepare_case_edit`.
    /// The changes reach the CRM after the reply.
    pub fn queue_reply_with_edit(
        &mut self,
        reply: &OutgoingReply,
        then: Option<&CaseEdit>,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let prepared = self.prepare_reply(reply, author, now)?;
        let edit = match then {
            Some(edit) => {
                let solves = edit.status.is_some_and(|s| !s.is_open());
                let taxonomy = solves
                    .then(|| Taxonomy::load(self.data_dir()))
                    .transpose()?;
                self.prepare_case_edit(&reply.case_id, edit, taxonomy.as_ref())?
            }
            None => None,
        };
        self.durably_on_case(&reply.case_id, now, |tx| {
            insert_reply(tx, &prepared)?;
            if let Some(edit) = &edit {
                insert_prepared(tx, &reply.case_id, edit, author, now)?;
            }
            Ok(())
        })?;
        Ok(prepared.message)
    }

    /// Check a reply and build what queuing it writes; nothing is written yet.
    fn prepare_reply(
        &self,
        reply: &OutgoingReply,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<PreparedReply> {
        let body = reply.body.trim_end();
        if body.trim().is_empty() {
            return Err(CoreError::invalid_input(
                "the reply is empty: write something before sending",
            ));
        }
        self.require_case(&reply.case_id)?;
        let files = reply_files::decode_reply_files(&reply.files)?;
        let outbox_id = uuid::Uuid::now_v7().to_string();
        let mut message = Message {
            id: format!("local-{outbox_id}"),
            case_id: reply.case_id.clone(),
            author: author.to_string(),
            direction: if reply.internal {
                Direction::Note
            } else {
                Direction::Outbound
            },
            body_text: body.to_string(),
            body_html: None,
            language: Some(reply.language.as_str().to_string()),
            created_at: now,
            delivery: Delivery::Queued,
            attachments: Vec::new(),
        };
        message.attachments = reply_files::listed(&message.id, &files);
        Ok(PreparedReply {
            message,
            outbox_id,
            internal: reply.internal,
            files,
        })
    }

    /// Run `f` in one transaction committed with `synchronous=FULL`: what the agent just
    /// queued survives a power cut the moment they saw it accepted.
    /// `durably`, for an action on one case: its SLA due time is told again in the same
    /// transaction (a reply answers, a status change pauses or stops the clocks).
    pub(super) fn durably_on_case<T>(
        &mut self,
        case_id: &str,
        now: DateTime<Utc>,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let policy = self.sla.clone();
        self.durably(|tx| {
            let value = f(tx)?;
            super::sla_index::refresh(tx, case_id, &policy, now)?;
            Ok(value)
        })
    }

    pub(super) fn durably<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        let result = (|| {
            let tx = self.conn.transaction()?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.views_changed();
        result
    }

    /// How many outbox items are on their way (pending or retrying) and how many need
    /// the agent (refused by the CRM or in conflict).
    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        Ok(self.conn.prepare_cached(
            "SELECT coalesce(sum(state IN ('pending', 'failed')), 0), coalesce(sum(state IN ('rejected', 'conflict')), 0)
             FROM outbox",
        )?
        .query_row([], |r| {
            Ok(OutboxCounts {
                waiting: r.get(0)?,
                needs_attention: r.get(1)?,
            })
        })?)
    }

    /// Everything in the outbox, oldest first.
    pub fn outbox_items(&self) -> Result<Vec<OutboxItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.case_id, o.message_id, o.kind, o.state, o.attempts, o.last_error, o.created_at,
                    c.subject, o.payload, o.last_error_code
             FROM outbox o JOIN cases c ON c.id = o.case_id ORDER BY o.seq",
        )?;
        let items = stmt
            .query_map([], |r| {
                Ok(OutboxItem {
                    id: r.get(0)?,
                    case_id: r.get(1)?,
                    message_id: r.get(2)?,
                    kind: r.get(3)?,
                    state: r.get(4)?,
                    attempts: r.get(5)?,
                    last_error: r.get(6)?,
                    last_error_code: r.get::<_, Option<String>>(10)?.and_then(|c| c.parse().ok()),
                    created_at: from_millis(r.get(7)?),
                    case_subject: r.get(8)?,
                    text: None,
                    changes: Vec::new(),
                    conflicts: Vec::new(),
                })
                .map(|item| with_payload(item, &r.get::<_, String>(9).unwrap_or_default()))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// The agent's reply language for a case (it sticks over suggestions).
    pub fn set_reply_language(
        &mut self,
        case_id: &str,
        lang: ReplyLanguage,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.require_case(case_id)?;
        self.conn.execute(
            "INSERT INTO case_prefs (case_id, reply_language, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (case_id) DO UPDATE SET reply_language = excluded.reply_language, updated_at = excluded.updated_at",
            params![case_id, lang, to_millis(now)],
        )?;
        Ok(())
    }

    /// The reply language the agent chose for a case, if they chose one.
    pub fn reply_language_choice(&self, case_id: &str) -> Result<Option<ReplyLanguage>> {
        Ok(self
            .conn
            .query_row(
                "SELECT reply_language FROM case_prefs WHERE case_id = ?1",
                [case_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Take an item out of the outbox for good (the agent's "discard"): a queued reply
    /// leaves the thread with it. Returns the text of a discarded reply or note, so the
    /// agent can still copy it.
    pub fn discard_outbox_item(&mut self, id: &str) -> Result<Option<String>> {
        let row: Option<(Option<String>, String)> = self
            .conn
            .query_row(
                "SELECT message_id, payload FROM outbox WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((message_id, payload)) = row else {
            return Err(CoreError::not_found(format!("no outbox item with id {id}")));
        };
        let text = serde_json::from_str::<serde_json::Value>(&payload)
            .ok()
            .and_then(|v| v["body"].as_str().map(String::from));
        let policy = self.sla.clone();
        self.durably(|tx| {
            let case_id: String =
                tx.query_row("SELECT case_id FROM outbox WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            tx.execute("DELETE FROM outbox WHERE id = ?1", [id])?;
            if let Some(m) = &message_id {
                search_index::remove_message(tx, m)?;
                tx.execute("DELETE FROM messages WHERE id = ?1", [m])?;
                // A discarded escalation step is no longer one.
                super::escalations::reindex(tx, &case_id)?;
            }
            super::sla_index::refresh(tx, &case_id, &policy, Utc::now())?;
            Ok(())
        })?;
        Ok(text)
    }

    pub(super) fn require_case(&self, case_id: &str) -> Result<()> {
        let exists: Option<i64> = self
            .conn
            .query_row("SELECT 1 FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
            .optional()?;
        exists
            .map(|_| ())
            .ok_or_else(|| CoreError::not_found(format!("no case with id {case_id}")))
    }
}

/// A queued internal note on `case_id` saying `text`, as the thread shows it (its id
/// follows the outbox item's, `outbox_id`).
pub(super) fn queued_note(
    case_id: &str,
    outbox_id: &str,
    text: String,
    author: &str,
    now: DateTime<Utc>,
) -> Message {
    Message {
        id: format!("local-{outbox_id}"),
        case_id: case_id.to_string(),
        author: author.to_string(),
        direction: Direction::Note,
        body_text: text,
        body_html: None,
        language: None,
        created_at: now,
        delivery: Delivery::Queued,
        attachments: Vec::new(),
    }
}

/// A checked reply, ready to be written.
struct PreparedReply {
    message: Message,
    outbox_id: String,
    internal: bool,
    files: Vec<OutgoingFile>,
}

/// The message, its files and its outbox row; the case's draft goes (it was sent).
fn insert_reply(tx: &rusqlite::Transaction<'_>, reply: &PreparedReply) -> Result<()> {
    insert_queued_comment(tx, &reply.message, &reply.outbox_id, reply.internal)?;
    reply_files::insert(tx, &reply.message.id, &reply.files)?;
    tx.execute(
        "DELETE FROM drafts WHERE case_id = ?1",
        [&reply.message.case_id],
    )?;
    Ok(())
}

/// The thread row, its search document and the outbox row of a queued reply or note.
pub(super) fn insert_queued_comment(
    tx: &rusqlite::Transaction<'_>,
    message: &Message,
    outbox_id: &str,
    internal: bool,
) -> Result<()> {
    let payload = serde_json::json!({ "body": message.body_text, "language": message.language });
    let kind = if internal {
        OutboxKind::Note
    } else {
        OutboxKind::Reply
    };
    insert_queued(tx, message, outbox_id, kind, &payload)?;
    if internal {
        super::escalations::reindex(tx, &message.case_id)?;
    }
    Ok(())
}

/// The thread row (shown at once, marked queued), its search document and the outbox
/// row (`payload` holds the text as `body`) of an item that shows in the thread.
pub(super) fn insert_queued(
    tx: &rusqlite::Transaction<'_>,
    message: &Message,
    outbox_id: &str,
    kind: OutboxKind,
    payload: &serde_json::Value,
) -> Result<()> {
    let now = to_millis(message.created_at);
    tx.execute(
        "INSERT INTO messages (id, case_id, author, direction, body_text, body_html, language, created_at, delivery,
                               attachments)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7, 'queued', ?8)",
        params![message.id, message.case_id, message.author, message.direction, message.body_text,
                message.language, now, serde_json::json!(message.attachments).to_string()],
    )?;
    tx.execute(
        "INSERT INTO outbox (id, case_id, message_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![outbox_id, message.case_id, message.id, kind.as_str(), payload.to_string(), now],
    )?;
    search_index::add_doc(
        tx,
        &message.case_id,
        Some(&message.id),
        now,
        &message.body_text,
    )?;
    Ok(())
}

/// Fill in what the outbox view shows from an item's payload.
fn with_payload(mut item: OutboxItem, payload: &str) -> OutboxItem {
    if item.kind == OutboxKind::Fields {
        let p: FieldsPayload = serde_json::from_str(payload).unwrap_or_default();
        item.changes = p.changes;
        item.conflicts = p.conflicts;
    } else {
        item.text = serde_json::from_str::<serde_json::Value>(payload)
            .ok()
            .and_then(|v| v["body"].as_str().map(String::from));
    }
    item
}
