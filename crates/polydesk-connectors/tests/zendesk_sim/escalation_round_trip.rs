//! An escalation's round trip between two agents' caches through the CRM simulator:
//! agent A escalates offline and syncs when back; agent B's cache shows the open
//! escalation with its severity and due time; B resolves it with an outcome; A sees it
//! resolved. Each step reaches the CRM exactly once, in Zendesk's terms.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{SubsecRound, Utc};
use crm_sim::{Role, RunningSim, SimConfig};
use polydesk_connectors::zendesk::{case_id, Zendesk};
use polydesk_core::escalation::{EscalationState, RiskFlag, Severity};
use polydesk_core::store::{Escalation, Store};
use polydesk_sync::SyncReport;

use crate::support::{connect, unescalated_open_tickets};

async fn sync(store: &Mutex<Store>, zd: &Zendesk) -> SyncReport {
    let report = crate::support::sync(store, zd).await;
    assert!(report.completed(), "{report:?}");
    report
}

fn cache() -> (tempfile::TempDir, Mutex<Store>) {
    crate::support::store()
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

/// The team's Zendesk field for escalation due times (see `crm-mapping.toml`).
const DUE_FIELD_ID: u64 = 360_077;

/// The value the desk's ticket holds in field `id`.
async fn field(sim: &RunningSim, ticket: u64, id: u64) -> serde_json::Value {
    let crm = sim.state().ticket(ticket).await.unwrap();
    crm["custom_fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .map_or(serde_json::Value::Null, |f| f["value"].clone())
}

#[tokio::test]
async fn a_mapped_field_carries_the_due_time_both_ways() {
    let sim = crm_sim::start(SimConfig {
        cases: 20,
        role: Role::Admin,
        export_hold_back: Duration::ZERO,
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let mapped = connect(&sim)
        .await
        .with_custom_fields([(DUE_FIELD_ID, "escalation_due".to_string())].into());
    let unmapped = connect(&sim).await;
    let (_dir, cache_a) = cache();
    sync(&cache_a, &mapped).await;
    let ticket = *unescalated_open_tickets(&sim)
        .await
        .first()
        .expect("an open ticket");
    let id = case_id(ticket);
    let due = (Utc::now() + chrono::Duration::hours(4)).trunc_subsecs(0);
    let text = |d: chrono::DateTime<Utc>| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    cache_a
        .lock()
        .unwrap()
        .queue_escalation(
            &Escalation {
                case_id: id.clone(),
                group: "Payments".into(),
                priority: None,
                reason: "Saque devolvido pelo banco".into(),
                severity: Some(Severity::High),
                risks: None,
                due_at: Some(due),
            },
            "Rita Lin",
            Utc::now(),
        )
        .unwrap();
    sync(&cache_a, &mapped).await;
    assert_eq!(field(&sim, ticket, DUE_FIELD_ID).await, text(due));

    // A colleague moves the due time in Zendesk's field: the cache follows the field.
    let moved = due + chrono::Duration::hours(20);
    let answer = reqwest::Client::new()
        .put(format!("{}/api/v2/tickets/{ticket}.json", sim.base_url))
        .basic_auth("rita.lin@example.com/token", Some("sim-token"))
        .json(&serde_json::json!({ "ticket": {
            "custom_fields": [{ "id": DUE_FIELD_ID, "value": text(moved) }] } }))
        .send()
        .await
        .unwrap();
    assert!(answer.status().is_success(), "{answer:?}");
    sync(&cache_a, &mapped).await;
    let open = cache_a
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .unwrap();
    assert_eq!(
        open.due_at,
        Some(moved),
        "the CRM's field wins over the older note"
    );

    // A follow-up queued here wins until it is sent, then the field says the same.
    let next = due + chrono::Duration::hours(30);
    let follow_up = polydesk_core::store::FollowUp {
        case_id: id.clone(),
        note: "Cobrei o time de pagamentos".into(),
        due_at: next,
    };
    cache_a
        .lock()
        .unwrap()
        .follow_up_escalation(&follow_up, "Rita Lin", Utc::now())
        .unwrap();
    let queued = cache_a
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .unwrap();
    assert_eq!(queued.due_at, Some(next));
    sync(&cache_a, &mapped).await;
    assert_eq!(field(&sim, ticket, DUE_FIELD_ID).await, text(next));
    sync(&cache_a, &mapped).await;
    let synced = cache_a
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .unwrap();
    assert_eq!(synced.due_at, Some(next));

    // A team without the field: the note alone carries the due time; no field is written.
    let (_dir_b, cache_b) = cache();
    sync(&cache_b, &unmapped).await;
    let later = due + chrono::Duration::hours(40);
    cache_b
        .lock()
        .unwrap()
        .follow_up_escalation(
            &polydesk_core::store::FollowUp {
                due_at: later,
                ..follow_up
            },
            "Ana Souza",
            Utc::now(),
        )
        .unwrap();
    let updates = sim.state().stats().await.applied_updates;
    let report = sync(&cache_b, &unmapped).await;
    assert_eq!((report.pushed, report.left_unsent), (2, 0), "{report:?}");
    assert_eq!(
        sim.state().stats().await.applied_updates,
        updates + 1,
        "the note only: the field change asks nothing of the desk"
    );
    assert_eq!(field(&sim, ticket, DUE_FIELD_ID).await, text(next));
    let seen_by_b = cache_b
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .unwrap();
    assert_eq!(seen_by_b.due_at, Some(later), "the newer note");

    // Resolving clears the field.
    let open = cache_a
        .lock()
        .unwrap()
        .open_escalation(&id)
        .unwrap()
        .unwrap();
    sync(&cache_a, &mapped).await;
    cache_a
        .lock()
        .unwrap()
        .resolve_escalation(&open.id, "Saque reenviado", "Rita Lin", Utc::now())
        .unwrap();
    sync(&cache_a, &mapped).await;
    assert_eq!(
        field(&sim, ticket, DUE_FIELD_ID).await,
        serde_json::Value::Null
    );
}
