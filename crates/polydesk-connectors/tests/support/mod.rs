//! What the tests against the CRM simulator share: a desk, a connector to it, a cache
//! and one sync.
#![allow(dead_code)]

use std::sync::Mutex;
use std::time::Duration;

use chrono::Utc;
use crm_sim::{Role, RunningSim, SimConfig};
use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::zendesk::{Zendesk, ZendeskAuth};
use polydesk_core::store::Store;
use polydesk_sync::{sync_once, SyncOptions, SyncReport};

pub const CASES: usize = 40;

pub async fn sim(role: Role) -> RunningSim {
    crm_sim::start(SimConfig {
        cases: CASES,
        role,
        ..SimConfig::default()
    })
    .await
    .unwrap()
}

pub fn settings() -> HttpSettings {
    HttpSettings {
        timeout: Duration::from_secs(2),
        ..HttpSettings::default()
    }
}

pub async fn connect(sim: &RunningSim) -> Zendesk {
    let auth = ZendeskAuth::ApiToken {
        email: "rita.lin@example.com".into(),
        token: "sim-token".into(),
    };
    Zendesk::connect(&sim.base_url, auth, &settings())
        .await
        .unwrap()
}

pub async fn sync(store: &Mutex<Store>, zd: &Zendesk) -> SyncReport {
    sync_once(
        store,
        zd,
        &SyncOptions {
            ignore_backoff: true,
            now: Utc::now(),
        },
    )
    .await
    .unwrap()
}

pub fn store() -> (tempfile::TempDir, Mutex<Store>) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, Mutex::new(store))
}

/// The desk's tickets that are neither solved nor closed and carry no escalation.
pub async fn unescalated_open_tickets(sim: &RunningSim) -> Vec<u64> {
    let mut open = Vec::new();
    for id in sim.state().ticket_ids().await {
        let ticket = sim.state().ticket(id).await.unwrap();
        let escalated = ticket["tags"]
            .as_array()
            .is_some_and(|tags| tags.iter().any(|t| t == "escalated"));
        let unsolved = matches!(
            ticket["status"].as_str(),
            Some("new" | "open" | "pending" | "hold")
        );
        if unsolved && !escalated {
            open.push(id);
        }
    }
    open
}
