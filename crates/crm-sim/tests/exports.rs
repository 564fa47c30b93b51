//! Finding changed cases: the incremental export (admins) and the search export (agents).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::{config, ids, Bench, CASES};
use crm_sim::{ColleagueEdit, Role, SimConfig};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// Before every demo case was opened (they are at most 30 days old).
fn long_ago() -> i64 {
    chrono::Utc::now().timestamp() - 90 * 24 * 3600
}

#[tokio::test]
async fn the_incremental_export_pages_every_case_exactly_once_with_its_people() {
    let bench = Bench::default().await;
    let pages = bench.export_all(long_ago(), 50).await;
    assert_eq!(pages.len(), CASES.div_ceil(50));
    let mut seen: BTreeMap<u64, usize> = BTreeMap::new();
    let mut last = (0, 0);
    for page in &pages {
        let tickets = page["tickets"].as_array().unwrap();
        assert!(tickets.len() <= 50);
        let users: BTreeSet<u64> = ids(&page["users"]).into_iter().collect();
        for ticket in tickets {
            let id = ticket["id"].as_u64().unwrap();
            *seen.entry(id).or_default() += 1;
            let order = (ticket["generated_timestamp"].as_i64().unwrap(), id);
            assert!(order > last, "out of order at {id}");
            last = order;
            assert!(users.contains(&ticket["requester_id"].as_u64().unwrap()));
            if let Some(assignee) = ticket["assignee_id"].as_u64() {
                assert!(users.contains(&assignee), "assignee of {id} not sideloaded");
            }
        }
    }
    assert_eq!(seen.len(), CASES);
    assert!(
        seen.values().all(|&n| n == 1),
        "some case came twice: {seen:?}"
    );
    assert!(pages.last().unwrap()["after_cursor"].is_string());
}

#[tokio::test]
async fn changes_of_the_last_minute_wait_for_a_later_poll() {
    let bench = Bench::default().await;
    let pages = bench.export_all(long_ago(), 1000).await;
    let cursor_url = pages.last().unwrap()["after_url"]
        .as_str()
        .unwrap()
        .to_string();
    let id = bench.open_ticket().await;
    bench
        .sim
        .state()
        .colleague_edit(id, ColleagueEdit::default())
        .await
        .unwrap();

    let early = bench.follow(&cursor_url).await;
    assert!(
        ids(&early["tickets"]).is_empty(),
        "a change younger than a minute was exported"
    );
    assert_eq!(early["end_of_stream"], true);

    bench.sim.state().advance(61).await;
    let later = bench.follow(&cursor_url).await;
    assert_eq!(ids(&later["tickets"]), vec![id]);
    assert_eq!(
        later["tickets"][0]["status"],
        bench.sim.state().ticket(id).await.unwrap()["status"]
    );

    let now = bench.sim.state().now().await.timestamp();
    let too_recent = bench
        .get(&format!(
            "/api/v2/incremental/tickets/cursor.json?start_time={}",
            now - 10
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(too_recent.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn deleted_cases_show_as_deleted_in_the_export_only() {
    let bench = Bench::default().await;
    let state = bench.sim.state();
    assert!(state.delete_ticket(1005).await);
    state.advance(120).await;
    let pages = bench.export_all(long_ago(), 1000).await;
    let deleted: Vec<&Value> = pages
        .iter()
        .flat_map(|p| p["tickets"].as_array().unwrap())
        .filter(|t| t["id"] == 1005)
        .collect();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0]["status"], "deleted");
    let gone = bench.get("/api/v2/tickets/1005.json").send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_export_reports_its_own_rate_limit() {
    let bench = Bench::start(SimConfig {
        faults: "export-limit:10".parse().unwrap(),
        ..config()
    })
    .await;
    let response = bench
        .get(&format!(
            "/api/v2/incremental/tickets/cursor.json?start_time={}",
            long_ago()
        ))
        .send()
        .await
        .unwrap();
    let header = response.headers()["zendesk-ratelimit-incremental-exports"]
        .to_str()
        .unwrap();
    assert!(
        header.starts_with("total=10; remaining=9; resets="),
        "{header}"
    );
}

async fn agent_bench(lag: Duration) -> Bench {
    Bench::start(SimConfig {
        role: Role::Agent,
        search_lag: lag,
        ..config()
    })
    .await
}

#[tokio::test]
async fn agents_may_not_export_but_may_search_in_pages() {
    let bench = agent_bench(Duration::ZERO).await;
    let me = bench.get_json("/api/v2/users/me.json").await;
    assert_eq!(me["user"]["role"], "agent");
    let refused = bench
        .get(&format!(
            "/api/v2/incremental/tickets/cursor.json?start_time={}",
            long_ago()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(refused.json::<Value>().await.unwrap()["error"], "Forbidden");

    let query = "type:ticket updated>2020-01-01T00:00:00Z";
    let first = format!("/api/v2/search/export?filter[type]=ticket&page[size]=40&query={query}");
    let mut page = bench.get_json(&first).await;
    let mut found = Vec::new();
    let mut stamps = Vec::new();
    loop {
        for result in page["results"].as_array().unwrap() {
            assert_eq!(result["result_type"], "ticket");
            found.push(result["id"].as_u64().unwrap());
            stamps.push((
                result["updated_at"].as_str().unwrap().to_string(),
                result["id"].as_u64().unwrap(),
            ));
        }
        match page["links"]["next"].as_str() {
            Some(next) => {
                assert_eq!(page["meta"]["has_more"], true);
                let cursor = page["meta"]["after_cursor"].as_str().unwrap();
                assert!(
                    next.contains(&format!("page%5Bafter%5D={cursor}")),
                    "{next}"
                );
                page = bench.follow(next).await;
            }
            None => break,
        }
    }
    assert_eq!(found.len(), CASES);
    assert_eq!(found.iter().collect::<BTreeSet<_>>().len(), CASES);
    let mut sorted = stamps.clone();
    sorted.sort();
    assert_eq!(stamps, sorted, "ordered by updated_at, then id");

    let bad = bench
        .get("/api/v2/search/export?filter[type]=user&query=type:user")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_updated_clause_filters_and_the_index_lags() {
    let bench = agent_bench(Duration::from_secs(30)).await;
    let id = bench.open_ticket().await;
    let before = bench
        .sim
        .state()
        .now()
        .await
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    bench.sim.state().advance(5).await;
    let reply = json!({"ticket": {"comment": {"body": "We are on it."}}});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &reply)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    let search =
        format!("/api/v2/search/export?filter[type]=ticket&query=type:ticket%20updated>{before}");
    let lagging = bench.get_json(&search).await;
    assert!(
        ids(&lagging["results"]).is_empty(),
        "the index showed a fresh change"
    );
    bench.sim.state().advance(31).await;
    let caught_up = bench.get_json(&search).await;
    assert_eq!(ids(&caught_up["results"]), vec![id]);
}
