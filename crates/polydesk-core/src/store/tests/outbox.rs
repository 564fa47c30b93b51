//! The agent's writes: queued replies and notes, their files, and what one send commits.

use super::*;

#[test]
fn a_queued_reply_shows_in_the_thread_and_the_outbox_at_once() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi"])])
        .unwrap();
    store.save_draft("test-1", "rascunho", t(1)).unwrap();
    let msg = store
        .queue_reply(
            &outgoing("test-1", "Olá! Já verificamos.  \n", false),
            "Rita",
            t(2),
        )
        .unwrap();
    assert_eq!(
        (msg.direction, msg.delivery),
        (Direction::Outbound, Delivery::Queued)
    );
    assert_eq!(msg.body_text, "Olá! Já verificamos.");
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.messages.last().unwrap(), &msg);
    assert!(detail.draft.is_none(), "sending clears the draft");
    let outbox = store.outbox_items().unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(
        (outbox[0].kind.as_str(), outbox[0].state.as_str()),
        ("reply", "pending")
    );
    assert_eq!(outbox[0].message_id.as_deref(), Some(msg.id.as_str()));
    assert_eq!(
        uuid::Uuid::parse_str(&outbox[0].id)
            .unwrap()
            .get_version_num(),
        7
    );
    assert_eq!(store.search("verificamos", 10).unwrap().len(), 1);

    let note = store
        .queue_reply(
            &outgoing("test-1", "escalado p/ Tier 2", true),
            "Rita",
            t(3),
        )
        .unwrap();
    assert_eq!(note.direction, Direction::Note);
    assert_eq!(store.outbox_items().unwrap()[1].kind, "note");
}

#[test]
fn queued_replies_survive_a_pull_of_the_same_case() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi"])])
        .unwrap();
    let msg = store
        .queue_reply(&outgoing("test-1", "resposta local", false), "Rita", t(5))
        .unwrap();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi", "mais uma"])])
        .unwrap();
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.messages.len(), 3);
    assert!(detail.messages.contains(&msg));
    assert_eq!(
        store.search("local", 10).unwrap().len(),
        1,
        "still searchable"
    );
    store.integrity_check().unwrap();
}

#[test]
fn empty_replies_and_unknown_cases_are_refused() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &[])])
        .unwrap();
    let err = store
        .queue_reply(&outgoing("test-1", "  \n ", false), "Rita", t(1))
        .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
    let err = store
        .queue_reply(&outgoing("nope", "x", false), "Rita", t(1))
        .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::NotFound);
    assert!(store.outbox_items().unwrap().is_empty());
}

#[test]
fn the_agents_reply_language_choice_overrides_the_case() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &[])])
        .unwrap();
    assert_eq!(store.reply_language_choice("test-1").unwrap(), None);
    store
        .set_reply_language("test-1", ReplyLanguage::PtPt, t(1))
        .unwrap();
    assert_eq!(
        store.case_detail("test-1").unwrap().case.reply_language,
        ReplyLanguage::PtPt
    );
    let row = &store.list_cases(ViewSlug::All, 0, 10, t(0)).unwrap().cases[0];
    assert_eq!(row.reply_language, ReplyLanguage::PtPt);
    // A pull rewriting the case keeps the agent's choice.
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &[])])
        .unwrap();
    assert_eq!(
        store.reply_language_choice("test-1").unwrap(),
        Some(ReplyLanguage::PtPt)
    );
}

#[test]
fn a_damaged_outbox_payload_is_refused_by_name_not_sent_empty() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi"])])
        .unwrap();
    store
        .queue_reply(&outgoing("test-1", "Primeira", false), "Rita", t(2))
        .unwrap();
    store
        .queue_reply(&outgoing("test-1", "Segunda", false), "Rita", t(3))
        .unwrap();
    let first = store.outbox_items().unwrap()[0].id.clone();
    store
        .conn
        .execute(
            "UPDATE outbox SET payload = '{\"bo' WHERE id = ?1",
            [&first],
        )
        .unwrap();

    let queued = store.queued_mutations().unwrap();
    assert_eq!(queued.len(), 1, "only the readable one goes out");
    match &queued[0].mutation.kind {
        crate::domain::MutationKind::Reply { body, .. } => assert_eq!(body, "Segunda"),
        other => panic!("{other:?}"),
    }
    let damaged = store
        .outbox_items()
        .unwrap()
        .into_iter()
        .find(|i| i.id == first)
        .unwrap();
    assert_eq!(damaged.state, "rejected");
    assert!(
        damaged.last_error.as_deref().unwrap().contains("damaged"),
        "{damaged:?}"
    );
}

#[test]
fn a_queued_replys_files_are_read_when_it_goes_out_not_when_the_outbox_is_planned() {
    use base64::Engine;
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi"])])
        .unwrap();
    let mut reply = outgoing("test-1", "Segue o recibo.", false);
    reply.files = vec![super::ReplyFile {
        file_name: "recibo.pdf".into(),
        content_type: "application/pdf".into(),
        content_base64: base64::engine::general_purpose::STANDARD.encode(b"%PDF recibo"),
    }];
    let message = store.queue_reply(&reply, "Rita", t(2)).unwrap();
    let queued = store.queued_mutations().unwrap();
    assert!(
        queued[0].mutation.kind.files().is_empty(),
        "no bytes in the plan"
    );
    assert_eq!(queued[0].files_from.as_deref(), Some(message.id.as_str()));
    let files = store.sent_files(&message.id).unwrap();
    assert_eq!(
        (files[0].file_name.as_str(), files[0].bytes.as_slice()),
        ("recibo.pdf", &b"%PDF recibo"[..])
    );
    // A reply without files has none to read.
    store
        .queue_reply(&outgoing("test-1", "Mais uma.", false), "Rita", t(3))
        .unwrap();
    assert_eq!(store.queued_mutations().unwrap()[1].files_from, None);
}

/// A reply with a file and a draft behind it, sent with a macro's case changes.
fn send_with_macro_edit(store: &mut Store, edit: &CaseEdit) -> Result<Message> {
    store
        .put_case_records(&[record(1, "x", Status::Open, None, &["oi"])])
        .unwrap();
    store.save_draft("test-1", "Já resolvemos.", t(1)).unwrap();
    let mut reply = outgoing("test-1", "Já resolvemos.", false);
    reply.files = vec![ReplyFile {
        file_name: "comprovante.pdf".into(),
        content_type: "application/pdf".into(),
        content_base64: "JVBERi0xLjQK".into(),
    }];
    store.queue_reply_with_edit(&reply, Some(edit), "Rita", t(2))
}

/// Nothing of a send is in the cache: no message, no files, no outbox row; the draft stays.
fn assert_nothing_queued(store: &Store) {
    assert!(store.outbox_items().unwrap().is_empty(), "nothing queued");
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.messages.len(), 1, "only the customer's message");
    assert_eq!(
        detail.draft.map(|d| d.body).as_deref(),
        Some("Já resolvemos."),
        "the draft is kept"
    );
    let files: i64 = store
        .conn
        .query_row("SELECT count(*) FROM message_files", [], |r| r.get(0))
        .unwrap();
    assert_eq!(files, 0, "no file kept for a reply that was not queued");
}

#[test]
fn a_send_is_one_transaction_the_reply_and_the_macros_changes_together() {
    let (_dir, mut store) = open_store();
    let edit = CaseEdit {
        status: Some(Status::Solved),
        add_tags: vec!["gift-credited".into()],
        root_cause: Some("gift-processor-delay".into()),
        ..CaseEdit::default()
    };
    let msg = send_with_macro_edit(&mut store, &edit).unwrap();
    let kinds: Vec<OutboxKind> = store
        .outbox_items()
        .unwrap()
        .iter()
        .map(|i| i.kind)
        .collect();
    assert_eq!(
        kinds,
        [OutboxKind::Reply, OutboxKind::Fields],
        "the changes follow the reply"
    );
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.messages.last().unwrap().id, msg.id);
    assert_eq!(detail.case.status, Status::Solved);
    assert!(detail.draft.is_none());
}

#[test]
fn a_macro_edit_that_fails_inside_the_send_queues_no_reply() {
    let (_dir, mut store) = open_store();
    // The field change's row is the last thing the send writes: make that write fail.
    store
        .conn
        .execute_batch(
            "CREATE TEMP TRIGGER refuse_fields BEFORE INSERT ON outbox WHEN NEW.kind = 'fields'
             BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;",
        )
        .unwrap();
    let edit = CaseEdit {
        status: Some(Status::Solved),
        root_cause: Some("gift-processor-delay".into()),
        ..CaseEdit::default()
    };
    let err = send_with_macro_edit(&mut store, &edit).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Storage, "{err}");
    assert_nothing_queued(&store);
}

#[test]
fn a_macro_edit_refused_up_front_queues_no_reply() {
    let (_dir, mut store) = open_store();
    let edit = CaseEdit {
        add_tags: vec!["gift credited".into()],
        ..CaseEdit::default()
    };
    let err = send_with_macro_edit(&mut store, &edit).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
    assert!(err.to_string().contains("gift credited"), "{err}");
    assert_nothing_queued(&store);
}
