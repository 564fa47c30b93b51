//! A started desk and an HTTP client speaking to it as Polydesk's connector would.

#![allow(dead_code)]

use crm_sim::{RunningSim, SimConfig};
use reqwest::{Client, RequestBuilder, StatusCode};
use serde_json::Value;

/// Cases in the test desks (smaller than the demo's 320, for speed).
pub const CASES: usize = 120;

pub struct Bench {
    pub sim: RunningSim,
    pub client: Client,
}

pub fn config() -> SimConfig {
    SimConfig {
        cases: CASES,
        seed: 11,
        ..SimConfig::default()
    }
}

impl Bench {
    pub async fn start(config: SimConfig) -> Bench {
        let sim = crm_sim::start(config).await.expect("sim starts");
        let client = Client::builder().build().expect("client");
        Bench { sim, client }
    }

    pub async fn default() -> Bench {
        Bench::start(config()).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sim.base_url)
    }

    /// A request with the desk's API token (`rita.lin@example.com/token:sim-token`).
    pub fn authed(&self, builder: RequestBuilder) -> RequestBuilder {
        builder.basic_auth("rita.lin@example.com/token", Some("sim-token"))
    }

    pub fn get(&self, path: &str) -> RequestBuilder {
        self.authed(self.client.get(self.url(path)))
    }

    pub fn put(&self, path: &str, body: &Value) -> RequestBuilder {
        self.authed(self.client.put(self.url(path))).json(body)
    }

    /// GET `path`, expecting 200 and JSON.
    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.get(path).send().await.expect("request");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.expect("JSON body")
    }

    /// GET an absolute URL the desk handed out (a `next` link).
    pub async fn follow(&self, url: &str) -> Value {
        assert!(
            url.starts_with(&self.sim.base_url),
            "{url} points elsewhere"
        );
        let response = self
            .authed(self.client.get(url))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::OK, "GET {url}");
        response.json().await.expect("JSON body")
    }

    /// Some case id of the desk that is not closed (so it can be updated).
    pub async fn open_ticket(&self) -> u64 {
        let state = self.sim.state();
        for id in state.ticket_ids().await {
            let ticket = state.ticket(id).await.unwrap();
            if ticket["status"] != "closed" {
                return id;
            }
        }
        panic!("no open ticket in the desk");
    }

    /// Every page of the incremental export from `start_time`, following cursors.
    pub async fn export_all(&self, start_time: i64, per_page: usize) -> Vec<Value> {
        let mut pages = Vec::new();
        let mut page = self
            .get_json(&format!(
                "/api/v2/incremental/tickets/cursor.json?start_time={start_time}&per_page={per_page}&include=users"
            ))
            .await;
        loop {
            let done = page["end_of_stream"].as_bool().expect("end_of_stream");
            let next = page["after_url"].as_str().expect("after_url").to_string();
            pages.push(page);
            if done {
                return pages;
            }
            assert!(pages.len() < 100, "the export never ends");
            page = self.follow(&next).await;
        }
    }
}

pub fn ids(items: &Value) -> Vec<u64> {
    items
        .as_array()
        .expect("a list")
        .iter()
        .map(|t| t["id"].as_u64().expect("id"))
        .collect()
}
