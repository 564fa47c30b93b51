//! The agent's case edits and escalations through the store: queued durably with the
//! outbox, shown on top of the synced case (overlay and pending badge), conflicts
//! settled by the agent's choice, items discarded with their text handed back, and the
//! warning before replying on a case that changed.

use chrono::{Duration, Utc};
use polydesk_core::domain::{Direction, Priority, ReplyLanguage, Status};
use polydesk_core::domain::{FieldChange, FieldConflict};
use polydesk_core::merge::ConflictChoice;
use polydesk_core::planner::ItemDecision;
use polydesk_core::reply_guard::{CaseChange, SendOutcome};
use polydesk_core::store::{CaseEdit, ConflictResolution, Escalation, OutgoingReply, Store};
use polydesk_core::views::ViewSlug;
use polydesk_core::workspace;

fn store_with_cases() -> (tempfile::TempDir, Store, String) {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut records = polydesk_demo::generate(12, 3, Utc::now());
    for r in &mut records {
        r.case.status = Status::Open;
        r.case.priority = Priority::Normal;
    }
    store.put_case_records(&records).unwrap();
    let id = records[0].case.id.clone();
    (dir, store, id)
}

/// A case as a pull would bring it again (to change and put back).
fn as_pulled(detail: &polydesk_core::read_model::CaseDetail) -> polydesk_core::domain::CaseRecord {
    polydesk_core::domain::CaseRecord {
        case: detail.case.clone(),
        messages: detail.messages.clone(),
    }
}

#[test]
fn an_edit_is_queued_and_shown_on_top_of_the_synced_case() {
    let (_d, mut store, id) = store_with_cases();
    let edit = CaseEdit {
        status: Some(Status::Pending),
        priority: Some(Priority::Urgent),
        add_tags: vec!["Order-Dispute".into()],
        ..CaseEdit::default()
    };
    let changes = store.queue_case_edit(&id, &edit, Utc::now()).unwrap();
    assert_eq!(changes.len(), 3, "{changes:?}");
    let detail = store.case_detail(&id).unwrap();
    assert_eq!(detail.case.status, Status::Pending);
    assert_eq!(detail.case.priority, Priority::Urgent);
    assert!(
        detail.case.tags.contains(&"order-dispute".to_string()),
        "tags are normalised"
    );
    assert_eq!(detail.pending, 1);
    assert_eq!(detail.pending_changes, changes);
    let page = store.list_cases(ViewSlug::All, 0, 50, Utc::now()).unwrap();
    let row = page.cases.iter().find(|c| c.id == id).unwrap();
    assert_eq!(
        (row.status, row.pending),
        (Status::Pending, 1),
        "the list shows the overlay and the badge"
    );
    // The same edit again changes nothing and queues nothing.
    assert!(store
        .queue_case_edit(&id, &edit, Utc::now())
        .unwrap()
        .is_empty());
    let items = store.outbox_items().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].kind, "fields");
    assert_eq!(items[0].changes, changes);
    let queued = store.queued_mutations().unwrap();
    assert!(queued[0]
        .mutation
        .base_version
        .as_deref()
        .unwrap()
        .ends_with('Z'));
}

#[test]
fn bad_edits_are_refused_with_the_problem_named() {
    let (_d, mut store, id) = store_with_cases();
    let err = store
        .queue_case_edit(
            &id,
            &CaseEdit {
                add_tags: vec!["two words".into()],
                ..CaseEdit::default()
            },
            Utc::now(),
        )
        .unwrap_err();
    assert!(err.to_string().contains("two words"), "{err}");
    let err = store
        .queue_case_edit("nope-1", &CaseEdit::default(), Utc::now())
        .unwrap_err();
    assert!(err.to_string().contains("nope-1"));
    assert!(store.outbox_items().unwrap().is_empty(), "nothing queued");
}

#[test]
fn an_escalation_queues_the_group_change_and_the_note_together() {
    let (_d, mut store, id) = store_with_cases();
    let note = workspace::escalate(
        &mut store,
        &Escalation {
            case_id: id.clone(),
            group: "Tier 2".into(),
            priority: Some(Priority::High),
            reason: "Payout missing for 3 weeks; bank confirmed no transfer.".into(),
            severity: None,
            risks: None,
            due_at: None,
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(note.direction, Direction::Note);
    assert!(
        note.body_text
            .starts_with("Escalated to Tier 2 — severity: normal; risk: none; due: "),
        "{}",
        note.body_text
    );
    assert!(note
        .body_text
        .ends_with("\nReason: Payout missing for 3 weeks; bank confirmed no transfer."));
    let kinds: Vec<String> = store
        .outbox_items()
        .unwrap()
        .into_iter()
        .map(|i| i.kind.as_str().to_string())
        .collect();
    assert_eq!(
        kinds,
        vec!["fields", "note"],
        "fields first, then the note, FIFO"
    );
    let detail = store.case_detail(&id).unwrap();
    assert_eq!(detail.case.group.as_deref(), Some("Tier 2"));
    assert!(detail.case.tags.contains(&"escalated".to_string()));
    let err = workspace::escalate(
        &mut store,
        &Escalation {
            case_id: id.clone(),
            group: "Tier 2".into(),
            priority: None,
            reason: "  ".into(),
            severity: None,
            risks: None,
            due_at: None,
        },
        Utc::now(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("why"), "{err}");
}

#[test]
fn a_conflict_is_settled_by_the_agents_choice() {
    let (_d, mut store, id) = store_with_cases();
    queue_solved(&mut store, &id);
    let item = store.outbox_items().unwrap().remove(0);
    let conflict = FieldConflict {
        field: "status".into(),
        base: Some("open".into()),
        mine: Some("solved".into()),
        theirs: Some("pending".into()),
    };
    store
        .apply_push_decision(
            &item.id,
            &ItemDecision::Conflict {
                error: polydesk_core::planner::problem(
                    polydesk_core::ErrorCode::Conflict,
                    "changed in the CRM too: status",
                ),
                conflicts: vec![conflict.clone()],
                keep: item.changes.clone(),
                base_version: "2026-01-01T00:00:00Z".into(),
            },
            Utc::now(),
        )
        .unwrap();
    let detail = store.case_detail(&id).unwrap();
    assert_eq!(detail.conflicts, vec![conflict]);
    assert!(
        store.resolve_conflict(&item.id, &[]).is_err(),
        "every field needs a choice"
    );
    store
        .resolve_conflict(
            &item.id,
            &[ConflictResolution {
                field: "status".into(),
                choice: ConflictChoice::KeepMine,
            }],
        )
        .unwrap();
    let item = store.outbox_items().unwrap().remove(0);
    assert_eq!(item.state, "pending");
    assert_eq!(
        item.changes,
        vec![FieldChange::Status {
            from: Status::Open, // the cache's synced value, the new base
            to: Status::Solved
        }]
    );
    assert!(item.conflicts.is_empty());
}

#[test]
fn discarding_hands_back_the_text_and_removes_the_queued_message() {
    let (_d, mut store, id) = store_with_cases();
    let reply = OutgoingReply {
        case_id: id.clone(),
        body: "Olá! Já verificamos o seu pedido.".into(),
        internal: false,
        language: ReplyLanguage::PtBr,
        files: Vec::new(),
    };
    store.queue_reply(&reply, "Rita Lin", Utc::now()).unwrap();
    let item = store.outbox_items().unwrap().remove(0);
    assert_eq!(
        item.text.as_deref(),
        Some("Olá! Já verificamos o seu pedido.")
    );
    let text = store.discard_outbox_item(&item.id).unwrap();
    assert_eq!(text.as_deref(), Some("Olá! Já verificamos o seu pedido."));
    assert!(store.outbox_items().unwrap().is_empty());
    let detail = store.case_detail(&id).unwrap();
    assert!(detail.messages.iter().all(|m| m.body_text != reply.body));
    assert!(store
        .search("verificamos", 10)
        .unwrap()
        .iter()
        .all(|h| h.case_id != id || h.message_id.is_none()));
    assert!(store.discard_outbox_item(&item.id).is_err(), "gone is gone");
}

#[test]
fn replying_on_a_case_that_changed_warns_first_and_macros_bring_their_actions() {
    let (_d, mut store, id) = store_with_cases();
    let opened = store.case_detail(&id).unwrap();
    let seen = opened.seen.clone();
    // A pull brings a new customer message and a status change.
    let mut record = as_pulled(&opened);
    record.case.status = Status::Pending;
    record.case.updated_at = opened.case.updated_at + Duration::minutes(5);
    let mut msg = record.messages.last().unwrap().clone();
    msg.id = format!("{id}-new");
    msg.direction = Direction::Inbound;
    msg.body_text = "Ainda não recebi nada!".into();
    msg.created_at = record.case.updated_at;
    record.messages.push(msg);
    store.put_case_records(&[record]).unwrap();

    let reply = OutgoingReply {
        case_id: id.clone(),
        body: "Obrigada pela paciência.".into(),
        internal: false,
        language: ReplyLanguage::PtBr,
        files: Vec::new(),
    };
    let outcome =
        workspace::send_reply(&mut store, &reply, Some(&seen), false, None, Utc::now()).unwrap();
    let SendOutcome::CaseChanged { changes } = outcome else {
        panic!("expected a warning, got {outcome:?}");
    };
    assert!(changes.contains(&CaseChange::CustomerWrote {
        count: 1,
        latest: "Ainda não recebi nada!".into()
    }));
    assert!(changes.contains(&CaseChange::StatusChanged {
        from: Status::Open,
        to: Status::Pending
    }));
    assert!(
        store.outbox_items().unwrap().is_empty(),
        "nothing was queued"
    );

    let then = CaseEdit {
        status: Some(Status::Solved),
        add_tags: vec!["refund".into()],
        root_cause: Some("refund-processing".into()),
        ..CaseEdit::default()
    };
    let outcome = workspace::send_reply(
        &mut store,
        &reply,
        Some(&seen),
        true,
        Some(&then),
        Utc::now(),
    )
    .unwrap();
    assert!(matches!(outcome, SendOutcome::Queued { .. }));
    let kinds: Vec<String> = store
        .outbox_items()
        .unwrap()
        .into_iter()
        .map(|i| i.kind.as_str().to_string())
        .collect();
    assert_eq!(
        kinds,
        vec!["reply", "fields"],
        "the macro's changes follow the reply"
    );
    assert_eq!(store.case_detail(&id).unwrap().case.status, Status::Solved);
}

#[test]
fn languages_of_pulled_messages_are_detected_once_and_kept() {
    let (_d, mut store, id) = store_with_cases();
    let mut record = as_pulled(&store.case_detail(&id).unwrap());
    record.case.updated_at += Duration::minutes(1);
    let texts = [
        "Olá, ainda não recebi o reembolso do meu pedido, podem verificar por favor?",
        "我的退款还没有到账，请帮我查一下订单。",
        "Hi, my payout has been pending for a week, can you check it please?",
    ];
    for (m, text) in record.messages.iter_mut().zip(texts) {
        m.language = None; // as a CRM sends them
        m.body_text = text.into();
    }
    store.put_case_records(&[record]).unwrap();
    let langs: Vec<Option<String>> = store
        .case_detail(&id)
        .unwrap()
        .messages
        .into_iter()
        .take(3)
        .map(|m| m.language)
        .collect();
    assert!(langs[0].as_deref().unwrap().starts_with("pt"), "{langs:?}");
    assert_eq!(langs[1].as_deref(), Some("zh-Hans"));
    assert_eq!(langs[2].as_deref(), Some("en"));
}

#[test]
fn a_failed_change_says_when_it_may_go_again() {
    let (_d, mut store, id) = store_with_cases();
    assert_eq!(store.next_retry_at().unwrap(), None, "an empty outbox");
    queue_solved(&mut store, &id);
    assert_eq!(
        store.next_retry_at().unwrap(),
        None,
        "a change never tried goes in the next round"
    );
    let item = store.outbox_items().unwrap().remove(0);
    let now = Utc::now();
    store
        .apply_push_decision(
            &item.id,
            &ItemDecision::Retry {
                wait: std::time::Duration::from_millis(2_500),
                error: polydesk_core::planner::problem(
                    polydesk_core::ErrorCode::Offline,
                    "connection reset",
                ),
            },
            now,
        )
        .unwrap();
    let at = store.next_retry_at().unwrap().expect("a retry is due");
    assert_eq!(
        at.timestamp_millis(),
        (now + Duration::milliseconds(2_500)).timestamp_millis()
    );
}

/// Queue the agent's "solved" on case `id`.
fn queue_solved(store: &mut Store, id: &str) {
    store
        .queue_case_edit(
            id,
            &CaseEdit {
                status: Some(Status::Solved),
                ..CaseEdit::default()
            },
            Utc::now(),
        )
        .unwrap();
}

/// A change the CRM took is on the cached case at once: once the overlay goes, the case
/// shows the new values, not the old ones, until a pull brings the CRM's own copy (which
/// then replaces it).
#[test]
fn a_change_the_crm_took_stays_shown_before_the_pull_brings_it() {
    let (_d, mut store, id) = store_with_cases();
    queue_solved(&mut store, &id);
    let item = store.outbox_items().unwrap().remove(0);
    store
        .apply_push_decision(
            &item.id,
            &ItemDecision::Done { remote_id: None },
            Utc::now(),
        )
        .unwrap();
    let detail = store.case_detail(&id).unwrap();
    assert_eq!(detail.pending, 0, "the outbox is empty");
    assert_eq!(
        detail.case.status,
        Status::Solved,
        "the new value stays shown"
    );
    let solved = store
        .list_cases(ViewSlug::Solved, 0, 50, Utc::now())
        .unwrap();
    assert!(
        solved.cases.iter().any(|c| c.id == id),
        "and the views follow it"
    );

    // The CRM's copy, newer, replaces what was written.
    let mut pulled = as_pulled(&detail);
    pulled.case.updated_at += Duration::minutes(1);
    pulled.case.status = Status::Pending;
    store.put_case_records(&[pulled]).unwrap();
    assert_eq!(store.case_detail(&id).unwrap().case.status, Status::Pending);
}
