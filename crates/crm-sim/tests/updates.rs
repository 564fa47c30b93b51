//! Replying to and changing cases, safe updates and colleagues.

mod common;

use common::Bench;
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_reply_adds_a_comment_and_an_audit_carrying_the_metadata() {
    let bench = Bench::default().await;
    let id = bench.open_ticket().await;
    let state = bench.sim.state();
    let comments_before = state.comments(id).await.len();
    let before = state.ticket(id).await.unwrap();
    let body = json!({"ticket": {
        "comment": {"body": "Olá! Já verificamos o seu pedido.", "public": true},
        "status": "pending",
        "tags": ["payout", "polydesk"],
        "safe_update": true,
        "updated_stamp": before["updated_at"],
        "metadata": {"polydesk": {"client_id": "reply-42"}},
    }});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["ticket"]["status"], "pending");
    assert_eq!(answer["ticket"]["tags"], json!(["payout", "polydesk"]));
    assert!(answer["ticket"]["updated_at"].as_str() > before["updated_at"].as_str());
    assert_eq!(
        answer["audit"]["metadata"]["custom"]["polydesk"]["client_id"],
        "reply-42"
    );
    assert_eq!(answer["audit"]["events"][0]["type"], "Comment");

    let comments = bench
        .get_json(&format!("/api/v2/tickets/{id}/comments.json"))
        .await;
    let comments = comments["comments"].as_array().unwrap();
    assert_eq!(comments.len(), comments_before + 1);
    let last = comments.last().unwrap();
    assert_eq!(last["body"], "Olá! Já verificamos o seu pedido.");
    assert_eq!(
        last["html_body"],
        "<p>Olá! Já verificamos o seu pedido.</p>"
    );
    assert_eq!(last["author_id"].as_u64(), Some(state.me().await));
    assert_eq!(last["audit_id"], answer["audit"]["id"]);

    let audits = bench
        .get_json(&format!("/api/v2/tickets/{id}/audits.json"))
        .await;
    let last_audit = audits["audits"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        last_audit["metadata"]["custom"]["polydesk"]["client_id"],
        "reply-42"
    );
    assert_eq!(state.stats().await.applied_updates, 1);
}

#[tokio::test]
async fn a_stale_safe_update_is_refused_and_changes_nothing() {
    let bench = Bench::default().await;
    let id = bench.open_ticket().await;
    let state = bench.sim.state();
    let seen = state.ticket(id).await.unwrap();
    let stamp = seen["updated_at"].clone();
    state
        .colleague_edit(
            id,
            crm_sim::ColleagueEdit {
                status: Some("hold".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let after_colleague = state.ticket(id).await.unwrap();
    let comments = state.comments(id).await.len();

    let body = json!({"ticket": {"comment": {"body": "Resolved!"}, "status": "solved",
        "safe_update": true, "updated_stamp": stamp}});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error"],
        "UpdateConflict"
    );
    assert_eq!(state.ticket(id).await.unwrap(), after_colleague);
    assert_eq!(state.comments(id).await.len(), comments);
    assert_eq!(state.stats().await.applied_updates, 0);

    // With the fresh stamp it goes through.
    let body = json!({"ticket": {"status": "solved", "safe_update": true,
        "updated_stamp": after_colleague["updated_at"]}});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn invalid_changes_get_422_and_change_nothing() {
    let bench = Bench::default().await;
    let id = bench.open_ticket().await;
    let state = bench.sim.state();
    let before = state.ticket(id).await.unwrap();
    let cases = [
        (json!({"ticket": {"comment": {"body": ""}}}), "comment"),
        (
            json!({"ticket": {"comment": {"body": "ok"}, "status": "on-hold"}}),
            "status",
        ),
        (json!({"ticket": {"priority": "critical"}}), "priority"),
        (json!({"ticket": {"assignee_id": 1}}), "assignee_id"),
    ];
    for (body, field) in cases {
        let response = bench
            .put(&format!("/api/v2/tickets/{id}.json"), &body)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}"
        );
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["error"], "RecordInvalid");
        assert!(answer["details"][field].is_array(), "{answer}");
    }
    assert_eq!(state.ticket(id).await.unwrap(), before);
    let missing = bench
        .put(
            "/api/v2/tickets/99999.json",
            &json!({"ticket": {"status": "open"}}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_colleague_control_edits_as_someone_else() {
    let bench = Bench::default().await;
    let id = bench.open_ticket().await;
    let state = bench.sim.state();
    let before = state.ticket(id).await.unwrap();
    let response = bench
        .client
        .post(bench.url("/_sim/colleague-edit"))
        .json(&json!({"ticket_id": id, "status": "pending", "comment": "Called the customer.", "tags": ["called"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let after = state.ticket(id).await.unwrap();
    assert_eq!(after["status"], "pending");
    assert!(after["tags"].as_array().unwrap().contains(&json!("called")));
    assert!(after["updated_at"].as_str() > before["updated_at"].as_str());
    let note = state.comments(id).await.last().unwrap().clone();
    assert_eq!(note["public"], false);
    assert_eq!(note["body"], "Called the customer.");
    assert_ne!(note["author_id"].as_u64(), Some(state.me().await));

    let advanced: Value = bench
        .client
        .post(bench.url("/_sim/advance"))
        .json(&json!({"seconds": 3600}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(advanced["now"].as_str().unwrap().ends_with('Z'));
    let stats: Value = bench
        .client
        .get(bench.url("/_sim/stats"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["colleague_edits"], 1);
}
