use chrono::{Duration, TimeZone, Utc};
use tempfile::TempDir;

use super::*;
use crate::domain::*;
use crate::store::OutgoingReply;
use crate::views::ViewSlug;

fn t(h: i64) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap() + Duration::hours(h)
}

fn record(
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

fn open_store() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

#[test]
fn records_round_trip_with_thread_in_order() {
    let (_dir, mut store) = open_store();
    let rec = record(
        1,
        "Reembolso não recebido",
        Status::Open,
        None,
        &["primeira", "segunda"],
    );
    store.put_case_records(std::slice::from_ref(&rec)).unwrap();
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.case, rec.case);
    // Languages the CRM did not give are detected on open (see the case_edits tests).
    assert!(detail.messages.iter().all(|m| m.language.is_some()));
    let without_language: Vec<Message> = detail
        .messages
        .into_iter()
        .map(|mut m| {
            m.language = None;
            m
        })
        .collect();
    assert_eq!(without_language, rec.messages);
    assert!(detail.draft.is_none());
}

#[test]
fn unknown_case_is_not_found() {
    let (_dir, store) = open_store();
    let err = store.case_detail("nope-1").unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::NotFound);
    assert!(err.to_string().contains("no case with id nope-1"));
}

#[test]
fn paragraph_only_html_is_not_kept_anything_richer_is_sanitized() {
    use super::write::html_adds_nothing;
    assert!(html_adds_nothing(
        "<p>Olá &amp; obrigado</p><p>linha<br>dois</p>"
    ));
    assert!(html_adds_nothing("plain"));
    assert!(!html_adds_nothing("<p><b>bold</b></p>"));
    assert!(!html_adds_nothing("<p onclick=x>hi</p>"));
    assert!(!html_adds_nothing("<p>a</p><script>alert(1)</script>"));
    let (_dir, mut store) = open_store();
    let mut rec = record(1, "x", Status::Open, None, &["hello", "rich"]);
    rec.messages[0].body_html = Some("<p>hello</p>".into());
    rec.messages[1].body_html = Some("<p><b>rich</b></p>".into());
    store.put_case_records(&[rec]).unwrap();
    let msgs = store.case_detail("test-1").unwrap().messages;
    assert_eq!(msgs[0].body_html, None, "the text says it all");
    assert_eq!(msgs[1].body_html.as_deref(), Some("<p><b>rich</b></p>"));
}

#[test]
fn html_is_sanitized_before_it_is_stored() {
    let (_dir, mut store) = open_store();
    let mut rec = record(1, "x", Status::Open, None, &["hello"]);
    rec.messages[0].body_html = Some(
        r#"<p onclick="steal()">hi<script>alert(1)</script><img src=x onerror=boom></p>"#.into(),
    );
    store.put_case_records(&[rec]).unwrap();
    let html = store.case_detail("test-1").unwrap().messages[0]
        .body_html
        .clone()
        .unwrap();
    assert!(
        !html.contains("script") && !html.contains("onclick") && !html.contains("onerror"),
        "{html}"
    );
    assert!(html.contains("hi"));
}

#[test]
fn views_filter_and_order() {
    let (_dir, mut store) = open_store();
    store.set_setting(setting::AGENT_NAME, "Rita").unwrap();
    store
        .put_case_records(&[
            record(1, "a", Status::Open, Some("Rita"), &[]),
            record(2, "b", Status::New, None, &[]),
            record(3, "c", Status::Pending, Some("Rita"), &[]),
            record(4, "d", Status::Solved, Some("Rita"), &[]),
            record(5, "e", Status::Open, Some("Bruno"), &[]),
        ])
        .unwrap();
    let now = t(0);
    let ids = |view| -> Vec<String> {
        store
            .list_cases(view, 0, 50, now)
            .unwrap()
            .cases
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    // Updated newest first.
    assert_eq!(
        ids(ViewSlug::All),
        ["test-5", "test-4", "test-3", "test-2", "test-1"]
    );
    // Unsolved, mine, earliest SLA first (higher n => earlier due).
    assert_eq!(ids(ViewSlug::Mine), ["test-3", "test-1"]);
    assert_eq!(ids(ViewSlug::Unassigned), ["test-2"]);
    assert_eq!(ids(ViewSlug::Pending), ["test-3"]);
    assert_eq!(ids(ViewSlug::Solved), ["test-4"]);
    // Due within 24h of t(0) means sla <= t(24): 100 - n <= 24 never holds here...
    assert!(ids(ViewSlug::DueSoon).is_empty());
    // ... but does from t(80): due <= t(104) for every new/open case.
    let due: Vec<String> = store
        .list_cases(ViewSlug::DueSoon, 0, 50, t(80))
        .unwrap()
        .cases
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(due, ["test-5", "test-2", "test-1"]);

    let counts = store.view_counts(now).unwrap();
    let count = |slug| counts.iter().find(|c| c.slug == slug).unwrap().count;
    assert_eq!(count(ViewSlug::All), 5);
    assert_eq!(count(ViewSlug::Mine), 2);
    let page = store.list_cases(ViewSlug::All, 1, 2, now).unwrap();
    assert_eq!(page.total, 5);
    assert_eq!(page.cases.len(), 2);
    assert_eq!(page.cases[0].id, "test-4");
}

#[test]
fn page_size_is_bounded() {
    let (_dir, store) = open_store();
    let err = store.list_cases(ViewSlug::All, 0, 0, t(0)).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
}

#[test]
fn drafts_survive_reopening_and_blank_deletes() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        store
            .put_case_records(&[record(1, "x", Status::Open, None, &[])])
            .unwrap();
        store
            .save_draft("test-1", "Olá, estou verificando", t(1))
            .unwrap();
    }
    let mut store = Store::open(dir.path()).unwrap();
    let detail = store.case_detail("test-1").unwrap();
    assert_eq!(detail.draft.unwrap().body, "Olá, estou verificando");
    assert!(store.list_cases(ViewSlug::All, 0, 10, t(0)).unwrap().cases[0].has_draft);
    assert!(store.save_draft("test-1", "   ", t(2)).unwrap().is_none());
    assert!(store.case_detail("test-1").unwrap().draft.is_none());
    assert_eq!(
        store.save_draft("missing", "x", t(2)).unwrap_err().code(),
        crate::ErrorCode::NotFound
    );
}

#[test]
fn search_finds_portuguese_chinese_english_newest_first() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[
            record(
                1,
                "Pedido atrasado",
                Status::Open,
                None,
                &["Ainda não recebi os reembolsos"],
            ),
            record(
                2,
                "退款还没到账",
                Status::Open,
                None,
                &["我申请了退款，已经七天了"],
            ),
            record(
                3,
                "Refund missing",
                Status::Open,
                None,
                &["Where are my refunds?"],
            ),
            record(4, "Reembolso", Status::Open, None, &["nada"]),
        ])
        .unwrap();
    let hits = store.search("reembolso", 20).unwrap();
    let cases: Vec<&str> = hits.iter().map(|h| h.case_id.as_str()).collect();
    assert_eq!(cases, ["test-4", "test-1"], "newest first");
    assert_eq!(hits[0].message_id, None, "subject hit");
    assert!(hits[1].snippet.contains("reembolsos"));

    assert_eq!(store.search("nao", 20).unwrap().len(), 1);
    let zh = store.search("退款", 20).unwrap();
    assert_eq!(zh.len(), 2);
    assert!(zh.iter().all(|h| h.case_id == "test-2"));
    assert_eq!(store.search("退", 20).unwrap().len(), 2);
    assert_eq!(store.search("refund", 20).unwrap().len(), 2);
    assert!(store.search("退款到账", 20).unwrap().is_empty());
    assert_eq!(
        store.search("  ", 20).unwrap_err().code(),
        crate::ErrorCode::InvalidInput
    );
}

#[test]
fn rewriting_a_case_replaces_its_search_documents() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "Refund", Status::Open, None, &["old words"])])
        .unwrap();
    store
        .put_case_records(&[record(1, "Refund", Status::Open, None, &["new words"])])
        .unwrap();
    assert!(store.search("old", 10).unwrap().is_empty());
    assert_eq!(store.search("new", 10).unwrap().len(), 1);
    assert_eq!(store.search("refund", 10).unwrap().len(), 1);
    store.integrity_check().unwrap();
}

#[test]
fn a_second_open_is_refused_while_the_first_holds_the_cache() {
    let (dir, _store) = open_store();
    let err = Store::open(dir.path())
        .err()
        .expect("second open must fail");
    assert_eq!(err.code(), crate::ErrorCode::CacheLocked);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_kept() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(CACHE_FILE);
    std::fs::write(&path, b"this is not sqlite at all, just some text").unwrap();
    let err = Store::open(dir.path()).err().unwrap();
    assert_eq!(err.code(), crate::ErrorCode::CacheCorrupt);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"this is not sqlite at all, just some text"
    );

    let aside = move_cache_aside(dir.path(), "corrupt").unwrap();
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        b"this is not sqlite at all, just some text"
    );
    assert!(aside
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("cache.db.corrupt-"));
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.case_count().unwrap(), 0);
}

#[test]
fn a_damaged_database_body_is_reported_as_corrupt() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        store
            .put_case_records(&[record(1, "x", Status::Open, None, &["y"])])
            .unwrap();
        store
            .conn
            .pragma_update(None, "journal_mode", "DELETE")
            .unwrap();
    }
    let path = dir.path().join(CACHE_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    // Keep the header, wreck the schema page.
    for b in bytes.iter_mut().skip(100).take(3000) {
        *b = 0xAB;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(dir.path()).err().unwrap();
    assert_eq!(err.code(), crate::ErrorCode::CacheCorrupt, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "file untouched");
}

#[test]
fn a_cache_from_a_newer_schema_is_refused_untouched() {
    let dir = TempDir::new().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        store.conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(dir.path()).err().unwrap();
    assert_eq!(err.code(), crate::ErrorCode::CacheTooNew);
    assert!(err.to_string().contains("schema 99"), "{err}");
    let conn = rusqlite::Connection::open(dir.path().join(CACHE_FILE)).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 99);
}

#[test]
fn cache_uses_wal_and_foreign_keys() {
    let (_dir, store) = open_store();
    let mode: String = store
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), fk), ("wal", 1));
}

fn outgoing(case_id: &str, body: &str, internal: bool) -> OutgoingReply {
    OutgoingReply {
        case_id: case_id.into(),
        body: body.into(),
        internal,
        language: ReplyLanguage::PtBr,
        files: Vec::new(),
    }
}

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
fn view_totals_follow_writes() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(1, "a", Status::Open, None, &[])])
        .unwrap();
    assert_eq!(
        store
            .list_cases(ViewSlug::Unassigned, 0, 10, t(0))
            .unwrap()
            .total,
        1
    );
    store
        .put_case_records(&[record(2, "b", Status::New, None, &[])])
        .unwrap();
    assert_eq!(
        store
            .list_cases(ViewSlug::Unassigned, 0, 10, t(0))
            .unwrap()
            .total,
        2,
        "a write forgets remembered totals"
    );
    store.set_setting(setting::AGENT_NAME, "Rita").unwrap();
    store
        .put_case_records(&[record(3, "c", Status::Open, Some("Rita"), &[])])
        .unwrap();
    assert_eq!(
        store
            .view_counts(t(0))
            .unwrap()
            .iter()
            .find(|c| c.slug == ViewSlug::Mine)
            .unwrap()
            .count,
        1
    );
}

#[test]
fn first_pages_are_read_off_an_index() {
    let (_dir, store) = open_store();
    for view in ViewSlug::ALL {
        let sql = format!(
            "EXPLAIN QUERY PLAN SELECT c.id FROM cases c WHERE {} ORDER BY {} LIMIT 50",
            read::view_filter_sql(view)
                .replace("?1", "'Rita'")
                .replace("?2", "0"),
            read::view_order_sql(view)
        );
        let plan: Vec<String> = store
            .conn
            .prepare(&sql)
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(
            !plan.iter().any(|p| p.contains("TEMP B-TREE")),
            "{view:?} sorts: {plan:?}"
        );
    }
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
        crate::sync::MutationKind::Reply { body, .. } => assert_eq!(body, "Segunda"),
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
fn a_message_with_no_language_to_tell_is_kept_as_undetermined_and_shown_without_one() {
    let (_dir, mut store) = open_store();
    store
        .put_case_records(&[record(
            1,
            "x",
            Status::Open,
            None,
            &["12345 !!! :)", "Olá, tudo bem? Meu pedido não chegou."],
        )])
        .unwrap();
    for _ in 0..2 {
        let detail = store.case_detail("test-1").unwrap();
        assert_eq!(
            detail.messages[0].language, None,
            "shown without a language"
        );
        assert!(detail.messages[1]
            .language
            .as_deref()
            .unwrap()
            .starts_with("pt"));
    }
    let kept: Vec<Option<String>> = store
        .conn
        .prepare("SELECT language FROM messages WHERE case_id = 'test-1' ORDER BY created_at")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        kept[0].as_deref(),
        Some("und"),
        "not detected again on every open"
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

#[test]
fn a_bulk_load_defers_checkpoints_and_search_merges_then_restores_both() {
    let (_dir, mut store) = open_store();
    let settings = |s: &Store| {
        let merge: i64 = s
            .conn
            .query_row(
                "SELECT v FROM search_terms_config WHERE k = 'automerge'",
                [],
                |r| r.get(0),
            )
            .unwrap_or(4);
        (s.wal_pages_before_checkpoint().unwrap(), merge)
    };
    assert_eq!(settings(&store), (DEFAULT_WAL_PAGES, 4));
    store.begin_bulk_load().unwrap();
    assert_eq!(settings(&store), (BULK_WAL_PAGES, 8));
    let case = record(1, "Refund", Status::Open, None, &["Olá, meu reembolso?"]);
    store.apply_pulled_cases(&[case]).unwrap();
    store.end_bulk_load().unwrap();
    assert_eq!(settings(&store), (DEFAULT_WAL_PAGES, 4));
    assert_eq!(store.case_count().unwrap(), 1);
}
