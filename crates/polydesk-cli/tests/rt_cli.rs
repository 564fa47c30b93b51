//! `sync --crm rt` and `bench --rt-url` as processes, the way scripts use them: against a
//! real Request Tracker made by scripts/rt/rt-peer.sh (one for the whole binary; skipped
//! with a notice where RT is not installed, a failure on CI), and against an address
//! where nothing answers.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;
use std::sync::OnceLock;

use assert_cmd::Command;
use common::{free_port, refused};
use serde_json::Value;
use tempfile::TempDir;

const RT_SERVER: &str = "/usr/share/request-tracker5/libexec/rt-server";

fn script(args: &[&str]) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/rt/rt-peer.sh");
    let out = StdCommand::new(path).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "rt-peer.sh {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh, seeded RT (shared by the tests) stopped and removed when this test process
/// ends; its port.
fn start_rt() -> Option<u16> {
    static PORT: OnceLock<Option<u16>> = OnceLock::new();
    *PORT.get_or_init(make_rt)
}

fn make_rt() -> Option<u16> {
    if !Path::new(RT_SERVER).exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "Request Tracker is not installed, and CI must run the RT tests"
        );
        eprintln!("SKIPPED: Request Tracker is not installed (scripts/rt/rt-peer.sh install)");
        return None;
    }
    let dir: PathBuf = std::env::temp_dir().join(format!("polydesk-rt-cli-{}", std::process::id()));
    let dir = dir.to_string_lossy().to_string();
    let port = free_port();
    script(&["init", &dir]);
    let pid = std::process::id().to_string();
    script(&["start", &dir, &port.to_string(), "--watch", &pid]);
    script(&["seed", &format!("http://127.0.0.1:{port}")]);
    Some(port)
}

fn cli(data: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("polydesk-cli").unwrap();
    cmd.env_remove("POLYDESK_DATA_DIR")
        .arg("--data-dir")
        .arg(data.path());
    cmd
}

fn sync(data: &TempDir, port: u16, password: &str) -> Command {
    let mut cmd = cli(data);
    cmd.env("POLYDESK_CRM_TOKEN", password).args([
        "sync",
        "--crm",
        "rt",
        "--url",
        &format!("http://127.0.0.1:{port}"),
        "--user",
        "rita",
        "--once",
    ]);
    cmd
}

fn json(cmd: &mut Command) -> Value {
    serde_json::from_slice(&cmd.assert().success().get_output().stdout).unwrap()
}

fn subjects(cases: &Value) -> Vec<String> {
    cases
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["subject"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sync_with_rt_pulls_the_tickets_and_delivers_a_queued_reply() {
    let Some(port) = start_rt() else { return };
    let data = TempDir::new().unwrap();
    let err = refused(&mut sync(&data, port, "wrong"));
    assert!(err.contains("refused the credentials"), "{err}");

    sync(&data, port, "rita-secret").assert().success();
    let all = json(cli(&data).args(["cases", "list", "--limit", "100", "--json"]));
    let all_subjects = subjects(&all);
    for s in [
        "Presentes da LIVE não creditados",
        "直播礼物没有到账",
        "訂單退款還沒收到",
        "Payout delayed for October",
    ] {
        assert!(
            all_subjects.iter().any(|x| x == s),
            "{s} in {all_subjects:?}"
        );
    }
    let mine = subjects(&json(
        cli(&data).args(["cases", "list", "--view", "mine", "--json"]),
    ));
    assert_eq!(mine.len(), 2, "{mine:?}");

    let id = all
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subject"] == "Payout delayed for October")
        .and_then(|c| c["id"].as_str())
        .unwrap()
        .to_string();
    assert!(id.starts_with("rt-"), "{id}");
    let body = "Hi Emily, your October payout is on its way.";
    cli(&data)
        .args(["reply", &id, "--text", body])
        .assert()
        .success();
    sync(&data, port, "rita-secret").assert().success();
    let case = json(cli(&data).args(["cases", "show", &id, "--json"]));
    let sent: Vec<&Value> = case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body_text"] == body)
        .collect();
    assert_eq!(sent.len(), 1, "{case}");
    assert_eq!(sent[0]["delivery"], "sent");
    assert!(
        sent[0]["id"].as_str().unwrap().contains("-txn"),
        "RT's own copy"
    );
}

#[test]
fn an_unreachable_rt_exits_2_and_says_so() {
    let data = TempDir::new().unwrap();
    let err = refused(&mut sync(&data, free_port(), "secret"));
    assert!(err.contains("cannot be reached"), "{err}");
}

#[test]
fn bench_with_rt_url_times_the_same_case_from_the_cache_and_from_rt() {
    let Some(port) = start_rt() else { return };
    let data = TempDir::new().unwrap();
    let out = data.path().join("bench.json");
    let url = format!("http://127.0.0.1:{port}");
    let bench = |runs: &str| {
        let mut cmd = cli(&data);
        cmd.env("POLYDESK_CRM_TOKEN", "rita-secret").args([
            "bench",
            "--cases",
            "60",
            "--rt-url",
            &url,
            "--rt-user",
            "rita",
            "--rt-runs",
            runs,
            "--out",
        ]);
        cmd.arg(&out);
        cmd.assert().success().get_output().clone()
    };
    let first = bench("3");
    let said = String::from_utf8_lossy(&first.stderr).to_string();
    assert!(said.contains("made RT ticket"), "{said}");
    let table = String::from_utf8_lossy(&first.stdout).to_string();
    for key in [
        "open_case.cache_p50_ms",
        "open_case.cache_p99_ms",
        "open_case.rt_p50_ms",
        "open_case.ratio_vs_rt",
    ] {
        assert!(table.contains(key), "{key} in\n{table}");
    }
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let figure = |k: &str| {
        report[k]
            .as_f64()
            .unwrap_or_else(|| panic!("{k} in {report}"))
    };
    assert!(figure("open_case.rt_p50_ms") > 0.0);
    assert!(figure("open_case.cache_p50_ms") > 0.0);
    let ratio = figure("open_case.ratio_vs_rt");
    let expected = figure("open_case.rt_p50_ms") / figure("open_case.cache_p50_ms");
    assert!(
        (ratio - expected).abs() <= expected * 0.05 + 0.01,
        "ratio = RT p50 / cache p50: {ratio} vs {expected}"
    );

    // A later run finds the ticket by its subject instead of making another.
    let again = bench("1");
    let said = String::from_utf8_lossy(&again.stderr).to_string();
    assert!(said.contains("reusing RT ticket"), "{said}");

    let mut wrong = cli(&data);
    wrong.env("POLYDESK_CRM_TOKEN", "wrong").args([
        "bench",
        "--cases",
        "60",
        "--rt-url",
        &url,
        "--rt-user",
        "rita",
    ]);
    let err = refused(&mut wrong);
    assert!(err.contains("refused the credentials"), "{err}");
}
