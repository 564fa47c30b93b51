//! Solving a case as one action: the status, the root cause (as its `rc-` tag) and, when
//! an escalation is open, the outcome that closes its loop — queued in one transaction,
//! or refused whole with a code saying what is missing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_update::escalation_open;
use super::sync_store::FieldsPayload;
use super::Store;
use crate::domain::{version_of, Case, Message, Status};
use crate::error::{CoreError, Result};
use crate::merge::diff;
use crate::root_cause::{root_cause_of, Taxonomy, TAG_PREFIX};

/// What the agent says when solving a case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Solve {
    pub case_id: String,
    /// `solved` when absent; `closed` also solves.
    #[serde(default)]
    #[ts(optional)]
    pub status: Option<Status>,
    /// A slug of the root-cause taxonomy.
    #[serde(default)]
    #[ts(optional)]
    pub root_cause: Option<String>,
    /// The open escalation's outcome (required when one is open).
    #[serde(default)]
    #[ts(optional)]
    pub outcome: Option<String>,
}

fn set_root_cause(case: &mut Case, slug: &str) {
    case.tags.retain(|t| !t.starts_with(TAG_PREFIX));
    case.tags.push(format!("{TAG_PREFIX}{slug}"));
}

impl Store {
    /// Solve a case: refused with `ROOT_CAUSE_REQUIRED` when the case has no root cause
    /// and none is given (while the taxonomy requires one), and with `ESCALATION_OPEN` when
    /// an escalation is open and no outcome is given. Returns the note queued with it
    /// (the escalation's resolution), if any.
    pub fn solve_case(
        &mut self,
        solve: &Solve,
        taxonomy: &Taxonomy,
        author: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Message>> {
        let case_id = solve.case_id.as_str();
        let status = solve.status.unwrap_or(Status::Solved);
        if status.is_open() {
            return Err(CoreError::invalid_input(format!(
                "'{status}' does not solve a case: use solved or closed"
            )));
        }
        let root_cause = match solve.root_cause.as_deref().map(str::trim) {
            Some(slug) if !slug.is_empty() => Some(taxonomy.require(slug)?.slug.clone()),
            _ => None,
        };
        let (synced, seen) = self.synced_and_seen(case_id)?;
        if root_cause.is_none() && root_cause_of(&seen.tags).is_none() && taxonomy.required {
            return Err(CoreError::RootCauseRequired(format!(
                "choose the root cause of case {case_id} to solve it (see `root-causes list`)"
            )));
        }
        let solved = |case: &mut Case| {
            case.status = status;
            if let Some(slug) = &root_cause {
                set_root_cause(case, slug);
            }
        };
        if let Some(open) = self.open_escalation(case_id)? {
            let outcome = solve.outcome.as_deref().unwrap_or_default();
            if outcome.trim().is_empty() {
                return Err(escalation_open(case_id, &open));
            }
            let (payload, text) = self.resolution(case_id, &open, outcome, Some(&solved))?;
            return self
                .queue_step(case_id, Some(payload), text, author, now)
                .map(Some);
        }
        let mut chosen = seen.clone();
        solved(&mut chosen);
        let payload = FieldsPayload {
            changes: diff(&seen, &chosen),
            base_version: version_of(&synced),
            conflicts: Vec::new(),
        };
        if !payload.changes.is_empty() {
            self.views_changed();
            self.durably_on_case(case_id, now, |tx| {
                super::case_update::insert_fields(tx, case_id, &payload, now)
            })?;
        }
        Ok(None)
    }
}
