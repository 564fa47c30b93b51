//! Cases for the core's own unit tests (integration tests and other crates use the demo
//! workspace or their own).

use chrono::{Duration, TimeZone, Utc};

use super::*;

/// A fixed time `h` hours after noon of 1 November 2026.
pub fn t(h: i64) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap() + Duration::hours(h)
}

/// Case `test-<n>` from a Brazilian seller, with `texts` as the customer's messages.
pub fn record(
    n: u32,
    subject: &str,
    status: Status,
    assignee: Option<&str>,
    texts: &[&str],
) -> CaseRecord {
    let id = format!("test-{n}");
    let customer = Customer {
        id: format!("cust-{n}"),
        name: format!("Customer {n}"),
        handle: None,
        email: None,
        kind: CustomerKind::Seller,
        locale: Some("pt-BR".into()),
        country: Some("BR".into()),
    };
    let messages = texts
        .iter()
        .enumerate()
        .map(|(k, text)| Message {
            id: format!("{id}-{k}"),
            case_id: id.clone(),
            author: "Customer".into(),
            direction: Direction::Inbound,
            body_text: text.to_string(),
            body_html: None,
            language: None,
            created_at: t(n as i64 + k as i64),
            delivery: Delivery::Sent,
            attachments: Vec::new(),
        })
        .collect();
    CaseRecord {
        case: Case {
            id: id.clone(),
            source: "test".into(),
            crm_id: n.to_string(),
            subject: subject.into(),
            status,
            priority: Priority::Normal,
            customer,
            assignee: assignee.map(String::from),
            group: None,
            tags: vec!["refund".into()],
            reply_language: ReplyLanguage::PtBr,
            created_at: t(n as i64),
            updated_at: t(n as i64 + 10),
            sla_due_at: Some(t(100 - n as i64)),
            custom_fields: Default::default(),
        },
        messages,
    }
}
