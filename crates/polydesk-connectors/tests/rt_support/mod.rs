//! The throw-away RT the live tests share: made once per test binary by
//! `scripts/rt/rt-peer.sh` (init, start, seed) in a temporary directory, stopped and
//! removed by the script's watchdog when the test process ends. Tests take turns
//! (`serial`), since one of them stops RT for a while.

pub mod proxy;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use chrono::Utc;
use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::rt::{Rt, RtAuth, RtConfig};
use polydesk_core::store::Store;
use polydesk_sync::{sync_once, SyncOptions, SyncReport};
use serde_json::{json, Value};

/// Where Debian's request-tracker5 package puts the server.
const RT_SERVER: &str = "/usr/share/request-tracker5/libexec/rt-server";

pub struct Peer {
    pub dir: PathBuf,
    pub port: u16,
    script: PathBuf,
}

fn run(script: &Path, args: &[&str]) -> String {
    let out = Command::new(script).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "rt-peer.sh {} failed:\n{}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The shared RT, or `None` (with a notice) when RT is not installed here. On CI
/// (`CI=true`) a missing RT fails the tests instead: they must not pass by skipping.
pub fn peer() -> Option<&'static Peer> {
    static PEER: OnceLock<Option<Peer>> = OnceLock::new();
    PEER.get_or_init(|| {
        if !Path::new(RT_SERVER).exists() {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "Request Tracker is not installed, and CI must run the RT tests: run scripts/rt/rt-peer.sh install"
            );
            eprintln!("SKIPPED: Request Tracker is not installed (scripts/rt/rt-peer.sh install); RT tests did nothing");
            return None;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/rt/rt-peer.sh");
        let dir = std::env::temp_dir().join(format!("polydesk-rt-test-{}", std::process::id()));
        let dir_text = dir.to_string_lossy().to_string();
        let port = free_port();
        run(&script, &["init", &dir_text]);
        let pid = std::process::id().to_string();
        run(&script, &["start", &dir_text, &port.to_string(), "--watch", &pid]);
        run(&script, &["seed", &format!("http://127.0.0.1:{port}")]);
        Some(Peer { dir, port, script })
    })
    .as_ref()
}

impl Peer {
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn stop(&self) {
        run(&self.script, &["stop", &self.dir.to_string_lossy()]);
    }

    pub fn start(&self) {
        run(
            &self.script,
            &["start", &self.dir.to_string_lossy(), &self.port.to_string()],
        );
    }

    /// A new REST2 auth token for `user`.
    pub fn token(&self, user: &str) -> String {
        run(&self.script, &["token", &self.dir.to_string_lossy(), user])
    }
}

/// One test at a time against the shared RT.
pub async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    static SERIAL: OnceLock<tokio::sync::Mutex<()>> = OnceLock::new();
    SERIAL
        .get_or_init(|| tokio::sync::Mutex::new(()))
        .lock()
        .await
}

pub fn settings() -> HttpSettings {
    HttpSettings {
        timeout: Duration::from_secs(10),
        ..HttpSettings::default()
    }
}

pub async fn rita(url: &str) -> Rt {
    let auth = RtAuth::Basic {
        user: "rita".into(),
        password: "rita-secret".into(),
    };
    Rt::connect(url, auth, &settings(), RtConfig::default())
        .await
        .unwrap()
}

pub fn store() -> (tempfile::TempDir, Mutex<Store>) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, Mutex::new(store))
}

pub async fn sync(store: &Mutex<Store>, rt: &Rt) -> SyncReport {
    sync_once(
        store,
        rt,
        &SyncOptions {
            ignore_backoff: true,
            now: Utc::now(),
        },
    )
    .await
    .unwrap()
}

/// A colleague (RT's root) working in RT directly over REST2.
pub struct Colleague {
    http: reqwest::Client,
    base: String,
}

impl Colleague {
    pub fn new(peer: &Peer) -> Colleague {
        Colleague {
            http: reqwest::Client::new(),
            base: format!("{}/REST/2.0", peer.url()),
        }
    }

    /// A REST2 call as root: RT's status and JSON answer.
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.base))
            .basic_auth("root", Some("password"));
        if let Some(body) = body {
            req = req.json(&body);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    /// A new ticket in `queue` from `requestor`; its id.
    pub async fn create_ticket(
        &self,
        queue: &str,
        requestor: &str,
        subject: &str,
        body: &str,
    ) -> u64 {
        let (status, answer) = self
            .call(
                reqwest::Method::POST,
                "/ticket",
                Some(
                    json!({"Queue": queue, "Requestor": requestor, "Subject": subject,
                            "Content": body, "ContentType": "text/plain"}),
                ),
            )
            .await;
        assert_eq!(status, 201, "{answer}");
        answer["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .or(answer["id"].as_u64())
            .unwrap()
    }

    /// `PUT /ticket/:id`; RT's messages.
    pub async fn update(&self, id: u64, fields: Value) -> Value {
        let (status, answer) = self
            .call(reqwest::Method::PUT, &format!("/ticket/{id}"), Some(fields))
            .await;
        assert_eq!(status, 200, "{answer}");
        answer
    }

    pub async fn delete(&self, id: u64) {
        let (status, answer) = self
            .call(reqwest::Method::DELETE, &format!("/ticket/{id}"), None)
            .await;
        assert!(status == 204 || status == 200, "{status} {answer}");
    }

    pub async fn ticket(&self, id: u64) -> Value {
        self.call(
            reqwest::Method::GET,
            &format!("/ticket/{id}?fields[Queue]=Name"),
            None,
        )
        .await
        .1
    }

    /// How many `kind` transactions (Correspond, Comment) on the ticket carry `text`.
    pub async fn count_messages(&self, id: u64, kind: &str, text: &str) -> usize {
        let query = format!("ObjectType = 'RT::Ticket' AND ObjectId = {id} AND Type = '{kind}'");
        let url = format!(
            "/transactions?per_page=100&query={}",
            query
                .replace(' ', "%20")
                .replace('\'', "%27")
                .replace('=', "%3D")
        );
        let (_, page) = self.call(reqwest::Method::GET, &url, None).await;
        let mut n = 0;
        for txn in page["items"].as_array().cloned().unwrap_or_default() {
            let txn_id = txn["id"].as_str().unwrap_or("").to_string();
            let (_, parts) = self
                .call(
                    reqwest::Method::GET,
                    &format!("/transaction/{txn_id}/attachments?fields=Content,ContentType"),
                    None,
                )
                .await;
            let has = parts["items"].as_array().is_some_and(|items| {
                items.iter().any(|p| {
                    p["ContentType"] == "text/plain"
                        && p["Content"].as_str().map(str::trim) == Some(text)
                })
            });
            n += usize::from(has);
        }
        n
    }
}
