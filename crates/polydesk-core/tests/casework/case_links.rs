//! Two cases that are one request: likely duplicates offered from the customer's
//! history, linked (a note on each, both queued in one action) or merged (the case merged
//! away gets the note; refused where the CRM cannot merge, for solved cases, and while
//! an escalation is open), each carried to the CRM as its own kind of outbox item.

use chrono::{Duration, TimeZone, Utc};
use polydesk_core::domain::{CaseRecord, Direction, MutationKind, Priority, Status};
use polydesk_core::escalation::Severity;
use polydesk_core::store::{Escalation, Store};
use polydesk_core::{workspace, ErrorCode};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()
}

/// Three cases of one customer: two about the same gifts, one about something else.
fn store_with_cases(source: &str) -> (tempfile::TempDir, Store, Vec<CaseRecord>) {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut records = polydesk_demo::generate(3, 5, now() - Duration::days(1));
    let customer = records[0].case.customer.clone();
    let subjects = [
        "Presentes não creditados na LIVE de ontem",
        "presente nao creditado — live",
        "Conta bloqueada sem motivo",
    ];
    for (i, r) in records.iter_mut().enumerate() {
        r.case.source = source.into();
        r.case.id = format!("{source}-{}", 700 + i);
        r.case.crm_id = (700 + i).to_string();
        for m in &mut r.messages {
            m.case_id = r.case.id.clone();
        }
        r.case.subject = subjects[i].into();
        r.case.customer = customer.clone();
        r.case.status = Status::Open;
        r.case.priority = Priority::Normal;
        r.case.created_at = now() - Duration::hours(10 - i as i64);
        r.case
            .tags
            .retain(|t| !t.starts_with("rc-") && t != "escalated");
    }
    store.put_case_records(&records).unwrap();
    (dir, store, records)
}

#[test]
fn open_cases_about_the_same_request_are_offered_as_duplicates() {
    let (_d, store, records) = store_with_cases("zendesk");
    let detail = store.case_detail(&records[1].case.id).unwrap();
    let duplicates: Vec<&str> = detail
        .customer_history
        .cases
        .iter()
        .filter(|c| c.duplicate)
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(duplicates, [records[0].case.id.as_str()]);
}

#[test]
fn a_link_queues_a_note_on_both_cases_in_one_action() {
    let (_d, mut store, records) = store_with_cases("zendesk");
    let (a, b) = (&records[0].case, &records[1].case);
    let note = store.queue_link(&a.id, &b.id, "Rita", now()).unwrap();
    assert_eq!(
        note.body_text,
        format!("Linked to #{}: {}", b.crm_id, b.subject)
    );
    assert_eq!(note.direction, Direction::Note);
    let items = store.outbox_items().unwrap();
    let kinds: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (i.case_id.as_str(), i.kind.as_str()))
        .collect();
    assert_eq!(kinds, [(a.id.as_str(), "link"), (b.id.as_str(), "link")]);
    // Each case shows its note at once; each item goes to the CRM naming the other.
    let on_b = store.case_detail(&b.id).unwrap();
    assert!(on_b
        .messages
        .iter()
        .any(|m| m.body_text == format!("Linked to #{}: {}", a.crm_id, a.subject)));
    // Each lists the other as linked among the customer's cases.
    for (on, other) in [(a, b), (b, a)] {
        let history = store.case_detail(&on.id).unwrap().customer_history;
        let listed = history.cases.iter().find(|c| c.id == other.id).unwrap();
        assert!(listed.linked, "{} lists {} as linked", on.id, other.id);
    }
    let unlinked = store
        .case_detail(&records[2].case.id)
        .unwrap()
        .customer_history;
    assert!(unlinked.cases.iter().all(|c| !c.linked));
    let queued = store.queued_mutations().unwrap();
    let others: Vec<(&str, &str)> = queued
        .iter()
        .map(|q| match &q.mutation.kind {
            MutationKind::Link { other, .. } => (q.mutation.crm_id.as_str(), other.as_str()),
            k => panic!("{k:?}"),
        })
        .collect();
    assert_eq!(
        others,
        [
            (a.crm_id.as_str(), b.crm_id.as_str()),
            (b.crm_id.as_str(), a.crm_id.as_str())
        ]
    );
    // A case is not linked with itself, nor with a case that is not there; nothing queued.
    for (x, y) in [(&a.id, &a.id), (&a.id, &"zendesk-1".to_string())] {
        assert!(store.queue_link(x, y, "Rita", now()).is_err());
    }
    assert_eq!(store.outbox_items().unwrap().len(), 2);
}

#[test]
fn a_merge_queues_one_item_with_both_notes_and_discarding_it_takes_the_note() {
    let (_d, mut store, records) = store_with_cases("zendesk");
    let (a, b) = (&records[1].case, &records[0].case);
    let note = workspace::merge_cases(&mut store, &a.id, &b.id, now()).unwrap();
    assert_eq!(
        note.body_text,
        format!("Merged into #{}: {}", b.crm_id, b.subject)
    );
    let queued = store.queued_mutations().unwrap();
    assert_eq!(queued.len(), 1);
    match &queued[0].mutation.kind {
        MutationKind::Merge {
            into,
            note,
            into_note,
        } => {
            assert_eq!(into, &b.crm_id);
            assert!(note.starts_with("Merged into #"));
            assert_eq!(
                into_note,
                &format!("#{} was merged into this case: {}", a.crm_id, a.subject)
            );
        }
        k => panic!("{k:?}"),
    }
    let item = &store.outbox_items().unwrap()[0];
    assert_eq!(item.kind.as_str(), "merge");
    assert_eq!(item.text.as_deref(), Some(note.body_text.as_str()));
    store.discard_outbox_item(&item.id).unwrap();
    assert!(!store
        .case_detail(&a.id)
        .unwrap()
        .messages
        .iter()
        .any(|m| m.body_text == note.body_text));
}

#[test]
fn merges_are_refused_where_the_crm_or_the_casework_cannot_take_them() {
    let (_d, mut rt, records) = store_with_cases("rt");
    let err = rt
        .queue_merge(&records[0].case.id, &records[1].case.id, "Rita", now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("link them"), "{err}");
    // Linking them is how RT cases are joined.
    rt.queue_link(&records[0].case.id, &records[1].case.id, "Rita", now())
        .unwrap();

    let (_d, mut store, records) = store_with_cases("zendesk");
    let (a, b, c) = (&records[0].case, &records[1].case, &records[2].case);
    store
        .queue_escalation(
            &Escalation {
                case_id: a.id.clone(),
                group: "Payments".into(),
                priority: None,
                reason: "Creator's lawyer wrote".into(),
                severity: Some(Severity::High),
                risks: None,
                due_at: None,
            },
            "Rita",
            now(),
        )
        .unwrap();
    let before = store.outbox_items().unwrap().len();
    let err = store.queue_merge(&a.id, &b.id, "Rita", now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::EscalationOpen, "{err}");
    // The case that stays may carry an escalation.
    store.queue_merge(&b.id, &a.id, "Rita", now()).unwrap();
    assert_eq!(store.outbox_items().unwrap().len(), before + 1);
    // A solved case is not merged (the CRM refuses closed tickets).
    let mut solved = records[2].clone();
    solved.case.status = Status::Solved;
    solved.case.updated_at += Duration::minutes(1);
    store.put_case_records(&[solved]).unwrap();
    let err = store.queue_merge(&c.id, &b.id, "Rita", now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(store.outbox_items().unwrap().len(), before + 1);
}
