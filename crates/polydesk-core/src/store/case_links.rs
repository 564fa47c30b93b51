//! Two cases that are one problem: linked (each refers to the other) or merged (one
//! closed into the other). Both go through the outbox like a note — shown in the thread at
//! once, queued in one transaction, carried to the CRM in its own terms (see
//! `MutationKind::Link` and `MutationKind::Merge`).

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::outbox::{insert_queued, queued_note, OutboxKind};
use super::Store;
use crate::domain::{Case, Message, Status};
use crate::error::{CoreError, Result};

const LINKED_TO: &str = "Linked to #";

/// The note a link leaves on `case`, naming `other`.
pub fn link_note(other: &Case) -> String {
    format!("{LINKED_TO}{}: {}", other.crm_id, other.subject)
}

/// The CRM id a link note names (see [`link_note`]).
fn linked_crm_id(note: &str) -> Option<&str> {
    let (id, _) = note.strip_prefix(LINKED_TO)?.split_once(':')?;
    (!id.is_empty()).then_some(id)
}

/// The note a merge leaves on the case merged away.
pub fn merge_note(into: &Case) -> String {
    format!("Merged into #{}: {}", into.crm_id, into.subject)
}

/// The note a merge leaves on the case that stays.
pub fn merged_in_note(source: &Case) -> String {
    format!(
        "#{} was merged into this case: {}",
        source.crm_id, source.subject
    )
}

impl Store {
    /// The CRM ids of the cases `case_id`'s notes say it is linked to (queued or
    /// pulled: a colleague's link shows too).
    pub(super) fn linked_crm_ids(&self, case_id: &str) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT body_text FROM messages WHERE case_id = ?1 AND direction = 'note' AND body_text LIKE 'Linked to #%'",
        )?;
        let notes = stmt.query_map([case_id], |r| r.get::<_, String>(0))?;
        let mut ids = HashSet::new();
        for note in notes {
            if let Some(id) = linked_crm_id(&note?) {
                ids.insert(id.to_string());
            }
        }
        Ok(ids)
    }

    /// The two cases of a link or merge: distinct, both cached, from the same CRM.
    fn case_pair(&self, case_id: &str, other_id: &str, what: &str) -> Result<(Case, Case)> {
        if case_id == other_id {
            return Err(CoreError::invalid_input(format!(
                "a case cannot be {what} with itself: choose another case"
            )));
        }
        let case = self.synced_case(case_id)?;
        let other = self.synced_case(other_id)?;
        if case.source != other.source {
            return Err(CoreError::invalid_input(format!(
                "cases {case_id} and {other_id} live in different CRMs and cannot be {what}"
            )));
        }
        Ok((case, other))
    }

    /// Link two cases: a note on each naming the other, queued in one transaction (in
    /// Request Tracker each also refers to the other). Returns the note on `case_id`.
    pub fn queue_link(
        &mut self,
        case_id: &str,
        other_id: &str,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let (case, other) = self.case_pair(case_id, other_id, "linked")?;
        let notes = [(&case, &other), (&other, &case)].map(|(on, to)| {
            let outbox_id = uuid::Uuid::now_v7().to_string();
            let message = queued_note(&on.id, &outbox_id, link_note(to), author, now);
            let payload = json!({ "body": message.body_text, "other": to.crm_id });
            (outbox_id, message, payload)
        });
        self.durably(|tx| {
            for (outbox_id, message, payload) in &notes {
                insert_queued(tx, message, outbox_id, OutboxKind::Link, payload)?;
            }
            Ok(())
        })?;
        let [(_, first, _), _] = notes;
        Ok(first)
    }

    /// Merge `case_id` into `into_id` (Zendesk's ticket merge: the case is closed with a
    /// note saying where it went, and the other gets a note saying what came in). Refused
    /// for Request Tracker cases (link them), for solved or closed cases, and while the
    /// merged case has an open escalation (ESCALATION_OPEN: its loop must close first).
    /// Returns the note on `case_id`.
    pub fn queue_merge(
        &mut self,
        case_id: &str,
        into_id: &str,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        let (case, into) = self.case_pair(case_id, into_id, "merged")?;
        if case.source == "rt" {
            return Err(CoreError::invalid_input(
                "Request Tracker cases are not merged from Polydesk: link them instead",
            ));
        }
        for c in [&case, &into] {
            if matches!(c.status, Status::Solved | Status::Closed) {
                return Err(CoreError::invalid_input(format!(
                    "case {} is {}: only unsolved cases can be merged",
                    c.id,
                    c.status.as_str()
                )));
            }
        }
        if let Some(open) = self.open_escalation(case_id)? {
            return Err(CoreError::EscalationOpen(format!(
                "case {case_id} is escalated to {} ({}): resolve the escalation before merging the case away",
                open.team, open.id
            )));
        }
        let outbox_id = uuid::Uuid::now_v7().to_string();
        let message = queued_note(case_id, &outbox_id, merge_note(&into), author, now);
        let payload = json!({
            "body": message.body_text,
            "into": into.crm_id,
            "into_note": merged_in_note(&case),
        });
        self.durably_on_case(case_id, now, |tx| {
            insert_queued(tx, &message, &outbox_id, OutboxKind::Merge, &payload)
        })?;
        Ok(message)
    }
}
