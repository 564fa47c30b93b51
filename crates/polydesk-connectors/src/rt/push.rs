//! Carrying outbox items to RT: replies and notes as `correspond` / `comment`, field
//! changes as a version-checked `PUT` with `If-Match`, and RT's answers classified.

use polydesk_core::sync::{ConnectorError, FieldChange, Mutation, MutationKind, PushOutcome};
use reqwest::{Response, StatusCode};
use serde_json::{json, Map, Value};

use super::answers::refusals;
use super::mapping::{same_version, time};
use super::wire::{self, ErrorBody, Ticket};
use super::{Rt, TicketRead};
use crate::http::{retry_after, write_error};

/// A failed read before a write: nothing was written.
fn read_outcome(e: ConnectorError) -> PushOutcome {
    match e {
        ConnectorError::Offline(reason) => PushOutcome::Offline { reason },
        ConnectorError::Auth(reason) => PushOutcome::Reauthenticate { reason },
        ConnectorError::RateLimited { retry_after } => PushOutcome::RetryLater {
            after: retry_after,
            reason: "RT asked to slow down (429)".into(),
        },
        other => PushOutcome::RetryLater {
            after: None,
            reason: other.to_string(),
        },
    }
}

/// A non-2xx answer to a write.
async fn refused(resp: Response, what: &str) -> PushOutcome {
    let status = resp.status();
    let wait = retry_after(&resp);
    let detail = resp
        .json::<ErrorBody>()
        .await
        .ok()
        .and_then(|b| b.message)
        .unwrap_or_default();
    match status {
        StatusCode::PRECONDITION_FAILED => PushOutcome::Stale {
            reason: format!("{what}: the ticket changed in RT first (412)"),
        },
        StatusCode::UNAUTHORIZED => PushOutcome::Reauthenticate {
            reason: format!("RT refused the credentials (401) for {what}"),
        },
        StatusCode::TOO_MANY_REQUESTS => PushOutcome::RetryLater {
            after: wait,
            reason: "RT asked to slow down (429)".into(),
        },
        s if s.is_server_error() => PushOutcome::RetryLater {
            after: wait,
            reason: format!("RT server error ({s}) on {what}"),
        },
        // 403 in RT means "no right to do this to that ticket", not bad credentials.
        s => PushOutcome::Rejected {
            reason: format!("RT refused {what} ({s}): {detail}"),
        },
    }
}

impl Rt {
    pub(super) async fn push_mutation(&self, m: &Mutation) -> PushOutcome {
        match &m.kind {
            MutationKind::Reply { body } => self.post_text(m, "correspond", body).await,
            MutationKind::Note { body } => self.post_text(m, "comment", body).await,
            MutationKind::Fields { changes } => self.update_fields(m, changes).await,
        }
    }

    /// The ticket as RT has it now, or the outcome that ends the push.
    async fn live_ticket(&self, m: &Mutation) -> Result<(Ticket, Option<String>), PushOutcome> {
        match self.read_ticket(&m.crm_id).await.map_err(read_outcome)? {
            TicketRead::Live { ticket, .. } if self.config.status(&ticket.status).is_none() => {
                Err(PushOutcome::Rejected {
                    reason: format!("ticket {} was deleted in RT", m.crm_id),
                })
            }
            TicketRead::Live { ticket, etag } => Ok((*ticket, etag)),
            TicketRead::Gone => Err(PushOutcome::Rejected {
                reason: format!(
                    "ticket {} no longer exists in RT or {} may no longer see it",
                    m.crm_id, self.agent.name
                ),
            }),
        }
    }

    /// A reply (`correspond`) or note (`comment`). RT answers 412 to any `If-Match`
    /// there, so the ticket is read first instead: a reply would undelete a deleted one.
    async fn post_text(&self, m: &Mutation, action: &str, body: &str) -> PushOutcome {
        if let Err(outcome) = self.live_ticket(m).await {
            return outcome;
        }
        let url = match self.url(&["ticket", &m.crm_id, action]) {
            Ok(u) => u,
            Err(e) => {
                return PushOutcome::Rejected {
                    reason: e.to_string(),
                }
            }
        };
        let payload = json!({ "Content": body, "ContentType": "text/plain" });
        let resp = match self.authed(self.http.post(url)).json(&payload).send().await {
            Ok(r) => r,
            Err(e) => return write_error(e),
        };
        if !resp.status().is_success() {
            return refused(resp, &format!("the {action} on ticket {}", m.crm_id)).await;
        }
        // `Location: /REST/2.0/transaction/<id>` names what was created.
        let remote_id = resp
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|l| l.rsplit('/').next())
            .filter(|id| !id.is_empty())
            .map(String::from);
        PushOutcome::Done { remote_id }
    }

    /// The JSON of the ticket update, or why RT cannot take it.
    fn field_payload(&self, ticket: &Ticket, changes: &[FieldChange]) -> Result<Value, String> {
        let mut body = Map::new();
        for change in changes {
            match change {
                FieldChange::Status { to, .. } => {
                    let rt = self.config.statuses_out.get(to).ok_or_else(|| {
                        format!(
                            "RT's lifecycle has no status for '{to}' (see the RT status mapping)"
                        )
                    })?;
                    body.insert("Status".into(), json!(rt));
                }
                FieldChange::Priority { to, .. } => {
                    body.insert("Priority".into(), json!(self.config.priority.value(*to)));
                }
                FieldChange::Assignee { to, .. } => {
                    body.insert("Owner".into(), json!(to.as_deref().unwrap_or("Nobody")));
                }
                FieldChange::Group { to, .. } => {
                    let queue = to.as_deref().ok_or("an RT ticket always has a queue")?;
                    body.insert("Queue".into(), json!(queue));
                }
                FieldChange::Tags { add, remove } => {
                    let field =
                        self.config.tags_field.as_deref().ok_or(
                            "RT has no tags and no custom field is configured to hold them",
                        )?;
                    let mut tags = ticket.custom_field(field).ok_or_else(|| {
                        format!(
                            "RT has no tags and the ticket's queue has no '{field}' custom field"
                        )
                    })?;
                    tags.retain(|t| !remove.contains(t));
                    tags.extend(
                        add.iter()
                            .filter(|t| !tags.contains(t))
                            .cloned()
                            .collect::<Vec<_>>(),
                    );
                    let fields = body.entry("CustomFields").or_insert_with(|| json!({}));
                    fields[field] = json!(tags);
                }
            }
        }
        Ok(Value::Object(body))
    }

    /// Whether the ticket already shows `change`'s new value.
    pub(super) fn at_target(&self, ticket: &Ticket, change: &FieldChange) -> bool {
        match change {
            FieldChange::Status { to, .. } => self.config.status(&ticket.status) == Some(*to),
            FieldChange::Priority { to, .. } => {
                self.config
                    .priority
                    .level(wire::number(&ticket.priority).unwrap_or(0))
                    == *to
            }
            FieldChange::Assignee { to, .. } => ticket.owner() == *to,
            FieldChange::Group { to, .. } => ticket.queue_name() == *to,
            FieldChange::Tags { add, remove } => {
                let tags = self
                    .config
                    .tags_field
                    .as_deref()
                    .and_then(|f| ticket.custom_field(f))
                    .unwrap_or_default();
                add.iter().all(|t| tags.contains(t)) && !remove.iter().any(|t| tags.contains(t))
            }
        }
    }

    async fn update_fields(&self, m: &Mutation, changes: &[FieldChange]) -> PushOutcome {
        let Some(base) = m.base_version.as_deref() else {
            return PushOutcome::Rejected {
                reason: "a field change needs the version it was made against".into(),
            };
        };
        let (ticket, etag) = match self.live_ticket(m).await {
            Ok(t) => t,
            Err(outcome) => return outcome,
        };
        let Some(now) = ticket.last_updated.as_deref().and_then(time) else {
            return PushOutcome::RetryLater {
                after: None,
                reason: format!("RT ticket/{}: no LastUpdated in the answer", m.crm_id),
            };
        };
        if !same_version(base, now) {
            return PushOutcome::Stale {
                reason: format!("ticket {} changed in RT since {base}", m.crm_id),
            };
        }
        let payload = match self.field_payload(&ticket, changes) {
            Ok(p) => p,
            Err(reason) => return PushOutcome::Rejected { reason },
        };
        let url = match self.url(&["ticket", &m.crm_id]) {
            Ok(u) => u,
            Err(e) => {
                return PushOutcome::Rejected {
                    reason: e.to_string(),
                }
            }
        };
        // If-Match is checked, not locked: it closes the window between our read and
        // this write down to RT's own processing.
        let mut req = self.authed(self.http.put(url)).json(&payload);
        if let Some(etag) = &etag {
            req = req.header(reqwest::header::IF_MATCH, etag);
        }
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => return write_error(e),
        };
        if !resp.status().is_success() {
            return refused(resp, &format!("the update of ticket {}", m.crm_id)).await;
        }
        // 200 even when RT refused some of it: the messages say what happened.
        let messages: Vec<String> = resp
            .json()
            .await
            .unwrap_or_else(|_| vec!["(unreadable answer)".into()]);
        let refused = refusals(&messages);
        if refused.is_empty() {
            return PushOutcome::Done { remote_id: None };
        }
        // The messages are in the agent's RT language: the values decide.
        let after = match self.read_ticket(&m.crm_id).await {
            Ok(TicketRead::Live { ticket, .. }) => ticket,
            Ok(TicketRead::Gone) => {
                return PushOutcome::Rejected {
                    reason: format!("ticket {} is gone from RT", m.crm_id),
                }
            }
            Err(e) => {
                return PushOutcome::Unknown {
                    reason: e.to_string(),
                }
            }
        };
        let missed: Vec<&str> = changes
            .iter()
            .filter(|c| !self.at_target(&after, c))
            .map(polydesk_core::sync::merge::field_name)
            .collect();
        if missed.is_empty() {
            return PushOutcome::Done { remote_id: None };
        }
        let said: Vec<String> = refused
            .iter()
            .filter(|(field, _)| field.is_none_or(|f| missed.contains(&f)))
            .map(|(_, m)| m.clone())
            .collect();
        PushOutcome::Rejected {
            reason: format!(
                "RT did not change {}: {}",
                missed.join(", "),
                said.join("; ")
            ),
        }
    }
}
