//! The desk's records as Zendesk keeps them: people (users), teams (groups), cases
//! (tickets), the messages of a case's thread (comments) and the change log (audits).
//!
//! Times are Unix seconds, rendered as RFC 3339 with a `Z` and second resolution, as
//! Zendesk does.

use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The ticket statuses Zendesk accepts on an update (`deleted` only appears in exports).
pub const STATUSES: &[&str] = &["new", "open", "pending", "hold", "solved", "closed"];

/// The status a deleted ticket shows in the incremental export.
pub const DELETED: &str = "deleted";

/// The ticket priorities Zendesk accepts.
pub const PRIORITIES: &[&str] = &["low", "normal", "high", "urgent"];

/// What a user is on the desk: the account's admin, a support agent, or a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Role {
    #[default]
    #[serde(rename = "admin")]
    Admin,
    #[serde(rename = "agent")]
    Agent,
    #[serde(rename = "end-user")]
    EndUser,
}

impl Role {
    /// Zendesk's text for the role.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Agent => "agent",
            Role::EndUser => "end-user",
        }
    }

    /// Whether the user works cases (admins are agents too).
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Admin | Role::Agent)
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(Role::Admin),
            "agent" => Ok(Role::Agent),
            "end-user" => Ok(Role::EndUser),
            other => Err(format!(
                "unknown role '{other}' (expected admin, agent or end-user)"
            )),
        }
    }
}

/// Unix seconds -> `2026-11-01T10:00:00Z`.
pub fn rfc3339(secs: i64) -> String {
    DateTime::<Utc>::from_timestamp(secs, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `2026-11-01T10:00:00Z` (any offset, any fraction) -> Unix seconds.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.timestamp())
}

/// A person on the desk: an agent or a customer (end-user).
#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub email: Option<String>,
    pub role: Role,
    /// BCP 47, such as `pt-BR`.
    pub locale: String,
    pub created_at: i64,
}

impl User {
    pub fn to_json(&self, base_url: &str) -> Value {
        json!({
            "id": self.id,
            "url": format!("{base_url}/api/v2/users/{}.json", self.id),
            "name": self.name,
            "email": self.email,
            "role": self.role.as_str(),
            "locale": self.locale,
            "organization_id": null,
            "active": true,
            "verified": true,
            "created_at": rfc3339(self.created_at),
            "updated_at": rfc3339(self.created_at),
        })
    }
}

/// A team cases are routed to (Tier 1, Payments, ...).
#[derive(Debug, Clone)]
pub struct Group {
    pub id: u64,
    pub name: String,
    pub created_at: i64,
}

impl Group {
    pub fn to_json(&self, base_url: &str) -> Value {
        json!({
            "id": self.id,
            "url": format!("{base_url}/api/v2/groups/{}.json", self.id),
            "name": self.name,
            "deleted": false,
            "default": false,
            "created_at": rfc3339(self.created_at),
            "updated_at": rfc3339(self.created_at),
        })
    }
}

/// A support case.
#[derive(Debug, Clone)]
pub struct Ticket {
    pub id: u64,
    pub subject: String,
    /// The first message of the thread, as Zendesk keeps it.
    pub description: String,
    /// One of [`STATUSES`], or [`DELETED`].
    pub status: String,
    pub priority: Option<String>,
    pub requester_id: u64,
    pub assignee_id: Option<u64>,
    pub group_id: Option<u64>,
    pub tags: Vec<String>,
    /// `(field id, value)`; [`crate::ORDER_ID_FIELD`] holds the order id.
    pub custom_fields: Vec<(u64, Value)>,
    pub created_at: i64,
    pub updated_at: i64,
    /// When the export record was last generated (any change bumps it).
    pub generated_timestamp: i64,
    /// When the ticket's SLA target (next reply) is breached, if a policy applies.
    pub sla_breach_at: Option<i64>,
}

impl Ticket {
    pub fn is_deleted(&self) -> bool {
        self.status == DELETED
    }

    pub fn to_json(&self, base_url: &str) -> Value {
        let fields: Vec<Value> = self
            .custom_fields
            .iter()
            .map(|(id, value)| json!({"id": id, "value": value}))
            .collect();
        json!({
            "id": self.id,
            "url": format!("{base_url}/api/v2/tickets/{}.json", self.id),
            "external_id": null,
            "type": null,
            "subject": self.subject,
            "raw_subject": self.subject,
            "description": self.description,
            "status": self.status,
            "priority": self.priority,
            "requester_id": self.requester_id,
            "submitter_id": self.requester_id,
            "assignee_id": self.assignee_id,
            "organization_id": null,
            "group_id": self.group_id,
            "tags": self.tags,
            "custom_fields": fields.clone(),
            "fields": fields,
            "is_public": true,
            "via": {"channel": "email"},
            "created_at": rfc3339(self.created_at),
            "updated_at": rfc3339(self.updated_at),
            "generated_timestamp": self.generated_timestamp,
        })
    }

    /// The ticket, with its SLA sideloaded when `slas` (`include=slas`): the next-reply
    /// target is active while the ticket is unsolved and achieved once it is solved.
    pub fn to_json_including(&self, base_url: &str, slas: bool) -> Value {
        let mut ticket = self.to_json(base_url);
        if !slas {
            return ticket;
        }
        let metrics: Vec<Value> = self
            .sla_breach_at
            .filter(|_| !self.is_deleted())
            .map(|at| {
                let stage = match self.status.as_str() {
                    "solved" | "closed" => "achieved",
                    _ => "active",
                };
                json!({"breach_at": rfc3339(at), "stage": stage, "metric": "next_reply_time",
                    "minutes": (at - self.updated_at) / 60})
            })
            .into_iter()
            .collect();
        ticket["slas"] = json!({ "policy_metrics": metrics });
        ticket
    }
}

/// One message of a case's thread: a public reply or an internal note (`public: false`).
#[derive(Debug, Clone)]
pub struct Comment {
    pub id: u64,
    pub author_id: u64,
    pub body: String,
    pub html_body: String,
    pub public: bool,
    pub created_at: i64,
    pub audit_id: u64,
    /// The files attached to it, as the API lists them.
    pub attachments: Vec<Value>,
}

impl Comment {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "type": "Comment",
            "author_id": self.author_id,
            "body": self.body,
            "html_body": self.html_body,
            "plain_body": self.body,
            "public": self.public,
            "attachments": self.attachments,
            "audit_id": self.audit_id,
            "via": {"channel": "email"},
            "created_at": rfc3339(self.created_at),
        })
    }

    /// The `Comment` event an audit carries for this comment.
    pub fn event_json(&self, event_id: u64) -> Value {
        json!({
            "id": event_id,
            "type": "Comment",
            "author_id": self.author_id,
            "body": self.body,
            "html_body": self.html_body,
            "plain_body": self.body,
            "public": self.public,
            "attachments": self.attachments,
        })
    }
}

/// One entry of a case's change log: who changed what, with the client's metadata.
#[derive(Debug, Clone)]
pub struct Audit {
    pub id: u64,
    pub ticket_id: u64,
    pub author_id: u64,
    pub created_at: i64,
    /// What the client sent as `ticket.metadata` (`{}` when nothing).
    pub custom: Value,
    pub events: Vec<Value>,
}

impl Audit {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "ticket_id": self.ticket_id,
            "author_id": self.author_id,
            "created_at": rfc3339(self.created_at),
            "metadata": {"custom": self.custom, "system": {}},
            "via": {"channel": "api"},
            "events": self.events,
        })
    }
}

/// Wrap plain text into the minimal HTML Zendesk stores next to it.
pub fn html_from_text(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let paragraphs: Vec<String> = escaped
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", p.replace('\n', "<br>")))
        .collect();
    paragraphs.join("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_at_second_resolution() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(parse_rfc3339("2026-11-01T10:00:00Z"), Some(1_793_527_200));
        assert_eq!(
            parse_rfc3339("2026-11-01T12:00:00+02:00"),
            Some(1_793_527_200)
        );
        assert_eq!(parse_rfc3339("yesterday"), None);
    }

    #[test]
    fn text_becomes_paragraphs() {
        assert_eq!(html_from_text("a<b\nc\n\nd"), "<p>a&lt;b<br>c</p><p>d</p>");
    }
}
