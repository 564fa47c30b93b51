//! Before a reply goes out on a case that changed since the agent opened it (a colleague
//! synced in a new customer message, the status moved on, someone else took the case),
//! the agent is told what changed and decides. Pure: compares two snapshots.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{Direction, Message, Status};
use crate::read_model::{CaseDetail, SeenCase};

/// One thing that changed since the agent opened the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum CaseChange {
    /// The customer wrote again: `latest` is the start of their newest message.
    CustomerWrote {
        count: u32,
        latest: String,
    },
    /// A colleague replied or left a note.
    ColleagueWrote {
        count: u32,
        author: String,
    },
    StatusChanged {
        from: Status,
        to: Status,
    },
    AssigneeChanged {
        from: Option<String>,
        to: Option<String>,
    },
}

fn preview(m: &Message) -> String {
    let text: String = m.body_text.chars().take(140).collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What changed between `seen` and the case as the cache has it now; the agent's own
/// queued messages don't count.
pub fn changes_since(seen: &SeenCase, now: &CaseDetail, agent: &str) -> Vec<CaseChange> {
    let mut out = Vec::new();
    let new: Vec<&Message> = now
        .messages
        .iter()
        .filter(|m| m.created_at > seen.updated_at && !m.id.starts_with("local-"))
        .collect();
    let from_customer: Vec<&&Message> = new
        .iter()
        .filter(|m| m.direction == Direction::Inbound)
        .collect();
    if let Some(latest) = from_customer.last() {
        out.push(CaseChange::CustomerWrote {
            count: from_customer.len() as u32,
            latest: preview(latest),
        });
    }
    let from_colleagues: Vec<&&Message> = new
        .iter()
        .filter(|m| m.direction != Direction::Inbound && m.author != agent)
        .collect();
    if let Some(latest) = from_colleagues.last() {
        out.push(CaseChange::ColleagueWrote {
            count: from_colleagues.len() as u32,
            author: latest.author.clone(),
        });
    }
    if now.case.status != seen.status {
        out.push(CaseChange::StatusChanged {
            from: seen.status,
            to: now.case.status,
        });
    }
    if now.case.assignee != seen.assignee {
        out.push(CaseChange::AssigneeChanged {
            from: seen.assignee.clone(),
            to: now.case.assignee.clone(),
        });
    }
    out
}

/// What became of a reply the agent sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
#[ts(export)]
pub enum SendOutcome {
    /// In the outbox (and the thread, marked queued).
    Queued { message: Message },
    /// Not queued: the case changed since the agent opened it. Sending again with
    /// `send_anyway` queues it.
    CaseChanged { changes: Vec<CaseChange> },
}
