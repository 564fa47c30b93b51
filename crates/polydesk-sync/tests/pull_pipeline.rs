//! The pull writes one page while the next is fetched, a few cases per transaction, and
//! moves the saved cursor only with a page's last part: a failed fetch or an interrupted
//! write leaves the cursor where the last whole page put it.

use std::sync::{Arc, Mutex};

use chrono::Utc;
use polydesk_core::crm::{Connector, ConnectorError, CrmAgent, PullPage, PushOutcome};
use polydesk_core::domain::CaseRecord;
use polydesk_core::domain::Mutation;
use polydesk_core::store::{Store, BULK_WAL_PAGES, DEFAULT_WAL_PAGES};
use polydesk_sync::{sync_once, tell_untold_languages, SyncOptions};

const PAGE: usize = 60;

/// Three pages of demo cases; the third fetch fails when `fail_third` is set. Records
/// how many cases the cache held each time a page was asked for.
struct PagedCrm {
    records: Vec<CaseRecord>,
    store: Arc<Mutex<Store>>,
    fail_third: bool,
    cached_when_asked: Mutex<Vec<(String, u32)>>,
    /// The store's write-ahead log limit (pages) each time a page was asked for.
    wal_when_asked: Mutex<Vec<i64>>,
}

impl Connector for PagedCrm {
    fn stream(&self) -> String {
        "paged".into()
    }
    async fn whoami(&self) -> Result<CrmAgent, ConnectorError> {
        Ok(CrmAgent {
            id: "1".into(),
            name: "Agent".into(),
            email: None,
            is_admin: true,
        })
    }
    async fn pull(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        let page: usize = cursor.map(|c| c.parse().unwrap()).unwrap_or(0);
        // The write holds the lock only between its parts, so this never waits long.
        let cached = self.store.lock().unwrap().case_count().unwrap();
        let wal = self
            .store
            .lock()
            .unwrap()
            .wal_pages_before_checkpoint()
            .unwrap();
        self.wal_when_asked.lock().unwrap().push(wal);
        self.cached_when_asked
            .lock()
            .unwrap()
            .push((cursor.unwrap_or("start").to_string(), cached));
        if page == 2 && self.fail_third {
            return Err(ConnectorError::Server("503 from the export".into()));
        }
        let cases: Vec<CaseRecord> = self
            .records
            .iter()
            .skip(page * PAGE)
            .take(PAGE)
            .cloned()
            .collect();
        Ok(PullPage {
            cases,
            deleted: Vec::new(),
            cursor: (page + 1).to_string(),
            has_more: page < 2,
        })
    }
    async fn fetch_case(&self, _crm_id: &str) -> Result<Option<CaseRecord>, ConnectorError> {
        Ok(None)
    }
    async fn push(&self, _m: &Mutation) -> PushOutcome {
        PushOutcome::Done { remote_id: None }
    }
    async fn find_applied(&self, _m: &Mutation) -> Result<Option<String>, ConnectorError> {
        Ok(None)
    }
}

fn setup(fail_third: bool) -> (tempfile::TempDir, Arc<Mutex<Store>>, PagedCrm) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Arc::new(Mutex::new(Store::open(dir.path()).unwrap()));
    let crm = PagedCrm {
        records: polydesk_demo::generate(3 * PAGE, 7, Utc::now()),
        store: store.clone(),
        fail_third,
        cached_when_asked: Mutex::new(Vec::new()),
        wal_when_asked: Mutex::new(Vec::new()),
    };
    (dir, store, crm)
}

fn opts() -> SyncOptions {
    SyncOptions {
        ignore_backoff: true,
        now: Utc::now(),
    }
}

#[test]
fn the_next_page_is_fetched_before_this_one_is_written() {
    let (_dir, store, crm) = setup(false);
    let report = futures::executor::block_on(sync_once(&store, &crm, &opts())).unwrap();
    assert_eq!((report.pulled_pages, report.cases_changed), (3, 3 * PAGE));
    assert_eq!(
        store
            .lock()
            .unwrap()
            .sync_cursor("paged")
            .unwrap()
            .as_deref(),
        Some("3")
    );
    let asked = crm.cached_when_asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 3, "{asked:?}");
    for (i, (cursor, cached)) in asked.iter().enumerate().skip(1) {
        // Page i was asked for while page i-1 was still being written.
        assert!(
            (*cached as usize) < i * PAGE,
            "page {cursor} asked for only after {cached} cases were written: {asked:?}"
        );
    }
}

#[test]
fn a_failed_fetch_leaves_the_cursor_after_the_last_whole_page() {
    let (_dir, store, crm) = setup(true);
    let report = futures::executor::block_on(sync_once(&store, &crm, &opts())).unwrap();
    assert_eq!(report.pulled_pages, 2, "{report:?}");
    assert!(!report.completed(), "{report:?}");
    let s = store.lock().unwrap();
    assert_eq!(s.sync_cursor("paged").unwrap().as_deref(), Some("2"));
    assert_eq!(s.case_count().unwrap() as usize, 2 * PAGE);
}

#[test]
fn a_long_pull_lets_the_log_grow_and_restores_it_done_or_not() {
    for fail_third in [false, true] {
        let (_dir, store, crm) = setup(fail_third);
        let before = store.lock().unwrap().wal_pages_before_checkpoint().unwrap();
        assert_eq!(before, DEFAULT_WAL_PAGES);
        futures::executor::block_on(sync_once(&store, &crm, &opts())).unwrap();
        let during = crm.wal_when_asked.lock().unwrap().clone();
        // The first page is asked for before anyone knows the pull is long.
        assert_eq!(during[0], DEFAULT_WAL_PAGES);
        assert!(
            during[1..].iter().all(|w| *w == BULK_WAL_PAGES),
            "{during:?}"
        );
        let after = store.lock().unwrap().wal_pages_before_checkpoint().unwrap();
        assert_eq!(after, DEFAULT_WAL_PAGES, "failed third page: {fail_third}");
    }
}

#[test]
fn a_long_pull_leaves_languages_for_afterwards_and_they_are_told_then() {
    let (_dir, store, mut crm) = setup(false);
    // As a CRM sends them: nothing says which language a message is in.
    for m in crm.records.iter_mut().flat_map(|r| r.messages.iter_mut()) {
        m.language = None;
    }
    futures::executor::block_on(sync_once(&store, &crm, &opts())).unwrap();
    let untold = {
        let s = store.lock().unwrap();
        assert!(s.languages_untold().unwrap());
        s.messages_without_language(0, usize::MAX).unwrap()
    };
    // The first page says more are coming: none is told during the pull.
    let all_messages: usize = crm.records.iter().map(|r| r.messages.len()).sum();
    assert_eq!(untold.len(), all_messages);

    let told = futures::executor::block_on(tell_untold_languages(&store)).unwrap();
    assert_eq!(told, untold.len());
    let s = store.lock().unwrap();
    assert!(!s.languages_untold().unwrap());
    assert!(s
        .messages_without_language(0, usize::MAX)
        .unwrap()
        .is_empty());
    drop(s);
    assert_eq!(
        futures::executor::block_on(tell_untold_languages(&store)).unwrap(),
        0,
        "nothing left"
    );
}
