//! Crash trials: `sync` and `reply` processes killed with SIGKILL at random points —
//! halfway through a first sync's pages, while pushes are in flight (before and after the
//! CRM applied them, some answers dropped on purpose), right after an outbox insert —
//! then restarted. Afterwards the cache passes `integrity_check` and every reply the
//! agent saw accepted is in the CRM exactly once; none appears twice.

#![cfg(unix)]

mod common;

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::Sim;

use rand::{Rng, SeedableRng};
use tempfile::TempDir;

const SEED: u64 = 0x5EED_C4A5;
const EMAIL: &str = "rita.lin@example.com";
const TOKEN: &str = "sim-token";

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("polydesk-cli")
}

fn start_sim(faults: &str) -> Sim {
    common::start_sim(common::free_port(), 120, Some(faults))
}

fn cli(dir: &TempDir) -> Command {
    let mut cmd = Command::new(bin());
    cmd.env_remove("POLYDESK_DATA_DIR")
        .env("POLYDESK_CRM_TOKEN", TOKEN)
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

fn sync_cmd(dir: &TempDir, sim: &Sim) -> Command {
    let mut cmd = cli(dir);
    cmd.args(["sync", "--crm", "zendesk", "--once", "--user", EMAIL])
        .args(["--url", &format!("http://127.0.0.1:{}", sim.port)]);
    cmd
}

/// Start `cmd`, SIGKILL it after `after` (if still running). Its exit status when it
/// ended on its own first; `None` when it was killed.
fn run_and_kill(mut cmd: Command, after: Duration) -> Option<std::process::ExitStatus> {
    let mut child = cmd.spawn().unwrap();
    let deadline = Instant::now() + after;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let ended = child.try_wait().unwrap();
    let _ = child.kill(); // SIGKILL on Unix
    let _ = child.wait();
    ended
}

/// Sync until it succeeds (faults may leave things for the next run).
fn sync_to_completion(dir: &TempDir, sim: &Sim) {
    let mut last = String::new();
    for _ in 0..30 {
        let out = sync_cmd(dir, sim).stderr(Stdio::piped()).output().unwrap();
        if out.status.success() {
            return;
        }
        last = String::from_utf8_lossy(&out.stderr).into_owned();
    }
    let outbox = cli(dir)
        .args(["outbox", "list", "--json"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    panic!(
        "sync never completed: {last}\noutbox: {}",
        String::from_utf8_lossy(&outbox.stdout)
    );
}

fn integrity(dir: &TempDir) -> String {
    let conn = rusqlite::Connection::open(dir.path().join("cache.db")).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn case_ids(dir: &TempDir) -> Vec<String> {
    case_ids_where(dir, |_| true)
}

fn case_ids_where(dir: &TempDir, keep: impl Fn(&serde_json::Value) -> bool) -> Vec<String> {
    let out = Command::new(bin())
        .env_remove("POLYDESK_DATA_DIR")
        .arg("--data-dir")
        .arg(dir.path())
        .args(["cases", "list", "--limit", "500", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|c| keep(c))
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}

/// The bodies of every comment of the CRM's ticket, read over its API.
fn crm_bodies(sim: &Sim, case_id: &str) -> Vec<String> {
    let ticket = case_id.trim_start_matches("zendesk-");
    let url = format!(
        "http://127.0.0.1:{}/api/v2/tickets/{ticket}/comments.json?page[size]=100",
        sim.port
    );
    let v: serde_json::Value = reqwest::blocking::Client::new()
        .get(url)
        .basic_auth(format!("{EMAIL}/token"), Some(TOKEN))
        .send()
        .unwrap()
        .json()
        .unwrap();
    v["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_first_sync_killed_halfway_through_pages_resumes_intact() {
    let sim = start_sim("latency:15ms");
    let dir = TempDir::new().unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(SEED);
    let mut kills = 0;
    for _ in 0..6 {
        if run_and_kill(
            sync_cmd(&dir, &sim),
            Duration::from_millis(rng.random_range(80..900)),
        )
        .is_none()
        {
            kills += 1;
        }
        assert_eq!(integrity(&dir), "ok");
    }
    assert!(kills > 0, "at least one sync was killed mid-way");
    sync_to_completion(&dir, &sim);
    assert_eq!(integrity(&dir), "ok");
    assert_eq!(case_ids(&dir).len(), 120, "every case arrived once");
}

#[test]
fn replies_survive_kills_and_reach_the_crm_exactly_once() {
    // Latency widens the windows; dropped answers after the CRM applied a reply make
    // the outcome unknown (read back before any retry).
    let sim = start_sim("latency:10ms,drop-after-apply@0.3,seed:7");
    let dir = TempDir::new().unwrap();
    sync_to_completion(&dir, &sim);
    // Closed tickets refuse replies (rightly rejected, not lost): write to the others.
    let ids = case_ids_where(&dir, |c| c["status"] != "closed");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(SEED ^ 1);
    // text -> (case, whether the agent saw it accepted)
    let mut replies: HashMap<String, (String, bool)> = HashMap::new();
    let mut sync_kills = 0;
    for round in 0..8 {
        for n in 0..3 {
            let case = ids[rng.random_range(0..ids.len())].clone();
            let text = format!("Resposta {round}-{n}: verificamos o pedido 订单 {round}{n}.");
            let mut cmd = cli(&dir);
            cmd.args(["reply", &case, "--text", &text]);
            // Some `reply` processes are killed right after (or before) their insert.
            let accepted = if rng.random_bool(0.3) {
                // Accepted only when it ended on its own and said so (a refusal is not).
                run_and_kill(cmd, Duration::from_millis(rng.random_range(1..40)))
                    .is_some_and(|status| status.success())
            } else {
                cmd.status().unwrap().success()
            };
            replies.insert(text, (case, accepted));
        }
        if run_and_kill(
            sync_cmd(&dir, &sim),
            Duration::from_millis(rng.random_range(20..400)),
        )
        .is_none()
        {
            sync_kills += 1;
        }
        assert_eq!(integrity(&dir), "ok", "round {round}");
    }
    assert!(
        sync_kills >= 2,
        "only {sync_kills} syncs were killed mid-way"
    );
    sync_to_completion(&dir, &sim);
    assert_eq!(integrity(&dir), "ok");
    let mut delivered = 0;
    for (text, (case, accepted)) in &replies {
        let copies = crm_bodies(&sim, case)
            .iter()
            .filter(|b| b.trim() == text)
            .count();
        assert!(copies <= 1, "'{text}' is in the CRM {copies} times");
        if *accepted {
            assert_eq!(copies, 1, "'{text}' was accepted but never arrived");
        }
        delivered += copies;
    }
    assert!(delivered >= replies.values().filter(|(_, a)| *a).count());
    let out = cli(&dir)
        .args(["outbox", "list", "--json"])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let outbox: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(outbox.as_array().unwrap().len(), 0, "{outbox}");
}
