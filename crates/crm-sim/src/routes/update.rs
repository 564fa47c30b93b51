//! `PUT /api/v2/tickets/{id}.json`: an agent replies, adds a note or changes a case.
//!
//! With `safe_update: true`, the change only goes through if `updated_stamp` is the
//! case's current `updated_at` (409 otherwise, nothing applied). The client's
//! `ticket.metadata` comes back as the new audit's `metadata.custom`, so a client id
//! carried there can be found again after a lost answer.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::{Extension, Json};
use serde_json::{json, Map, Value};

use super::ticket_id;
use crate::api_error::ApiError;
use crate::change::{ChangeError, ColleagueEdit, NewComment, TicketChange};
use crate::dice::Decision;
use crate::model::{parse_rfc3339, PRIORITIES, STATUSES};
use crate::state::SimState;

/// The update.
pub async fn update(
    State(state): State<Arc<SimState>>,
    Extension(decision): Extension<Decision>,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&segment)?;
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad("InvalidJSON", format!("the body is not JSON: {e}")))?;
    let Some(fields) = body.get("ticket").and_then(Value::as_object) else {
        return Err(ApiError::bad(
            "InvalidValue",
            "the body needs a \"ticket\" object",
        ));
    };
    let change = parse_change(fields).map_err(ApiError::Invalid)?;
    if decision.colleague
        && state
            .colleague_edit(id, &ColleagueEdit::default())
            .await
            .is_some()
    {
        state.count_fault("colleague").await;
    }
    let mut store = state.store.lock().await;
    let me = store.me;
    let (ticket, audit) = store.apply(id, me, change).map_err(|e| match e {
        ChangeError::NotFound => ApiError::NotFound,
        ChangeError::Conflict => ApiError::Conflict,
        ChangeError::Invalid(details) => ApiError::Invalid(details),
    })?;
    drop(store);
    state.stats.lock().await.applied_updates += 1;
    Ok(Json(json!({"ticket": ticket, "audit": audit})))
}

/// Problems found so far: field -> descriptions.
struct Problems(Map<String, Value>);

impl Problems {
    fn add(&mut self, field: &str, description: impl Into<String>) {
        let entry = self.0.entry(field.to_string()).or_insert_with(|| json!([]));
        if let Some(list) = entry.as_array_mut() {
            list.push(json!({"description": description.into()}));
        }
    }
}

/// `null` or an id.
fn optional_id(value: &Value) -> Option<Option<u64>> {
    match value {
        Value::Null => Some(None),
        other => other.as_u64().map(Some),
    }
}

/// Check the shape of `ticket` and turn it into a change (references are checked by
/// the store, which knows the users and groups).
pub fn parse_change(ticket: &Map<String, Value>) -> Result<TicketChange, Map<String, Value>> {
    let mut problems = Problems(Map::new());
    let mut change = TicketChange {
        metadata: json!({}),
        ..TicketChange::default()
    };
    if let Some(comment) = ticket.get("comment") {
        change.comment = parse_comment(comment, &mut problems);
    }
    if let Some(status) = ticket.get("status") {
        match status.as_str() {
            Some(s) if STATUSES.contains(&s) => change.status = Some(s.to_string()),
            _ => problems.add("status", format!("Status: {status} is not valid")),
        }
    }
    if let Some(priority) = ticket.get("priority") {
        match priority {
            Value::Null => change.priority = Some(None),
            Value::String(p) if PRIORITIES.contains(&p.as_str()) => {
                change.priority = Some(Some(p.clone()))
            }
            _ => problems.add("priority", format!("Priority: {priority} is not valid")),
        }
    }
    for (field, slot) in [
        ("assignee_id", &mut change.assignee_id),
        ("group_id", &mut change.group_id),
    ] {
        if let Some(value) = ticket.get(field) {
            match optional_id(value) {
                Some(id) => *slot = Some(id),
                None => problems.add(field, format!("{field}: {value} is not an id")),
            }
        }
    }
    for field in ["tags", "additional_tags", "remove_tags"] {
        let Some(tags) = ticket.get(field) else {
            continue;
        };
        let list: Option<Vec<String>> = tags.as_array().and_then(|items| {
            items
                .iter()
                .map(|t| t.as_str().map(|s| s.trim().to_string()))
                .collect()
        });
        match list {
            Some(mut list) => {
                let mut seen = std::collections::HashSet::new();
                list.retain(|t| !t.is_empty() && seen.insert(t.clone()));
                match field {
                    "tags" => change.tags = Some(list),
                    "additional_tags" => change.add_tags = list,
                    _ => change.remove_tags = list,
                }
            }
            None => problems.add(field, "Tags: must be a list of strings"),
        }
    }
    if let Some(fields) = ticket.get("custom_fields") {
        let parsed: Option<Vec<(u64, Value)>> = fields.as_array().and_then(|items| {
            items
                .iter()
                .map(|f| {
                    Some((
                        f.get("id")?.as_u64()?,
                        f.get("value").cloned().unwrap_or(Value::Null),
                    ))
                })
                .collect()
        });
        match parsed {
            Some(list) => change.custom_fields = list,
            None => problems.add(
                "custom_fields",
                "Custom fields: each needs an id and a value",
            ),
        }
    }
    match ticket.get("metadata") {
        None | Some(Value::Null) => {}
        Some(Value::Object(custom)) => change.metadata = Value::Object(custom.clone()),
        Some(_) => problems.add("metadata", "Metadata: must be an object"),
    }
    if ticket.get("safe_update").and_then(Value::as_bool) == Some(true) {
        match ticket
            .get("updated_stamp")
            .and_then(Value::as_str)
            .map(parse_rfc3339)
        {
            Some(Some(stamp)) => change.expected_stamp = Some(stamp),
            Some(None) => problems.add("updated_stamp", "Updated stamp: is not an RFC 3339 time"),
            None => problems.add(
                "updated_stamp",
                "Updated stamp: is required with safe_update",
            ),
        }
    }
    match problems.0.is_empty() {
        true => Ok(change),
        false => Err(problems.0),
    }
}

fn parse_comment(comment: &Value, problems: &mut Problems) -> Option<NewComment> {
    let Some(fields) = comment.as_object() else {
        problems.add("comment", "Comment: must be an object with a body");
        return None;
    };
    let text = |key: &str| fields.get(key).and_then(Value::as_str).map(str::to_string);
    let html_body = text("html_body").filter(|h| !h.trim().is_empty());
    let body = text("body").filter(|b| !b.trim().is_empty()).or_else(|| {
        html_body
            .as_deref()
            .map(strip_tags)
            .filter(|b| !b.trim().is_empty())
    });
    let public = match fields.get("public") {
        None | Some(Value::Null) => true,
        Some(Value::Bool(public)) => *public,
        Some(_) => {
            problems.add("comment", "Comment: public must be true or false");
            true
        }
    };
    let uploads = match fields.get("uploads") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(_) => {
            problems.add(
                "comment",
                "Comment: uploads must be a list of upload tokens",
            );
            Vec::new()
        }
    };
    match body {
        Some(body) => Some(NewComment {
            body,
            html_body,
            public,
            uploads,
        }),
        None => {
            problems.add("comment", "Comment: body can't be blank");
            None
        }
    }
}

/// The text of an HTML body (tags dropped), for comments sent as HTML only.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(value: Value) -> Result<TicketChange, Map<String, Value>> {
        parse_change(value.as_object().unwrap())
    }

    #[test]
    fn a_reply_with_metadata_parses() {
        let change = parse(json!({"comment": {"body": "Olá"}, "status": "pending",
            "metadata": {"polydesk_client_id": "c-1"}, "assignee_id": null}))
        .unwrap();
        assert!(change.comment.unwrap().public);
        assert_eq!(change.status.as_deref(), Some("pending"));
        assert_eq!(change.assignee_id, Some(None));
        assert_eq!(change.metadata["polydesk_client_id"], "c-1");
    }

    #[test]
    fn bad_fields_are_all_reported() {
        let problems = parse(json!({"comment": {"body": "  "}, "status": "on-hold",
            "safe_update": true, "tags": [1]}))
        .unwrap_err();
        for field in ["comment", "status", "updated_stamp", "tags"] {
            assert!(
                problems.contains_key(field),
                "{field} missing in {problems:?}"
            );
        }
    }
}
