//! The customer's history beside a case, through the store: their other cases (open ones
//! first, solved ones with root cause and outcome), counts over 90 days, and repeat
//! complaints found by root cause, order id or a similar subject (Portuguese without
//! accents, Chinese by character pairs) within 30 days.

#[path = "casework/case_links.rs"]
mod case_links;

use chrono::{Duration, Utc};
use polydesk_core::domain::{CaseRecord, Delivery, Direction, Message, Status};
use polydesk_core::escalation::{EscalationNote, Severity};
use polydesk_core::repeats::RepeatReason;
use polydesk_core::store::Store;

/// One of the customer's cases: subject, days ago, status, tags, order id.
type Past<'a> = (&'a str, i64, Status, &'a [&'a str], Option<&'a str>);

fn customer_cases(cases: &[Past<'_>]) -> Vec<CaseRecord> {
    let now = Utc::now();
    let mut records = polydesk_demo::generate(cases.len(), 5, now);
    let customer = records[0].case.customer.clone();
    for (r, (subject, days, status, tags, order)) in records.iter_mut().zip(cases) {
        r.case.customer = customer.clone();
        r.case.subject = subject.to_string();
        r.case.created_at = now - Duration::days(*days);
        r.case.updated_at = now - Duration::days(*days) + Duration::hours(1);
        r.case.status = *status;
        r.case.tags = tags.iter().map(|t| t.to_string()).collect();
        r.case.custom_fields.clear();
        if let Some(order) = order {
            r.case
                .custom_fields
                .insert("order_id".into(), order.to_string());
        }
        for m in &mut r.messages {
            m.created_at = r.case.created_at;
        }
    }
    records
}

fn note(record: &CaseRecord, text: String, hours: i64) -> Message {
    Message {
        id: format!("{}-esc{hours}", record.case.id),
        case_id: record.case.id.clone(),
        author: "Rita".into(),
        direction: Direction::Note,
        body_text: text,
        body_html: None,
        language: None,
        created_at: record.case.created_at + Duration::hours(hours),
        delivery: Delivery::Sent,
        attachments: Vec::new(),
    }
}

#[test]
fn a_case_shows_the_customer_s_other_cases_and_the_ones_it_repeats() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut records = customer_cases(&[
        (
            "Reembolso não recebido do pedido",
            12,
            Status::Solved,
            &["rc-refund-processing"],
            None,
        ),
        ("Conta bloqueada sem motivo", 3, Status::Open, &[], None),
        (
            "Pacote parado na transportadora",
            20,
            Status::Solved,
            &[],
            Some("5810096046285"),
        ),
        ("Pedido antigo", 120, Status::Closed, &[], None),
        (
            "reembolsos nao recebidos — pedido 5810096046285",
            0,
            Status::New,
            &[],
            Some("5810096046285"),
        ),
    ]);
    // The first was escalated and resolved with an outcome.
    let opened = EscalationNote::Opened {
        team: "Payments".into(),
        severity: Severity::High,
        risks: vec![],
        due_at: None,
        reason: "Refund stuck".into(),
    };
    let resolved = EscalationNote::Resolved {
        outcome: "Refund re-sent on the 3rd".into(),
    };
    let first = records[0].clone();
    records[0].messages.push(note(&first, opened.text(), 1));
    records[0].messages.push(note(&first, resolved.text(), 2));
    store.put_case_records(&records).unwrap();

    let detail = store.case_detail(&records[4].case.id).unwrap();
    let history = &detail.customer_history;
    let ids: Vec<&str> = history.cases.iter().map(|c| c.id.as_str()).collect();
    let id = |i: usize| records[i].case.id.as_str();
    // Open first, then solved ones newest first.
    assert_eq!(ids, [id(1), id(0), id(2), id(3)]);
    assert_eq!(
        history.cases[1].root_cause.as_deref(),
        Some("refund-processing")
    );
    assert_eq!(
        history.cases[1].outcome.as_deref(),
        Some("Refund re-sent on the 3rd")
    );
    assert!(history.cases[1].escalated);
    assert_eq!(history.cases[1].repeat, Some(RepeatReason::Subject));
    assert_eq!(history.cases[2].repeat, Some(RepeatReason::OrderId));
    assert_eq!(history.cases[0].repeat, None, "not about the same thing");
    assert_eq!(history.cases[3].repeat, None, "too long ago");
    assert_eq!((history.cases_90d, history.escalations_90d), (4, 1));
    assert_eq!(detail.repeat_of, [id(0), id(2)]);

    // The earlier case is no repeat of the later one.
    assert!(store.case_detail(id(0)).unwrap().repeat_of.is_empty());
}

#[test]
fn chinese_subjects_repeat_by_their_characters() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let records = customer_cases(&[
        ("我的退款没到账", 5, Status::Solved, &[], None),
        ("直播一直卡顿", 4, Status::Solved, &[], None),
        ("退款还没到账", 0, Status::Open, &[], None),
    ]);
    store.put_case_records(&records).unwrap();
    let detail = store.case_detail(&records[2].case.id).unwrap();
    assert_eq!(detail.repeat_of, [records[0].case.id.clone()]);
}
