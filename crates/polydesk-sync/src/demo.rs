//! The demo workspace's CRM: the simulated Zendesk desk, in-process on 127.0.0.1,
//! seeded with the same 320 multilingual cases as the demo cache. The app syncs with
//! it like with any CRM, so a new user sees sync, offline and conflicts working — and
//! can take it off the network or have a colleague edit a case.

use crate::status::{ConnectionSettings, CrmKind};
use chrono::{DateTime, Utc};
use crm_sim::{ColleagueEdit, RunningSim, SimConfig};

/// How long the demo's desk holds a change back from its export, in seconds.
const HOLD_BACK_SECS: i64 = 1;

pub struct DemoCrm {
    sim: RunningSim,
    email: String,
    token: String,
}

impl DemoCrm {
    /// Start the desk with the demo inbox as of `now`.
    pub async fn start(now: DateTime<Utc>) -> std::io::Result<DemoCrm> {
        let config = SimConfig {
            now: DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now),
            // Zendesk holds a change back from its export for a minute, so that nothing
            // can change in a second the export has already passed; the demo holds back
            // one second (see `colleague_edit`).
            export_hold_back: std::time::Duration::from_secs(HOLD_BACK_SECS as u64),
            ..SimConfig::default()
        };
        let (email, token) = (config.email.clone(), config.token.clone());
        let sim = crm_sim::start(config).await?;
        Ok(DemoCrm { sim, email, token })
    }

    /// How to connect to it (the address changes with every start).
    pub fn settings(&self) -> ConnectionSettings {
        ConnectionSettings {
            kind: CrmKind::Demo,
            url: self.sim.base_url.clone(),
            user: Some(self.email.clone()),
        }
    }

    /// How the desk's fields read: its order-id field becomes the case's `order_id`.
    pub fn mapping() -> crate::mapping::CrmMapping {
        let mut mapping = crate::mapping::CrmMapping::default();
        mapping
            .zendesk
            .custom_fields
            .insert(crm_sim::ORDER_ID_FIELD.to_string(), "order_id".into());
        mapping
    }

    /// The desk's API token (a fixed, public demo value: no keychain involved).
    pub fn secret(&self) -> String {
        self.token.clone()
    }

    /// Take the desk off the network, or put it back.
    pub async fn set_reachable(&self, reachable: bool) {
        self.sim.set_reachable(reachable).await;
    }

    /// Make the desk misbehave as `plan` says (for tests: rate limits, refusals, broken
    /// answers), or behave again with an empty plan.
    pub async fn set_faults(&self, plan: crm_sim::FaultPlan) {
        self.sim.state().set_faults(plan).await;
    }

    /// The comments of ticket `id` as the desk has them (for checks).
    pub async fn comments(&self, id: u64) -> Vec<serde_json::Value> {
        self.sim.state().comments(id).await
    }

    /// Ticket `id` as the desk has it (for checks).
    pub async fn ticket(&self, id: u64) -> Option<serde_json::Value> {
        self.sim.state().ticket(id).await
    }

    /// A colleague moves case `crm_id` on behind the agent's back: puts it on pending,
    /// changes its priority (to urgent, or to high when it already was), and leaves an
    /// internal note. False when the case cannot be edited (unknown, closed).
    pub async fn colleague_edit(&self, crm_id: &str) -> bool {
        let Ok(id) = crm_id.parse::<u64>() else {
            return false;
        };
        let urgent = self
            .ticket(id)
            .await
            .is_some_and(|t| t["priority"].as_str() == Some("urgent"));
        let edit = ColleagueEdit {
            status: Some("pending".into()),
            comment: Some(
                "Checked with the payments team; waiting for the customer's bank.".into(),
            ),
            tags: None,
            priority: Some(if urgent { "high" } else { "urgent" }.into()),
        };
        let edited = self.sim.state().colleague_edit(id, edit).await.is_some();
        // The desk's clock moves past the hold-back, so the next sync brings the edit at
        // once instead of a period later (and nothing can change in a second it exported).
        self.sim.state().advance(HOLD_BACK_SECS).await;
        edited
    }
}

impl DemoCrm {
    /// The first sync of a new demo workspace: returns once the desk's cases are in
    /// the cache (how many were written).
    pub async fn fill(
        &self,
        store: &std::sync::Mutex<polydesk_core::store::Store>,
    ) -> polydesk_core::Result<usize> {
        let http = polydesk_connectors::http::HttpSettings::default();
        let crm = crate::connection::connect_mapped(
            &self.settings(),
            &self.secret(),
            &http,
            &Self::mapping(),
        )
        .await
        .map_err(polydesk_core::CoreError::Crm)?;
        let opts = crate::engine::SyncOptions {
            ignore_backoff: true,
            now: Utc::now(),
        };
        let report = crate::engine::sync_once(store, &crm, &opts).await?;
        let mut s = store.lock().unwrap_or_else(|p| p.into_inner());
        s.set_setting(polydesk_core::store::setting::AGENT_NAME, &crm.agent().name)?;
        crate::connection::remember(&mut s, Some(&self.settings()))?;
        Ok(report.cases_changed)
    }
}
