//! The agent's changes to a case's fields — status, priority, assignee, group, tags —
//! queued like replies (one durable transaction with the outbox row) and shown on top
//! of the synced case until the CRM has them (the local overlay).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codec::to_millis;
use super::sync_store::FieldsPayload;
use super::Store;
use crate::domain::{version_of, FieldChange, FieldConflict};
use crate::domain::{Case, Priority, Status};
use crate::error::{CoreError, Result};
use crate::merge::{apply_changes, diff, resolve, ConflictChoice};

/// What the agent wants a case's fields to become; absent fields stay as they are.
/// An empty `assignee` or `group` clears it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseEdit {
    #[ts(optional)]
    pub status: Option<Status>,
    #[ts(optional)]
    pub priority: Option<Priority>,
    #[ts(optional)]
    pub assignee: Option<String>,
    #[ts(optional)]
    pub group: Option<String>,
    #[serde(default)]
    pub add_tags: Vec<String>,
    #[serde(default)]
    pub remove_tags: Vec<String>,
}

/// The refusal to solve a case whose escalation is still open.
pub(super) fn escalation_open(
    case_id: &str,
    open: &crate::escalation::CaseEscalation,
) -> CoreError {
    CoreError::EscalationOpen(format!(
        "case {case_id} is escalated to {} and the escalation is open: record its outcome to solve the case",
        open.team
    ))
}

/// A field the agent chose in a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConflictResolution {
    pub field: String,
    pub choice: ConflictChoice,
}

fn clean(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

fn clean_tags(tags: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let t = tag.trim().to_lowercase();
        if t.is_empty() {
            continue;
        }
        if t.chars().any(char::is_whitespace) {
            return Err(CoreError::invalid_input(format!(
                "tag '{tag}' has spaces in it: use hyphens (e.g. order-dispute)"
            )));
        }
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

impl Store {
    /// The case as the CRM has it and as the agent sees it (pending changes on top).
    pub(super) fn synced_and_seen(&self, case_id: &str) -> Result<(Case, Case)> {
        let synced = self.synced_case(case_id)?;
        let (pending, _) = self.pending_field_changes(case_id)?;
        let mut seen = synced.clone();
        apply_changes(&mut seen, &pending);
        Ok((synced, seen))
    }

    /// Pending field changes of a case (oldest first) and any conflicts among them.
    pub fn pending_field_changes(
        &self,
        case_id: &str,
    ) -> Result<(Vec<FieldChange>, Vec<FieldConflict>)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT payload FROM outbox WHERE case_id = ?1 AND kind = 'fields' AND state <> 'rejected'
             ORDER BY seq",
        )?;
        let mut changes = Vec::new();
        let mut conflicts = Vec::new();
        for payload in stmt.query_map([case_id], |r| r.get::<_, String>(0))? {
            let p: FieldsPayload = serde_json::from_str(&payload?).unwrap_or_default();
            changes.extend(p.changes);
            conflicts.extend(p.conflicts);
        }
        Ok((changes, conflicts))
    }

    /// Queue the changes that turn the case (as the agent sees it, pending changes
    /// included) into `edit`. Returns what was queued (empty when nothing changes).
    pub fn queue_case_edit(
        &mut self,
        case_id: &str,
        edit: &CaseEdit,
        now: DateTime<Utc>,
    ) -> Result<Vec<FieldChange>> {
        let Some(payload) = self.prepare_case_edit(case_id, edit)? else {
            return Ok(Vec::new());
        };
        self.durably_on_case(case_id, now, |tx| insert_fields(tx, case_id, &payload, now))?;
        Ok(payload.changes)
    }

    /// The outbox payload that turns the case into `edit` (`None` when nothing changes);
    /// a bad value (a tag with spaces) is refused here, before anything is written.
    pub(super) fn prepare_case_edit(
        &self,
        case_id: &str,
        edit: &CaseEdit,
    ) -> Result<Option<FieldsPayload>> {
        let (synced, seen) = self.synced_and_seen(case_id)?;
        let mut chosen = seen.clone();
        if let Some(s) = edit.status {
            chosen.status = s;
        }
        if let Some(p) = edit.priority {
            chosen.priority = p;
        }
        if let Some(a) = &edit.assignee {
            chosen.assignee = clean(a);
        }
        if let Some(g) = &edit.group {
            chosen.group = clean(g);
        }
        let remove = clean_tags(&edit.remove_tags)?;
        chosen.tags.retain(|t| !remove.contains(t));
        for tag in clean_tags(&edit.add_tags)? {
            if !chosen.tags.contains(&tag) {
                chosen.tags.push(tag);
            }
        }
        if !chosen.status.is_open() && seen.status.is_open() {
            if let Some(open) = self.open_escalation(case_id)? {
                return Err(escalation_open(case_id, &open));
            }
        }
        let changes = diff(&seen, &chosen);
        if changes.is_empty() {
            return Ok(None);
        }
        Ok(Some(FieldsPayload {
            changes,
            base_version: version_of(&synced),
            conflicts: Vec::new(),
        }))
    }

    /// Settle a conflict with the agent's choice per field: kept values are queued again
    /// against the case as the cache has it now; dropped ones disappear (the item too,
    /// when nothing is left).
    pub fn resolve_conflict(
        &mut self,
        outbox_id: &str,
        choices: &[ConflictResolution],
    ) -> Result<()> {
        let row: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT case_id, state, payload FROM outbox WHERE id = ?1 AND kind = 'fields'",
                [outbox_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((case_id, state, payload)) = row else {
            return Err(CoreError::not_found(format!(
                "no field change with id {outbox_id} in the outbox"
            )));
        };
        if state != "conflict" {
            return Err(CoreError::invalid_input(format!(
                "outbox item {outbox_id} is {state}, not in conflict"
            )));
        }
        let payload: FieldsPayload = serde_json::from_str(&payload).unwrap_or_default();
        for c in &payload.conflicts {
            if !choices.iter().any(|r| r.field == c.field) {
                return Err(CoreError::invalid_input(format!(
                    "choose a value for {} (yours or the CRM's)",
                    c.field
                )));
            }
        }
        let remote = self.synced_case(&case_id)?;
        let kept = resolve(
            &payload.changes,
            &payload.conflicts,
            |field| choices.iter().find(|r| r.field == field).map(|r| r.choice),
            &remote,
        );
        let next = FieldsPayload {
            changes: kept,
            base_version: version_of(&remote),
            conflicts: Vec::new(),
        };
        self.durably_on_case(&case_id, Utc::now(), |tx| {
            if next.changes.is_empty() {
                tx.execute("DELETE FROM outbox WHERE id = ?1", [outbox_id])?;
            } else {
                tx.execute(
                    "UPDATE outbox SET state = 'pending', not_before = 0, last_error = NULL, last_error_code = NULL, payload = ?2
                     WHERE id = ?1",
                    params![outbox_id, serde_json::json!(next).to_string()],
                )?;
            }
            Ok(())
        })
    }
}

pub(super) fn insert_fields(
    tx: &rusqlite::Transaction<'_>,
    case_id: &str,
    payload: &FieldsPayload,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (id, case_id, message_id, kind, payload, created_at)
         VALUES (?1, ?2, NULL, 'fields', ?3, ?4)",
        params![
            uuid::Uuid::now_v7().to_string(),
            case_id,
            serde_json::json!(payload).to_string(),
            to_millis(now)
        ],
    )?;
    Ok(())
}

/// The agent's queued field changes of a case, each with when it was queued, in order.
pub(super) fn pending_changes(
    conn: &rusqlite::Connection,
    case_id: &str,
) -> Result<Vec<(DateTime<Utc>, FieldChange)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT created_at, payload FROM outbox
         WHERE case_id = ?1 AND kind = 'fields' AND state <> 'rejected' ORDER BY seq",
    )?;
    let mut changes = Vec::new();
    for row in stmt.query_map([case_id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        let (at, payload) = row?;
        let p: FieldsPayload = serde_json::from_str(&payload).unwrap_or_default();
        let at = super::codec::from_millis(at);
        changes.extend(p.changes.into_iter().map(|c| (at, c)));
    }
    Ok(changes)
}
