//! Pure conflict handling for field changes: rebase the agent's changes onto the case as
//! the CRM has it now, apply pending changes on top of a synced case (the local overlay),
//! and carry out the agent's choice in a conflict. No I/O here.

use std::collections::BTreeSet;

use crate::domain::{Case, FieldChange, FieldConflict};

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
            FieldChange::Custom { key, from, to } => scalar(
                key,
                from,
                to,
                &remote.custom_fields.get(key).cloned(),
                Clone::clone,
                |from, to| FieldChange::Custom {
                    key: key.clone(),
                    from,
                    to,
                },
                &mut out,
            ),
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
            FieldChange::Custom { key, to, .. } => match to {
                Some(value) => {
                    case.custom_fields.insert(key.clone(), value.clone());
                }
                None => {
                    case.custom_fields.remove(key);
                }
            },
        }
    }
}

/// The field a change is about (`tags` for tag changes, its key for a custom field).
pub fn field_name(change: &FieldChange) -> &str {
    match change {
        FieldChange::Status { .. } => "status",
        FieldChange::Priority { .. } => "priority",
        FieldChange::Assignee { .. } => "assignee",
        FieldChange::Group { .. } => "group",
        FieldChange::Tags { .. } => "tags",
        FieldChange::Custom { key, .. } => key,
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
    let keys: BTreeSet<&String> = seen
        .custom_fields
        .keys()
        .chain(chosen.custom_fields.keys())
        .collect();
    for key in keys {
        let (from, to) = (seen.custom_fields.get(key), chosen.custom_fields.get(key));
        if from != to {
            out.push(FieldChange::Custom {
                key: key.clone(),
                from: from.cloned(),
                to: to.cloned(),
            });
        }
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
        FieldChange::Custom { key, to, .. } => FieldChange::Custom {
            key: key.clone(),
            from: remote.custom_fields.get(key).cloned(),
            to: to.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Priority, Status};

    fn case() -> Case {
        crate::domain::fixtures::record(7, "Pedido não chegou", Status::Open, Some("Rita Lin"), &[])
            .case
    }

    #[test]
    fn untouched_fields_rebase_same_values_drop_and_overlaps_conflict() {
        let mut remote = case();
        remote.status = Status::Pending; // a colleague moved it on
        remote.priority = Priority::High; // someone made the same change as the agent
        remote.tags = vec!["vip".into(), "refund".into()];
        remote.group = Some("Tier 1".into());
        let changes = vec![
            FieldChange::Status {
                from: Status::Open,
                to: Status::Solved,
            },
            FieldChange::Priority {
                from: Priority::Normal,
                to: Priority::High,
            },
            FieldChange::Group {
                from: remote.group.clone(),
                to: Some("Tier 2".into()),
            },
            FieldChange::Tags {
                add: vec!["vip".into(), "escalated".into()],
                remove: vec!["refund".into(), "gone".into()],
            },
        ];
        let r = rebase(&changes, &remote);
        assert_eq!(
            r.conflicts,
            vec![FieldConflict {
                field: "status".into(),
                base: Some("open".into()),
                mine: Some("solved".into()),
                theirs: Some("pending".into()),
            }]
        );
        assert_eq!(
            r.push,
            vec![
                FieldChange::Group {
                    from: remote.group.clone(),
                    to: Some("Tier 2".into())
                },
                FieldChange::Tags {
                    add: vec!["escalated".into()],
                    remove: vec!["refund".into()]
                },
            ],
            "the group still had the agent's base; tags are set operations"
        );
        assert!(!r.already_applied());
    }

    #[test]
    fn a_change_the_crm_already_has_is_applied() {
        let mut remote = case();
        remote.status = Status::Solved;
        let r = rebase(
            &[FieldChange::Status {
                from: Status::Open,
                to: Status::Solved,
            }],
            &remote,
        );
        assert!(r.already_applied());
    }

    #[test]
    fn the_overlay_and_diff_agree() {
        let seen = case();
        let mut chosen = seen.clone();
        chosen.status = Status::OnHold;
        chosen.assignee = None;
        chosen.tags.push("escalated".into());
        let changes = diff(&seen, &chosen);
        let mut shown = seen.clone();
        apply_changes(&mut shown, &changes);
        assert_eq!(shown, chosen);
        assert!(diff(&seen, &seen).is_empty());
    }

    #[test]
    fn resolving_keeps_mine_on_the_new_base_or_drops_it() {
        let mut remote = case();
        remote.status = Status::Pending;
        let changes = vec![
            FieldChange::Status {
                from: Status::Open,
                to: Status::Solved,
            },
            FieldChange::Priority {
                from: Priority::Normal,
                to: Priority::Urgent,
            },
        ];
        let conflicts = rebase(&changes, &remote).conflicts;
        let mine = resolve(
            &changes,
            &conflicts,
            |_| Some(ConflictChoice::KeepMine),
            &remote,
        );
        assert_eq!(
            mine[0],
            FieldChange::Status {
                from: Status::Pending,
                to: Status::Solved
            }
        );
        assert_eq!(mine[1], changes[1], "fields not in conflict stay");
        let theirs = resolve(
            &changes,
            &conflicts,
            |_| Some(ConflictChoice::KeepTheirs),
            &remote,
        );
        assert_eq!(theirs, vec![changes[1].clone()]);
    }

    #[test]
    fn a_custom_field_is_diffed_shown_rebased_and_resolved_by_its_key() {
        let seen = case();
        let key = "escalation_due";
        let mut chosen = seen.clone();
        chosen
            .custom_fields
            .insert(key.into(), "2026-12-05T13:00:00Z".into());
        let changes = diff(&seen, &chosen);
        let change = FieldChange::Custom {
            key: key.into(),
            from: None,
            to: Some("2026-12-05T13:00:00Z".into()),
        };
        assert_eq!(changes, vec![change.clone()]);
        assert_eq!(field_name(&change), key);
        let mut shown = seen.clone();
        apply_changes(&mut shown, &changes);
        assert_eq!(shown.custom_fields, chosen.custom_fields);
        // Untouched in the CRM: pushed. Already there: done.
        assert_eq!(rebase(&changes, &seen).push, changes);
        assert!(rebase(&changes, &chosen).already_applied());
        // A colleague set another value: a conflict named by the key, settled either way.
        let mut remote = seen.clone();
        remote
            .custom_fields
            .insert(key.into(), "2026-12-06T09:00:00Z".into());
        let rebased = rebase(&changes, &remote);
        assert_eq!(rebased.conflicts.len(), 1);
        assert_eq!(rebased.conflicts[0].field, key);
        assert_eq!(
            rebased.conflicts[0].theirs.as_deref(),
            Some("2026-12-06T09:00:00Z")
        );
        let mine = resolve(
            &changes,
            &rebased.conflicts,
            |_| Some(ConflictChoice::KeepMine),
            &remote,
        );
        assert_eq!(
            mine,
            vec![FieldChange::Custom {
                key: key.into(),
                from: Some("2026-12-06T09:00:00Z".into()),
                to: Some("2026-12-05T13:00:00Z".into()),
            }]
        );
        let theirs = resolve(
            &changes,
            &rebased.conflicts,
            |_| Some(ConflictChoice::KeepTheirs),
            &remote,
        );
        assert!(theirs.is_empty());
        // Clearing it removes the key.
        let mut cleared = chosen.clone();
        apply_changes(
            &mut cleared,
            &[FieldChange::Custom {
                key: key.into(),
                from: Some("2026-12-05T13:00:00Z".into()),
                to: None,
            }],
        );
        assert!(!cleared.custom_fields.contains_key(key));
    }
}
