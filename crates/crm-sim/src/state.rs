//! The running desk's shared state, and [`SimHandle`], the way tests and the demo reach
//! into it (edit as a colleague, move the clock, swap the fault plan, read counters).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Mutex;

use crate::dice::{Decision, Injector, RequestClass};
use crate::faults::FaultPlan;
use crate::model::Role;
use crate::rate::RateWindows;
use crate::store::Store;

pub use crate::change::ColleagueEdit;

/// Counters of what the desk saw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimStats {
    /// API requests per endpoint kind (`incremental_tickets`, `ticket_update`, ...),
    /// whether or not they succeeded.
    pub requests: BTreeMap<String, u64>,
    /// Ticket updates applied through the API.
    pub applied_updates: u64,
    /// Ticket merges applied through the API (each source ticket counts once).
    #[serde(default)]
    pub merges: u64,
    /// Edits made by simulated colleagues.
    pub colleague_edits: u64,
    /// Faults injected, per kind.
    pub faults: BTreeMap<String, u64>,
}

/// Everything a request handler needs.
#[derive(Debug)]
pub struct SimState {
    pub store: Mutex<Store>,
    pub injector: Mutex<Injector>,
    pub stats: Mutex<SimStats>,
    pub rate: Mutex<RateWindows>,
    pub email: String,
    pub token: String,
    pub role: Role,
    pub search_lag: Duration,
    pub export_hold_back: Duration,
    pub data_seed: u64,
}

impl SimState {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        store: Store,
        plan: FaultPlan,
        email: String,
        token: String,
        role: Role,
        search_lag: Duration,
        export_hold_back: Duration,
        data_seed: u64,
    ) -> Self {
        SimState {
            store: Mutex::new(store),
            injector: Mutex::new(Injector::new(plan, data_seed)),
            stats: Mutex::new(SimStats::default()),
            rate: Mutex::new(RateWindows::new()),
            email,
            token,
            role,
            search_lag,
            export_hold_back,
            data_seed,
        }
    }

    pub async fn decide(&self, class: RequestClass) -> Decision {
        self.injector.lock().await.decide(class)
    }

    pub async fn count_request(&self, kind: &str) {
        *self
            .stats
            .lock()
            .await
            .requests
            .entry(kind.to_string())
            .or_default() += 1;
    }

    pub async fn count_fault(&self, kind: &str) {
        *self
            .stats
            .lock()
            .await
            .faults
            .entry(kind.to_string())
            .or_default() += 1;
    }

    /// A colleague's edit, counted.
    pub async fn colleague_edit(&self, ticket_id: u64, edit: &ColleagueEdit) -> Option<Value> {
        let ticket = self.store.lock().await.colleague_edit(ticket_id, edit);
        if ticket.is_some() {
            self.stats.lock().await.colleague_edits += 1;
        }
        ticket
    }
}

/// A handle on a running desk (cheap to clone).
#[derive(Debug, Clone)]
pub struct SimHandle {
    pub(crate) state: Arc<SimState>,
}

impl SimHandle {
    /// Replace the fault plan; its dice start afresh from the plan's seed.
    pub async fn set_faults(&self, plan: FaultPlan) {
        *self.state.injector.lock().await = Injector::new(plan, self.state.data_seed);
    }

    /// The fault plan in force.
    pub async fn faults(&self) -> FaultPlan {
        self.state.injector.lock().await.plan().clone()
    }

    /// Another agent edits case `ticket_id` (bumping its `updated_at`): the ticket as
    /// JSON, or `None` if the case is missing, deleted or closed.
    pub async fn colleague_edit(&self, ticket_id: u64, edit: ColleagueEdit) -> Option<Value> {
        self.state.colleague_edit(ticket_id, &edit).await
    }

    /// Move the server clock forward by `secs` (it never goes back).
    pub async fn advance(&self, secs: i64) {
        self.state.store.lock().await.clock.advance(secs);
    }

    /// The server clock.
    pub async fn now(&self) -> DateTime<Utc> {
        let now = self.state.store.lock().await.clock.now();
        DateTime::from_timestamp(now, 0).unwrap_or_default()
    }

    /// Case `id` as the API shows it with its SLA (deleted cases included, with status
    /// `deleted`).
    pub async fn ticket(&self, id: u64) -> Option<Value> {
        let store = self.state.store.lock().await;
        store
            .tickets
            .get(&id)
            .map(|t| t.to_json_including(&store.base_url, true))
    }

    /// Every case id, ascending.
    pub async fn ticket_ids(&self) -> Vec<u64> {
        self.state
            .store
            .lock()
            .await
            .tickets
            .keys()
            .copied()
            .collect()
    }

    /// The thread of case `id`, oldest first (empty if the case is unknown).
    pub async fn comments(&self, id: u64) -> Vec<Value> {
        let store = self.state.store.lock().await;
        let comments = store
            .comments
            .get(&id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        comments.iter().map(|c| c.to_json()).collect()
    }

    /// The change log of case `id`, oldest first.
    pub async fn audits(&self, id: u64) -> Vec<Value> {
        let store = self.state.store.lock().await;
        let audits = store.audits.get(&id).map(Vec::as_slice).unwrap_or_default();
        audits.iter().map(|a| a.to_json()).collect()
    }

    /// The authenticated agent's user id.
    pub async fn me(&self) -> u64 {
        self.state.store.lock().await.me
    }

    /// Delete case `id`: the API answers 404 for it and exports show it `deleted`.
    pub async fn delete_ticket(&self, id: u64) -> bool {
        self.state.store.lock().await.delete(id)
    }

    /// What the desk has seen so far.
    pub async fn stats(&self) -> SimStats {
        self.state.stats.lock().await.clone()
    }
}
