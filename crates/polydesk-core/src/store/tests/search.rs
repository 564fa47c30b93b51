//! Search over the cache in Portuguese, Chinese and English.

use super::*;

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
