//! Escalations that close the loop: a case handed to a team with a severity, risk flags,
//! a reason and a due time, followed up until someone records its outcome. Pure: an
//! escalation's state is rebuilt from what the CRM keeps of it — the case's tags
//! (`escalated`, `severity-*`, `risk-*`, `escalation-resolved`) and the internal notes
//! that carry each step ([`note`]) — so a colleague's cache rebuilds the same state from
//! a pull, and the agent's own queued notes show on top until they are sent.

pub mod note;
pub mod teams;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{Direction, Message, Priority};
pub use note::EscalationNote;

crate::choice_enum! {
    /// How bad it is if the escalation is not handled in time.
    Severity { Critical => "critical", High => "high", Normal => "normal" }
}

crate::choice_enum! {
    /// Why an escalation needs more than the usual care.
    RiskFlag {
        Legal => "legal",
        Safety => "safety",
        CreatorRevenue => "creator-revenue",
        PublicAttention => "public-attention",
        Vip => "vip",
    }
}

crate::choice_enum! {
    /// Whether the loop is closed.
    EscalationState { Open => "open", Resolved => "resolved" }
}

crate::choice_enum! {
    /// A step in an escalation's log.
    EscalationStepKind {
        Opened => "opened",
        Reminded => "reminded",
        FollowedUp => "followed-up",
        Resolved => "resolved",
    }
}

/// The tag every escalated case carries (so repeat escalations can be counted).
pub const ESCALATED_TAG: &str = "escalated";
/// The tag a case carries once its last escalation is resolved.
pub const RESOLVED_TAG: &str = "escalation-resolved";
/// The Polydesk key of the custom field that carries an open escalation's due time
/// (RFC 3339) where the team maps one in `crm-mapping.toml`; the notes carry it as well.
pub const DUE_FIELD: &str = "escalation_due";
const SEVERITY_TAG: &str = "severity-";
const RISK_TAG: &str = "risk-";

impl Severity {
    /// The case priority an escalation of this severity sets (normal leaves it).
    pub fn priority(self) -> Option<Priority> {
        match self {
            Severity::Critical => Some(Priority::Urgent),
            Severity::High => Some(Priority::High),
            Severity::Normal => None,
        }
    }

    pub fn tag(self) -> String {
        format!("{SEVERITY_TAG}{self}")
    }
}

impl RiskFlag {
    pub fn tag(self) -> String {
        format!("{RISK_TAG}{self}")
    }
}

/// One step of an escalation: what, who, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EscalationStep {
    pub kind: EscalationStepKind,
    pub by: String,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    /// The reason, the follow-up's note or the outcome.
    pub text: String,
    /// Whether the step is still in the outbox.
    pub queued: bool,
}

/// An escalation as the case's notes and tags tell it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseEscalation {
    /// `CASE_ID:N`, the case's Nth escalation (stable before and after sync).
    pub id: String,
    pub case_id: String,
    /// The group's (or queue's) name.
    pub team: String,
    pub severity: Severity,
    pub risks: Vec<RiskFlag>,
    pub reason: String,
    #[ts(type = "string | null")]
    pub due_at: Option<DateTime<Utc>>,
    pub state: EscalationState,
    pub outcome: Option<String>,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    #[ts(type = "string | null")]
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolved_by: Option<String>,
    /// From the case's arrival to this escalation, in seconds (how promptly it was
    /// escalated; the reports' time to escalation).
    #[serde(default)]
    #[ts(type = "number")]
    pub since_arrival_secs: i64,
    /// Opened, followed up, resolved: newest last.
    pub log: Vec<EscalationStep>,
}

impl CaseEscalation {
    pub fn is_open(&self) -> bool {
        self.state == EscalationState::Open
    }
}

/// What the CRM's case says besides its notes.
pub struct CaseFacts<'a> {
    pub case_id: &'a str,
    pub tags: &'a [String],
    pub group: Option<&'a str>,
    /// Whether the case is solved or closed: an escalation known only by its tags ended
    /// with it.
    pub solved: bool,
    /// When the case last changed: the time of an escalation known only by its tags.
    pub updated_at: DateTime<Utc>,
    /// When the case arrived.
    pub created_at: DateTime<Utc>,
    /// The due time in the CRM's mapped field ([`DUE_FIELD`]), when it has one.
    pub due_field: Option<DateTime<Utc>>,
}

/// The case's escalations, oldest first, rebuilt from its notes (in thread order) and,
/// for a case escalated in the CRM without such notes, its tags.
pub fn rebuild(facts: &CaseFacts<'_>, messages: &[Message]) -> Vec<CaseEscalation> {
    let mut escalations: Vec<CaseEscalation> = Vec::new();
    for m in messages.iter().filter(|m| m.direction == Direction::Note) {
        let Some(note) = EscalationNote::parse(&m.body_text) else {
            continue;
        };
        let step = |kind, text: &str| EscalationStep {
            kind,
            by: m.author.clone(),
            at: m.created_at,
            text: text.to_string(),
            queued: m.delivery == crate::domain::Delivery::Queued,
        };
        match note {
            EscalationNote::Opened {
                team,
                severity,
                risks,
                due_at,
                reason,
            } => {
                let log = vec![step(EscalationStepKind::Opened, &reason)];
                escalations.push(CaseEscalation {
                    id: format!("{}:{}", facts.case_id, escalations.len() + 1),
                    case_id: facts.case_id.to_string(),
                    team,
                    severity,
                    risks,
                    reason,
                    due_at,
                    state: EscalationState::Open,
                    outcome: None,
                    created_at: m.created_at,
                    created_by: m.author.clone(),
                    resolved_at: None,
                    resolved_by: None,
                    since_arrival_secs: (m.created_at - facts.created_at).num_seconds().max(0),
                    log,
                });
            }
            EscalationNote::FollowedUp { due_at, note } => {
                if let Some(open) = escalations.last_mut().filter(|e| e.is_open()) {
                    open.due_at = due_at.or(open.due_at);
                    open.log.push(step(EscalationStepKind::FollowedUp, &note));
                }
            }
            EscalationNote::Resolved { outcome } => {
                if let Some(open) = escalations.last_mut().filter(|e| e.is_open()) {
                    open.state = EscalationState::Resolved;
                    open.resolved_at = Some(m.created_at);
                    open.resolved_by = Some(m.author.clone());
                    open.log.push(step(EscalationStepKind::Resolved, &outcome));
                    open.outcome = Some(outcome);
                }
            }
        }
    }
    if escalations.is_empty() {
        escalations.extend(from_tags(facts));
    }
    if let (Some(open), Some(due)) = (
        escalations.last_mut().filter(|e| e.is_open()),
        facts.due_field,
    ) {
        // The CRM's field wins when it changed after the last step the CRM has (a
        // colleague moved the due time there); a step still queued here is newer.
        let last = open.log.last();
        if last.is_none_or(|s| !s.queued && facts.updated_at >= s.at) {
            open.due_at = Some(due);
        }
    }
    escalations
}

/// An escalation made in the CRM's own screen: only its tags tell it (resolved by its tag,
/// or by the case having been solved there).
fn from_tags(facts: &CaseFacts<'_>) -> Option<CaseEscalation> {
    let has = |tag: &str| facts.tags.iter().any(|t| t == tag);
    if !has(ESCALATED_TAG) {
        return None;
    }
    let suffixed = |prefix: &'static str| {
        facts
            .tags
            .iter()
            .filter_map(move |t| t.strip_prefix(prefix))
    };
    let resolved = has(RESOLVED_TAG) || facts.solved;
    Some(CaseEscalation {
        id: format!("{}:1", facts.case_id),
        case_id: facts.case_id.to_string(),
        team: facts.group.unwrap_or_default().to_string(),
        severity: suffixed(SEVERITY_TAG)
            .find_map(|s| s.parse().ok())
            .unwrap_or(Severity::Normal),
        risks: suffixed(RISK_TAG).filter_map(|s| s.parse().ok()).collect(),
        reason: String::new(),
        due_at: None,
        state: if resolved {
            EscalationState::Resolved
        } else {
            EscalationState::Open
        },
        outcome: None,
        created_at: facts.updated_at,
        created_by: String::new(),
        resolved_at: resolved.then_some(facts.updated_at),
        resolved_by: None,
        since_arrival_secs: (facts.updated_at - facts.created_at).num_seconds().max(0),
        log: Vec::new(),
    })
}

/// The tags a case carries for its escalation: those to add and those to remove.
pub fn tags_for(
    severity: Severity,
    risks: &[RiskFlag],
    state: EscalationState,
) -> (Vec<String>, Vec<String>) {
    let mut add = vec![ESCALATED_TAG.to_string(), severity.tag()];
    add.extend(risks.iter().map(|r| r.tag()));
    let mut remove: Vec<String> = Severity::ALL
        .iter()
        .filter(|s| **s != severity)
        .map(|s| s.tag())
        .collect();
    match state {
        EscalationState::Open => remove.push(RESOLVED_TAG.to_string()),
        EscalationState::Resolved => add.push(RESOLVED_TAG.to_string()),
    }
    (add, remove)
}

#[cfg(test)]
mod tests;
