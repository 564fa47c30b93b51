//! The background loop against the demo's simulated CRM: first sync with progress,
//! offline and back, a field conflict with a colleague, pausing and cancelling.

use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use polydesk_connectors::http::HttpSettings;
use polydesk_core::domain::{ReplyLanguage, Status};
use polydesk_core::store::{CaseEdit, OutgoingReply, Store};
use polydesk_sync::demo::DemoCrm;
use polydesk_sync::status::{SyncState, SyncStatus};
use polydesk_sync::{SyncEvents, SyncHandle};

struct Harness {
    _dir: tempfile::TempDir,
    store: Arc<Mutex<Store>>,
    statuses: Receiver<SyncStatus>,
    changed: Receiver<()>,
    handle: SyncHandle,
    crm: DemoCrm,
}

async fn start() -> Harness {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Arc::new(Mutex::new(Store::open(dir.path()).unwrap()));
    let crm = DemoCrm::start(Utc::now()).await.unwrap();
    let (tx, statuses) = channel();
    let (ctx, changed) = channel();
    let tx = Mutex::new(tx);
    let ctx = Mutex::new(ctx);
    let events = SyncEvents {
        status: Box::new(move |s| {
            let _ = tx.lock().unwrap().send(s.clone());
        }),
        cases_changed: Box::new(move || {
            let _ = ctx.lock().unwrap().send(());
        }),
    };
    let handle = SyncHandle::spawn(
        &tokio::runtime::Handle::current(),
        store.clone(),
        crm.settings(),
        crm.secret(),
        HttpSettings::default(),
        DemoCrm::mapping(),
        events,
    );
    Harness {
        _dir: dir,
        store,
        statuses,
        changed,
        handle,
        crm,
    }
}

/// Statuses until one matches (or panic after 20 s, listing what was seen).
async fn wait_for(h: &Harness, what: &str, ok: impl Fn(&SyncStatus) -> bool) -> Vec<SyncStatus> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        while let Ok(s) = h.statuses.try_recv() {
            let done = ok(&s);
            seen.push(s);
            if done {
                return seen;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("never saw {what}; saw {seen:#?}");
}

fn online(s: &SyncStatus) -> bool {
    s.state == SyncState::Online
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_sync_fills_the_cache_with_progress() {
    let h = start().await;
    let seen = wait_for(&h, "online", online).await;
    let progress: Vec<_> = seen
        .iter()
        .filter_map(|s| match &s.state {
            SyncState::Syncing { progress: Some(p) } => Some(p.clone()),
            _ => None,
        })
        .collect();
    assert!(
        !progress.is_empty(),
        "a first sync shows progress: {seen:#?}"
    );
    let last = progress.last().unwrap();
    assert_eq!(last.cases_total, Some(320), "the desk's count is the total");
    assert_eq!(last.cases_done, 320);
    assert!(
        h.changed.try_recv().is_ok(),
        "the UI hears that cases changed"
    );
    let store = h.store.lock().unwrap();
    assert_eq!(store.case_count().unwrap(), 320);
    let page = store
        .list_cases(polydesk_core::views::ViewSlug::All, 0, 500, Utc::now())
        .unwrap();
    assert!(
        page.cases.iter().all(|c| c.id.starts_with("demo-")),
        "demo cases keep their demo ids"
    );
    let with_order = page
        .cases
        .iter()
        .filter(|c| {
            store
                .case_detail(&c.id)
                .unwrap()
                .case
                .custom_fields
                .get("order_id")
                .is_some_and(|o| o.starts_with("58"))
        })
        .count();
    assert!(
        with_order > 10,
        "the desk's order-id field is mapped: {with_order}"
    );
    let status = seen.last().unwrap();
    assert_eq!(status.agent.as_deref(), Some("Rita Lin"));
    let crm = h
        .handle
        .connection()
        .expect("online: the signed-in connection is shared");
    assert_eq!(crm.agent().name, "Rita Lin");
    assert!(status.last_sync.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_written_offline_goes_once_when_the_crm_is_back() {
    let h = start().await;
    wait_for(&h, "online", online).await;
    h.crm.set_reachable(false).await;
    let case_id = {
        let store = h.store.lock().unwrap();
        let page = store
            .list_cases(polydesk_core::views::ViewSlug::All, 0, 1, Utc::now())
            .unwrap();
        page.cases[0].id.clone()
    };
    h.store
        .lock()
        .unwrap()
        .queue_reply(
            &OutgoingReply {
                case_id: case_id.clone(),
                body: "Resolvido offline, obrigado pela paciência!".into(),
                internal: false,
                language: ReplyLanguage::PtBr,
                files: Vec::new(),
            },
            "Rita Lin",
            Utc::now(),
        )
        .unwrap();
    h.handle.wake();
    let seen = wait_for(&h, "offline", |s| {
        matches!(s.state, SyncState::Offline { .. })
    })
    .await;
    assert_eq!(
        seen.last().unwrap().pending,
        1,
        "the reply waits in the outbox"
    );
    h.crm.set_reachable(true).await;
    h.handle.wake();
    wait_for(&h, "online with an empty outbox", |s| {
        online(s) && s.pending == 0
    })
    .await;
    let crm_id = case_id.trim_start_matches("demo-").parse::<u64>().unwrap();
    let comments = h.crm_comments(crm_id).await;
    let copies = comments
        .iter()
        .filter(|c| c["body"].as_str() == Some("Resolvido offline, obrigado pela paciência!"))
        .count();
    assert_eq!(copies, 1, "exactly once in the CRM");
    h.handle.wake();
    wait_for(&h, "online again", online).await;
    assert_eq!(
        h.crm_comments(crm_id).await.len(),
        comments.len(),
        "no second copy"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_field_changed_by_a_colleague_becomes_a_conflict() {
    let h = start().await;
    wait_for(&h, "online", online).await;
    h.handle.set_paused(true);
    wait_for(&h, "paused", |s| s.state == SyncState::Paused).await;
    // The loop lets go of its connection once it sees the pause.
    let deadline = Instant::now() + Duration::from_secs(10);
    while h.handle.connection().is_some() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        h.handle.connection().is_none(),
        "paused: no connection is held"
    );
    let case_id = {
        let store = h.store.lock().unwrap();
        let page = store
            .list_cases(polydesk_core::views::ViewSlug::All, 0, 50, Utc::now())
            .unwrap();
        page.cases
            .iter()
            .find(|c| c.status == Status::Open)
            .expect("an open demo case")
            .id
            .clone()
    };
    h.store
        .lock()
        .unwrap()
        .queue_case_edit(
            &case_id,
            &CaseEdit {
                status: Some(Status::Solved),
                add_tags: vec!["refund-issued".into()],
                ..CaseEdit::default()
            },
            Utc::now(),
        )
        .unwrap();
    assert!(
        h.crm
            .colleague_edit(case_id.trim_start_matches("demo-"))
            .await
    );
    h.handle.set_paused(false);
    wait_for(&h, "online with one item needing the agent", |s| {
        online(s) && s.needs_attention == 1
    })
    .await;
    let items = h.store.lock().unwrap().outbox_items().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].state, "conflict");
    assert_eq!(items[0].conflicts.len(), 1, "{:?}", items[0].conflicts);
    assert_eq!(items[0].conflicts[0].field, "status");
    assert_eq!(items[0].conflicts[0].mine.as_deref(), Some("solved"));
    assert_eq!(items[0].conflicts[0].theirs.as_deref(), Some("pending"));
    let ticket = h
        .crm
        .ticket(case_id.trim_start_matches("demo-").parse().unwrap())
        .await
        .unwrap();
    assert!(
        ticket["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "refund-issued"),
        "the tag (no conflict) was rebased and applied: {ticket}"
    );
    assert_eq!(
        ticket["status"], "pending",
        "the colleague's status stands until the agent chooses"
    );
}

impl Harness {
    async fn crm_comments(&self, id: u64) -> Vec<serde_json::Value> {
        self.crm.comments(id).await
    }
}
