//! The workspace's sync, as the app (and the test host) runs it: at most one background
//! loop, the demo's in-process CRM, and why no loop runs when a CRM is set up but cannot
//! be synced with. Decisions come from `decisions`; this file holds the running parts.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use polydesk_core::store::{OutboxCounts, Store};
use polydesk_core::{CoreError, Result};

use crate::decisions::{self, Resume};
use crate::demo::DemoCrm;
use crate::mapping::CrmMapping;
use crate::runner::{SyncEvents, SyncHandle};
use crate::status::{ConnectionSettings, SyncStatus};
use crate::{connection, credentials};

/// What hosts hear from sync: the status whenever it moves, and pulls that changed cases.
pub type StatusSink = Arc<dyn Fn(&SyncStatus) + Send + Sync>;
pub type ChangeSink = Arc<dyn Fn() + Send + Sync>;

/// The workspace's sync.
pub struct SyncService {
    running: Mutex<Option<SyncHandle>>,
    demo: Mutex<Option<Arc<DemoCrm>>>,
    /// Why no loop runs although a CRM is configured (no secret, keychain locked).
    problem: Mutex<Option<Resume>>,
    on_status: StatusSink,
    on_cases_changed: ChangeSink,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl SyncService {
    pub fn new(on_status: StatusSink, on_cases_changed: ChangeSink) -> SyncService {
        SyncService {
            running: Mutex::new(None),
            demo: Mutex::new(None),
            problem: Mutex::new(None),
            on_status,
            on_cases_changed,
        }
    }

    pub fn demo(&self) -> Option<Arc<DemoCrm>> {
        lock(&self.demo).clone()
    }

    /// Start the demo's CRM if it is not running yet (its address changes each start).
    pub async fn ensure_demo(&self) -> Result<Arc<DemoCrm>> {
        if let Some(d) = self.demo() {
            return Ok(d);
        }
        let crm = Arc::new(DemoCrm::start(chrono::Utc::now()).await?);
        *lock(&self.demo) = Some(crm.clone());
        Ok(crm)
    }

    /// (Re)start the loop for `settings` with `secret`, on the current tokio runtime.
    pub fn start(
        &self,
        store: Arc<Mutex<Store>>,
        settings: ConnectionSettings,
        secret: String,
        mapping: CrmMapping,
    ) {
        let (status, changed) = (self.on_status.clone(), self.on_cases_changed.clone());
        let events = SyncEvents {
            status: Box::new(move |s: &SyncStatus| status(s)),
            cases_changed: Box::new(move || changed()),
        };
        let handle = SyncHandle::spawn(
            &tokio::runtime::Handle::current(),
            store,
            settings,
            secret,
            mapping.http(),
            mapping,
            events,
        );
        *lock(&self.problem) = None;
        *lock(&self.running) = Some(handle);
    }

    /// Sync with the demo's CRM, filling an empty cache from it first. Falls back to
    /// nothing (the caller writes the demo cases itself) when the CRM cannot start.
    pub async fn start_demo(&self, store: Arc<Mutex<Store>>) -> Result<()> {
        let demo = self.ensure_demo().await?;
        demo.fill(&store).await?;
        self.start(store, demo.settings(), demo.secret(), DemoCrm::mapping());
        Ok(())
    }

    /// Start syncing with whatever the workspace has saved (at start), unless a loop
    /// already runs (the demo workspace opened meanwhile, say).
    pub async fn resume_saved(&self, store: Arc<Mutex<Store>>, data_dir: &Path) -> Result<()> {
        if lock(&self.running).is_some() {
            return Ok(());
        }
        let saved = connection::saved(&lock(&store))?;
        let mut mapping = None;
        let plan = decisions::resume(
            saved.as_ref(),
            CrmMapping::load(data_dir).map(|m| mapping = Some(m)),
            || {
                let settings = saved.as_ref().expect("asked only with saved settings");
                credentials::load_secret(settings)
            },
        );
        match (plan, saved) {
            (Resume::Nothing, _) | (_, None) => {}
            (Resume::Demo, Some(_)) => {
                let demo = self.ensure_demo().await?;
                connection::remember(&mut lock(&store), Some(&demo.settings()))?;
                self.start(store, demo.settings(), demo.secret(), DemoCrm::mapping());
            }
            (Resume::Start { secret }, Some(settings)) => {
                self.start(store, settings, secret, mapping.unwrap_or_default())
            }
            (problem, Some(_)) => *lock(&self.problem) = Some(problem),
        }
        Ok(())
    }

    /// The connection the loop is signed in with (`None` when none is set up or it
    /// cannot be reached).
    pub fn connection(&self) -> Option<Arc<crate::CrmConnection>> {
        lock(&self.running).as_ref().and_then(|h| h.connection())
    }

    pub fn stop(&self) {
        if let Some(handle) = lock(&self.running).take() {
            handle.cancel();
        }
    }

    pub fn wake(&self) {
        if let Some(h) = lock(&self.running).as_ref() {
            h.wake();
        }
    }

    pub fn set_paused(&self, paused: bool) -> Result<()> {
        match lock(&self.running).as_ref() {
            Some(h) => {
                h.set_paused(paused);
                Ok(())
            }
            None => Err(CoreError::invalid_input(
                "no CRM is connected: set one up in Settings first",
            )),
        }
    }

    /// The status bar's view, also when no loop runs.
    pub fn status(&self, saved: Option<&ConnectionSettings>, counts: OutboxCounts) -> SyncStatus {
        if let Some(h) = lock(&self.running).as_ref() {
            return h.status();
        }
        let problem = lock(&self.problem).clone();
        let error = problem.as_ref().and_then(Resume::problem).cloned();
        SyncStatus {
            state: decisions::idle_state(saved.is_some(), problem.as_ref()),
            crm: saved.map(|s| s.kind),
            agent: None,
            last_sync: None,
            pending: counts.waiting,
            needs_attention: counts.needs_attention,
            error,
            revision: crate::status::next_revision(),
        }
    }
}
