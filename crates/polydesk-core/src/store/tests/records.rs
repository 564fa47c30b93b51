//! Writing case records and reading them back: threads, HTML, drafts, languages, bulk loads.

use super::*;

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

#[test]
fn a_bulk_load_writes_messages_without_languages_to_be_told_later() {
    let (_dir, mut store) = open_store();
    let languages = |s: &Store| -> Vec<Option<String>> {
        s.conn
            .prepare("SELECT language FROM messages ORDER BY rowid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let texts = [
        "Olá, meu reembolso ainda não chegou na minha conta.",
        "我的退款什么时候到账？",
    ];
    store.begin_bulk_load().unwrap();
    store
        .apply_pulled_cases(&[record(1, "Refund", Status::Open, None, &texts)])
        .unwrap();
    store.end_bulk_load().unwrap();
    assert_eq!(languages(&store), vec![None, None]);
    assert!(store.languages_untold().unwrap());
    // Shown detected meanwhile, without writing.
    let shown = store.case_detail("test-1").unwrap().messages;
    assert_eq!(shown[1].language.as_deref(), Some("zh-Hans"));
    assert_eq!(languages(&store), vec![None, None]);

    let untold = store.messages_without_language(0, 10).unwrap();
    assert_eq!(untold.len(), 2);
    assert_eq!(untold[0].body_text, texts[0]);
    assert!(store
        .messages_without_language(untold[0].rowid, 10)
        .unwrap()
        .iter()
        .all(|m| m.rowid > untold[0].rowid));
    store
        .set_message_languages(&[
            (untold[0].rowid, untold[0].id.clone(), "pt-BR".into()),
            // Another message at that row by now: left alone.
            (untold[1].rowid, "rewritten".into(), "en".into()),
        ])
        .unwrap();
    assert_eq!(languages(&store), vec![Some("pt-BR".into()), None]);
    store.languages_told().unwrap();
    assert!(!store.languages_untold().unwrap());

    // Outside a bulk load, languages are told as the case is written.
    store
        .apply_pulled_cases(&[record(2, "Refund", Status::Open, None, &texts)])
        .unwrap();
    assert_eq!(
        languages(&store)[2..],
        [Some("pt-BR".into()), Some("zh-Hans".into())]
    );
}
