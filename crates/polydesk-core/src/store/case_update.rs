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
use crate::root_cause::{root_cause_of, Taxonomy, TAG_PREFIX};

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
    /// When the edit solves the case: its root cause (a slug of the taxonomy), required
    /// unless the case has one or the team turned that off.
    #[serde(default)]
    #[ts(optional)]
    pub root_cause: Option<String>,
    /// When the edit solves a case whose escalation is open: the outcome that closes it.
    #[serde(default)]
    #[ts(optional)]
    pub outcome: Option<String>,
}

/// What an edit queues: its field changes and the internal note that goes with them
/// (an escalation step, or the resolution of the escalation a solving edit closes).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct PreparedEdit {
    pub payload: FieldsPayload,
    pub note: Option<String>,
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

/// The case tagged with root cause `slug` (`rc-<slug>`), in place of any other.
pub(super) fn set_root_cause(case: &mut Case, slug: &str) {
    case.tags.retain(|t| !t.starts_with(TAG_PREFIX));
    case.tags.push(format!("{TAG_PREFIX}{slug}"));
}

/// Write what an edit queues: its field changes (when there are any) and its note
/// (returned as the thread shows it).
pub(super) fn insert_prepared(
    tx: &rusqlite::Transaction<'_>,
    case_id: &str,
    prepared: &PreparedEdit,
    author: &str,
    now: DateTime<Utc>,
) -> Result<Option<crate::domain::Message>> {
    if !prepared.payload.changes.is_empty() {
        insert_fields(tx, case_id, &prepared.payload, now)?;
    }
    let Some(text) = &prepared.note else {
        return Ok(None);
    };
    let id = uuid::Uuid::now_v7().to_string();
    let note = super::outbox::queued_note(case_id, &id, text.clone(), author, now);
    super::outbox::insert_queued_comment(tx, &note, &id, true)?;
    Ok(Some(note))
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
        let Some(prepared) = self.prepare_case_edit(case_id, edit, None)? else {
            return Ok(Vec::new());
        };
        let author = self.agent_name()?;
        self.durably_on_case(case_id, now, |tx| {
            insert_prepared(tx, case_id, &prepared, &author, now)
        })?;
        Ok(prepared.payload.changes)
    }

    /// The outbox payload that turns the case into `edit` (`None` when nothing changes);
    /// a bad value (a tag with spaces) is refused here, before anything is written.
    ///
    /// An edit that solves the case takes the root cause it names (a slug of the data
    /// folder's taxonomy, or of `required_by`'s) and, while an escalation is open, needs
    /// its outcome (`ESCALATION_OPEN`) — the escalation is resolved in the same change.
    /// With `required_by` (the solve dialog and `cases solve`) a root cause is required
    /// unless the case has one or the taxonomy says otherwise (`ROOT_CAUSE_REQUIRED`),
    /// also when a solved case is solved again.
    pub(super) fn prepare_case_edit(
        &self,
        case_id: &str,
        edit: &CaseEdit,
        required_by: Option<&Taxonomy>,
    ) -> Result<Option<PreparedEdit>> {
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
        let mut note = None;
        let again = required_by.is_some() && edit.status.is_some();
        if !chosen.status.is_open() && (seen.status.is_open() || again) {
            let named = edit
                .root_cause
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            if let Some(slug) = named {
                let loaded;
                let taxonomy = match required_by {
                    Some(t) => t,
                    None => {
                        loaded = Taxonomy::load(self.data_dir())?;
                        &loaded
                    }
                };
                set_root_cause(&mut chosen, &taxonomy.require(slug)?.slug);
            } else if required_by.is_some_and(|t| t.required)
                && root_cause_of(&chosen.tags).is_none()
            {
                return Err(CoreError::RootCauseRequired(format!(
                    "choose the root cause of case {case_id} to solve it (see `root-causes list`)"
                )));
            }
            if let Some(open) = self.open_escalation(case_id)? {
                let outcome = edit.outcome.as_deref().unwrap_or_default();
                if outcome.trim().is_empty() {
                    return Err(escalation_open(case_id, &open));
                }
                note = Some(super::escalations::resolve_onto(
                    &open,
                    outcome,
                    &mut chosen,
                )?);
            }
        }
        let changes = diff(&seen, &chosen);
        if changes.is_empty() && note.is_none() {
            return Ok(None);
        }
        Ok(Some(PreparedEdit {
            payload: FieldsPayload {
                changes,
                base_version: version_of(&synced),
                conflicts: Vec::new(),
            },
            note,
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
