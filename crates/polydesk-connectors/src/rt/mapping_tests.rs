use std::collections::HashMap;

use chrono::TimeZone;
use serde_json::json;

use super::*;
use crate::rt::config::PriorityScale;

fn users() -> HashMap<String, User> {
    let user = |name: &str, real: &str, staff: u8, lang: Option<&str>| {
        serde_json::from_value::<User>(json!({
            "Name": name, "RealName": real, "EmailAddress": if name.contains('@') { name } else { "" },
            "Privileged": staff, "Lang": lang,
        }))
        .unwrap()
    };
    [
        user("rita", "Rita Lin", 1, Some("en")),
        user("marco", "Marco Silva", 1, None),
        user("ana@example.com.br", "Ana Souza", 0, Some("pt_BR")),
        user("cc@example.com", "", 0, None),
    ]
    .into_iter()
    .map(|u| (u.name.clone().unwrap(), u))
    .collect()
}

/// A ticket as REST2 answers `GET /ticket/1?fields[Queue]=Name` (RT 5.0.3, trimmed).
fn ticket(status: &str) -> Ticket {
    serde_json::from_value(json!({
        "id": 1, "Subject": "Presentes da LIVE não creditados", "Status": status, "Priority": "70",
        "Owner": {"type": "user", "id": "rita"},
        "Queue": {"type": "queue", "id": "3", "Name": "Tier 1"},
        "Requestor": [{"type": "user", "id": "ana@example.com.br"}],
        "Created": "2026-11-22T07:27:58Z", "LastUpdated": "2026-11-22T07:29:05Z",
        "Due": "1970-01-01T00:00:00Z",
        "CustomFields": [
            {"name": "Tags", "values": ["live-gifts", "vip"]},
            {"name": "Customer Kind", "values": ["creator"]},
            {"name": "Order ID", "values": []},
            {"name": "Creator ID", "values": ["CR-1001"]}
        ]
    }))
    .unwrap()
}

fn txn(id: u64, kind: &str, creator: &str) -> Transaction {
    serde_json::from_value(json!({
        "id": id.to_string(), "Type": kind, "Creator": {"id": creator}, "Created": "2026-11-22T07:27:58Z"
    }))
    .unwrap()
}

fn part(id: u64, txn: u64, content_type: &str, content: &str, filename: &str) -> Attachment {
    serde_json::from_value(json!({
        "id": id.to_string(), "TransactionId": txn.to_string(), "ContentType": content_type,
        "Content": content, "Filename": filename
    }))
    .unwrap()
}

#[test]
fn statuses_map_both_ways_and_deleted_tickets_are_gone() {
    let c = RtConfig::default();
    assert!(c.problems().is_empty(), "{:?}", c.problems());
    for (status, rt) in &c.statuses_out {
        assert_eq!(c.status(rt), Some(*status), "{rt}");
    }
    assert_eq!(c.status("stalled"), Some(Status::OnHold));
    assert_eq!(c.status("resolved"), Some(Status::Solved));
    assert_eq!(c.status("rejected"), Some(Status::Closed));
    assert_eq!(c.status("deleted"), None);
    assert_eq!(
        c.status("waiting for vendor"),
        Some(Status::Open),
        "custom lifecycles read as open"
    );
    assert!(
        !c.statuses_out.contains_key(&Status::Pending),
        "RT's default lifecycle has no pending"
    );
}

#[test]
fn priorities_map_onto_levels_and_levels_back() {
    let p = PriorityScale::default();
    let cases = [
        (0, Priority::Low),
        (10, Priority::Low),
        (24, Priority::Low),
        (25, Priority::Normal),
        (50, Priority::Normal),
        (64, Priority::Normal),
        (65, Priority::High),
        (70, Priority::High),
        (89, Priority::High),
        (90, Priority::Urgent),
        (100, Priority::Urgent),
        (150, Priority::Urgent),
    ];
    for (n, level) in cases {
        assert_eq!(p.level(n), level, "{n}");
    }
    for level in Priority::ALL {
        assert_eq!(p.level(p.value(*level)), *level);
    }
    let broken = RtConfig {
        priority: PriorityScale {
            high: 30,
            ..PriorityScale::default()
        },
        ..RtConfig::default()
    };
    assert_eq!(broken.problems().len(), 1, "{:?}", broken.problems());
    let mut lifecycle = RtConfig::default();
    lifecycle
        .statuses_out
        .insert(Status::Pending, "stalled".into());
    assert!(
        lifecycle.problems()[0].contains("pending"),
        "{:?}",
        lifecycle.problems()
    );
}

#[test]
fn dates_for_ticketsql_carry_no_zone_letter() {
    let t = Utc.with_ymd_and_hms(2026, 11, 22, 7, 5, 9).unwrap();
    assert_eq!(ticketsql_time(t), "2026-11-22 07:05:09");
    assert!(!ticketsql_time(t).contains('Z') && !ticketsql_time(t).contains('T'));
    assert_eq!(time("2026-11-22T07:05:09Z"), Some(t));
    assert!(same_version("2026-11-22T07:05:09Z", t));
    assert!(!same_version("2026-11-22T07:05:08Z", t));
    assert!(!same_version("not a date", t));
    assert_eq!(time("yesterday"), None);
}

#[test]
fn a_message_is_its_plain_text_else_its_html_and_files_are_no_text() {
    let parts = vec![
        part(1, 55, "multipart/alternative", "", ""),
        part(2, 55, "text/plain", "Olá!\r\nTudo bem?\n\n", ""),
        part(3, 55, "text/html", "<p>Olá!</p>", ""),
        part(4, 56, "text/html", "<p>Fish &amp; chips<br>today</p>", ""),
        part(5, 57, "application/pdf", "", "invoice.pdf"),
        part(6, 57, "text/plain", "not inline", "notes.txt"),
    ];
    assert_eq!(
        message_text(55, &parts),
        ("Olá!\nTudo bem?".to_string(), None)
    );
    let (text, html) = message_text(56, &parts);
    assert_eq!(text, "Fish & chips\ntoday");
    assert_eq!(html.as_deref(), Some("<p>Fish &amp; chips<br>today</p>"));
    assert_eq!(
        message_text(57, &parts),
        (String::new(), None),
        "a message of files alone has no text: it lists them"
    );
    assert_eq!(message_text(58, &parts).0, "");
}

#[test]
fn a_ticket_becomes_a_case_with_its_thread() {
    let users = users();
    let t = ticket("stalled");
    let txns = vec![
        txn(68, "Correspond", "ana@example.com.br"),
        txn(55, "Create", "ana@example.com.br"),
        txn(57, "Set", "root"),
        txn(65, "Correspond", "rita"),
        txn(70, "Comment", "marco"),
        txn(71, "Correspond", "cc@example.com"),
        txn(65, "Correspond", "rita"),
    ];
    let parts = vec![
        part(
            1,
            55,
            "text/plain",
            "Oi, tudo bem? Os presentes da minha LIVE não foram creditados na minha conta.",
            "",
        ),
        part(2, 65, "text/plain", "Olá, Ana! Já estamos verificando.", ""),
        part(3, 68, "text/plain", "Valeu!", ""),
        part(4, 70, "text/plain", "Retido pela checagem antifraude.", ""),
        part(5, 71, "text/plain", "I am in Cc.", ""),
        part(6, 71, "image/png", "", "print.png"),
    ];
    let base = reqwest::Url::parse("http://rt.example/REST/2.0/").unwrap();
    let messages = thread(&t, &txns, &parts, &users, &base);
    let summary: Vec<(&str, Direction, &str)> = messages
        .iter()
        .map(|m| (m.id.as_str(), m.direction, m.author.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("rt-1-txn0000000055", Direction::Inbound, "Ana Souza"),
            ("rt-1-txn0000000065", Direction::Outbound, "Rita Lin"),
            ("rt-1-txn0000000068", Direction::Inbound, "Ana Souza"),
            ("rt-1-txn0000000070", Direction::Note, "Marco Silva"),
            ("rt-1-txn0000000071", Direction::Inbound, "cc@example.com"),
        ],
        "one message per transaction, by id, no other transactions"
    );
    assert!(
        messages.iter().all(|m| m.language.is_none()),
        "languages are told by the cache, which writes the messages"
    );
    let files: Vec<_> = messages.iter().map(|m| m.attachments.len()).collect();
    assert_eq!(files, [0, 0, 0, 0, 1], "each message lists its own files");
    assert_eq!(
        messages[4].attachments[0].url.as_deref(),
        Some("http://rt.example/REST/2.0/attachment/6")
    );
    assert_eq!(messages[4].body_text, "I am in Cc.");

    let record = case_record(&t, messages, &users, &RtConfig::default()).unwrap();
    let c = &record.case;
    assert_eq!(
        (c.id.as_str(), c.source.as_str(), c.crm_id.as_str()),
        ("rt-1", "rt", "1")
    );
    assert_eq!((c.status, c.priority), (Status::OnHold, Priority::High));
    assert_eq!(
        c.assignee.as_deref(),
        Some("rita"),
        "assignees are RT user names"
    );
    assert_eq!(c.group.as_deref(), Some("Tier 1"));
    assert_eq!(c.tags, vec!["live-gifts", "vip"]);
    assert_eq!(
        c.custom_fields.get("creator_id").map(String::as_str),
        Some("CR-1001")
    );
    assert!(
        !c.custom_fields.contains_key("order_id"),
        "empty fields are left out"
    );
    assert_eq!(c.customer.name, "Ana Souza");
    assert_eq!(c.customer.email.as_deref(), Some("ana@example.com.br"));
    assert_eq!(c.customer.locale.as_deref(), Some("pt-BR"));
    assert_eq!(c.customer.kind, CustomerKind::Creator);
    assert_eq!(c.sla_due_at, None, "RT writes 'no due date' as the epoch");
    assert_eq!(polydesk_core::domain::version_of(c), "2026-11-22T07:29:05Z");

    assert!(case_record(&ticket("deleted"), Vec::new(), &users, &RtConfig::default()).is_none());
}

#[test]
fn the_customer_kind_comes_from_its_field_else_the_queue() {
    let mut t = ticket("open");
    t.custom_fields = json!([]);
    let mut config = RtConfig::default();
    let kind_of = |t: &Ticket, c: &RtConfig| {
        case_record(t, Vec::new(), &users(), c)
            .unwrap()
            .case
            .customer
            .kind
    };
    assert_eq!(kind_of(&t, &config), CustomerKind::Viewer);
    config
        .kind_by_queue
        .insert("Tier 1".into(), CustomerKind::Seller);
    assert_eq!(kind_of(&t, &config), CustomerKind::Seller);
    t.custom_fields = json!([{"name": "Customer Kind", "values": ["Creator"]}]);
    assert_eq!(kind_of(&t, &config), CustomerKind::Creator);
}

#[test]
fn odd_answers_do_not_panic() {
    // Fields the agent may not see come as empty strings; ids as numbers or strings.
    let t: Ticket = serde_json::from_value(json!({
        "id": "7", "Status": "open", "Owner": "", "Queue": "", "Requestor": "", "CustomFields": "",
        "Priority": null
    }))
    .unwrap();
    let record = case_record(&t, Vec::new(), &HashMap::new(), &RtConfig::default()).unwrap();
    assert_eq!(record.case.assignee, None);
    assert_eq!(record.case.priority, Priority::Low);
    assert_eq!(record.case.customer.name, "(no requester)");
    assert!(serde_json::from_value::<Ticket>(json!({"id": "x"})).is_err());
}
