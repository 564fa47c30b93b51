//! RT tickets, transactions and users as Polydesk cases, messages and customers. Pure:
//! everything here is tested without a server.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use polydesk_core::domain::*;

use reqwest::Url;

use super::config::RtConfig;
use super::files::files_of;
use super::wire::{number, ref_id, Attachment, Ticket, Transaction, User};

pub const SOURCE: &str = "rt";

/// Polydesk's id for an RT ticket.
pub fn case_id(ticket_id: u64) -> String {
    format!("{SOURCE}-{ticket_id}")
}

/// RT's W3C timestamps (`2026-11-22T07:27:58Z`); RT writes "not set" as the epoch.
pub fn time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A date for TicketSQL. RT reads it in the user's time zone and cuts any trailing `Z`
/// (and with it the time of day), so it is written bare: `2026-11-22 07:27:58`.
pub fn ticketsql_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Whether the version the agent saw (`version_of`: RFC 3339, seconds) is the ticket's
/// `LastUpdated` now. RT stamps have one-second resolution.
pub fn same_version(base: &str, last_updated: DateTime<Utc>) -> bool {
    time(base).is_some_and(|b| b.timestamp() == last_updated.timestamp())
}

/// RT's `Lang` (`pt_BR`, `zh_TW`) as a BCP 47 tag.
fn locale_of(lang: Option<&str>) -> Option<String> {
    lang.map(|l| l.trim().replace('_', "-"))
        .filter(|l| !l.is_empty())
}

fn display_name(name: &str, users: &HashMap<String, User>) -> String {
    users
        .get(name)
        .and_then(|u| u.real_name.clone())
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| name.to_string())
}

/// Plain text from RT's HTML parts (the sanitized HTML is kept beside it).
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut tag = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                // Line breaks where a block ends or a <br> stands.
                let name = tag.to_ascii_lowercase();
                let ends_block = ["/p", "/div", "/li", "/tr"]
                    .iter()
                    .any(|t| name.split_whitespace().next() == Some(*t));
                if ends_block || name.starts_with("br") {
                    out.push('\n');
                }
            }
            (true, c) => tag.push(c),
            (false, c) => out.push(c),
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of transaction `txn` from the ticket's attachments: its first plain-text
/// body, else its HTML body (as text and HTML); empty when it is only files (which
/// the message lists, see `files::files_of`).
pub fn message_text(txn: u64, attachments: &[Attachment]) -> (String, Option<String>) {
    let parts: Vec<&Attachment> = attachments
        .iter()
        .filter(|a| number(&a.transaction_id) == Some(txn as i64))
        .collect();
    let of_type = |t: &str| {
        parts.iter().find(|a| {
            a.filename.as_deref().unwrap_or("").is_empty()
                && a.content_type.eq_ignore_ascii_case(t)
                && !a.text().trim().is_empty()
        })
    };
    let clean = |s: &str| s.replace("\r\n", "\n").trim_end().to_string();
    if let Some(plain) = of_type("text/plain") {
        return (clean(plain.text()), None);
    }
    match of_type("text/html") {
        Some(html) => (
            clean(&html_to_text(html.text())),
            Some(html.text().to_string()),
        ),
        None => (String::new(), None),
    }
}

/// The ticket's thread from its Create, Correspond and Comment transactions (any other
/// transaction is ignored), oldest first. A message is inbound when a requester or
/// another unprivileged user wrote it, outbound when staff did, a note when a comment.
/// `attachments` holds the ticket's text bodies and its files; files are listed with
/// their REST2 address under `base` (`…/REST/2.0/`).
pub fn thread(
    ticket: &Ticket,
    txns: &[Transaction],
    attachments: &[Attachment],
    users: &HashMap<String, User>,
    base: &Url,
) -> Vec<Message> {
    let id = case_id(ticket.id);
    let requestors = ticket.requestors();
    let mut seen = std::collections::HashSet::new();
    let mut txns: Vec<&Transaction> = txns
        .iter()
        .filter(|t| matches!(t.kind.as_str(), "Create" | "Correspond" | "Comment"))
        .filter(|t| seen.insert(t.id))
        .collect();
    txns.sort_by_key(|t| t.id);
    txns.into_iter()
        .map(|t| {
            let creator = ref_id(&t.creator).unwrap_or_default();
            let customer =
                requestors.contains(&creator) || users.get(&creator).is_some_and(|u| !u.is_staff());
            let (body_text, body_html) = message_text(t.id, attachments);
            Message {
                // Zero-padded: RT stamps have one-second resolution, the id breaks ties.
                id: format!("{id}-txn{:010}", t.id),
                case_id: id.clone(),
                author: display_name(&creator, users),
                direction: match (t.kind.as_str(), customer) {
                    ("Comment", _) => Direction::Note,
                    (_, true) => Direction::Inbound,
                    (_, false) => Direction::Outbound,
                },
                // The cache tells the language when it writes the message.
                language: None,
                body_text,
                body_html,
                created_at: t.created.as_deref().and_then(time).unwrap_or_default(),
                delivery: Delivery::Sent,
                attachments: files_of(t.id, attachments, base),
            }
        })
        .collect()
}

fn customer(ticket: &Ticket, users: &HashMap<String, User>, kind: CustomerKind) -> Customer {
    let Some(name) = ticket.requestors().into_iter().next() else {
        return Customer {
            id: format!("{SOURCE}-user-none"),
            name: "(no requester)".into(),
            handle: None,
            email: None,
            kind,
            locale: None,
            country: None,
        };
    };
    let user = users.get(&name);
    Customer {
        id: format!("{SOURCE}-user-{name}"),
        name: display_name(&name, users),
        handle: None,
        email: user
            .and_then(|u| u.email_address.clone())
            .filter(|e| !e.is_empty())
            .or_else(|| name.contains('@').then(|| name.clone())),
        kind,
        locale: locale_of(user.and_then(|u| u.lang.as_deref())),
        country: None,
    }
}

fn kind(ticket: &Ticket, config: &RtConfig) -> CustomerKind {
    let from_field = config
        .kind_field
        .as_deref()
        .and_then(|f| ticket.custom_field(f))
        .and_then(|vs| {
            vs.into_iter()
                .find_map(|v| v.trim().to_lowercase().parse().ok())
        });
    from_field
        .or_else(|| {
            let queue = ticket.queue_name()?;
            config.kind_by_queue.get(&queue).copied()
        })
        .unwrap_or(CustomerKind::Viewer)
}

/// A ticket with its thread as a case record; `None` for a deleted ticket.
pub fn case_record(
    ticket: &Ticket,
    messages: Vec<Message>,
    users: &HashMap<String, User>,
    config: &RtConfig,
) -> Option<CaseRecord> {
    let status = config.status(&ticket.status)?;
    let customer = customer(ticket, users, kind(ticket, config));
    let custom_fields = config
        .custom_fields
        .iter()
        .filter_map(|(rt_name, key)| {
            let values = ticket.custom_field(rt_name)?;
            (!values.is_empty()).then(|| (key.clone(), values.join(", ")))
        })
        .collect();
    let tags = config
        .tags_field
        .as_deref()
        .and_then(|f| ticket.custom_field(f))
        .unwrap_or_default();
    let created_at = ticket.created.as_deref().and_then(time).unwrap_or_default();
    Some(CaseRecord {
        case: Case {
            id: case_id(ticket.id),
            source: SOURCE.into(),
            crm_id: ticket.id.to_string(),
            subject: ticket.subject.clone().unwrap_or_default(),
            status,
            priority: config.priority.level(number(&ticket.priority).unwrap_or(0)),
            customer,
            assignee: ticket.owner(),
            group: ticket.queue_name(),
            tags,
            // Suggested by the cache when it writes the case (`polydesk_core::language`).
            reply_language: ReplyLanguage::En,
            created_at,
            updated_at: ticket
                .last_updated
                .as_deref()
                .and_then(time)
                .unwrap_or(created_at),
            sla_due_at: ticket
                .due
                .as_deref()
                .and_then(time)
                .filter(|t| t.timestamp() > 0),
            custom_fields,
        },
        messages,
    })
}

#[cfg(test)]
#[path = "mapping_tests.rs"]
mod tests;
