//! Pulling: pages of remote changes until the stream is drained. While one page is
//! written to the cache, the next is already being fetched (its cursor comes with the
//! page), so a first sync waits on the network and the disk at the same time instead of
//! one after the other. A page is written a few cases per transaction, yielding in
//! between so the fetch keeps moving; its cursor is saved only with its last part, so a
//! crash mid-page re-pulls the page, and writing a page twice changes nothing. A pull of
//! more than one page runs in the store's bulk-load mode (a longer write-ahead log).

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

use std::task::{Context, Poll};

use futures::future::join;

use polydesk_core::crm::{Connector, ConnectorError, PullPage};
use polydesk_core::store::Store;
use polydesk_core::Result;

use super::languages::tag_page;
use super::{with_store, SyncOptions, SyncReport};

/// Cases written per transaction while the next page is on its way.
const CASES_PER_WRITE: usize = 25;
/// A bound on pages per sync keeps a misbehaving server from looping us forever.
const MAX_PAGES: usize = 100_000;

/// Pull until the stream has nothing more; `on_page` hears how many cases came so far.
pub(super) async fn pull_all<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    opts: &SyncOptions,
    report: &mut SyncReport,
    on_page: &(impl Fn(usize) + Send + Sync),
) -> Result<()> {
    let stream = crm.stream();
    let cursor = with_store(store, |s| s.sync_cursor(&stream))?;
    let first = crm.pull(cursor.as_deref()).await;
    let bulk = first.as_ref().is_ok_and(|page| page.has_more);
    let first = match first {
        Ok(page) if !bulk => tag_page(page).await,
        other => other,
    };
    if bulk {
        with_store(store, |s| s.begin_bulk_load())?;
    }
    let pulled = pull_pages(store, crm, first, bulk, opts, report, on_page).await;
    if bulk {
        let ended = with_store(store, |s| s.end_bulk_load());
        // The pull's own error says more than a failed checkpoint after it.
        pulled?;
        return ended;
    }
    pulled
}

/// Write `fetched` and every page after it, fetching each next page while the current
/// one is written.
async fn pull_pages<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    mut fetched: std::result::Result<PullPage, ConnectorError>,
    bulk: bool,
    opts: &SyncOptions,
    report: &mut SyncReport,
    on_page: &(impl Fn(usize) + Send + Sync),
) -> Result<()> {
    let stream = crm.stream();
    let mut cases_seen = 0;
    for _ in 0..MAX_PAGES {
        let page = match fetched {
            Ok(page) => page,
            Err(e) => return stop_pulling(e, report),
        };
        let next = page
            .has_more
            .then(|| pull_from(crm, Some(page.cursor.clone()), bulk));
        let write = write_page(store, &stream, &page, opts);
        let (written, next) = match next {
            Some(next) => {
                // The fetch goes first: its requests are out before the first write.
                let (next, written) = join(next, write).await;
                (written, Some(next))
            }
            None => (write.await, None),
        };
        report.cases_changed += written?;
        report.pulled_pages += 1;
        cases_seen += page.cases.len();
        on_page(cases_seen);
        match next {
            Some(next) => fetched = next,
            None => break,
        }
    }
    Ok(())
}

/// The page after `cursor`; its messages' languages told unless `bulk` (a first sync
/// tells them afterwards, see [`super::languages`]).
async fn pull_from<C: Connector>(
    crm: &C,
    cursor: Option<String>,
    bulk: bool,
) -> std::result::Result<PullPage, ConnectorError> {
    let page = crm.pull(cursor.as_deref()).await?;
    if bulk {
        return Ok(page);
    }
    tag_page(page).await
}

/// How a failed fetch ends the pull: the saved cursor stays where the last written page
/// left it, and the report says why the sync did not complete.
fn stop_pulling(e: ConnectorError, report: &mut SyncReport) -> Result<()> {
    report.stopped = Some(e);
    Ok(())
}

/// Write `page` a few cases per transaction, the last part with its deletions and cursor.
async fn write_page(
    store: &Mutex<Store>,
    stream: &str,
    page: &PullPage,
    opts: &SyncOptions,
) -> Result<usize> {
    let split = page.cases.len().saturating_sub(1) / CASES_PER_WRITE * CASES_PER_WRITE;
    let (earlier, last) = page.cases.split_at(split);
    let mut changed = 0;
    for part in earlier.chunks(CASES_PER_WRITE) {
        changed += with_store(store, |s| s.apply_pulled_cases(part))?;
        YieldNow(false).await;
    }
    changed += with_store(store, |s| {
        s.apply_pull_page_part(stream, last, &page.deleted, &page.cursor, opts.now)
    })?;
    Ok(changed)
}

/// Let the other half of a `join` (the next page's fetch) run for a moment.
struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
