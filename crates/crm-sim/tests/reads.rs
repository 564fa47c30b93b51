//! Signing in and reading cases, threads, users and groups.

mod common;

use common::{ids, Bench, CASES};
use reqwest::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn wrong_or_missing_credentials_get_401() {
    let bench = Bench::default().await;
    let url = bench.url("/api/v2/users/me.json");
    let attempts = [
        bench.client.get(&url),
        bench
            .client
            .get(&url)
            .basic_auth("rita.lin@example.com/token", Some("wrong")),
        bench
            .client
            .get(&url)
            .basic_auth("someone@example.com/token", Some("sim-token")),
        bench
            .client
            .get(&url)
            .basic_auth("rita.lin@example.com", Some("sim-token")),
        bench.client.get(&url).bearer_auth("nope"),
    ];
    for attempt in attempts {
        let response = attempt.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"], "Couldn't authenticate you");
    }
    let bearer = bench
        .client
        .get(&url)
        .bearer_auth("sim-token")
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.status(), StatusCode::OK);
    bench.sim.shutdown().await;
}

#[tokio::test]
async fn me_is_rita_as_admin_with_rate_limit_headers() {
    let bench = Bench::start(crm_sim::SimConfig {
        faults: "rate-limit:700".parse().unwrap(),
        ..common::config()
    })
    .await;
    let response = bench.get("/api/v2/users/me.json").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.headers()["x-rate-limit"], "700");
    let remaining: u64 = response.headers()["x-rate-limit-remaining"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(remaining < 700);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["user"]["name"], "Rita Lin");
    assert_eq!(body["user"]["email"], "rita.lin@example.com");
    assert_eq!(body["user"]["role"], "admin");
    assert_eq!(
        body["user"]["id"].as_u64(),
        Some(bench.sim.state().me().await)
    );
}

#[tokio::test]
async fn a_ticket_reads_like_zendesk() {
    let bench = Bench::default().await;
    let body = bench.get_json("/api/v2/tickets/1001.json").await;
    let ticket = &body["ticket"];
    assert_eq!(ticket["id"], 1001);
    let status = ticket["status"].as_str().unwrap();
    assert!(["new", "open", "pending", "hold", "solved", "closed"].contains(&status));
    let updated = ticket["updated_at"].as_str().unwrap();
    assert!(updated.ends_with('Z') && updated.len() == 20, "{updated}");
    assert_eq!(ticket["custom_fields"][0]["id"], crm_sim::ORDER_ID_FIELD);
    let requester = ticket["requester_id"].as_u64().unwrap();
    let users = bench
        .get_json(&format!("/api/v2/users/show_many.json?ids={requester},1"))
        .await;
    assert_eq!(ids(&users["users"]), vec![requester]);
    assert_eq!(users["users"][0]["role"], "end-user");
    assert!(users["users"][0]["locale"].as_str().unwrap().contains('-'));

    let missing = bench
        .get("/api/v2/tickets/99999.json")
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        missing.json::<Value>().await.unwrap()["error"],
        "RecordNotFound"
    );
}

#[tokio::test]
async fn every_case_has_its_group_listed() {
    let bench = Bench::default().await;
    let groups = bench.get_json("/api/v2/groups.json").await;
    let group_ids = ids(&groups["groups"]);
    assert!(group_ids.len() >= 2);
    for id in 1001..1001 + CASES as u64 {
        let ticket = bench.sim.state().ticket(id).await.unwrap();
        let group = ticket["group_id"].as_u64().unwrap();
        assert!(
            group_ids.contains(&group),
            "group {group} of {id} not listed"
        );
    }
}

#[tokio::test]
async fn comments_come_oldest_first_in_cursor_pages() {
    let bench = Bench::default().await;
    let state = bench.sim.state();
    let mut longest = (0, 0);
    for id in state.ticket_ids().await {
        longest = longest.max((state.comments(id).await.len(), id));
    }
    let (count, id) = longest;
    assert!(count >= 4, "the demo has long threads");
    let all = bench
        .get_json(&format!("/api/v2/tickets/{id}/comments.json"))
        .await;
    assert_eq!(all["comments"].as_array().unwrap().len(), count);
    let times: Vec<&str> = all["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["created_at"].as_str().unwrap())
        .collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted);
    assert_eq!(all["meta"]["has_more"], false);

    let mut paged = Vec::new();
    let mut page = bench
        .get_json(&format!("/api/v2/tickets/{id}/comments.json?page[size]=2"))
        .await;
    loop {
        paged.extend(ids(&page["comments"]));
        match page["links"]["next"].as_str() {
            Some(next) => page = bench.follow(next).await,
            None => break,
        }
    }
    assert_eq!(paged, ids(&all["comments"]));

    let audits = bench
        .get_json(&format!("/api/v2/tickets/{id}/audits.json"))
        .await;
    let audits = audits["audits"].as_array().unwrap();
    assert_eq!(audits.len(), count);
    assert_eq!(audits[0]["events"][0]["type"], "Comment");
    assert_eq!(audits[0]["id"], all["comments"][0]["audit_id"]);
}
