//! Escalations in the cache: the agent's steps queued like replies (field changes and
//! the note that carries the step, in one transaction), and each case's escalations
//! kept rebuilt from its notes and tags (`escalation::rebuild`) whenever its thread or
//! the queued notes change, for the `escalated` view and the escalation list.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_update::{insert_prepared, PreparedEdit};
use super::codec::{from_millis, to_millis};
use super::sync_store::FieldsPayload;
use super::Store;
use crate::domain::{version_of, CaseRecord, Direction, Message, Priority, Status};
use crate::error::{CoreError, Result};
use crate::escalation::{
    self, tags_for, CaseEscalation, CaseFacts, EscalationNote, EscalationState, RiskFlag, Severity,
    ESCALATED_TAG,
};
use crate::merge::diff;

/// A due time as the mapped field holds it.
fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Hand a case to another team (Tier 1 -> Tier 2, Payments, ...): the group changes, the
/// case is tagged (`escalated`, its severity and risks) and reprioritized by severity,
/// and the reason and due time go to the team as an internal note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Escalation {
    pub case_id: String,
    /// The team: a CRM group (Zendesk) or queue (Request Tracker).
    pub group: String,
    /// Overrides the priority the severity sets.
    #[ts(optional)]
    pub priority: Option<Priority>,
    pub reason: String,
    /// `normal` when absent.
    #[serde(default)]
    #[ts(optional)]
    pub severity: Option<Severity>,
    #[serde(default)]
    #[ts(optional)]
    pub risks: Option<Vec<RiskFlag>>,
    /// When it must be followed up; by severity when absent (see [`default_due`]).
    #[serde(default)]
    #[ts(optional, type = "string")]
    pub due_at: Option<DateTime<Utc>>,
}

/// A follow-up: what was done, and when to look again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowUp {
    pub case_id: String,
    pub note: String,
    #[ts(type = "string")]
    pub due_at: DateTime<Utc>,
}

/// When an escalation is due if the agent does not say: critical in 2 hours, high in 8,
/// normal in a day.
pub fn default_due(severity: Severity, now: DateTime<Utc>) -> DateTime<Utc> {
    now + match severity {
        Severity::Critical => Duration::hours(2),
        Severity::High => Duration::hours(8),
        Severity::Normal => Duration::hours(24),
    }
}

fn required(text: &str, what: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(CoreError::invalid_input(what));
    }
    Ok(t.to_string())
}

impl Store {
    /// The case's escalations, oldest first.
    pub fn case_escalations(&self, case_id: &str) -> Result<Vec<CaseEscalation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT data FROM escalations WHERE case_id = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([case_id], |r| r.get::<_, String>(0))?;
        let list = rows
            .map(|data| serde_json::from_str(&data?).map_err(stored))
            .collect::<Result<Vec<_>>>()?;
        self.with_reminders(list)
    }

    /// Escalations of all cases, the soonest due first (open ones only with `open_only`).
    pub fn list_escalations(&self, open_only: bool) -> Result<Vec<CaseEscalation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT data FROM escalations WHERE (?1 = 0 OR state = 'open')
             ORDER BY state = 'resolved', due_at IS NULL, due_at, created_at, id",
        )?;
        let rows = stmt.query_map([open_only], |r| r.get::<_, String>(0))?;
        let list = rows
            .map(|data| serde_json::from_str(&data?).map_err(stored))
            .collect::<Result<Vec<_>>>()?;
        self.with_reminders(list)
    }

    /// The case's open escalation, if it has one.
    pub fn open_escalation(&self, case_id: &str) -> Result<Option<CaseEscalation>> {
        Ok(self
            .case_escalations(case_id)?
            .into_iter()
            .rev()
            .find(CaseEscalation::is_open))
    }

    /// Escalate a case: its field changes and the note, queued together.
    pub fn queue_escalation(
        &mut self,
        escalation: &Escalation,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let team = required(&escalation.group, "choose the team to escalate to")?;
        let reason = required(
            &escalation.reason,
            "say why the case is escalated: the next team reads it first",
        )?;
        let case_id = &escalation.case_id;
        if let Some(open) = self.open_escalation(case_id)? {
            return Err(CoreError::invalid_input(format!(
                "case {case_id} is already escalated to {} ({}): follow it up or resolve it first",
                open.team, open.id
            )));
        }
        let severity = escalation.severity.unwrap_or(Severity::Normal);
        let risks = escalation.risks.clone().unwrap_or_default();
        let due_at = escalation
            .due_at
            .unwrap_or_else(|| default_due(severity, now));
        let (synced, seen) = self.synced_and_seen(case_id)?;
        let mut chosen = seen.clone();
        chosen.group = Some(team.clone());
        if let Some(p) = escalation.priority.or(severity.priority()) {
            chosen.priority = p;
        }
        retag(
            &mut chosen.tags,
            tags_for(severity, &risks, EscalationState::Open),
        );
        chosen
            .custom_fields
            .insert(escalation::DUE_FIELD.into(), rfc3339(due_at));
        let payload = FieldsPayload {
            changes: diff(&seen, &chosen),
            base_version: version_of(&synced),
            conflicts: Vec::new(),
        };
        let text = EscalationNote::Opened {
            team,
            severity,
            risks,
            due_at: Some(due_at),
            reason,
        }
        .text();
        self.queue_step(case_id, Some(payload), text, author, now)
    }

    /// Follow up the case's open escalation: a note, and the due time moved.
    pub fn follow_up_escalation(
        &mut self,
        follow_up: &FollowUp,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let note = required(&follow_up.note, "say what was done to follow up")?;
        let case_id = &follow_up.case_id;
        if self.open_escalation(case_id)?.is_none() {
            return Err(CoreError::invalid_input(format!(
                "case {case_id} has no open escalation to follow up"
            )));
        }
        let (synced, seen) = self.synced_and_seen(case_id)?;
        let mut chosen = seen.clone();
        chosen
            .custom_fields
            .insert(escalation::DUE_FIELD.into(), rfc3339(follow_up.due_at));
        let payload = FieldsPayload {
            changes: diff(&seen, &chosen),
            base_version: version_of(&synced),
            conflicts: Vec::new(),
        };
        let text = EscalationNote::FollowedUp {
            due_at: Some(follow_up.due_at),
            note,
        }
        .text();
        self.queue_step(case_id, Some(payload), text, author, now)
    }

    /// Close the loop: the outcome as a note and the case tagged `escalation-resolved`.
    /// `escalation_id` is `CASE_ID:N` (see [`CaseEscalation::id`]).
    pub fn resolve_escalation(
        &mut self,
        escalation_id: &str,
        outcome: &str,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let case_id = escalation_id
            .rsplit_once(':')
            .map(|(case, _)| case)
            .ok_or_else(|| {
                CoreError::invalid_input(format!(
                    "'{escalation_id}' is not an escalation id (they look like zd-123:1)"
                ))
            })?;
        let open = self
            .case_escalations(case_id)?
            .into_iter()
            .find(|e| e.id == escalation_id)
            .ok_or_else(|| {
                CoreError::not_found(format!("no escalation {escalation_id} in the cache"))
            })?;
        if !open.is_open() {
            return Err(CoreError::invalid_input(format!(
                "escalation {escalation_id} is already resolved"
            )));
        }
        let (payload, text) = self.resolution(case_id, &open, outcome)?;
        self.queue_step(case_id, Some(payload), text, author, now)
    }

    /// The field changes and note that resolve `open`.
    fn resolution(
        &self,
        case_id: &str,
        open: &CaseEscalation,
        outcome: &str,
    ) -> Result<(FieldsPayload, String)> {
        let (synced, seen) = self.synced_and_seen(case_id)?;
        let mut chosen = seen.clone();
        let text = resolve_onto(open, outcome, &mut chosen)?;
        let payload = FieldsPayload {
            changes: diff(&seen, &chosen),
            base_version: version_of(&synced),
            conflicts: Vec::new(),
        };
        Ok((payload, text))
    }

    /// Queue one step: its field changes (if any) and its note, in one transaction.
    pub(super) fn queue_step(
        &mut self,
        case_id: &str,
        payload: Option<FieldsPayload>,
        text: String,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let step = PreparedEdit {
            payload: payload.unwrap_or_default(),
            note: Some(text),
        };
        let note = self.durably_on_case(case_id, now, |tx| {
            insert_prepared(tx, case_id, &step, author, now)
        })?;
        Ok(note.expect("a step always queues its note"))
    }
}

/// Resolve `open` on `case` (its tags say resolved, the mapped due time goes): the text
/// of the note that says so, with `outcome` (required).
pub(super) fn resolve_onto(
    open: &CaseEscalation,
    outcome: &str,
    case: &mut crate::domain::Case,
) -> Result<String> {
    let outcome = required(
        outcome,
        "record the escalation's outcome: what was done and what the customer was told",
    )?;
    retag(
        &mut case.tags,
        tags_for(open.severity, &open.risks, EscalationState::Resolved),
    );
    case.custom_fields.remove(escalation::DUE_FIELD);
    Ok(EscalationNote::Resolved { outcome }.text())
}

fn stored(e: serde_json::Error) -> CoreError {
    CoreError::Io(std::io::Error::other(format!(
        "an escalation in the cache cannot be read: {e}"
    )))
}

/// Add and remove tags.
fn retag(tags: &mut Vec<String>, (add, remove): (Vec<String>, Vec<String>)) {
    tags.retain(|t| !remove.contains(t));
    for tag in add {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
}

/// Whether a pulled record may touch escalations (so most cases skip the rebuild).
fn may_escalate(record: &CaseRecord) -> bool {
    record.case.tags.iter().any(|t| t == ESCALATED_TAG)
        || record.messages.iter().any(|m| {
            m.direction == Direction::Note && EscalationNote::parse(&m.body_text).is_some()
        })
}

/// After a pulled case is written: its escalations rebuilt when it has any (or had).
pub(super) fn after_pull(tx: &Transaction<'_>, record: &CaseRecord) -> Result<()> {
    let had = tx
        .prepare_cached("DELETE FROM escalations WHERE case_id = ?1")?
        .execute([&record.case.id])?;
    if had > 0 || may_escalate(record) {
        // Rows of queued notes' escalations come back: the thread still has those notes.
        reindex(tx, &record.case.id)?;
    }
    Ok(())
}

/// Rebuild a case's escalations from its thread (queued notes included) and tags.
pub(super) fn reindex(tx: &Transaction<'_>, case_id: &str) -> Result<()> {
    let case: Option<(String, Option<String>, i64, Status, i64, String)> = tx
        .prepare_cached(
            "SELECT tags, group_name, updated_at, status, created_at, custom_fields FROM cases WHERE id = ?1",
        )?
        .query_row([case_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })
        .optional()?;
    tx.prepare_cached("DELETE FROM escalations WHERE case_id = ?1")?
        .execute([case_id])?;
    let Some((tags, group, updated_at, status, created_at, fields)) = case else {
        return Ok(());
    };
    let tags: Vec<String> = serde_json::from_str(&tags).unwrap_or_default();
    let fields: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&fields).unwrap_or_default();
    let due_field = fields
        .get(escalation::DUE_FIELD)
        .and_then(|v| DateTime::parse_from_rfc3339(v.trim()).ok())
        .map(|d| d.with_timezone(&Utc));
    // Notes written here and not pulled back yet come after the CRM's own, whatever the
    // two clocks say: the CRM had every note it sent before they were written.
    let mut stmt = tx.prepare_cached(
        "SELECT id, author, body_text, created_at, delivery FROM messages
         WHERE case_id = ?1 AND direction = 'note' ORDER BY id LIKE 'local-%', created_at, rowid",
    )?;
    let notes = stmt
        .query_map([case_id], |r| {
            Ok(Message {
                id: r.get(0)?,
                case_id: case_id.to_string(),
                author: r.get(1)?,
                direction: Direction::Note,
                body_text: r.get(2)?,
                body_html: None,
                language: None,
                created_at: from_millis(r.get(3)?),
                delivery: r.get(4)?,
                attachments: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let facts = CaseFacts {
        case_id,
        tags: &tags,
        group: group.as_deref(),
        solved: !status.is_open(),
        updated_at: from_millis(updated_at),
        created_at: from_millis(created_at),
        due_field,
    };
    let mut insert = tx.prepare_cached(
        "INSERT INTO escalations (id, case_id, state, due_at, created_at, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let escalations = escalation::rebuild(&facts, &notes);
    // An open escalation without a due time sorts last in the `escalated` view.
    let due = escalations
        .iter()
        .filter(|e| e.is_open())
        .map(|e| e.due_at.map_or(i64::MAX, to_millis))
        .min();
    tx.prepare_cached("UPDATE cases SET escalation_due = ?2 WHERE id = ?1")?
        .execute(params![case_id, due])?;
    for e in escalations {
        insert.execute(params![
            e.id,
            case_id,
            e.state.as_str(),
            e.due_at.map(to_millis),
            to_millis(e.created_at),
            serde_json::to_string(&e).expect("an escalation serializes"),
        ])?;
    }
    Ok(())
}
