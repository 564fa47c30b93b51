//! Zendesk tickets, users and comments as Polydesk cases, customers and messages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use polydesk_core::domain::*;

use super::wire::{Comment, Group, Ticket, User};

/// Polydesk's id for a Zendesk ticket.
pub fn case_id(ticket_id: u64) -> String {
    case_id_in(DEFAULT_SOURCE, ticket_id)
}

/// The `source` of cases from Zendesk, unless the connector is told otherwise (the demo
/// workspace's simulated CRM keeps its cases under `demo`).
pub const DEFAULT_SOURCE: &str = "zendesk";

pub fn case_id_in(source: &str, ticket_id: u64) -> String {
    format!("{source}-{ticket_id}")
}

/// How the team's custom fields are read: Zendesk field id -> Polydesk key.
#[derive(Debug, Clone, Default)]
pub struct FieldMap {
    pub source: String,
    pub custom_fields: HashMap<u64, String>,
}

pub fn status(s: &str) -> Status {
    match s {
        "new" => Status::New,
        "pending" => Status::Pending,
        "hold" => Status::OnHold,
        "solved" => Status::Solved,
        "closed" => Status::Closed,
        _ => Status::Open,
    }
}

pub fn priority(p: Option<&str>) -> Priority {
    match p {
        Some("low") => Priority::Low,
        Some("high") => Priority::High,
        Some("urgent") => Priority::Urgent,
        _ => Priority::Normal,
    }
}

pub fn time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// Creators and sellers are told apart by the tags teams put on their tickets.
fn kind(tags: &[String]) -> CustomerKind {
    let has = |t: &str| tags.iter().any(|x| x == t);
    if has("creator") || has("live") || has("live-gifts") || has("payout") || has("vip-creator") {
        CustomerKind::Creator
    } else if has("seller") || has("shop") || has("order-dispute") || has("logistics") {
        CustomerKind::Seller
    } else {
        CustomerKind::Viewer
    }
}

/// A ticket with its comments as a case record.
pub fn case_record(
    ticket: &Ticket,
    comments: &[Comment],
    users: &HashMap<u64, User>,
    groups: &HashMap<u64, Group>,
    map: &FieldMap,
) -> CaseRecord {
    let id = case_id_in(&map.source, ticket.id);
    let requester = users.get(&ticket.requester_id);
    let locale = requester.and_then(|u| u.locale.clone());
    let name_of = |uid: u64| {
        users
            .get(&uid)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| format!("User {uid}"))
    };
    let messages = comments
        .iter()
        .map(|c| Message {
            id: format!("{id}-c{}", c.id),
            case_id: id.clone(),
            author: name_of(c.author_id),
            direction: if !c.public {
                Direction::Note
            } else if c.author_id == ticket.requester_id {
                Direction::Inbound
            } else {
                Direction::Outbound
            },
            body_text: c.body.clone(),
            body_html: c.html_body.clone(),
            language: None,
            created_at: time(&c.created_at),
            delivery: Delivery::Sent,
            attachments: c
                .attachments
                .iter()
                .map(|a| Attachment {
                    id: a.id.to_string(),
                    file_name: a.file_name.clone(),
                    content_type: a.content_type.clone(),
                    size: a.size,
                    url: a.content_url.clone(),
                })
                .collect(),
        })
        .collect();
    CaseRecord {
        case: Case {
            id: id.clone(),
            source: map.source.clone(),
            crm_id: ticket.id.to_string(),
            subject: ticket.subject.clone().unwrap_or_default(),
            status: status(&ticket.status),
            priority: priority(ticket.priority.as_deref()),
            customer: Customer {
                id: format!("{}-user-{}", map.source, ticket.requester_id),
                name: requester
                    .map(|u| u.name.clone())
                    .unwrap_or_else(|| name_of(ticket.requester_id)),
                handle: None,
                email: requester.and_then(|u| u.email.clone()),
                kind: kind(&ticket.tags),
                locale,
                country: None,
            },
            assignee: ticket.assignee_id.map(name_of),
            group: ticket
                .group_id
                .and_then(|g| groups.get(&g))
                .map(|g| g.name.clone()),
            tags: ticket.tags.clone(),
            // Suggested by the cache when it writes the case (`polydesk_core::language`).
            reply_language: ReplyLanguage::En,
            created_at: time(&ticket.created_at),
            updated_at: time(&ticket.updated_at),
            sla_due_at: sla_due(ticket),
            custom_fields: ticket
                .custom_fields
                .iter()
                .filter_map(|f| {
                    let key = map.custom_fields.get(&f.id)?;
                    let value = match &f.value {
                        serde_json::Value::String(s) if !s.is_empty() => s.clone(),
                        serde_json::Value::Number(n) => n.to_string(),
                        _ => return None,
                    };
                    Some((key.clone(), value))
                })
                .collect(),
        },
        messages,
    }
}

/// The next SLA breach: the earliest target still running. Achieved and paused targets
/// have no clock; a ticket with no policy has none either.
fn sla_due(ticket: &Ticket) -> Option<DateTime<Utc>> {
    ticket
        .slas
        .as_ref()?
        .policy_metrics
        .iter()
        .filter(|m| m.stage.as_deref() == Some("active"))
        .filter_map(|m| m.breach_at.as_deref())
        .filter_map(|at| DateTime::parse_from_rfc3339(at).ok())
        .map(|at| at.with_timezone(&Utc))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket(slas: serde_json::Value) -> Ticket {
        serde_json::from_value(serde_json::json!({
            "id": 7, "status": "open", "requester_id": 1,
            "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-01T10:00:00Z",
            "slas": slas,
        }))
        .unwrap()
    }

    #[test]
    fn the_sla_due_is_the_earliest_running_target() {
        let t = ticket(serde_json::json!({"policy_metrics": [
            {"breach_at": "2026-11-02T09:00:00Z", "stage": "active", "metric": "requester_wait_time"},
            {"breach_at": "2026-11-01T08:00:00Z", "stage": "achieved", "metric": "first_reply_time"},
            {"breach_at": "2026-11-01T12:30:00Z", "stage": "active", "metric": "next_reply_time"},
            {"breach_at": null, "stage": "paused", "metric": "agent_work_time"},
        ]}));
        assert_eq!(
            sla_due(&t),
            Some(time("2026-11-01T12:30:00Z")),
            "achieved and paused targets have no clock"
        );
        assert_eq!(sla_due(&ticket(serde_json::json!(null))), None);
        let achieved = ticket(serde_json::json!({"policy_metrics": [
            {"breach_at": "2026-11-01T08:00:00Z", "stage": "achieved"}]}));
        assert_eq!(sla_due(&achieved), None);
    }
}
