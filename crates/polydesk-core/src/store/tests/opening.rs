//! Opening the cache: the lock, damaged files, newer schemas, pragmas.

use super::*;

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
