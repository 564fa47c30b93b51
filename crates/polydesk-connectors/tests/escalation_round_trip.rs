//! An escalation's round trip between two agents' caches through the CRM simulator:
//! agent A escalates offline and syncs when back; agent B's cache shows the open
//! escalation with its severity and due time; B resolves it with an outcome; A sees it
//! resolved. Each step reaches the CRM exactly once, in Zendesk's terms.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{SubsecRound, Utc};
use crm_sim::{Role, RunningSim, SimConfig};
use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::zendesk::{case_id, Zendesk, ZendeskAuth};
use polydesk_core::escalation::{EscalationState, RiskFlag, Severity};
use polydesk_core::store::{Escalation, Store};
use polydesk_sync::{sync_once, SyncOptions, SyncReport};

async fn connect(sim: &RunningSim) -> Zendesk {
    let auth = ZendeskAuth::ApiToken {
        email: "rita.lin@example.com".into(),
        token: "sim-token".into(),
    };
    let settings = HttpSettings {
        timeout: Duration::from_secs(2),
        ..HttpSettings::default()
    };
    Zendesk::connect(&sim.base_url, auth, &settings)
        .await
        .unwrap()
}

async fn sync(store: &Mutex<Store>, zd: &Zendesk) -> SyncReport {
    let opts = SyncOptions {
        ignore_backoff: true,
        now: Utc::now(),
    };
    let report = sync_once(store, zd, &opts).await.unwrap();
    assert!(report.completed(), "{report:?}");
    report
}

fn cache() -> (tempfile::TempDir, Mutex<Store>) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, Mutex::new(store))
}

async fn notes_starting(sim: &RunningSim, ticket: u64, start: &str) -> usize {
    sim.state()
        .comments(ticket)
        .await
        .iter()
        .filter(|c| c["public"] == false && c["body"].as_str().unwrap_or("").starts_with(start))
        .count()
}

#[tokio::test]
async fn an_escalation_opened_offline_by_one_agent_is_resolved_by_another() {
    let sim = crm_sim::start(SimConfig {
        cases: 30,
        role: Role::Admin,
        // A colleague's change shows in the export at once (Zendesk: within a minute).
        export_hold_back: Duration::ZERO,
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let zd = connect(&sim).await;
    let (_a_dir, a) = cache();
    let (_b_dir, b) = cache();
    sync(&a, &zd).await;
    sync(&b, &zd).await;
    let mut ticket = None;
    for id in sim.state().ticket_ids().await {
        let status = sim.state().ticket(id).await.unwrap()["status"].clone();
        if status == "open" || status == "new" {
            ticket = Some(id);
            break;
        }
    }
    let ticket = ticket.expect("an open ticket");
    let id = case_id(ticket);
    let team = a.lock().unwrap().known_groups_and_assignees().unwrap().0[0].clone();
    let due = (Utc::now() + chrono::Duration::hours(4)).trunc_subsecs(0);

    // Agent A, offline: nothing but the cache.
    a.lock()
        .unwrap()
        .queue_escalation(
            &Escalation {
                case_id: id.clone(),
                group: team.clone(),
                priority: None,
                reason: "O advogado do criador escreveu sobre o pagamento".into(),
                severity: Some(Severity::Critical),
                risks: Some(vec![RiskFlag::Legal]),
                due_at: Some(due),
            },
            "Rita Lin",
            Utc::now(),
        )
        .unwrap();
    let report = sync(&a, &zd).await;
    assert_eq!((report.pushed, report.left_unsent), (2, 0), "{report:?}");
    let crm = sim.state().ticket(ticket).await.unwrap();
    assert_eq!(crm["priority"], "urgent");
    let tags: Vec<&str> = crm["tags"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    for tag in ["escalated", "severity-critical", "risk-legal"] {
        assert!(tags.contains(&tag), "{tag}: {tags:?}");
    }

    // Agent B sees it open, with its severity and due time.
    sync(&b, &zd).await;
    let open = b
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .expect("open in B's cache");
    assert_eq!(
        (open.severity, open.team.as_str()),
        (Severity::Critical, team.as_str())
    );
    assert_eq!(open.due_at, Some(due));
    assert_eq!(open.risks, vec![RiskFlag::Legal]);
    assert_eq!(open.created_by, "Rita Lin");

    // B resolves it; A sees it resolved.
    b.lock()
        .unwrap()
        .resolve_escalation(
            &open.id,
            "Pagamento liberado; criador avisado",
            "Ana Souza",
            Utc::now(),
        )
        .unwrap();
    let report = sync(&b, &zd).await;
    assert_eq!((report.pushed, report.left_unsent), (2, 0), "{report:?}");
    sync(&a, &zd).await;
    let seen_by_a = a.lock().unwrap().case_escalations(&id).unwrap();
    assert_eq!(seen_by_a.len(), 1, "{seen_by_a:?}");
    assert_eq!(seen_by_a[0].state, EscalationState::Resolved);
    assert_eq!(
        seen_by_a[0].outcome.as_deref(),
        Some("Pagamento liberado; criador avisado")
    );
    assert!(!a
        .lock()
        .unwrap()
        .list_escalations(true)
        .unwrap()
        .iter()
        .any(|e| e.case_id == id));

    // Each step reached the CRM once.
    assert_eq!(notes_starting(&sim, ticket, "Escalated to ").await, 1);
    assert_eq!(notes_starting(&sim, ticket, "Escalation resolved").await, 1);
    sync(&a, &zd).await;
    sync(&b, &zd).await;
    assert_eq!(notes_starting(&sim, ticket, "Escalated to ").await, 1);
    assert_eq!(notes_starting(&sim, ticket, "Escalation resolved").await, 1);
}
