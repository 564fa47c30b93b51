//! What the UI and the CLI read: pages of cases, a case with its thread, search hits
//! and the workspace status. Shapes only; the queries live in `store`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    AgentGender, Case, FieldChange, FieldConflict, Message, Priority, ReplyLanguage, Status,
};
use crate::language::UiLanguage;
use crate::views::ViewSlug;

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseSummary {
    pub id: String,
    pub subject: String,
    pub status: Status,
    pub priority: Priority,
    pub reply_language: ReplyLanguage,
    pub customer: CustomerRef,
    pub assignee: Option<String>,
    pub group: Option<String>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    #[ts(type = "string | null")]
    pub sla_due_at: Option<DateTime<Utc>>,
    /// True when the agent has an unsent draft on this case.
    pub has_draft: bool,
    /// Changes of the agent's still in the outbox (the "pending" badge).
    pub pending: u32,
    /// When its next SLA target falls due (the CRM's due time or the policy's),
    /// past when breached; null when no clock runs (the list's countdown).
    #[ts(type = "string | null")]
    pub sla_next_due: Option<DateTime<Utc>>,
}

/// The customer as a list row needs them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CustomerRef {
    pub id: String,
    pub name: String,
}

/// A window of a view: `total` cases in the view, `cases` starting at `offset`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CasePage {
    pub view: ViewSlug,
    pub total: u32,
    pub offset: u32,
    pub cases: Vec<CaseSummary>,
}

/// A built-in view with how many cases it holds right now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ViewCount {
    pub slug: ViewSlug,
    pub count: u32,
}

/// A case opened in the detail pane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseDetail {
    #[serde(flatten)]
    #[ts(flatten)]
    pub case: Case,
    /// Oldest first.
    pub messages: Vec<Message>,
    /// The agent's unsent reply, saved as they type.
    pub draft: Option<Draft>,
    /// Outbox items of this case (replies, notes, field changes) not yet in the CRM.
    pub pending: u32,
    /// Field changes not yet in the CRM (already shown in the case's fields).
    pub pending_changes: Vec<FieldChange>,
    /// Fields changed both here and in the CRM, waiting for the agent's choice.
    pub conflicts: Vec<FieldConflict>,
    /// What the agent is looking at, as `send_reply` compares it: the UI hands it back
    /// with a reply, and is told what changed since.
    pub seen: SeenCase,
    /// Its escalations, oldest first (steps still in the outbox included).
    pub escalations: Vec<crate::escalation::CaseEscalation>,
    /// The root cause its tags carry (a slug of the taxonomy).
    pub root_cause: Option<String>,
    /// The customer's other cases and what came of them.
    pub customer_history: CustomerHistory,
    /// The earlier cases this one repeats (the same root cause, order id or a similar
    /// subject within 30 days), newest first.
    pub repeat_of: Vec<String>,
    /// Where it stands against its SLA (first response, next response, resolution).
    pub sla: Option<crate::store::CaseSla>,
    /// What the team's risk rules match in the customer's messages and tags (the UI
    /// offers to escalate), one per flag.
    pub risks: Vec<crate::risk::RiskMatch>,
}

/// What the agent was looking at when they wrote a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SeenCase {
    /// The case's `updated_at` as shown.
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub status: Status,
    pub assignee: Option<String>,
    /// How many messages the thread had.
    pub message_count: u32,
}

impl SeenCase {
    /// What a detail pane showing `case` and `messages` shows.
    pub fn of(case: &Case, messages: &[Message]) -> SeenCase {
        SeenCase {
            updated_at: case.updated_at,
            status: case.status,
            assignee: case.assignee.clone(),
            message_count: messages.len() as u32,
        }
    }
}

/// A half-written reply kept in the cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Draft {
    pub case_id: String,
    pub body: String,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// One search match: a case subject (`message_id` null) or a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub case_id: String,
    pub message_id: Option<String>,
    pub subject: String,
    /// The matched text with some context around it.
    pub snippet: String,
    /// When the matched message (or the case, for a subject hit) was written.
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
}

/// What the status bar and the first screen need to know about the cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WorkspaceStatus {
    pub case_count: u32,
    /// Size of the cache on disk (database plus its write-ahead log), in bytes.
    #[ts(type = "number")]
    pub cache_bytes: u64,
    /// `demo` for the demo workspace, else the RFC 3339 time of the last completed sync,
    /// or null if the cache has never synced.
    pub last_sync: Option<String>,
    /// The agent this cache belongs to (the CRM user), if known.
    pub agent_name: Option<String>,
    /// The UI language in force: the agent's choice, else the OS locale's best match.
    pub ui_language: UiLanguage,
    /// The agent's gender for grammatical agreement in replies, if they said.
    pub agent_gender: Option<AgentGender>,
    /// Why team files in the data folder (`sla-policy.toml`, `risk-rules.toml`) are not
    /// in use; the shipped ones count meanwhile. Empty when all is well.
    pub file_problems: Vec<String>,
}

/// Choices for assigning and escalating: the teams and agents the cache knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseChoices {
    pub groups: Vec<String>,
    pub assignees: Vec<String>,
}

/// One of the customer's other cases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HistoryCase {
    pub id: String,
    pub subject: String,
    pub status: Status,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub root_cause: Option<String>,
    /// Its last escalation's outcome.
    pub outcome: Option<String>,
    pub escalated: bool,
    /// Why the open case repeats this one, when it does.
    pub repeat: Option<crate::repeats::RepeatReason>,
    /// Likely the same request as the open case (both unsolved, the same order or a
    /// similar subject): offered for merge or link.
    pub duplicate: bool,
    /// The open case already has a note linking it to this one.
    pub linked: bool,
}

/// What the customer panel shows of the customer's past.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CustomerHistory {
    /// Open ones first, then solved ones; most recently updated first within each.
    pub cases: Vec<HistoryCase>,
    /// Their cases created in the last 90 days (this one included).
    pub cases_90d: u32,
    /// Escalations of their cases opened in the last 90 days.
    pub escalations_90d: u32,
}
