//! The shell's side of background sync: one running loop (or none), the demo's
//! in-process CRM, and the two events the UI listens to. Decisions live in
//! `polydesk-sync`; this file wires them to the window.

use std::sync::{Arc, Mutex};

use polydesk_core::store::{OutboxCounts, Store};
use polydesk_core::sync::status::{ConnectionSettings, CrmKind, SyncState, SyncStatus};
use polydesk_core::{CoreError, Result};
use polydesk_sync::demo::DemoCrm;
use polydesk_sync::mapping::CrmMapping;
use polydesk_sync::{connection, credentials, SyncEvents, SyncHandle};
use tauri::{AppHandle, Emitter};

/// Events sent to the UI.
pub const SYNC_STATUS: &str = "sync-status";
pub const CASES_CHANGED: &str = "cases-changed";

#[derive(Default)]
pub struct SyncSlot {
    running: Mutex<Option<SyncHandle>>,
    demo: Mutex<Option<Arc<DemoCrm>>>,
    /// Why no loop runs although a CRM is configured (no secret, keychain locked).
    problem: Mutex<Option<StartProblem>>,
}

/// Why a configured CRM is not being synced with.
#[derive(Debug, Clone)]
enum StartProblem {
    /// No usable credentials: the agent has to sign in again.
    SignIn(String),
    /// Something on this computer (keychain, `crm-mapping.toml`): the agent fixes that.
    Setup(String),
}

impl StartProblem {
    fn detail(self) -> String {
        match self {
            StartProblem::SignIn(d) | StartProblem::Setup(d) => d,
        }
    }
}

fn runtime() -> tokio::runtime::Handle {
    tauri::async_runtime::handle().inner().clone()
}

impl SyncSlot {
    fn lock_running(&self) -> std::sync::MutexGuard<'_, Option<SyncHandle>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn demo(&self) -> Option<Arc<DemoCrm>> {
        self.demo.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Start the demo's CRM if it is not running yet (its address changes each start).
    pub async fn ensure_demo(&self) -> Result<Arc<DemoCrm>> {
        if let Some(d) = self.demo() {
            return Ok(d);
        }
        let crm = Arc::new(DemoCrm::start(chrono::Utc::now()).await?);
        *self.demo.lock().unwrap_or_else(|p| p.into_inner()) = Some(crm.clone());
        Ok(crm)
    }

    /// (Re)start the loop for `settings` with `secret`.
    pub fn start(
        &self,
        app: &AppHandle,
        store: Arc<Mutex<Store>>,
        settings: ConnectionSettings,
        secret: String,
        mapping: CrmMapping,
    ) {
        let (status_app, changed_app) = (app.clone(), app.clone());
        let events = SyncEvents {
            status: Box::new(move |s: &SyncStatus| {
                let _ = status_app.emit(SYNC_STATUS, s);
            }),
            cases_changed: Box::new(move || {
                let _ = changed_app.emit(CASES_CHANGED, ());
            }),
        };
        let handle = SyncHandle::spawn(
            &runtime(),
            store,
            settings,
            secret,
            mapping.http(),
            mapping,
            events,
        );
        *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = None;
        *self.lock_running() = Some(handle);
    }

    /// Start syncing with whatever the workspace has saved (at startup).
    pub async fn resume_saved(
        &self,
        app: &AppHandle,
        store: Arc<Mutex<Store>>,
        data_dir: &std::path::Path,
    ) -> Result<()> {
        let saved = {
            let s = store.lock().unwrap_or_else(|p| p.into_inner());
            connection::saved(&s)?
        };
        let Some(settings) = saved else {
            return Ok(());
        };
        if settings.kind == CrmKind::Demo {
            let demo = self.ensure_demo().await?;
            let settings = demo.settings();
            connection::remember(
                &mut store.lock().unwrap_or_else(|p| p.into_inner()),
                Some(&settings),
            )?;
            self.start(app, store, settings, demo.secret(), DemoCrm::mapping());
            return Ok(());
        }
        let mapping = match CrmMapping::load(data_dir) {
            Ok(m) => m,
            Err(e) => {
                self.set_problem(StartProblem::Setup(e.to_string()));
                return Ok(());
            }
        };
        match credentials::load_secret(&settings) {
            Ok(Some(secret)) => self.start(app, store, settings, secret, mapping),
            Ok(None) => self.set_problem(StartProblem::SignIn(
                "sign in again: no saved password or token".into(),
            )),
            Err(e) => self.set_problem(StartProblem::Setup(e.to_string())),
        }
        Ok(())
    }

    fn set_problem(&self, problem: StartProblem) {
        *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = Some(problem);
    }

    /// The connection the loop is signed in with (`None` when none is set up or it
    /// cannot be reached).
    pub fn connection(&self) -> Option<Arc<polydesk_sync::CrmConnection>> {
        self.lock_running().as_ref().and_then(|h| h.connection())
    }

    pub fn stop(&self) {
        if let Some(handle) = self.lock_running().take() {
            handle.cancel();
        }
    }

    pub fn wake(&self) {
        if let Some(h) = self.lock_running().as_ref() {
            h.wake();
        }
    }

    pub fn set_paused(&self, paused: bool) -> Result<()> {
        match self.lock_running().as_ref() {
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
        if let Some(h) = self.lock_running().as_ref() {
            return h.status();
        }
        let problem = self
            .problem
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        SyncStatus {
            state: match (saved, &problem) {
                (Some(_), Some(StartProblem::SignIn(_))) => SyncState::SignInRequired,
                (Some(_), Some(StartProblem::Setup(_))) => SyncState::CannotStart,
                _ => SyncState::NotConfigured,
            },
            crm: saved.map(|s| s.kind),
            agent: None,
            last_sync: None,
            pending: counts.waiting,
            needs_attention: counts.needs_attention,
            last_error: problem.map(StartProblem::detail),
        }
    }
}
