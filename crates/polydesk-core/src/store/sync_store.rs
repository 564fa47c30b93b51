//! The cache's side of sync: outbox items as mutations, their fate after an answer, and
//! pull pages applied with their cursor in one transaction.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::codec::{from_millis, to_millis};
use super::search_index::DocBatch;
use super::write::{put_record, Languages};
use super::{search_index, setting, Store};
use crate::domain::CaseRecord;
use crate::domain::{version_at, FieldChange, FieldConflict, Mutation, MutationKind};
use crate::error::Result;
use crate::planner::{remote_is_newer, ItemDecision};
use crate::sla::SlaPolicy;

/// SQLite's default: the log is copied into the database past 1000 pages (4 MB).
pub const DEFAULT_WAL_PAGES: i64 = 1000;
/// During a long pull: 16384 pages (64 MB).
pub const BULK_WAL_PAGES: i64 = 16_384;
/// FTS5's default: segments at one level are merged once 4 of them are there.
const DEFAULT_SEARCH_MERGE: i64 = 4;
/// During a long pull.
const BULK_SEARCH_MERGE: i64 = 8;

/// What a `fields` outbox row holds: the changes, the case version they were made
/// against, and (once the CRM disagreed) the conflicting values.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldsPayload {
    pub changes: Vec<FieldChange>,
    pub base_version: String,
    #[serde(default)]
    pub conflicts: Vec<FieldConflict>,
}

/// An outbox row's kind and payload as a mutation, and the version it goes against
/// (comments: the synced case's; field changes: the one the agent saw).
fn mutation_kind(
    kind: &str,
    payload: &str,
    synced_version: String,
) -> std::result::Result<(MutationKind, String), String> {
    match kind {
        "fields" => {
            let p: FieldsPayload = serde_json::from_str(payload)
                .map_err(|e| format!("its field changes cannot be read ({e})"))?;
            Ok((MutationKind::Fields { changes: p.changes }, p.base_version))
        }
        "reply" | "note" => {
            let body = serde_json::from_str::<serde_json::Value>(payload)
                .ok()
                .and_then(|v| v["body"].as_str().map(String::from))
                .ok_or("its text cannot be read")?;
            let kind = if kind == "note" {
                MutationKind::Note {
                    body,
                    files: Vec::new(),
                }
            } else {
                MutationKind::Reply {
                    body,
                    files: Vec::new(),
                }
            };
            Ok((kind, synced_version))
        }
        "link" | "merge" => {
            let v = serde_json::from_str::<serde_json::Value>(payload)
                .map_err(|e| format!("its {kind} cannot be read ({e})"))?;
            let text = |key: &str| {
                v[key]
                    .as_str()
                    .map(String::from)
                    .ok_or_else(|| format!("its {kind} has no {key}"))
            };
            let kind = if kind == "link" {
                MutationKind::Link {
                    other: text("other")?,
                    note: text("body")?,
                }
            } else {
                MutationKind::Merge {
                    into: text("into")?,
                    note: text("body")?,
                    into_note: text("into_note")?,
                }
            };
            Ok((kind, synced_version))
        }
        other => Err(format!("'{other}' is not a kind of change Polydesk sends")),
    }
}

/// An outbox row as read, before it becomes a mutation.
struct QueuedRow {
    id: String,
    case_id: String,
    crm_id: String,
    kind: String,
    payload: String,
    attempts: u32,
    queued_at_ms: i64,
    not_before_ms: i64,
    synced_version: String,
}

/// An outbox item ready to be planned, with when its backoff ends (Unix ms).
pub struct QueuedMutation {
    /// A reply or note comes without its files' bytes (see `files_from`).
    pub mutation: Mutation,
    pub not_before_ms: i64,
    /// The message whose kept files go with a reply or note: read with
    /// [`Store::sent_files`] only when it is about to be pushed, not on every plan.
    pub files_from: Option<String>,
}

impl Store {
    /// When the earliest outbox item waiting out a backoff after a failed attempt may be
    /// sent again, if any is waiting.
    pub fn next_retry_at(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self.conn.query_row(
            "SELECT MIN(not_before) FROM outbox WHERE state = 'failed'",
            [],
            |r| r.get(0),
        )?;
        Ok(at.map(from_millis))
    }

    /// Outbox items still to push (pending or failed-and-retrying), oldest first.
    /// An item whose stored payload cannot be read (a damaged cache) is not sent: it is
    /// marked refused, with the reason, for the agent to see in the outbox.
    pub fn queued_mutations(&mut self) -> Result<Vec<QueuedMutation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.case_id, c.crm_id, o.kind, o.payload, o.attempts, o.created_at, o.not_before, c.updated_at,
                    CASE WHEN EXISTS (SELECT 1 FROM message_files f WHERE f.message_id = o.message_id)
                         THEN o.message_id END
             FROM outbox o JOIN cases c ON c.id = o.case_id
             WHERE o.state IN ('pending', 'failed') ORDER BY o.seq",
        )?;
        let rows = stmt
            .query_map([], |r| {
                let row = QueuedRow {
                    id: r.get(0)?,
                    case_id: r.get(1)?,
                    crm_id: r.get(2)?,
                    kind: r.get(3)?,
                    payload: r.get(4)?,
                    attempts: r.get(5)?,
                    queued_at_ms: r.get(6)?,
                    not_before_ms: r.get(7)?,
                    synced_version: version_at(from_millis(r.get(8)?)),
                };
                Ok((row, r.get::<_, Option<String>>(9)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        let mut queued = Vec::with_capacity(rows.len());
        for (row, files_from) in rows {
            let (kind, base_version) = match mutation_kind(
                &row.kind,
                &row.payload,
                row.synced_version,
            ) {
                Ok(read) => read,
                Err(reason) => {
                    self.conn.execute(
                            "UPDATE outbox SET state = 'rejected', last_error = ?2, last_error_code = 'STORAGE'
                             WHERE id = ?1",
                            params![
                                row.id,
                                format!("this queued change is damaged in the cache and cannot be sent: {reason}")
                            ],
                        )?;
                    continue;
                }
            };
            queued.push(QueuedMutation {
                mutation: Mutation {
                    id: row.id,
                    case_id: row.case_id,
                    crm_id: row.crm_id,
                    kind,
                    base_version: Some(base_version),
                    attempts: row.attempts,
                    queued_at_ms: row.queued_at_ms,
                },
                not_before_ms: row.not_before_ms,
                files_from,
            });
        }
        Ok(queued)
    }

    /// The case as the CRM has it once field-change item `id` landed: the synced case
    /// with the item's changes on it (`None` for a reply or note).
    fn case_after_fields(&self, id: &str) -> Result<Option<crate::domain::Case>> {
        let row: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT case_id, kind, payload FROM outbox WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((case_id, _, payload)) = row.filter(|(_, kind, _)| kind == "fields") else {
            return Ok(None);
        };
        let payload: FieldsPayload = serde_json::from_str(&payload).unwrap_or_default();
        let mut case = self.synced_case(&case_id)?;
        crate::merge::apply_changes(&mut case, &payload.changes);
        Ok(Some(case))
    }

    /// Record what the CRM's answer means for outbox item `id`. Field changes the CRM
    /// took are written onto the synced case at once, so the case does not show its old
    /// values until a pull brings the CRM's own copy (which then replaces it).
    pub fn apply_push_decision(
        &mut self,
        id: &str,
        decision: &ItemDecision,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let landed = match decision {
            ItemDecision::Done { .. } => self.case_after_fields(id)?,
            _ => None,
        };
        let case_id: Option<String> = self
            .conn
            .query_row("SELECT case_id FROM outbox WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        if landed.is_some() {
            self.views_changed();
        }
        let tx = self.conn.transaction()?;
        match decision {
            ItemDecision::Done { .. } => {
                if let Some(case) = &landed {
                    tx.execute(
                        "UPDATE cases SET status = ?2, priority = ?3, assignee = ?4, group_name = ?5, tags = ?6
                         WHERE id = ?1",
                        params![
                            case.id,
                            case.status,
                            case.priority,
                            case.assignee,
                            case.group,
                            serde_json::to_string(&case.tags).expect("a list of strings serializes"),
                        ],
                    )?;
                    // The CRM took the status now.
                    super::sla_index::note_synced_status(&tx, &case.id, case.status, now, now)?;
                }
                let local: Option<String> = tx
                    .query_row("SELECT message_id FROM outbox WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .optional()?
                    .flatten();
                if let Some(local) = local {
                    // If a pull already brought the CRM's copy (the answer was lost and the
                    // change found on read-back), the local row gives way to it; otherwise
                    // it stays, marked sent, until the next pull replaces it.
                    let duplicate: bool = tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM messages l JOIN messages r
                             ON r.case_id = l.case_id AND r.id <> l.id AND r.delivery = 'sent'
                             AND r.direction = l.direction AND r.body_text = l.body_text
                             AND r.id NOT LIKE 'local-%'
                         WHERE l.id = ?1)",
                        [&local],
                        |r| r.get(0),
                    )?;
                    if duplicate {
                        search_index::remove_message(&tx, &local)?;
                        tx.execute("DELETE FROM messages WHERE id = ?1", [&local])?;
                    } else {
                        tx.execute(
                            "UPDATE messages SET delivery = 'sent' WHERE id = ?1",
                            [&local],
                        )?;
                    }
                }
                tx.execute("DELETE FROM outbox WHERE id = ?1", [id])?;
            }
            ItemDecision::Retry { wait, error } => {
                let not_before = to_millis(now) + wait.as_millis() as i64;
                tx.execute(
                    "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?2, not_before = ?3,
                            last_error_code = ?4
                     WHERE id = ?1",
                    params![id, error.message, not_before, error.code.as_str()],
                )?;
            }
            ItemDecision::Rejected { error } => {
                tx.execute(
                    "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?2,
                            last_error_code = ?3
                     WHERE id = ?1",
                    params![id, error.message, error.code.as_str()],
                )?;
            }
            ItemDecision::Conflict {
                error,
                conflicts,
                keep,
                base_version,
            } => {
                let payload = FieldsPayload {
                    changes: keep.clone(),
                    base_version: base_version.clone(),
                    conflicts: conflicts.clone(),
                };
                tx.execute(
                    "UPDATE outbox SET state = 'conflict', attempts = attempts + 1, last_error = ?2, payload = ?3,
                            last_error_code = ?4
                     WHERE id = ?1",
                    params![id, error.message, serde_json::json!(payload).to_string(), error.code.as_str()],
                )?;
            }
            // Nothing was attempted: no attempt is counted.
            ItemDecision::StopOffline { error } | ItemDecision::StopAuth { error } => {
                tx.execute(
                    "UPDATE outbox SET last_error = ?2, last_error_code = ?3 WHERE id = ?1",
                    params![id, error.message, error.code.as_str()],
                )?;
            }
        }
        if let Some(case_id) = &case_id {
            // A refused change no longer shows; a landed one is the case's own now.
            super::sla_index::refresh(&tx, case_id, &self.sla, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Put a rejected or conflicting item back in line (the agent's "retry").
    pub fn retry_outbox_item(&mut self, id: &str) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE outbox SET state = 'pending', not_before = 0 WHERE id = ?1 AND state IN ('failed', 'rejected', 'conflict')",
            [id],
        )?;
        Ok(n == 1)
    }

    /// (Polydesk id, CRM id) of every cached case from `source`.
    pub fn crm_ids_of_source(&self, source: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, crm_id FROM cases WHERE source = ?1 ORDER BY id")?;
        let rows = stmt.query_map([source], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Drop cases the CRM deleted (with their queued changes, which cannot be
    /// delivered). Returns how many were removed.
    pub fn remove_cases(&mut self, ids: &[String]) -> Result<usize> {
        if ids.is_empty() {
            return Ok(0);
        }
        self.views_changed();
        let tx = self.conn.transaction()?;
        let n = delete_cases(&tx, ids)?;
        tx.commit()?;
        Ok(n)
    }

    /// The saved cursor of a change stream.
    pub fn sync_cursor(&self, stream: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT cursor FROM sync_cursors WHERE stream = ?1",
                [stream],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// A long pull (a first sync) is about to write many small transactions. Two costs
    /// of small transactions are deferred while it runs:
    /// - the write-ahead log may grow to [`BULK_WAL_PAGES`] before it is copied into the
    ///   database, instead of [`DEFAULT_WAL_PAGES`]: each copy rewrites the pages hot in
    ///   every transaction (indexes, search segments) and waits for the disk;
    /// - the search index merges its segments when [`BULK_SEARCH_MERGE`] pile up at a
    ///   level instead of [`DEFAULT_SEARCH_MERGE`]: every commit adds a segment.
    ///
    /// With the defaults a first sync spent more time on these than on writing its rows.
    /// Durability is the same: every transaction is in the log when it commits.
    ///
    /// Telling the languages of a million messages would take longer than writing them,
    /// so they are told after the pull instead (see `message_languages.rs`), and so are
    /// the cases' SLA due times (`sla_index.rs`).
    pub fn begin_bulk_load(&mut self) -> Result<()> {
        self.conn
            .pragma_update(None, "wal_autocheckpoint", BULK_WAL_PAGES)?;
        self.set_search_merge(BULK_SEARCH_MERGE)?;
        self.set_setting(setting::LANGUAGES_UNTOLD, "1")?;
        // Due times too are told after the pull (`tell_sla_batch`).
        self.forget_sla_policy()?;
        self.bulk_load = true;
        Ok(())
    }

    /// When the languages of pulled messages are told: later during a bulk load.
    fn languages_when(&self) -> Languages {
        if self.bulk_load {
            Languages::Later
        } else {
            Languages::TellNow
        }
    }

    /// The search index's `automerge` setting (kept in the index itself).
    fn set_search_merge(&self, segments: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO search_terms (search_terms, rank) VALUES ('automerge', ?1)",
            [segments],
        )?;
        Ok(())
    }

    /// The long pull is over (done or not): back to the defaults, and the log copied
    /// into the database now rather than at some later small write.
    pub fn end_bulk_load(&mut self) -> Result<()> {
        self.bulk_load = false;
        self.set_search_merge(DEFAULT_SEARCH_MERGE)?;
        self.conn
            .pragma_update(None, "wal_autocheckpoint", DEFAULT_WAL_PAGES)?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// How many log pages may pile up before they are copied into the database.
    pub fn wal_pages_before_checkpoint(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA wal_autocheckpoint", [], |r| r.get(0))?)
    }

    /// Write pulled cases without moving any cursor (the first parts of a page written
    /// in several transactions). Returns how many changed.
    pub fn apply_pulled_cases(&mut self, cases: &[CaseRecord]) -> Result<usize> {
        self.views_changed();
        let when = self.languages_when();
        let tx = self.conn.transaction()?;
        // During a bulk load due times are told after the pull (`tell_sla_batch`).
        let changed = put_newer(
            &tx,
            cases,
            when,
            (!self.bulk_load).then_some(&self.sla),
            Utc::now(),
        )?;
        tx.commit()?;
        Ok(changed)
    }

    /// The last part of a pulled page: its remaining cases (those newer than the cached
    /// ones replace them; queued local replies stay), its deletions and the stream's
    /// cursor, in one transaction. Writing the same page twice changes nothing. Returns
    /// how many cases changed.
    pub fn apply_pull_page_part(
        &mut self,
        stream: &str,
        cases: &[CaseRecord],
        deleted: &[String],
        cursor: &str,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        self.views_changed();
        let when = self.languages_when();
        let tx = self.conn.transaction()?;
        let mut changed = put_newer(
            &tx,
            cases,
            when,
            (!self.bulk_load).then_some(&self.sla),
            now,
        )?;
        changed += delete_cases(&tx, deleted)?;
        tx.execute(
            "INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
            params![stream, cursor, to_millis(now)],
        )?;
        tx.commit()?;
        Ok(changed)
    }
}

/// Write the cases newer than the cached ones; how many changed.
fn put_newer(
    tx: &rusqlite::Transaction<'_>,
    cases: &[CaseRecord],
    when: Languages,
    sla: Option<&SlaPolicy>,
    now: DateTime<Utc>,
) -> Result<usize> {
    let mut changed = 0;
    let mut docs = DocBatch::default();
    for record in cases {
        let cached: Option<i64> = tx
            .prepare_cached("SELECT updated_at FROM cases WHERE id = ?1")?
            .query_row([&record.case.id], |r| r.get(0))
            .optional()?;
        let remote = to_millis(record.case.updated_at);
        if remote_is_newer(cached, remote) {
            // The same version again (overlapping pages) is applied too — CRM stamps
            // have one-second resolution — but is not a change.
            put_record(tx, record, &mut docs, when, sla, now)?;
            if cached != Some(remote) {
                changed += 1;
            }
        }
    }
    docs.flush(tx)?;
    Ok(changed)
}

/// Remove cases with everything hanging off them. Queued changes for a deleted case
/// cannot be delivered: they go with it.
fn delete_cases(tx: &rusqlite::Transaction<'_>, ids: &[String]) -> Result<usize> {
    let mut n = 0;
    for id in ids {
        tx.execute("DELETE FROM outbox WHERE case_id = ?1", [id])?;
        tx.execute(
            "DELETE FROM search_terms WHERE rowid IN (SELECT doc_id FROM search_docs WHERE case_id = ?1)",
            [id],
        )?;
        n += tx.execute("DELETE FROM cases WHERE id = ?1", [id])?;
    }
    Ok(n)
}
