//! Views: filters, order, page bounds and remembered totals.

use super::*;

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
