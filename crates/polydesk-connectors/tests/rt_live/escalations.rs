//! An escalation's round trip through Request Tracker between two agents' caches: agent A
//! escalates (the queue moves, the priority follows the severity, the tags custom field
//! carries the state, a comment carries the reason and the due time); agent B's cache
//! rebuilds the same open escalation from what it pulls; B resolves it with an outcome;
//! A sees it resolved. Each step reaches RT once.

use chrono::{Duration, SubsecRound, Utc};
use polydesk_connectors::rt::case_id;
use polydesk_core::escalation::{EscalationState, RiskFlag, Severity};
use polydesk_core::store::Escalation;
use serde_json::Value;

use crate::rt_support::{peer, rita, serial, store, sync, Colleague};

fn tags(ticket: &Value) -> Vec<String> {
    ticket["CustomFields"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["name"] == "Tags")
        .and_then(|f| f["values"].as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect()
}

#[tokio::test]
async fn an_escalation_round_trips_through_rt_between_two_agents_caches() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let (_a_dir, a, id) = crate::own_ticket(&rt, &colleague, "Saque travado há uma semana").await;
    let (_b_dir, b) = store();
    sync(&b, &rt).await;

    let due = (Utc::now() + Duration::hours(4)).trunc_subsecs(0);
    let escalation = Escalation {
        case_id: case_id(id),
        group: "Payments".into(),
        priority: None,
        reason: "O criador ameaça ir ao Procon; o banco devolveu o saque.".into(),
        severity: Some(Severity::High),
        risks: Some(vec![RiskFlag::Legal]),
        due_at: Some(due),
    };
    let opened = a
        .lock()
        .unwrap()
        .queue_escalation(&escalation, "rita", Utc::now())
        .unwrap()
        .body_text;
    assert!(opened.starts_with("Escalated to Payments"), "{opened}");
    let r = sync(&a, &rt).await;
    assert_eq!((r.pushed, r.left_unsent), (2, 0), "{r:?}");
    let ticket = colleague.ticket(id).await;
    assert_eq!(ticket["Queue"]["Name"], "Payments", "{ticket}");
    for tag in ["escalated", "severity-high", "risk-legal"] {
        assert!(tags(&ticket).contains(&tag.to_string()), "{tag}: {ticket}");
    }
    assert_eq!(colleague.count_messages(id, "Comment", &opened).await, 1);

    sync(&b, &rt).await;
    let seen = b
        .lock()
        .unwrap()
        .open_escalation(&case_id(id))
        .unwrap()
        .expect("agent B's cache shows the open escalation");
    assert_eq!(
        (
            seen.team.as_str(),
            seen.severity,
            seen.due_at,
            seen.risks.clone()
        ),
        ("Payments", Severity::High, Some(due), vec![RiskFlag::Legal])
    );

    let resolved = b
        .lock()
        .unwrap()
        .resolve_escalation(
            &seen.id,
            "Payments liberou o saque; criador avisado.",
            "rita",
            Utc::now(),
        )
        .unwrap()
        .body_text;
    let r = sync(&b, &rt).await;
    assert_eq!(r.left_unsent, 0, "{r:?}");
    assert!(tags(&colleague.ticket(id).await).contains(&"escalation-resolved".to_string()));
    assert_eq!(colleague.count_messages(id, "Comment", &resolved).await, 1);

    sync(&a, &rt).await;
    let back = a.lock().unwrap().case_escalations(&case_id(id)).unwrap();
    assert_eq!(back.len(), 1, "{back:?}");
    assert_eq!(back[0].state, EscalationState::Resolved);
    assert_eq!(
        back[0].outcome.as_deref(),
        Some("Payments liberou o saque; criador avisado.")
    );
    // Nothing went twice.
    assert_eq!(colleague.count_messages(id, "Comment", &opened).await, 1);
    assert_eq!(colleague.count_messages(id, "Comment", &resolved).await, 1);
}
