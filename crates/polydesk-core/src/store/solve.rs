//! Solving a case as one action: the status, the root cause (as its `rc-` tag) and, when
//! an escalation is open, the outcome that closes its loop — queued in one transaction,
//! or refused whole with a code saying what is missing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_update::{insert_prepared, CaseEdit};
use super::Store;
use crate::domain::{Message, Status};
use crate::error::{CoreError, Result};
use crate::root_cause::Taxonomy;

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
        let edit = CaseEdit {
            status: Some(status),
            root_cause: solve.root_cause.clone(),
            outcome: solve.outcome.clone(),
            ..CaseEdit::default()
        };
        let Some(prepared) = self.prepare_case_edit(case_id, &edit, Some(taxonomy))? else {
            return Ok(None);
        };
        self.durably_on_case(case_id, now, |tx| {
            insert_prepared(tx, case_id, &prepared, author, now)
        })
    }
}
