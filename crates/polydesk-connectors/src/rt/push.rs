//! Carrying outbox items to RT: replies and notes as `correspond` / `comment`, field
//! changes as a version-checked `PUT` with `If-Match`, and RT's answers classified.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use polydesk_core::crm::{ConnectorError, PushOutcome};
use polydesk_core::domain::{FieldChange, Mutation, MutationKind, OutgoingFile};
use reqwest::{Response, StatusCode};
use serde_json::{json, Map, Value};

use super::answers::refusals;
use super::mapping::{same_version, time};
use super::wire::{self, ErrorBody, Ticket};
use super::{Rt, TicketRead};
use crate::http::{failure, retry_after, write_error};

/// A failed read before a write: nothing was written.
fn read_outcome(e: ConnectorError) -> PushOutcome {
    PushOutcome::Failed(e)
}

/// Refused for a reason the agent can read.
fn rejected(reason: impl Into<String>) -> PushOutcome {
    PushOutcome::Failed(ConnectorError::Rejected(reason.into()))
}

/// A file name as RT keeps it right: RT puts the name into a MIME header and reads it
/// back as UTF-8, which garbles characters such as `º` or `ç` sent raw; RFC 2047
/// encoded words (`=?UTF-8?B?…?=`, a few characters each) come back whole.
fn header_words(name: &str) -> String {
    if name.is_ascii() {
        return name.to_string();
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in name.chars() {
        if chunk.len() + c.len_utf8() > 30 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", STANDARD.encode(w)))
        .collect::<Vec<_>>()
        .join(" ")
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
        // 403 in RT means "no right to do this to that ticket", not bad credentials.
        s => PushOutcome::Failed(failure(s, wait, &format!("RT ({what})"), &detail)),
    }
}

impl Rt {
    pub(super) async fn push_mutation(&self, m: &Mutation) -> PushOutcome {
        match &m.kind {
            MutationKind::Reply { body, files } => {
                self.post_text(m, "correspond", body, files).await
            }
            MutationKind::Note { body, files } => self.post_text(m, "comment", body, files).await,
            MutationKind::Fields { changes } => self.update_fields(m, changes).await,
            MutationKind::Link { other, note } => self.link(m, other, note).await,
            MutationKind::Merge { .. } => {
                rejected("Request Tracker tickets are not merged from Polydesk: link them instead")
            }
        }
    }

    /// Link the ticket to `other` (`RefersTo`; RT shows the other side as `ReferredToBy`),
    /// then leave `note` as a comment. Adding a link that exists changes nothing, so a
    /// retry after a lost answer is safe.
    async fn link(&self, m: &Mutation, other: &str, note: &str) -> PushOutcome {
        let (ticket, _) = match self.live_ticket(m).await {
            Ok(t) => t,
            Err(outcome) => return outcome,
        };
        if !ticket.refers_to().iter().any(|id| id == other) {
            let url = match self.url(&["ticket", &m.crm_id]) {
                Ok(u) => u,
                Err(e) => return PushOutcome::Failed(e),
            };
            let payload = json!({ "AddRefersTo": other });
            let resp = match self.authed(self.http.put(url)).json(&payload).send().await {
                Ok(r) => r,
                Err(e) => return write_error(e),
            };
            if !resp.status().is_success() {
                return refused(resp, &format!("the link of ticket {} to {other}", m.crm_id)).await;
            }
            let messages: Vec<String> = resp.json().await.unwrap_or_default();
            // The messages are in the agent's RT language: the ticket's links decide.
            match self.read_ticket(&m.crm_id).await {
                Ok(TicketRead::Live { ticket, .. })
                    if ticket.refers_to().iter().any(|id| id == other) => {}
                Ok(_) => {
                    return rejected(format!(
                        "RT did not link ticket {} to {other}: {}",
                        m.crm_id,
                        messages.join("; ")
                    ))
                }
                Err(e) => {
                    return PushOutcome::Unknown {
                        reason: e.to_string(),
                    }
                }
            }
        }
        self.post_text(m, "comment", note, &[]).await
    }

    /// The ticket as RT has it now, or the outcome that ends the push.
    async fn live_ticket(&self, m: &Mutation) -> Result<(Ticket, Option<String>), PushOutcome> {
        match self.read_ticket(&m.crm_id).await.map_err(read_outcome)? {
            TicketRead::Live { ticket, .. } if self.config.status(&ticket.status).is_none() => {
                Err(PushOutcome::Failed(ConnectorError::NotFound(format!(
                    "ticket {} was deleted in RT",
                    m.crm_id
                ))))
            }
            TicketRead::Live { ticket, etag } => Ok((*ticket, etag)),
            TicketRead::Gone => Err(PushOutcome::Failed(ConnectorError::NotFound(format!(
                "ticket {} no longer exists in RT or {} may no longer see it",
                m.crm_id, self.agent.name
            )))),
        }
    }

    /// A reply (`correspond`) or note (`comment`), its files inline (base64) in the same
    /// request, so the transaction carries them or nothing. RT answers 412 to any
    /// `If-Match` there, so the ticket is read first instead: a reply would undelete a
    /// deleted one.
    async fn post_text(
        &self,
        m: &Mutation,
        action: &str,
        body: &str,
        files: &[OutgoingFile],
    ) -> PushOutcome {
        if let Err(outcome) = self.live_ticket(m).await {
            return outcome;
        }
        let url = match self.url(&["ticket", &m.crm_id, action]) {
            Ok(u) => u,
            Err(e) => return PushOutcome::Failed(e),
        };
        let mut payload = json!({ "Content": body, "ContentType": "text/plain" });
        if !files.is_empty() {
            let attachments: Vec<Value> = files
                .iter()
                .map(|f| {
                    json!({
                        "FileName": header_words(&f.file_name),
                        "FileType": f.content_type,
                        "FileContent": STANDARD.encode(&f.bytes),
                    })
                })
                .collect();
            payload["Attachments"] = json!(attachments);
        }
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
                // A key the team maps to no custom field of theirs stays in Polydesk.
                FieldChange::Custom { key, to, .. } => {
                    if let Some(name) = self.field_named(key) {
                        let fields = body.entry("CustomFields").or_insert_with(|| json!({}));
                        fields[name] = json!(to.as_deref().unwrap_or(""));
                    }
                }
            }
        }
        Ok(Value::Object(body))
    }

    /// The RT custom field the team maps Polydesk key `key` to.
    fn field_named(&self, key: &str) -> Option<&str> {
        self.config
            .custom_fields
            .iter()
            .find(|(_, k)| k.as_str() == key)
            .map(|(name, _)| name.as_str())
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
            FieldChange::Custom { key, to, .. } => match self.field_named(key) {
                None => true,
                Some(name) => {
                    let now = ticket.custom_field(name).unwrap_or_default();
                    now.first().map(String::as_str).filter(|v| !v.is_empty()) == to.as_deref()
                }
            },
        }
    }

    async fn update_fields(&self, m: &Mutation, changes: &[FieldChange]) -> PushOutcome {
        let reaches_rt = changes.iter().any(|c| match c {
            FieldChange::Custom { key, .. } => self.field_named(key).is_some(),
            _ => true,
        });
        if !reaches_rt {
            return PushOutcome::Done { remote_id: None };
        }
        let Some(base) = m.base_version.as_deref() else {
            return rejected("a field change needs the version it was made against");
        };
        let (ticket, etag) = match self.live_ticket(m).await {
            Ok(t) => t,
            Err(outcome) => return outcome,
        };
        let Some(now) = ticket.last_updated.as_deref().and_then(time) else {
            return PushOutcome::Failed(ConnectorError::malformed(
                format!("ticket/{}", m.crm_id),
                "no LastUpdated in the answer",
            ));
        };
        if !same_version(base, now) {
            return PushOutcome::Stale {
                reason: format!("ticket {} changed in RT since {base}", m.crm_id),
            };
        }
        let payload = match self.field_payload(&ticket, changes) {
            Ok(p) => p,
            Err(reason) => return rejected(reason),
        };
        let url = match self.url(&["ticket", &m.crm_id]) {
            Ok(u) => u,
            Err(e) => return PushOutcome::Failed(e),
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
                return PushOutcome::Failed(ConnectorError::NotFound(format!(
                    "ticket {} is gone from RT",
                    m.crm_id
                )))
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
            .map(polydesk_core::merge::field_name)
            .collect();
        if missed.is_empty() {
            return PushOutcome::Done { remote_id: None };
        }
        let said: Vec<String> = refused
            .iter()
            .filter(|(field, _)| field.is_none_or(|f| missed.contains(&f)))
            .map(|(_, m)| m.clone())
            .collect();
        rejected(format!(
            "RT did not change {}: {}",
            missed.join(", "),
            said.join("; ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_outside_ascii_go_as_encoded_words() {
        assert_eq!(header_words("receipt 12.pdf"), "receipt 12.pdf");
        assert_eq!(header_words("nº.pdf"), "=?UTF-8?B?bsK6LnBkZg==?=");
        let long = header_words("comprovante de devolução do pedido número 4521 — cópia.pdf");
        let words: Vec<&str> = long.split(' ').collect();
        assert!(words.len() > 1, "{long}");
        for w in words {
            assert!(w.len() <= 75, "{w}");
            let inner = w.trim_start_matches("=?UTF-8?B?").trim_end_matches("?=");
            String::from_utf8(STANDARD.decode(inner).unwrap()).expect("whole characters per word");
        }
    }
}
