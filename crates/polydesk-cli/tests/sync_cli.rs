//! `crm-sim`, `reply`, `outbox list` and `sync --once` as processes, the way scripts and CI
//! use them: a reply queued while the CRM is unreachable arrives exactly once later.

mod common;

use assert_cmd::Command;
use common::{free_port, refused, Sim};
use serde_json::Value;
use tempfile::TempDir;

fn start_sim(port: u16) -> Sim {
    common::start_sim(port, 20, None)
}

fn cli(dir: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("polydesk-cli").unwrap();
    cmd.env_remove("POLYDESK_DATA_DIR")
        .env("POLYDESK_CRM_TOKEN", "sim-token")
        .arg("--data-dir")
        .arg(dir.path());
    cmd
}

fn sync(dir: &TempDir, port: u16) -> Command {
    let mut cmd = cli(dir);
    cmd.args([
        "sync",
        "--crm",
        "zendesk",
        "--url",
        &format!("http://127.0.0.1:{port}"),
        "--user",
        "rita.lin@example.com",
        "--once",
    ]);
    cmd
}

fn json(cmd: &mut Command) -> Value {
    serde_json::from_slice(&cmd.assert().success().get_output().stdout).unwrap()
}

#[test]
fn a_reply_queued_while_offline_reaches_the_crm_once() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let sim = start_sim(port);
    sync(&dir, port).assert().success();
    let cases = json(cli(&dir).args(["cases", "list", "--limit", "100", "--json"]));
    assert_eq!(cases.as_array().unwrap().len(), 20);
    let id = cases[0]["id"].as_str().unwrap().to_string();

    // The CRM goes away; the reply (with a file) is queued anyway.
    drop(sim);
    let receipt = dir.path().join("recibo pedido.pdf");
    std::fs::write(&receipt, b"%PDF-1.7 recibo").unwrap();
    let missing = dir.path().join("no-such-file.png");
    let err = refused(
        cli(&dir)
            .args(["reply", &id, "--text", "x", "--attach"])
            .arg(&missing),
    );
    assert!(err.contains("no-such-file.png"), "{err}");
    cli(&dir)
        .args([
            "reply",
            &id,
            "--text",
            "Estamos verificando o seu pedido.",
            "--attach",
        ])
        .arg(&receipt)
        .assert()
        .success();
    let err = refused(&mut sync(&dir, port));
    assert!(
        err.contains("left unsent") || err.contains("cannot be reached"),
        "{err}"
    );
    let outbox = json(cli(&dir).args(["outbox", "list", "--json"]));
    assert_eq!(outbox[0]["state"], "pending");
    assert_eq!(
        outbox[0]["attempts"], 0,
        "an unreachable CRM uses up no retry budget"
    );

    // It comes back (a fresh simulator on the same port holds the same demo tickets).
    let _sim = start_sim(port);
    sync(&dir, port).assert().success();
    assert!(json(cli(&dir).args(["outbox", "list", "--json"]))
        .as_array()
        .unwrap()
        .is_empty());
    let case = json(cli(&dir).args(["cases", "show", &id, "--json"]));
    let n = case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body_text"] == "Estamos verificando o seu pedido.")
        .count();
    assert_eq!(n, 1, "in the CRM's thread exactly once");
    let sent = case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["body_text"] == "Estamos verificando o seu pedido.")
        .unwrap();
    assert_eq!(sent["attachments"][0]["file_name"], "recibo pedido.pdf");
    assert_eq!(sent["attachments"][0]["content_type"], "application/pdf");
    assert_eq!(sent["attachments"][0]["size"], 15);
    assert!(case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["delivery"] == "sent"));
}

#[test]
fn refused_credentials_exit_2() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let _sim = start_sim(port);
    let err = refused(sync(&dir, port).env("POLYDESK_CRM_TOKEN", "wrong"));
    assert!(err.contains("refused the credentials"), "{err}");
    let err = refused(sync(&dir, port).env_remove("POLYDESK_CRM_TOKEN"));
    assert!(err.contains("POLYDESK_CRM_TOKEN"), "{err}");
}

#[test]
fn bad_input_is_named() {
    let dir = TempDir::new().unwrap();
    let err = refused(cli(&dir).args(["crm-sim", "--faults", "latency:fast"]));
    assert!(err.contains("latency:fast"), "{err}");
    let err = refused(cli(&dir).args(["reply", "zendesk-404", "--text", "x"]));
    assert!(err.contains("no case with id zendesk-404"), "{err}");
}

/// `sync` reads the team's `crm-mapping.toml` as the app does: a mapped custom field
/// arrives with the cases; a broken file is named, and nothing is synced.
#[test]
fn the_field_mapping_file_is_read_and_a_broken_one_is_named() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let _sim = start_sim(port);
    let mapping = dir.path().join("crm-mapping.toml");
    std::fs::write(
        &mapping,
        "[zendesk.custom_fields]\nnot-a-number = \"order_id\"\n",
    )
    .unwrap();
    let err = refused(&mut sync(&dir, port));
    assert!(
        err.contains("crm-mapping.toml") && err.contains("not-a-number"),
        "{err}"
    );
    assert!(json(cli(&dir).args(["cases", "list", "--json"]))
        .as_array()
        .unwrap()
        .is_empty());

    std::fs::write(
        &mapping,
        format!(
            "[zendesk.custom_fields]\n{} = \"order_id\"\n",
            crm_sim::ORDER_ID_FIELD
        ),
    )
    .unwrap();
    sync(&dir, port).assert().success();
    // Cases with an order carry it in the mapped field (not every case has one).
    let cases = json(cli(&dir).args(["cases", "list", "--limit", "100", "--json"]));
    let with_order = cases
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            let id = c["id"].as_str().unwrap();
            let case = json(cli(&dir).args(["cases", "show", id, "--json"]));
            case["custom_fields"]["order_id"].is_string()
        })
        .count();
    assert!(with_order > 0, "no case carries the mapped order id");
}

/// The CRM's fault plan, changed while a client runs (crm-sim's control route).
fn set_faults(port: u16, spec: &str) {
    reqwest::blocking::Client::new()
        .post(format!("http://127.0.0.1:{port}/_sim/faults"))
        .body(spec.to_string())
        .send()
        .unwrap()
        .error_for_status()
        .unwrap();
}

/// A short `Retry-After` is waited out, and the pass goes on to the end: the cases are in
/// the cache when it says it succeeded.
#[test]
fn a_short_rate_limit_is_waited_out_and_the_pass_completes() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let _sim = common::start_sim(port, 20, Some("429-pages:2"));
    let started = std::time::Instant::now();
    let run = std::thread::spawn({
        let mut cmd = sync(&dir, port);
        move || cmd.output().unwrap()
    });
    // The CRM lets go while the client waits.
    std::thread::sleep(std::time::Duration::from_millis(1_000));
    set_faults(port, "none");
    let out = run.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(2),
        "it waited"
    );
    let cases = json(cli(&dir).args(["cases", "list", "--limit", "100", "--json"]));
    assert_eq!(cases.as_array().unwrap().len(), 20, "{stderr}");
}

/// A pass that cannot complete never exits 0: it names the kind (and, for a long rate
/// limit, until when).
#[test]
fn a_pass_that_cannot_complete_exits_2_naming_the_kind() {
    let dir = TempDir::new().unwrap();
    let port = free_port();
    let sim = common::start_sim(port, 20, Some("429-pages:3600"));
    let err = refused(&mut sync(&dir, port));
    assert!(err.contains("sync did not complete: RATE_LIMITED"), "{err}");
    assert!(err.contains("rate limited until 20"), "{err}");
    let cases = json(cli(&dir).args(["cases", "list", "--json"]));
    assert_eq!(cases.as_array().unwrap().len(), 0);

    set_faults(port, "malformed");
    let err = refused(&mut sync(&dir, port));
    assert!(err.contains("CRM_MALFORMED"), "{err}");
    assert!(err.contains("/api/v2/"), "names the endpoint: {err}");

    set_faults(port, "500");
    let err = refused(&mut sync(&dir, port));
    assert!(err.contains("CRM_SERVER_ERROR"), "{err}");

    set_faults(port, "none");
    let err = refused(sync(&dir, port).env("POLYDESK_CRM_TOKEN", "wrong"));
    assert!(err.contains("AUTH_REFUSED"), "{err}");

    drop(sim);
    let err = refused(&mut sync(&dir, port));
    assert!(err.contains("sync did not complete: OFFLINE"), "{err}");
}
