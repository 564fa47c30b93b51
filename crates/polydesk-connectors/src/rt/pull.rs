//! Pulling: a first sync walks the tickets by id, then the transaction feed carries
//! every later change (deletions included) by increasing transaction id.

use std::collections::BTreeSet;

use futures::{StreamExt, TryStreamExt};
use polydesk_core::crm::{ConnectorError, PullPage};

use super::wire::{self, Ticket, Transaction};
use super::{mapping, Rt, TicketRead, PER_PAGE, TICKET_FIELDS};

/// Threads fetched at once while pulling a page.
const THREADS_IN_FLIGHT: usize = 4;

/// Where the pull stands, saved by the engine as text with each page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// First sync: tickets after `after`; the feed resumes after transaction `high`.
    Scan { high: u64, after: u64 },
    /// The transaction feed after transaction `after`.
    Feed { after: u64 },
}

impl Cursor {
    /// `None` for no cursor or one this version did not write (a new full scan).
    pub fn parse(text: Option<&str>) -> Option<Cursor> {
        let mut parts = text?.split(':');
        let cursor = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("rt1"), Some(kind), Some(a), rest) => match (kind, rest) {
                ("feed", None) => Cursor::Feed {
                    after: a.parse().ok()?,
                },
                ("scan", Some(b)) => Cursor::Scan {
                    high: a.parse().ok()?,
                    after: b.parse().ok()?,
                },
                _ => return None,
            },
            _ => return None,
        };
        parts.next().is_none().then_some(cursor)
    }

    pub fn text(&self) -> String {
        match self {
            Cursor::Scan { high, after } => format!("rt1:scan:{high}:{after}"),
            Cursor::Feed { after } => format!("rt1:feed:{after}"),
        }
    }
}

/// The feed's query: ticket transactions after `after`, except records of outgoing mail
/// (which change nothing and which agents without ShowOutgoingEmail cannot see).
pub fn feed_query(after: u64) -> String {
    format!(
        "ObjectType = 'RT::Ticket' AND id > {after} AND Type != 'EmailRecord' AND Type != 'CommentEmailRecord'"
    )
}

impl Rt {
    pub(super) async fn pull_page(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        match Cursor::parse(cursor) {
            None => {
                let high = self.newest_transaction().await?;
                self.scan(high, 0).await
            }
            Some(Cursor::Scan { high, after }) => self.scan(high, after).await,
            Some(Cursor::Feed { after }) => self.feed(after).await,
        }
    }

    /// The newest ticket transaction the agent can see (0 in an empty RT).
    async fn newest_transaction(&self) -> Result<u64, ConnectorError> {
        let txns: Vec<Transaction> = self
            .search(
                "transactions",
                "ObjectType = 'RT::Ticket'",
                &[("orderby", "id"), ("order", "DESC")],
            )
            .await?;
        Ok(txns.iter().map(|t| t.id).max().unwrap_or(0))
    }

    async fn scan(&self, high: u64, after: u64) -> Result<PullPage, ConnectorError> {
        let tickets: Vec<Ticket> = self
            .search(
                "tickets",
                &format!("id > {after}"),
                &[
                    ("fields", TICKET_FIELDS),
                    ("fields[Queue]", "Name"),
                    ("orderby", "id"),
                ],
            )
            .await?;
        let last = tickets.iter().map(|t| t.id).max();
        let done = tickets.len() < PER_PAGE;
        let mut page = self.records(tickets, Vec::new()).await?;
        page.cursor = match (done, last) {
            // Changes made during the scan are in the feed: read it right away.
            (true, _) | (false, None) => Cursor::Feed { after: high }.text(),
            (false, Some(last)) => Cursor::Scan { high, after: last }.text(),
        };
        page.has_more = true;
        Ok(page)
    }

    async fn feed(&self, after: u64) -> Result<PullPage, ConnectorError> {
        let txns: Vec<Transaction> = self
            .search(
                "transactions",
                &feed_query(after),
                &[("fields", "ObjectId"), ("orderby", "id")],
            )
            .await?;
        let Some(newest) = txns.iter().map(|t| t.id).max() else {
            return Ok(PullPage {
                cursor: Cursor::Feed { after }.text(),
                ..PullPage::default()
            });
        };
        let ids: BTreeSet<u64> = txns
            .iter()
            .filter_map(|t| wire::number(&t.object_id))
            .filter_map(|n| u64::try_from(n).ok())
            .collect();
        if ids.is_empty() {
            return Ok(PullPage {
                cursor: Cursor::Feed { after: newest }.text(),
                has_more: txns.len() >= PER_PAGE,
                ..PullPage::default()
            });
        }
        let query = ids
            .iter()
            .map(|id| format!("id = {id}"))
            .collect::<Vec<_>>()
            .join(" OR ");
        // One search for the live ones; deleted tickets never match a search.
        let found: Vec<Ticket> = self
            .search(
                "tickets",
                &query,
                &[("fields", TICKET_FIELDS), ("fields[Queue]", "Name")],
            )
            .await?;
        let missing: Vec<u64> = ids
            .iter()
            .copied()
            .filter(|id| !found.iter().any(|t| t.id == *id))
            .collect();
        let mut live = found;
        let mut deleted = Vec::new();
        for id in missing {
            match self.read_ticket(&id.to_string()).await? {
                TicketRead::Live { ticket, .. } => live.push(*ticket),
                TicketRead::Gone => deleted.push(mapping::case_id(id)),
            }
        }
        let mut page = self.records(live, deleted).await?;
        page.cursor = Cursor::Feed { after: newest }.text();
        page.has_more = txns.len() >= PER_PAGE;
        Ok(page)
    }

    /// Cases for `tickets` (threads fetched a few at a time); deleted ones join `deleted`.
    async fn records(
        &self,
        tickets: Vec<Ticket>,
        mut deleted: Vec<String>,
    ) -> Result<PullPage, ConnectorError> {
        let ids: Vec<u64> = tickets.iter().map(|t| t.id).collect();
        let records: Vec<_> = futures::stream::iter(tickets)
            .map(|t| self.record(t))
            .buffered(THREADS_IN_FLIGHT)
            .try_collect()
            .await?;
        let mut cases = Vec::with_capacity(records.len());
        for (id, record) in ids.into_iter().zip(records) {
            match record {
                Some(r) => cases.push(r),
                None => deleted.push(mapping::case_id(id)),
            }
        }
        cases.sort_by_key(|r| r.case.updated_at);
        Ok(PullPage {
            cases,
            deleted,
            cursor: String::new(),
            has_more: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_unknown_ones_restart() {
        for c in [
            Cursor::Scan {
                high: 171,
                after: 100,
            },
            Cursor::Feed {
                after: 9_000_000_001,
            },
        ] {
            assert_eq!(Cursor::parse(Some(&c.text())), Some(c));
        }
        for bad in [
            "",
            "rt1",
            "rt1:feed",
            "rt1:feed:x",
            "rt1:feed:1:2",
            "rt1:scan:1",
            "rt2:feed:1",
            "zendesk",
        ] {
            assert_eq!(Cursor::parse(Some(bad)), None, "{bad}");
        }
        assert_eq!(Cursor::parse(None), None);
    }

    #[test]
    fn the_feed_skips_mail_records_and_reads_by_id() {
        let q = feed_query(42);
        assert!(q.contains("id > 42") && q.contains("ObjectType = 'RT::Ticket'"));
        assert!(q.contains("Type != 'EmailRecord'"));
    }
}
