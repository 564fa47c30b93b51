//! Filling the desk with Polydesk's demo inbox: each demo case becomes a ticket, its
//! customer an end-user, its team members agents, its groups groups and its thread
//! comments (with one audit each). Comment and audit ids grow with time, as in Zendesk.

use chrono::{DateTime, Duration, Utc};
use polydesk_core::domain::{CaseRecord, Direction, Message, Status};
use polydesk_demo::{self as demo, DEMO_AGENT};
use serde_json::Value;

use crate::change::NewComment;
use crate::clock::Clock;
use crate::model::{Role, Ticket};
use crate::store::Store;
use crate::ORDER_ID_FIELD;

/// How long before the server clock's start the demo inbox was written, so that every
/// seeded change is already older than the incremental export's one-minute blind spot.
pub const SEED_AGE: Duration = Duration::minutes(2);

/// Who the authenticated agent is.
pub struct Me<'a> {
    pub email: &'a str,
    pub role: Role,
}

/// A desk holding `cases` demo cases generated from `seed` (or exactly `given`), its
/// clock starting at `now`.
pub fn seeded_store(
    cases: usize,
    seed: u64,
    now: DateTime<Utc>,
    me: Me,
    base_url: String,
    given: Option<&[CaseRecord]>,
) -> Store {
    let generated;
    let records: &[CaseRecord] = match given {
        Some(records) => records,
        None => {
            generated = demo::generate(cases, seed, now - SEED_AGE);
            &generated
        }
    };
    let mut store = Store::new(base_url, Clock::new(now), (DEMO_AGENT, me.email, me.role));
    let mut customers: Vec<(String, u64)> = Vec::new();
    for record in records {
        add_ticket(&mut store, record, &mut customers);
    }
    // Threads in the order they were written, so comment and audit ids grow with time.
    let mut messages: Vec<(&Message, u64, u64)> = Vec::new();
    for record in records {
        let ticket_id = crm_id(record);
        let requester = store.tickets[&ticket_id].requester_id;
        messages.extend(record.messages.iter().map(|m| (m, ticket_id, requester)));
    }
    messages.sort_by_key(|(m, ticket_id, _)| (m.created_at, *ticket_id));
    for (message, ticket_id, requester) in messages {
        let at = message.created_at.timestamp();
        let (author, public) = match message.direction {
            Direction::Inbound => (requester, true),
            Direction::Outbound => (store.agent_named(&message.author, at), true),
            Direction::Note => (store.agent_named(&message.author, at), false),
        };
        let comment = NewComment {
            body: message.body_text.clone(),
            html_body: message.body_html.clone(),
            public,
            uploads: Vec::new(),
        };
        store.seed_comment(ticket_id, author, comment, at);
    }
    store
}

fn crm_id(record: &CaseRecord) -> u64 {
    record
        .case
        .crm_id
        .parse()
        .expect("demo crm ids are numbers")
}

/// Zendesk's word for a status (`on-hold` is `hold`).
fn zendesk_status(status: Status) -> &'static str {
    match status {
        Status::OnHold => "hold",
        other => other.as_str(),
    }
}

fn add_ticket(store: &mut Store, record: &CaseRecord, customers: &mut Vec<(String, u64)>) {
    let case = &record.case;
    let created = case.created_at.timestamp();
    let customer = &case.customer;
    let requester = match customers.iter().find(|(id, _)| *id == customer.id) {
        Some((_, user)) => *user,
        None => {
            let locale = customer.locale.as_deref().unwrap_or("en-US");
            let user = store.add_user(
                &customer.name,
                customer.email.clone(),
                Role::EndUser,
                locale,
                created,
            );
            customers.push((customer.id.clone(), user));
            user
        }
    };
    let assignee = case
        .assignee
        .as_deref()
        .map(|name| store.agent_named(name, created));
    let group = case
        .group
        .as_deref()
        .map(|name| store.group_named(name, created));
    let order = order_id(record).map(Value::String).unwrap_or(Value::Null);
    let ticket = Ticket {
        id: crm_id(record),
        subject: case.subject.clone(),
        description: record
            .messages
            .first()
            .map(|m| m.body_text.clone())
            .unwrap_or_default(),
        status: zendesk_status(case.status).to_string(),
        priority: Some(case.priority.as_str().to_string()),
        requester_id: requester,
        assignee_id: assignee,
        group_id: group,
        tags: case.tags.clone(),
        custom_fields: vec![(ORDER_ID_FIELD, order)],
        created_at: created,
        updated_at: case.updated_at.timestamp(),
        generated_timestamp: case.updated_at.timestamp(),
        sla_breach_at: case.sla_due_at.map(|at| at.timestamp()),
    };
    store.tickets.insert(ticket.id, ticket);
}

/// The order id the thread talks about (the demo's orders are `58` + 11 digits).
fn order_id(record: &CaseRecord) -> Option<String> {
    record.messages.iter().find_map(|m| {
        m.body_text
            .split(|c: char| !c.is_ascii_digit())
            .find(|run| run.len() == 13 && run.starts_with("58"))
            .map(str::to_string)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk() -> Store {
        let now = DateTime::from_timestamp(1_793_527_200, 0).unwrap();
        let me = Me {
            email: "rita.lin@example.com",
            role: Role::Admin,
        };
        seeded_store(40, 7, now, me, "http://sim".into(), None)
    }

    #[test]
    fn every_case_becomes_a_ticket_with_its_thread() {
        let store = desk();
        assert_eq!(store.tickets.len(), 40);
        assert_eq!(store.users[&store.me].name, DEMO_AGENT);
        for ticket in store.tickets.values() {
            assert!(crate::model::STATUSES.contains(&ticket.status.as_str()));
            assert_eq!(store.users[&ticket.requester_id].role, Role::EndUser);
            let comments = &store.comments[&ticket.id];
            assert!(!comments.is_empty());
            assert!(comments
                .windows(2)
                .all(|w| w[0].created_at <= w[1].created_at));
            assert_eq!(store.audits[&ticket.id].len(), comments.len());
            assert!(ticket.updated_at <= store.clock.now() - 60);
        }
        let orders = store
            .tickets
            .values()
            .filter(|t| t.custom_fields[0].1.is_string())
            .count();
        assert!(orders > 0, "no order ids found");
        assert!(store
            .tickets
            .values()
            .all(|t| t.custom_fields[0].0 == ORDER_ID_FIELD));
    }

    #[test]
    fn comment_ids_grow_with_time() {
        let store = desk();
        let mut all: Vec<_> = store.comments.values().flatten().collect();
        all.sort_by_key(|c| c.id);
        assert!(all.windows(2).all(|w| w[0].created_at <= w[1].created_at));
        assert!(all.iter().any(|c| !c.public));
    }
}
