//! Carrying outbox items to Zendesk: one ticket update per item. Comments carry the
//! client id in the audit's custom metadata; field changes go with `safe_update` and the
//! `updated_stamp` the agent saw, so a stale change meets 409 and is rebased.

use polydesk_core::crm::{ConnectorError, PushOutcome};
use polydesk_core::domain::{FieldChange, Mutation, MutationKind};
use polydesk_core::domain::{Priority, Status};
use reqwest::StatusCode;
use serde_json::{json, Map, Value};

use super::pacing::Bucket;
use super::wire::UpdateResponse;
use super::{Zendesk, CLIENT_ID_KEY};
use crate::http::{failure, retry_after};

/// Polydesk's status as Zendesk names it.
fn status_name(s: Status) -> &'static str {
    match s {
        Status::New => "new",
        Status::Open => "open",
        Status::Pending => "pending",
        Status::OnHold => "hold",
        Status::Solved => "solved",
        Status::Closed => "closed",
    }
}

fn priority_name(p: Priority) -> &'static str {
    match p {
        Priority::Low => "low",
        Priority::Normal => "normal",
        Priority::High => "high",
        Priority::Urgent => "urgent",
    }
}

impl Zendesk {
    /// The `ticket` object of the update (a comment naming `uploads`, the tokens of its
    /// uploaded files), or why it cannot be made.
    pub(super) fn update_payload(&self, m: &Mutation, uploads: &[String]) -> Result<Value, String> {
        let mut ticket = Map::new();
        ticket.insert("metadata".into(), json!({ CLIENT_ID_KEY: m.id }));
        match &m.kind {
            MutationKind::Reply { body, .. } | MutationKind::Note { body, .. } => {
                // A comment is append-only: it never conflicts, so no safe_update here.
                let public = matches!(m.kind, MutationKind::Reply { .. });
                let mut comment = json!({ "body": body, "public": public });
                if !uploads.is_empty() {
                    comment["uploads"] = json!(uploads);
                }
                ticket.insert("comment".into(), comment);
            }
            // Zendesk has no links between tickets: a note on each says it.
            MutationKind::Link { note, .. } => {
                ticket.insert("comment".into(), json!({ "body": note, "public": false }));
            }
            MutationKind::Merge { .. } => {
                return Err("a merge is not a ticket update (it goes to the merge endpoint)".into())
            }
            MutationKind::Fields { changes } => {
                for change in changes {
                    self.put_field(&mut ticket, change)?;
                }
                let stamp = m
                    .base_version
                    .as_deref()
                    .ok_or("a field change needs the version it was made against")?;
                ticket.insert("safe_update".into(), json!(true));
                ticket.insert("updated_stamp".into(), json!(stamp));
            }
        }
        Ok(json!({ "ticket": ticket }))
    }

    fn put_field(
        &self,
        ticket: &mut Map<String, Value>,
        change: &FieldChange,
    ) -> Result<(), String> {
        match change {
            FieldChange::Status { to, .. } => {
                ticket.insert("status".into(), json!(status_name(*to)));
            }
            FieldChange::Priority { to, .. } => {
                ticket.insert("priority".into(), json!(priority_name(*to)));
            }
            FieldChange::Assignee { to, .. } => {
                let id = match to {
                    None => None,
                    Some(name) => Some(
                        self.user_id_named(name)
                            .ok_or_else(|| format!("no Zendesk agent is named '{name}'"))?,
                    ),
                };
                ticket.insert("assignee_id".into(), json!(id));
            }
            FieldChange::Group { to, .. } => {
                let id = match to {
                    None => None,
                    Some(name) => Some(
                        self.group_id_named(name)
                            .ok_or_else(|| format!("no Zendesk group is named '{name}'"))?,
                    ),
                };
                ticket.insert("group_id".into(), json!(id));
            }
            FieldChange::Tags { add, remove } => {
                ticket.insert("additional_tags".into(), json!(add));
                ticket.insert("remove_tags".into(), json!(remove));
            }
            // A key the team maps to no field of theirs stays in Polydesk.
            FieldChange::Custom { key, to, .. } => {
                if let Some(id) = self.field_id(key) {
                    let fields = ticket.entry("custom_fields").or_insert_with(|| json!([]));
                    if let Some(list) = fields.as_array_mut() {
                        list.push(json!({ "id": id, "value": to }));
                    }
                }
            }
        }
        Ok(())
    }

    /// The Zendesk field the team maps Polydesk key `key` to.
    fn field_id(&self, key: &str) -> Option<u64> {
        self.fields
            .custom_fields
            .iter()
            .find(|(_, k)| k.as_str() == key)
            .map(|(id, _)| *id)
    }

    /// Whether any of `changes` means something to this desk (a custom field it does not
    /// map does not).
    pub(super) fn reaches_desk(&self, changes: &[FieldChange]) -> bool {
        changes.iter().any(|c| match c {
            FieldChange::Custom { key, .. } => self.field_id(key).is_some(),
            _ => true,
        })
    }

    /// PUT the update and classify the answer.
    pub(super) async fn send_update(&self, m: &Mutation, payload: &Value) -> PushOutcome {
        let url = format!("{}/api/v2/tickets/{}.json", self.base, m.crm_id);
        let resp = match self
            .send(self.http.put(&url).json(payload), Bucket::Api)
            .await
        {
            Ok(r) => r,
            Err(e) => return e.write(),
        };
        let status = resp.status();
        let wait = retry_after(&resp);
        match status {
            s if s.is_success() => {
                // Applied, even if the answer's body is unreadable.
                let remote_id = resp
                    .json::<UpdateResponse>()
                    .await
                    .ok()
                    .and_then(|u| u.audit)
                    .map(|a| a.id.to_string());
                PushOutcome::Done { remote_id }
            }
            StatusCode::CONFLICT => PushOutcome::Stale {
                reason: "the ticket changed in Zendesk first".into(),
            },
            StatusCode::NOT_FOUND => PushOutcome::Failed(ConnectorError::NotFound(format!(
                "ticket {} no longer exists in Zendesk",
                m.crm_id
            ))),
            s => {
                let detail = resp.text().await.unwrap_or_default();
                let what = format!("Zendesk (the update of ticket {})", m.crm_id);
                PushOutcome::Failed(failure(s, wait, &what, &detail))
            }
        }
    }
}
