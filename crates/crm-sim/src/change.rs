//! How a case changes: one path ([`Store::apply`]) shared by agents' updates through
//! the API and by simulated colleagues editing behind the agent's back.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::model::Ticket;
use crate::store::Store;

/// The teammate who edits cases behind the agent's back when no other agent exists.
const FALLBACK_COLLEAGUE: &str = "Alex Morgan";

/// A reply or internal note added with a change.
#[derive(Debug, Clone, PartialEq)]
pub struct NewComment {
    pub body: String,
    pub html_body: Option<String>,
    pub public: bool,
    /// Tokens of uploaded files the comment attaches (`comment.uploads`).
    pub uploads: Vec<String>,
}

/// A change to a case, already checked for shape (see `routes::update`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TicketChange {
    pub comment: Option<NewComment>,
    pub status: Option<String>,
    pub priority: Option<Option<String>>,
    pub assignee_id: Option<Option<u64>>,
    pub group_id: Option<Option<u64>>,
    pub tags: Option<Vec<String>>,
    /// `additional_tags` / `remove_tags`: set operations on the current tags.
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    pub custom_fields: Vec<(u64, Value)>,
    /// Stored as the audit's `metadata.custom`.
    pub metadata: Value,
    /// `safe_update`: the `updated_at` the client last saw.
    pub expected_stamp: Option<i64>,
}

/// Why a change was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeError {
    NotFound,
    /// `safe_update` met a newer version of the case.
    Conflict,
    /// Field -> descriptions, as Zendesk's `details`.
    Invalid(Map<String, Value>),
}

/// What a simulated colleague does to a case; `None` fields get a plausible default
/// (the status moves on, an internal note is left).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ColleagueEdit {
    pub status: Option<String>,
    /// The colleague's internal note.
    pub comment: Option<String>,
    /// Tags the colleague adds.
    pub tags: Option<Vec<String>>,
    /// The priority the colleague sets (`low`, `normal`, `high`, `urgent`).
    #[serde(default)]
    pub priority: Option<String>,
}

impl Store {
    /// Apply `change` to case `ticket_id` as `author`: the ticket (as JSON) and its new audit.
    pub fn apply(
        &mut self,
        ticket_id: u64,
        author: u64,
        change: TicketChange,
    ) -> Result<(Value, Value), ChangeError> {
        let ticket = match self.tickets.get(&ticket_id) {
            Some(t) if !t.is_deleted() => t.clone(),
            _ => return Err(ChangeError::NotFound),
        };
        if change
            .expected_stamp
            .is_some_and(|s| s != ticket.updated_at)
        {
            return Err(ChangeError::Conflict);
        }
        self.check_references(&ticket, &change)?;
        let mut updated = ticket.clone();
        let mut events = Vec::new();
        let mut note = |field: &str, before: Value, after: Value| {
            if before != after {
                events.push(json!({"type": "Change", "field_name": field,
                    "value": after, "previous_value": before}));
            }
        };
        if let Some(status) = change.status {
            note("status", json!(updated.status), json!(status));
            updated.status = status;
        }
        if let Some(priority) = change.priority {
            note("priority", json!(updated.priority), json!(priority));
            updated.priority = priority;
        }
        if let Some(assignee) = change.assignee_id {
            note("assignee_id", json!(updated.assignee_id), json!(assignee));
            updated.assignee_id = assignee;
        }
        if let Some(group) = change.group_id {
            note("group_id", json!(updated.group_id), json!(group));
            updated.group_id = group;
        }
        if let Some(tags) = change.tags {
            note("tags", json!(updated.tags), json!(tags));
            updated.tags = tags;
        }
        if !change.add_tags.is_empty() || !change.remove_tags.is_empty() {
            let mut tags = updated.tags.clone();
            tags.retain(|t| !change.remove_tags.contains(t));
            for tag in change.add_tags {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            note("tags", json!(updated.tags), json!(tags));
            updated.tags = tags;
        }
        for (field, value) in change.custom_fields {
            match updated
                .custom_fields
                .iter_mut()
                .find(|(id, _)| *id == field)
            {
                Some((_, old)) => {
                    note(&field.to_string(), old.clone(), value.clone());
                    *old = value;
                }
                None => {
                    note(&field.to_string(), Value::Null, value.clone());
                    updated.custom_fields.push((field, value));
                }
            }
        }
        let stamp = self.clock.stamp_after(ticket.updated_at);
        updated.updated_at = stamp;
        updated.generated_timestamp = stamp;
        self.tickets.insert(ticket_id, updated);
        let audit = self.record(
            ticket_id,
            author,
            stamp,
            change.comment,
            events,
            change.metadata,
        );
        let ticket = self.tickets[&ticket_id].to_json(&self.base_url);
        Ok((ticket, audit))
    }

    /// A teammate edits the case (see [`ColleagueEdit`]); `None` if the case cannot be
    /// edited (missing, deleted or closed).
    pub fn colleague_edit(&mut self, ticket_id: u64, edit: &ColleagueEdit) -> Option<Value> {
        let ticket = self.tickets.get(&ticket_id)?;
        let status = edit.status.clone().unwrap_or_else(|| {
            match ticket.status.as_str() {
                "open" => "pending",
                _ => "open",
            }
            .to_string()
        });
        let tags = edit.tags.as_ref().map(|extra| {
            let mut tags = ticket.tags.clone();
            tags.extend(extra.iter().filter(|t| !ticket.tags.contains(t)).cloned());
            tags
        });
        let body = edit.comment.clone().unwrap_or_else(|| {
            "Checked with the payments team; leaving this with you. (colleague)".to_string()
        });
        let colleague = self.colleague();
        let change = TicketChange {
            comment: Some(NewComment {
                body,
                html_body: None,
                public: false,
                uploads: Vec::new(),
            }),
            status: Some(status),
            priority: edit.priority.clone().map(Some),
            tags,
            metadata: json!({}),
            ..TicketChange::default()
        };
        self.apply(ticket_id, colleague, change)
            .ok()
            .map(|(t, _)| t)
    }

    /// Some other agent than `me`.
    fn colleague(&mut self) -> u64 {
        let me = self.me;
        let other = self
            .users
            .values()
            .find(|u| u.role.is_staff() && u.id != me);
        match other {
            Some(user) => user.id,
            None => self.agent_named(FALLBACK_COLLEAGUE, 0),
        }
    }

    fn check_references(&self, ticket: &Ticket, change: &TicketChange) -> Result<(), ChangeError> {
        let mut details = Map::new();
        let mut problem = |field: &str, text: String| {
            details.insert(field.to_string(), json!([{"description": text}]));
        };
        if ticket.status == "closed" {
            problem("status", "Status: closed prevents ticket update".into());
        }
        if let Some(Some(id)) = change.assignee_id {
            if !self.users.get(&id).is_some_and(|u| u.role.is_staff()) {
                problem("assignee_id", format!("Assignee: {id} is not an agent"));
            }
        }
        for token in change.comment.iter().flat_map(|c| &c.uploads) {
            if !self.uploads.contains_key(token) {
                problem(
                    "uploads",
                    format!("Uploads: {token} is not a valid upload token"),
                );
            }
        }
        if let Some(Some(id)) = change.group_id {
            if !self.groups.contains_key(&id) {
                problem("group_id", format!("Group: {id} does not exist"));
            }
        }
        match details.is_empty() {
            true => Ok(()),
            false => Err(ChangeError::Invalid(details)),
        }
    }
}
