//! The background sync loop: connect, push and pull, wait (for the next period, a
//! local change, or "sync now"), and go round — reconnecting with backoff while the
//! CRM is unreachable, stopping for new credentials when they are refused, standing
//! still while paused, and ending when cancelled.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use polydesk_connectors::http::HttpSettings;
use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::store::{setting, Store};
use tokio::sync::{watch, Notify};

use crate::connection::{connect_mapped, CrmConnection};
use crate::decisions::{self, Next, OnceNext};
use crate::engine::{sync_once_with_progress, SyncOptions, SyncReport};
use crate::mapping::CrmMapping;
use crate::status::{ConnectionSettings, SyncProgress, SyncState, SyncStatus};

/// How often cached cases are checked against the CRM for deletions its change stream
/// cannot report.
pub const RECONCILE_PERIOD: Duration = Duration::from_secs(15 * 60);

/// What the UI hears.
pub struct SyncEvents {
    pub status: Box<dyn Fn(&SyncStatus) + Send + Sync>,
    /// A pull changed the cache (views, lists and the open case should refresh).
    pub cases_changed: Box<dyn Fn() + Send + Sync>,
}

struct Shared {
    store: Arc<Mutex<Store>>,
    settings: ConnectionSettings,
    events: SyncEvents,
    status: Mutex<SyncStatus>,
    paused: AtomicBool,
    wake: Notify,
    /// The signed-in connection while there is one (shared for one-off calls).
    crm: Mutex<Option<Arc<CrmConnection>>>,
}

/// A running sync loop.
pub struct SyncHandle {
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
}

/// Seconds left at the rate so far (`None` until there is a rate and a total).
pub fn eta_seconds(done: usize, total: Option<u64>, elapsed: Duration) -> Option<u32> {
    let total = total? as f64;
    if done == 0 || elapsed.is_zero() {
        return None;
    }
    let rate = done as f64 / elapsed.as_secs_f64();
    Some(((total - done as f64).max(0.0) / rate).ceil() as u32)
}

impl SyncHandle {
    /// Start the loop on `runtime` for `settings`, signing in with `secret` (paused
    /// later with `set_paused`).
    pub fn spawn(
        runtime: &tokio::runtime::Handle,
        store: Arc<Mutex<Store>>,
        settings: ConnectionSettings,
        secret: String,
        http: HttpSettings,
        mapping: CrmMapping,
        events: SyncEvents,
    ) -> SyncHandle {
        let status = SyncStatus {
            state: SyncState::Connecting,
            crm: Some(settings.kind),
            agent: None,
            last_sync: None,
            pending: 0,
            needs_attention: 0,
            error: None,
            revision: crate::status::next_revision(),
        };
        let shared = Arc::new(Shared {
            store,
            settings,
            events,
            status: Mutex::new(status),
            paused: AtomicBool::new(false),
            wake: Notify::new(),
            crm: Mutex::new(None),
        });
        let (stop, stopped) = watch::channel(false);
        let task_shared = shared.clone();
        runtime.spawn(async move { run(task_shared, secret, http, mapping, stopped).await });
        SyncHandle { shared, stop }
    }

    /// Sync now (a local change was queued, or the agent asked).
    pub fn wake(&self) {
        self.shared.refresh_counts();
        self.shared.wake.notify_one();
    }

    /// "Work offline": changes queue up and nothing is sent until resumed.
    pub fn set_paused(&self, paused: bool) {
        self.shared.paused.store(paused, Ordering::SeqCst);
        if paused {
            self.shared.set_state(SyncState::Paused);
        }
        self.shared.wake.notify_one();
    }

    pub fn status(&self) -> SyncStatus {
        self.shared.refresh_counts();
        self.shared.lock_status().clone()
    }

    /// The loop's signed-in connection, for one-off calls such as downloading an
    /// attachment (`None` while connecting, offline before the first sign-in, or paused).
    pub fn connection(&self) -> Option<Arc<CrmConnection>> {
        self.shared.lock_crm().clone()
    }

    pub fn settings(&self) -> &ConnectionSettings {
        &self.shared.settings
    }

    /// End the loop (it stops between steps; a push in flight finishes first).
    pub fn cancel(&self) {
        let _ = self.stop.send(true);
        self.shared.wake.notify_one();
    }
}

impl Drop for SyncHandle {
    fn drop(&mut self) {
        self.cancel();
    }
}

impl Shared {
    fn lock_crm(&self) -> std::sync::MutexGuard<'_, Option<Arc<CrmConnection>>> {
        self.crm.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn lock_status(&self) -> std::sync::MutexGuard<'_, SyncStatus> {
        self.status.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut store)
    }

    fn emit(&self) {
        let status = {
            let mut status = self.lock_status();
            status.revision = crate::status::next_revision();
            status.clone()
        };
        (self.events.status)(&status);
    }

    fn set_state(&self, state: SyncState) {
        self.lock_status().state = state;
        self.emit();
    }

    /// Recount the outbox for the status bar.
    fn refresh_counts(&self) {
        let counts = self.with_store(|s| s.outbox_counts()).unwrap_or_default();
        let mut status = self.lock_status();
        status.pending = counts.waiting;
        status.needs_attention = counts.needs_attention;
    }
}

/// Wait for `d`, a wake-up, or the stop signal; true when stopped.
async fn pause(shared: &Shared, stopped: &mut watch::Receiver<bool>, d: Option<Duration>) -> bool {
    let sleep = async {
        match d {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = stopped.changed() => {}
        _ = shared.wake.notified() => {}
        _ = sleep => {}
    }
    *stopped.borrow()
}

impl Shared {
    /// Show what `next` says, and wait as long as it says; true when stopped.
    async fn carry_out(&self, next: &Next, stopped: &mut watch::Receiver<bool>) -> bool {
        self.lock_status().error = next.error.clone();
        self.set_state(next.state.clone());
        pause(self, stopped, next.wait).await
    }
}

async fn run(
    shared: Arc<Shared>,
    secret: String,
    http: HttpSettings,
    mapping: CrmMapping,
    mut stopped: watch::Receiver<bool>,
) {
    let mut offline_wait: Option<Duration> = None;
    while !*stopped.borrow() {
        if shared.paused.load(Ordering::SeqCst) {
            shared.refresh_counts();
            shared.set_state(SyncState::Paused);
            if pause(&shared, &mut stopped, None).await {
                return;
            }
            continue;
        }
        shared.set_state(SyncState::Connecting);
        let crm = match connect_mapped(&shared.settings, &secret, &http, &mapping).await {
            Ok(crm) => crm,
            Err(e) => {
                // New credentials restart the loop; until then only "sync now" retries.
                let next = decisions::after_failure(&e, offline_wait, Utc::now());
                offline_wait = next.offline_wait;
                if shared.carry_out(&next, &mut stopped).await {
                    return;
                }
                continue;
            }
        };
        offline_wait = None;
        shared.lock_status().agent = Some(crm.agent().name.clone());
        let _ = shared.with_store(|s| s.set_setting(setting::AGENT_NAME, &crm.agent().name));
        let crm = Arc::new(crm);
        *shared.lock_crm() = Some(crm.clone());
        let stop = connected(&shared, &crm, &mut stopped).await;
        *shared.lock_crm() = None;
        if stop {
            return;
        }
    }
}

/// Sync rounds on one connection until it fails for good, is paused, or is stopped;
/// true when stopped.
async fn connected(
    shared: &Arc<Shared>,
    crm: &CrmConnection,
    stopped: &mut watch::Receiver<bool>,
) -> bool {
    let mut offline_wait: Option<Duration> = None;
    let mut last_reconcile: Option<Instant> = None;
    let mut telling = TellingAfterPull(None);
    loop {
        if shared.paused.load(Ordering::SeqCst) {
            return false;
        }
        let now = Utc::now();
        let result = round(shared, crm, now).await;
        shared.refresh_counts();
        let next = match result {
            Err(e) => decisions::after_store_failure(&e),
            Ok(report) => {
                if report.cases_changed > 0 || report.pushed > 0 || report.found_applied > 0 {
                    (shared.events.cases_changed)();
                }
                if report.completed()
                    && last_reconcile.is_none_or(|t| t.elapsed() >= RECONCILE_PERIOD)
                {
                    last_reconcile = Some(Instant::now());
                    match crate::engine::reconcile(&shared.store, crm).await {
                        Ok(n) if n > 0 => (shared.events.cases_changed)(),
                        Ok(_) => {}
                        Err(e) => {
                            shared.lock_status().error = Some(polydesk_core::ErrorPayload::from(&e))
                        }
                    }
                }
                if report.completed() {
                    telling.start_unless_running(shared);
                }
                // A change that failed goes again when its backoff ends, not a whole
                // period later.
                let next_retry = shared.with_store(|s| s.next_retry_at()).ok().flatten();
                let next = decisions::after_round(&report, offline_wait, Utc::now(), next_retry);
                if report.completed() {
                    shared.lock_status().last_sync = Some(now.to_rfc3339());
                }
                if matches!(next.state, SyncState::SignInRequired) {
                    shared.carry_out(&next, stopped).await;
                    return *stopped.borrow();
                }
                next
            }
        };
        offline_wait = next.offline_wait;
        if shared.carry_out(&next, stopped).await {
            return true;
        }
    }
}

/// The background task telling the languages of a first sync's messages and its cases'
/// SLA due times (see [`crate::engine::tell_after_pull`]); it runs beside the rounds, taking the
/// store's lock only to read and write a batch, and ends with the connection.
struct TellingAfterPull(Option<tokio::task::JoinHandle<polydesk_core::Result<usize>>>);

impl TellingAfterPull {
    /// Start the task unless it runs; a failure of the last one shows in the status.
    fn start_unless_running(&mut self, shared: &Arc<Shared>) {
        if let Some(task) = &mut self.0 {
            if !task.is_finished() {
                return;
            }
            if let Some(Ok(Err(e))) = futures::FutureExt::now_or_never(task) {
                shared.lock_status().error = Some(polydesk_core::ErrorPayload::from(&e));
            }
        }
        let shared = shared.clone();
        self.0 = Some(tokio::spawn(async move {
            let told = crate::engine::tell_after_pull(&shared.store).await?;
            if told.sla_batches > 0 {
                // The views that order by due time have moved.
                (shared.events.cases_changed)();
            }
            Ok(told.languages)
        }));
    }
}

impl Drop for TellingAfterPull {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}

/// One round: push, then pull, showing progress during a first sync.
async fn round(
    shared: &Shared,
    crm: &CrmConnection,
    now: chrono::DateTime<Utc>,
) -> polydesk_core::Result<SyncReport> {
    let first = shared
        .with_store(|s| s.sync_cursor(&crm.stream()))
        .ok()
        .flatten()
        .is_none();
    let total = if first {
        crm.case_count_hint().await
    } else {
        None
    };
    shared.set_state(SyncState::Syncing {
        progress: first.then_some(SyncProgress {
            cases_done: 0,
            cases_total: total.map(|t| t as u32),
            eta_seconds: None,
        }),
    });
    let started = Instant::now();
    let on_page = |done: usize| {
        if first {
            shared.lock_status().state = SyncState::Syncing {
                progress: Some(SyncProgress {
                    cases_done: done as u32,
                    cases_total: total.map(|t| t as u32),
                    eta_seconds: eta_seconds(done, total, started.elapsed()),
                }),
            };
            shared.emit();
        }
    };
    let opts = SyncOptions {
        ignore_backoff: false,
        now,
    };
    sync_once_with_progress(&shared.store, crm, &opts, on_page).await
}

/// Why a one-pass sync did not finish.
#[derive(Debug, thiserror::Error)]
pub enum OnceError {
    /// The CRM stopped the pass; the kind says how (unreachable, credentials refused, rate
    /// limited past the patience, forbidden, an unreadable answer, ...).
    #[error("{0}")]
    Crm(ConnectorError),
    /// The pass completed, but changes are left in the outbox.
    #[error("{0} change(s) left unsent (see `outbox list`)")]
    LeftUnsent(usize),
    /// The cache failed.
    #[error("{0}")]
    Store(#[from] polydesk_core::CoreError),
}

/// Sign in for a one-pass sync, waiting out a short `Retry-After` (within the one-pass
/// patience) as the pass itself does.
pub async fn connect_for_once(
    settings: &ConnectionSettings,
    secret: &str,
    http: &HttpSettings,
    mapping: &CrmMapping,
) -> Result<CrmConnection, OnceError> {
    let started = Instant::now();
    loop {
        match connect_mapped(settings, secret, http, mapping).await {
            Ok(crm) => return Ok(crm),
            Err(ConnectorError::RateLimited { retry_after }) => {
                let wait = retry_after.unwrap_or(Duration::from_secs(2));
                if started.elapsed() + wait > decisions::ONCE_PATIENCE {
                    return Err(OnceError::Crm(ConnectorError::RateLimited { retry_after }));
                }
                tokio::time::sleep(wait).await;
            }
            Err(e) => return Err(OnceError::Crm(e)),
        }
    }
}

/// What a one-pass sync did, added up over its rounds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnceReport {
    pub rounds: usize,
    pub total: SyncReport,
}

/// A one-pass sync, as `polydesk-cli sync --once` runs it: the same rounds as the
/// background loop, until the pass completes. It waits out a short `Retry-After` (up to
/// a minute in all) and otherwise ends with the kind of what stopped it; it never
/// reports success for a pass that did not complete. `on_round` hears each round.
pub async fn run_once(
    store: &Mutex<Store>,
    crm: &impl Connector,
    mut on_round: impl FnMut(&SyncReport),
) -> Result<OnceReport, OnceError> {
    let started = Instant::now();
    let mut waited = Duration::ZERO;
    let mut once = OnceReport::default();
    loop {
        let opts = SyncOptions {
            ignore_backoff: once.rounds == 0,
            now: Utc::now(),
        };
        let report = crate::engine::sync_once(store, crm, &opts).await?;
        on_round(&report);
        once.rounds += 1;
        add_up(&mut once.total, &report);
        let retry_in = {
            let s = store.lock().unwrap_or_else(|p| p.into_inner());
            s.next_retry_at()?
                .map(|at| (at - Utc::now()).to_std().unwrap_or_default())
        };
        match decisions::once_after_round(&report, waited, retry_in) {
            OnceNext::Done => {
                crate::engine::tell_after_pull(store).await?;
                return Ok(once);
            }
            OnceNext::Again(wait) => {
                tokio::time::sleep(wait).await;
                waited = started.elapsed();
            }
            OnceNext::Failed(e) => return Err(OnceError::Crm(e)),
            OnceNext::LeftUnsent(n) => return Err(OnceError::LeftUnsent(n)),
        }
    }
}

fn add_up(total: &mut SyncReport, round: &SyncReport) {
    total.pushed += round.pushed;
    total.found_applied += round.found_applied;
    total.rejected += round.rejected;
    total.conflicts += round.conflicts;
    total.pulled_pages += round.pulled_pages;
    total.cases_changed += round.cases_changed;
    total.retrying = round.retrying;
    total.left_unsent = round.left_unsent;
    total.stopped = round.stopped.clone();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_follows_the_rate_so_far() {
        assert_eq!(eta_seconds(0, Some(100), Duration::from_secs(1)), None);
        assert_eq!(eta_seconds(10, None, Duration::from_secs(1)), None);
        assert_eq!(eta_seconds(25, Some(100), Duration::from_secs(5)), Some(15));
        assert_eq!(eta_seconds(100, Some(100), Duration::from_secs(5)), Some(0));
    }
}
