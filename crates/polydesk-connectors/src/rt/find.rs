//! Finding a change whose answer was lost. RT takes no client id with a change, so a
//! reply or note is found again by its author, its text and when it was queued (with a
//! tolerated clock skew); a field change by the fields being at their new values.

use chrono::{DateTime, Duration as ChronoDuration, Utc};
use polydesk_core::crm::ConnectorError;
use polydesk_core::domain::{Mutation, MutationKind};

use super::mapping::{message_text, ticketsql_time, time};
use super::wire::{self, Attachment, Transaction};
use super::{files, Rt, TicketRead};

/// A TicketSQL string literal.
fn quoted(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn normalized(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_string()
}

impl Rt {
    pub(super) async fn find_mutation(
        &self,
        m: &Mutation,
    ) -> Result<Option<String>, ConnectorError> {
        let (kind, body) = match &m.kind {
            MutationKind::Reply { body, .. } => ("Correspond", body),
            MutationKind::Note { body, .. } => ("Comment", body),
            // The link is safe to add again; the comment after it is what is looked for.
            MutationKind::Link { note, .. } => ("Comment", note),
            MutationKind::Merge { .. } => return Ok(None),
            MutationKind::Fields { changes } => {
                return Ok(match self.read_ticket(&m.crm_id).await? {
                    TicketRead::Live { ticket, etag }
                        if changes.iter().all(|c| self.at_target(&ticket, c)) =>
                    {
                        Some(etag.unwrap_or_else(|| format!("ticket/{}", m.crm_id)))
                    }
                    _ => None,
                })
            }
        };
        // When it was queued, by this computer's clock, less the tolerated skew; RT is
        // asked with a day to spare, since it reads dates in the agent's own time zone.
        let queued = DateTime::<Utc>::from_timestamp_millis(m.queued_at_ms).unwrap_or_default();
        let slack = ChronoDuration::from_std(self.config.find_slack).unwrap_or_default();
        let since = queued - slack;
        let query = format!(
            "ObjectType = 'RT::Ticket' AND ObjectId = {} AND Type = '{kind}' AND Creator = {} AND Created > '{}'",
            m.crm_id.parse::<u64>().map_err(|_| ConnectorError::NotFound(format!("'{}' is not an RT ticket id", m.crm_id)))?,
            quoted(&self.agent.name),
            ticketsql_time(since - ChronoDuration::days(1)),
        );
        let candidates: Vec<Transaction> = self
            .search(
                "transactions",
                &query,
                &[("fields", "Created"), ("orderby", "id"), ("order", "DESC")],
            )
            .await?;
        let want = normalized(body);
        for txn in candidates {
            if txn
                .created
                .as_deref()
                .and_then(time)
                .is_some_and(|t| t < since)
            {
                continue;
            }
            let id = txn.id.to_string();
            let mut url = self.url(&["transaction", &id, "attachments"])?;
            url.query_pairs_mut()
                .append_pair("query", files::BODY_PARTS)
                .append_pair("fields", files::BODY_FIELDS);
            let parts: wire::Page<Attachment> =
                self.get_json(url, "transaction attachments").await?;
            if normalized(&message_text(txn.id, &parts.items).0) == want {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_for_ticketsql_and_texts_compare_loosely() {
        assert_eq!(quoted("rita"), "'rita'");
        assert_eq!(quoted("o'brien"), "'o\\'brien'");
        assert_eq!(
            normalized("Olá!\r\nTudo bem?\n\n"),
            normalized("Olá!\nTudo bem?")
        );
    }
}
