//! Pure conflict handling for field changes: rebase the agent's changes onto the case as
//! the CRM has it now, apply pending changes on top of a synced case (the local overlay),
//! and carry out the agent's choice in a conflict. No I/O here.

use std::collections::BTreeSet;

use super::model::{FieldChange, FieldConflict};
use crate::domain::Case;

/// The agent's changes replayed on a newer version of the case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rebased {
    /// Changes still to make (the CRM's value is still the one the agent saw).
    pub push: Vec<FieldChange>,
    /// The same field changed on both sides: the agent decides.
    pub conflicts: Vec<FieldConflict>,
}

impl Rebased {
    /// Nothing left to do: the CRM already has every change.
    pub fn already_applied(&self) -> bool {
        self.push.is_empty() && self.conflicts.is_empty()
    }
}

fn scalar<T: PartialEq + Clone>(
    field: &str,
    from: &T,
    to: &T,
    theirs: &T,
    text: impl Fn(&T) -> Option<String>,
    rebuild: impl FnOnce(T, T) -> FieldChange,
    out: &mut Rebased,
) {
    if theirs == to {
        // Someone (or an earlier unanswered attempt) already made this change.
    } else if theirs == from {
        out.push.push(rebuild(from.clone(), to.clone()));
    } else {
        out.conflicts.push(FieldConflict {
            field: field.to_string(),
            base: text(from),
            mine: text(to),
            theirs: text(theirs),
        });
    }
}

/// Replay `changes` on `remote`: a field the CRM left alone is pushed, a field already at
/// the agent's value is dropped, a field the CRM changed to something else conflicts.
/// Tag additions and removals are set operations and never conflict.
pub fn rebase(changes: &[FieldChange], remote: &Case) -> Rebased {
    let mut out = Rebased::default();
    for change in changes {
        match change {
            FieldChange::Status { from, to } => scalar(
                "status",
                from,
                to,
                &remote.status,
                |s| Some(s.as_str().to_string()),
                |from, to| FieldChange::Status { from, to },
                &mut out,
            ),
            FieldChange::Priority { from, to } => scalar(
                "priority",
                from,
                to,
                &remote.priority,
                |p| Some(p.as_str().to_string()),
                |from, to| FieldChange::Priority { from, to },
                &mut out,
            ),
            FieldChange::Assignee { from, to } => scalar(
                "assignee",
                from,
                to,
                &remote.assignee,
                Clone::clone,
                |from, to| FieldChange::Assignee { from, to },
                &mut out,
            ),
            FieldChange::Group { from, to } => scalar(
                "group",
                from,
                to,
                &remote.group,
                Clone::clone,
                |from, to| FieldChange::Group { from, to },
                &mut out,
            ),
            FieldChange::Tags { add, remove } => {
                let have: BTreeSet<&String> = remote.tags.iter().collect();
                let add: Vec<String> = add.iter().filter(|t| !have.contains(t)).cloned().collect();
                let remove: Vec<String> = remove
                    .iter()
                    .filter(|t| have.contains(t))
                    .cloned()
                    .collect();
                if !add.is_empty() || !remove.is_empty() {
                    out.push.push(FieldChange::Tags { add, remove });
                }
            }
        }
    }
    out
}

/// Show pending changes on top of the synced case (the local overlay).
pub fn apply_changes(case: &mut Case, changes: &[FieldChange]) {
    for change in changes {
        match change {
            FieldChange::Status { to, .. } => case.status = *to,
            FieldChange::Priority { to, .. } => case.priority = *to,
            FieldChange::Assignee { to, .. } => case.assignee = to.clone(),
            FieldChange::Group { to, .. } => case.group = to.clone(),
            FieldChange::Tags { add, remove } => {
                case.tags.retain(|t| !remove.contains(t));
                for tag in add {
                    if !case.tags.contains(tag) {
                        case.tags.push(tag.clone());
                    }
                }
            }
        }
    }
}

/// The field a change is about (`tags` for tag changes).
pub fn field_name(change: &FieldChange) -> &'static str {
    match change {
        FieldChange::Status { .. } => "status",
        FieldChange::Priority { .. } => "priority",
        FieldChange::Assignee { .. } => "assignee",
        FieldChange::Group { .. } => "group",
        FieldChange::Tags { .. } => "tags",
    }
}

/// The changes between what the agent saw (`seen`) and what they chose (`chosen`).
pub fn diff(seen: &Case, chosen: &Case) -> Vec<FieldChange> {
    let mut out = Vec::new();
    if seen.status != chosen.status {
        out.push(FieldChange::Status {
            from: seen.status,
            to: chosen.status,
        });
    }
    if seen.priority != chosen.priority {
        out.push(FieldChange::Priority {
            from: seen.priority,
            to: chosen.priority,
        });
    }
    if seen.assignee != chosen.assignee {
        out.push(FieldChange::Assignee {
            from: seen.assignee.clone(),
            to: chosen.assignee.clone(),
        });
    }
    if seen.group != chosen.group {
        out.push(FieldChange::Group {
            from: seen.group.clone(),
            to: chosen.group.clone(),
        });
    }
    let add: Vec<String> = chosen
        .tags
        .iter()
        .filter(|t| !seen.tags.contains(t))
        .cloned()
        .collect();
    let remove: Vec<String> = seen
        .tags
        .iter()
        .filter(|t| !chosen.tags.contains(t))
        .cloned()
        .collect();
    if !add.is_empty() || !remove.is_empty() {
        out.push(FieldChange::Tags { add, remove });
    }
    out
}

/// How the agent settles one conflicting field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ConflictChoice {
    /// Push the agent's value over the CRM's.
    KeepMine,
    /// Drop the agent's change; the CRM's value stands.
    KeepTheirs,
}

/// The changes left after the agent chose for each conflicting field: a kept change is
/// re-based on the CRM's current value (so it is pushed as a fresh, informed change);
/// a dropped one disappears. Fields without a choice stay as they were.
pub fn resolve(
    changes: &[FieldChange],
    conflicts: &[FieldConflict],
    choice: impl Fn(&str) -> Option<ConflictChoice>,
    remote: &Case,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for change in changes {
        let name = field_name(change);
        let in_conflict = conflicts.iter().any(|c| c.field == name);
        match (in_conflict, choice(name)) {
            (true, Some(ConflictChoice::KeepTheirs)) => {}
            (true, Some(ConflictChoice::KeepMine)) => out.push(rebased_on(change, remote)),
            _ => out.push(change.clone()),
        }
    }
    out
}

/// `change` with its `from` replaced by the remote's current value.
fn rebased_on(change: &FieldChange, remote: &Case) -> FieldChange {
    match change {
        FieldChange::Status { to, .. } => FieldChange::Status {
            from: remote.status,
            to: *to,
        },
        FieldChange::Priority { to, .. } => FieldChange::Priority {
            from: remote.priority,
            to: *to,
        },
        FieldChange::Assignee { to, .. } => FieldChange::Assignee {
            from: remote.assignee.clone(),
            to: to.clone(),
        },
        FieldChange::Group { to, .. } => FieldChange::Group {
            from: remote.group.clone(),
            to: to.clone(),
        },
        FieldChange::Tags { .. } => change.clone(),
    }
}
