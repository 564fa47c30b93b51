//! Every fault kind, seen from the client's side; SPEC parsing; reproducible dice.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::{config, ids, Bench};
use crm_sim::{FaultKind, FaultPlan, SimConfig};
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn bench_with(spec: &str) -> Bench {
    let faults: FaultPlan = spec.parse().expect("spec parses");
    Bench::start(SimConfig { faults, ..config() }).await
}

fn long_ago() -> i64 {
    chrono::Utc::now().timestamp() - 90 * 24 * 3600
}

#[tokio::test]
async fn rate_limiting_says_when_to_retry_and_applies_nothing() {
    let bench = bench_with("429:7").await;
    let id = bench.open_ticket().await;
    let comments = bench.sim.state().comments(id).await.len();
    let body = json!({"ticket": {"comment": {"body": "hello"}}});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "7");
    assert_eq!(bench.sim.state().comments(id).await.len(), comments);
    assert_eq!(bench.sim.state().stats().await.faults["429"], 1);
}

#[tokio::test]
async fn rate_limits_are_reported_and_enforced() {
    let bench = bench_with("rate-limit:3/30s").await;
    let mut seen = Vec::new();
    for _ in 0..4 {
        let r = bench.get("/api/v2/users/me.json").send().await.unwrap();
        let header = |name: &str| r.headers()[name].to_str().unwrap().to_string();
        seen.push((
            r.status().as_u16(),
            header("x-rate-limit-remaining"),
            header("ratelimit-limit"),
        ));
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            let wait: u64 = header("retry-after").parse().unwrap();
            assert!((29..=30).contains(&wait), "{wait}");
            assert_eq!(header("ratelimit-reset"), wait.to_string());
        }
    }
    let remaining: Vec<_> = seen.iter().map(|(s, r, _)| (*s, r.as_str())).collect();
    assert_eq!(remaining, [(200, "2"), (200, "1"), (200, "0"), (429, "0")]);
    assert!(seen.iter().all(|(_, _, limit)| limit == "3"));
    assert_eq!(bench.sim.state().stats().await.faults["rate-limit"], 1);

    let unlimited = Bench::default().await;
    let r = unlimited.get("/api/v2/users/me.json").send().await.unwrap();
    assert!(
        r.headers().get("x-rate-limit-remaining").is_none(),
        "no limit is reported where none is enforced"
    );
}

#[tokio::test]
async fn server_errors_apply_nothing() {
    for (spec, status) in [
        ("500", StatusCode::INTERNAL_SERVER_ERROR),
        ("503", StatusCode::SERVICE_UNAVAILABLE),
    ] {
        let bench = bench_with(spec).await;
        let id = bench.open_ticket().await;
        let before = bench.sim.state().ticket(id).await;
        let body = json!({"ticket": {"status": "solved"}});
        let response = bench
            .put(&format!("/api/v2/tickets/{id}.json"), &body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status);
        assert_eq!(bench.sim.state().ticket(id).await, before);
        let read = bench.get("/api/v2/users/me.json").send().await.unwrap();
        assert_eq!(read.status(), status);
    }
}

#[tokio::test]
async fn a_dropped_answer_still_applied_the_reply() {
    let bench = bench_with("drop-after-apply").await;
    let id = bench.open_ticket().await;
    let body = json!({"ticket": {"comment": {"body": "Lost in the mail?"},
        "metadata": {"polydesk": {"client_id": "c-77"}}}});
    let outcome = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await;
    let error = outcome.expect_err("the client must not get an answer");
    assert!(!error.is_status() && !error.is_timeout(), "{error:?}");
    assert!(
        error.is_request(),
        "a connection error, not a bad body: {error:?}"
    );
    let comments = bench.sim.state().comments(id).await;
    assert_eq!(comments.last().unwrap()["body"], "Lost in the mail?");
    assert_eq!(
        comments
            .iter()
            .filter(|c| c["body"] == "Lost in the mail?")
            .count(),
        1
    );
    let audits = bench.sim.state().audits(id).await;
    assert_eq!(
        audits.last().unwrap()["metadata"]["custom"]["polydesk"]["client_id"],
        "c-77"
    );
    // Reads are not dropped.
    bench.get_json(&format!("/api/v2/tickets/{id}.json")).await;
}

#[tokio::test]
async fn a_hung_request_ends_without_an_answer() {
    let bench = bench_with("timeout:300ms").await;
    let started = Instant::now();
    let outcome = bench.get("/api/v2/users/me.json").send().await;
    assert!(outcome.is_err(), "got an answer: {outcome:?}");
    assert!(started.elapsed() >= Duration::from_millis(300));
    // A client timeout shorter than the hang fires first.
    let bench = bench_with("timeout").await;
    let outcome = bench
        .get("/api/v2/users/me.json")
        .timeout(Duration::from_millis(200))
        .send()
        .await;
    assert!(outcome.unwrap_err().is_timeout());
    bench.sim.shutdown().await;
}

#[tokio::test]
async fn latency_slows_every_request() {
    let bench = bench_with("latency:150ms").await;
    let started = Instant::now();
    bench.get_json("/api/v2/users/me.json").await;
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn malformed_answers_do_not_parse() {
    let bench = bench_with("malformed").await;
    let response = bench.get("/api/v2/tickets/1001.json").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    assert!(text.starts_with("{\"ticket\""), "{text}");
    assert!(serde_json::from_str::<Value>(&text).is_err());
}

/// Ticket ids of every page of the incremental export, following `after_url`.
async fn export_ids(bench: &Bench) -> Vec<Vec<u64>> {
    bench
        .export_all(long_ago(), 25)
        .await
        .iter()
        .map(|p| ids(&p["tickets"]))
        .collect()
}

#[tokio::test]
async fn duplicate_and_overlapping_pages_repeat_cases() {
    for spec in ["duplicate-pages", "overlap-pages"] {
        let bench = bench_with(spec).await;
        let pages = export_ids(&bench).await;
        let all: Vec<u64> = pages.concat();
        let distinct: BTreeSet<u64> = all.iter().copied().collect();
        assert_eq!(
            distinct.len(),
            common::CASES,
            "{spec}: every case still arrives"
        );
        assert!(all.len() > distinct.len(), "{spec}: no repeats");
        let second_page_start = &pages[1][..2];
        assert!(
            second_page_start.iter().all(|id| pages[0].contains(id)),
            "{spec}: {pages:?}"
        );
        assert!(bench.sim.state().stats().await.faults[spec] >= 1);
    }
    let bench = bench_with("duplicate-pages").await;
    let query = "/api/v2/search/export?filter[type]=ticket&page[size]=30&query=type:ticket";
    let first = bench.get_json(query).await;
    let second = bench.follow(first["links"]["next"].as_str().unwrap()).await;
    let (first, second) = (ids(&first["results"]), ids(&second["results"]));
    assert_eq!(&second[..3], &first[first.len() - 3..]);
}

#[tokio::test]
async fn a_colleague_beats_the_safe_update() {
    let bench = bench_with("colleague").await;
    let id = bench.open_ticket().await;
    let state = bench.sim.state();
    let stamp = state.ticket(id).await.unwrap()["updated_at"].clone();
    let body = json!({"ticket": {"comment": {"body": "Done."}, "status": "solved",
        "safe_update": true, "updated_stamp": stamp}});
    let response = bench
        .put(&format!("/api/v2/tickets/{id}.json"), &body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let thread = state.comments(id).await;
    assert_eq!(
        thread.last().unwrap()["public"],
        false,
        "the colleague's note is there"
    );
    assert!(thread.iter().all(|c| c["body"] != "Done."));
    assert_eq!(state.stats().await.colleague_edits, 1);
}

#[test]
fn spec_errors_name_the_bad_item() {
    let plan: FaultPlan = "latency:50ms, 429@0.1,500@0.05,timeout@0.02,drop-after-apply@0.1,duplicate-pages,overlap-pages,malformed@0.02,colleague@0.1".parse().unwrap();
    assert_eq!(plan.faults.len(), 9);
    assert_eq!(
        plan.faults[0].kind,
        FaultKind::Latency(Duration::from_millis(50))
    );
    assert_eq!(
        plan.faults[1].kind,
        FaultKind::TooManyRequests { retry_after: 2 }
    );
    assert_eq!(plan.faults[1].probability, 0.1);
    assert_eq!(plan.to_string().parse::<FaultPlan>().unwrap(), plan);
    assert!("".parse::<FaultPlan>().unwrap().is_empty());
    let limited: FaultPlan = "rate-limit:40/2s,export-limit:10".parse().unwrap();
    assert!(!limited.is_empty());
    assert_eq!(limited.limits.api.unwrap().requests, 40);
    assert_eq!(
        limited.limits.exports.unwrap().window,
        Duration::from_secs(60)
    );
    assert_eq!(limited.to_string().parse::<FaultPlan>().unwrap(), limited);

    for (spec, item) in [
        ("500,explode@0.1", "explode@0.1"),
        ("latency", "latency"),
        ("latency:fast", "latency:fast"),
        ("500@1.5", "500@1.5"),
        ("429:soon", "429:soon"),
        ("malformed:yes", "malformed:yes"),
        ("500,,503", ""),
        ("rate-limit", "rate-limit"),
        ("rate-limit:0", "rate-limit:0"),
        ("export-limit:10/soon", "export-limit:10/soon"),
        ("rate-limit:5@0.5", "rate-limit:5@0.5"),
    ] {
        let error = spec.parse::<FaultPlan>().unwrap_err();
        assert_eq!(error.item, item, "{spec}");
        assert!(error.to_string().contains(&format!("'{item}'")), "{error}");
    }
}

async fn statuses(spec: &str, requests: usize) -> Vec<u16> {
    let bench = bench_with(spec).await;
    let mut seen = Vec::new();
    for _ in 0..requests {
        seen.push(
            bench
                .get("/api/v2/users/me.json")
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
        );
    }
    bench.sim.shutdown().await;
    seen
}

#[tokio::test]
async fn the_same_seed_gives_the_same_faults() {
    let first = statuses("500@0.3,429@0.3,seed:5", 40).await;
    assert_eq!(first, statuses("500@0.3,429@0.3,seed:5", 40).await);
    assert!(
        first.contains(&200) && first.contains(&500) && first.contains(&429),
        "{first:?}"
    );
    assert_ne!(first, statuses("500@0.3,429@0.3,seed:6", 40).await);
}

#[tokio::test]
async fn the_plan_can_change_while_running() {
    let bench = Bench::default().await;
    bench.get_json("/api/v2/users/me.json").await;
    let set = bench
        .client
        .post(bench.url("/_sim/faults"))
        .body("503")
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), StatusCode::OK);
    assert_eq!(
        bench
            .get("/api/v2/users/me.json")
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    let refused = bench
        .client
        .post(bench.url("/_sim/faults"))
        .body("503,boom")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.unwrap().contains("'boom'"));
    bench.sim.state().set_faults(FaultPlan::none()).await;
    bench.get_json("/api/v2/users/me.json").await;
    let stats = bench.sim.state().stats().await;
    assert_eq!(stats.requests["me"], 3);
    assert_eq!(stats.faults["503"], 1);
}
