//! The CLI as scripts use it: exit codes, JSON shapes, errors on stderr.

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn cli(dir: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("polydesk-cli").unwrap();
    cmd.env_remove("POLYDESK_DATA_DIR")
        .arg("--data-dir")
        .arg(dir.path());
    cmd
}

fn seeded() -> TempDir {
    let dir = TempDir::new().unwrap();
    cli(&dir).args(["demo", "seed"]).assert().success();
    dir
}

fn json(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is one JSON document")
}

#[test]
fn lists_cases_with_the_documented_fields() {
    let dir = seeded();
    let cases = json(cli(&dir).args(["cases", "list", "--limit", "500", "--json"]));
    let cases = cases.as_array().unwrap();
    assert!(cases.len() >= 300, "{}", cases.len());
    let tags = ["en", "pt-BR", "pt-PT", "zh-Hans", "zh-Hant"];
    for c in cases {
        for key in [
            "id",
            "subject",
            "status",
            "priority",
            "reply_language",
            "updated_at",
        ] {
            assert!(c[key].is_string(), "{key} missing in {c}");
        }
        assert!(c["customer"]["name"].is_string());
        assert!(tags.contains(&c["reply_language"].as_str().unwrap()));
        chrono::DateTime::parse_from_rfc3339(c["updated_at"].as_str().unwrap()).unwrap();
    }
    for tag in tags {
        assert!(
            cases.iter().any(|c| c["reply_language"] == tag),
            "no {tag} case"
        );
    }
    // Default view is All, newest update first; --limit is honoured.
    let first = json(cli(&dir).args(["cases", "list", "--limit", "3", "--json"]));
    assert_eq!(first.as_array().unwrap().len(), 3);
    assert_eq!(first[0]["id"], cases[0]["id"]);
}

#[test]
fn views_filter_cases() {
    let dir = seeded();
    let solved = json(cli(&dir).args([
        "cases", "list", "--view", "solved", "--limit", "500", "--json",
    ]));
    assert!(!solved.as_array().unwrap().is_empty());
    for c in solved.as_array().unwrap() {
        assert!(["solved", "closed"].contains(&c["status"].as_str().unwrap()));
    }
    let unassigned = json(cli(&dir).args(["cases", "list", "--view", "unassigned", "--json"]));
    for c in unassigned.as_array().unwrap() {
        assert!(c["assignee"].is_null());
    }
}

#[test]
fn shows_a_case_with_its_thread() {
    let dir = seeded();
    let cases = json(cli(&dir).args(["cases", "list", "--json"]));
    let id = cases[0]["id"].as_str().unwrap();
    let case = json(cli(&dir).args(["cases", "show", id, "--json"]));
    assert_eq!(case["id"], id);
    let messages = case["messages"].as_array().unwrap();
    assert!(!messages.is_empty());
    for m in messages {
        for key in ["id", "author", "body_text", "created_at"] {
            assert!(m[key].is_string(), "{key} missing in {m}");
        }
        assert!(["inbound", "outbound", "note"].contains(&m["direction"].as_str().unwrap()));
        assert!(m.get("body_html").is_some() && m.get("language").is_some());
    }
}

#[test]
fn searches_chinese_and_portuguese_newest_first() {
    let dir = seeded();
    let hits = json(cli(&dir).args(["search", "退款", "--json"]));
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    for h in hits {
        assert!(h["snippet"].as_str().unwrap().contains("退款"), "{h}");
        assert!(h.get("message_id").is_some());
    }
    let times: Vec<&str> = hits
        .iter()
        .map(|h| h["created_at"].as_str().unwrap())
        .collect();
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, sorted, "newest first");

    let pt = json(cli(&dir).args(["search", "nao", "--json"]));
    assert!(pt
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["snippet"].as_str().unwrap().contains("não")));
}

#[test]
fn bad_input_exits_2_with_one_line_on_stderr() {
    let dir = seeded();
    for (args, expect) in [
        (
            vec!["cases", "list", "--view", "overdue"],
            "unknown view 'overdue'",
        ),
        (vec!["cases", "show", "nope-1"], "no case with id nope-1"),
        (vec!["search", "  ,; "], "nothing to search for"),
    ] {
        let out = cli(&dir).args(&args).assert().code(2).get_output().clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(expect), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn an_unreadable_cache_exits_2_and_is_kept() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("cache.db");
    std::fs::write(&path, "garbage, not a database").unwrap();
    let out = cli(&dir)
        .args(["cases", "list", "--json"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "garbage, not a database"
    );
}

#[test]
fn data_dir_comes_from_the_environment_unless_overridden() {
    let env_dir = seeded();
    let empty = TempDir::new().unwrap();
    let mut from_env = Command::cargo_bin("polydesk-cli").unwrap();
    from_env.env("POLYDESK_DATA_DIR", env_dir.path());
    let listed = json(from_env.args(["cases", "list", "--json"]));
    assert!(!listed.as_array().unwrap().is_empty());

    let mut overridden = Command::cargo_bin("polydesk-cli").unwrap();
    overridden
        .env("POLYDESK_DATA_DIR", env_dir.path())
        .arg("--data-dir")
        .arg(empty.path());
    let listed = json(overridden.args(["cases", "list", "--json"]));
    assert!(listed.as_array().unwrap().is_empty());
}

#[test]
fn seeding_twice_keeps_the_cache() {
    let dir = seeded();
    let before = json(cli(&dir).args(["cases", "list", "--limit", "500", "--json"]));
    cli(&dir).args(["demo", "seed"]).assert().success();
    let after = json(cli(&dir).args(["cases", "list", "--limit", "500", "--json"]));
    assert_eq!(before, after);
}

#[test]
fn seeds_a_generated_workspace_of_n_cases() {
    let dir = TempDir::new().unwrap();
    let out = cli(&dir)
        .args(["demo", "seed", "--cases", "60"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("60 cases"));
    let listed = json(cli(&dir).args(["cases", "list", "--limit", "500", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 60);
    // The benchmark's dataset: its first case has a 50-message thread.
    let first = json(cli(&dir).args(["cases", "show", "demo-1001", "--json"]));
    assert_eq!(first["messages"].as_array().unwrap().len(), 50);
    // Like the demo, a cache that holds cases is left alone.
    cli(&dir)
        .args(["demo", "seed", "--cases", "5"])
        .assert()
        .success();
    let again = json(cli(&dir).args(["cases", "list", "--limit", "500", "--json"]));
    assert_eq!(again.as_array().unwrap().len(), 60);
    cli(&dir)
        .args(["demo", "seed", "--cases", "0"])
        .assert()
        .code(2);
}

#[test]
fn sla_clocks_show_in_the_breaching_view_the_case_and_attainment() {
    let dir = seeded();
    let now = chrono::Utc::now();
    let breaching = json(cli(&dir).args([
        "cases",
        "list",
        "--view",
        "breaching",
        "--limit",
        "500",
        "--json",
    ]));
    let breaching = breaching.as_array().unwrap();
    assert!(
        !breaching.is_empty(),
        "the demo has cases near their targets"
    );
    let mut last = None;
    for c in breaching {
        let due =
            chrono::DateTime::parse_from_rfc3339(c["sla_next_due"].as_str().unwrap()).unwrap();
        assert!(due <= now + chrono::Duration::minutes(61), "{c}");
        assert!(last.is_none_or(|l| l <= due), "soonest due first");
        last = Some(due);
    }
    let id = breaching[0]["id"].as_str().unwrap();
    let case = json(cli(&dir).args(["cases", "show", id, "--json"]));
    let sla = &case["sla"];
    assert_eq!(sla["breaching"], true, "{sla}");
    assert!(["crm", "policy"].contains(&sla["source"].as_str().unwrap()));
    for key in ["first_response_due", "next_response_due", "resolution_due"] {
        assert!(sla.get(key).is_some(), "{key} missing in {sla}");
    }
    assert!(sla["paused"].is_boolean() && sla["breached"].is_boolean());

    let report = json(cli(&dir).args(["sla", "attainment", "--from", "2000-01-01", "--json"]));
    let cases = report["cases"].as_u64().unwrap();
    assert!(cases >= 300, "{report}");
    for target in ["first_response", "resolution"] {
        let t = &report[target];
        let sum = t["met"].as_u64().unwrap()
            + t["missed"].as_u64().unwrap()
            + t["open"].as_u64().unwrap();
        assert!(sum > 0 && sum <= cases, "{target}: {t}");
    }
    let bad = cli(&dir)
        .args(["sla", "attainment", "--from", "last tuesday"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&bad).contains("'last tuesday' is not a time"));
}

#[test]
fn cases_link_and_merge_queue_their_items_and_refusals_exit_2() {
    let dir = seeded();
    let open = json(cli(&dir).args(["cases", "list", "--view", "all", "--limit", "500", "--json"]));
    // Two open cases without an open escalation (which would keep one from merging away).
    let ids: Vec<&str> = open
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "open")
        .filter_map(|c| c["id"].as_str())
        .filter(|id| {
            let shown = json(cli(&dir).args(["cases", "show", id, "--json"]));
            !shown["escalations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["state"] == "open")
        })
        .take(2)
        .collect();
    let solved = json(cli(&dir).args([
        "cases", "list", "--view", "solved", "--limit", "1", "--json",
    ]));
    let solved = solved[0]["id"].as_str().unwrap();
    let kinds = |dir: &TempDir| -> Vec<String> {
        json(cli(dir).args(["outbox", "list", "--json"]))
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["kind"].as_str().unwrap().to_string())
            .collect()
    };
    let before = kinds(&dir).len();

    cli(&dir)
        .args(["cases", "link", ids[0], ids[1]])
        .assert()
        .success();
    let after_link = kinds(&dir);
    assert_eq!(&after_link[before..], ["link", "link"]);
    let refused = cli(&dir)
        .args(["cases", "merge", solved, "--into", ids[0]])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let refused = String::from_utf8(refused).unwrap();
    assert!(
        refused.contains("only unsolved cases can be merged"),
        "{refused}"
    );
    assert_eq!(
        kinds(&dir).len(),
        before + 2,
        "a refused merge queues nothing"
    );
    cli(&dir)
        .args(["cases", "merge", ids[1], "--into", ids[0]])
        .assert()
        .success();
    assert_eq!(kinds(&dir)[before + 2..], ["merge"]);
}
