//! `render`, `macros list` and `detect-lang` as template authors and scripts use them.

mod common;

use assert_cmd::Command;
use common::refused;
use serde_json::Value;

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("polydesk-cli").unwrap();
    cmd.env_remove("POLYDESK_DATA_DIR");
    cmd
}

const FULL: [&str; 18] = [
    "--arg",
    "customer_name=Rui Costa",
    "--arg",
    "customer_first_name=Rui",
    "--arg",
    "customer_surname=Costa",
    "--arg",
    "customer_gender=male",
    "--arg",
    "formality=informal",
    "--arg",
    "agent_gender=female",
    "--arg",
    "amount=12,50 €",
    "--arg",
    "order_id=00123",
    "--arg",
    "days=0",
];

#[test]
fn render_prints_only_the_text_with_numbers_selecting_plurals() {
    let out = cli()
        .args(["render", "refund-approved", "--lang", "pt-BR"])
        .args(FULL)
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("ainda hoje"),
        "[0] variant for days=0: {text}"
    );
    assert!(text.contains("00123"), "00123 stays text: {text}");
    assert!(text.contains("Obrigada"), "agent gender: {text}");
    assert!(!text.contains('\u{2068}') && !text.contains("{$"));
    assert!(out.stderr.is_empty(), "no notice without fallback");
}

#[test]
fn a_missing_variable_exits_2_naming_it() {
    let out = cli()
        .args([
            "render",
            "refund-approved",
            "--lang",
            "zh-Hans",
            "--arg",
            "days=3",
        ])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("$amount") && err.contains("$order_id"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_resource_file_renders_and_fallback_notices_go_to_stderr() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("pack.ftl");
    std::fs::write(
        &file,
        "thanks = { $n ->\n    [0] Sem itens\n    [one] Um item\n   *[other] { $n } itens\n}\n",
    )
    .unwrap();
    let out = cli()
        .args(["render", "thanks", "--lang", "pt-PT", "--resource"])
        .arg(&file)
        .args(["--arg", "n=3"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "3 itens\n");
    assert!(out.stderr.is_empty());

    // zh-TW maps onto zh-Hant; the resource only has pt-PT... rendered through the chain.
    let out = cli()
        .args(["render", "thanks", "--lang", "zh-TW", "--resource"])
        .arg(&file)
        .args(["--arg", "n=0"])
        .assert();
    let out = out.get_output();
    // A resource is loaded for the locale asked for, so zh-Hant has it and no notice is due.
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        "Sem itens\n"
    );

    std::fs::write(&file, "ok = fine\nbroken = {\n").unwrap();
    let err = refused(
        cli()
            .args(["render", "ok", "--lang", "en", "--resource"])
            .arg(&file),
    );
    assert!(err.contains("pack.ftl:2"), "{err}");
}

#[test]
fn bad_locales_and_args_exit_2() {
    let err = cli()
        .args(["render", "refund-approved", "--lang", "fr"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err)
        .unwrap()
        .contains("'fr' is not a reply locale"));
    let err = cli()
        .args(["render", "refund-approved", "--lang", "en", "--arg", "oops"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err)
        .unwrap()
        .contains("'oops' is not KEY=VALUE"));
    let err = cli()
        .args(["render", "refund-approved", "--lang", "pt-BR-!!"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err)
        .unwrap()
        .contains("not a valid language tag"));
}

#[test]
fn macros_list_names_locales_and_variables() {
    let out = cli()
        .args(["macros", "list", "--lang", "zh-Hans", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: Value = serde_json::from_slice(&out).unwrap();
    let list = list.as_array().unwrap();
    assert!(list.len() >= 30);
    let refund = list.iter().find(|m| m["id"] == "refund-approved").unwrap();
    assert_eq!(refund["title"], "退款已通过");
    assert_eq!(refund["category"], "refunds");
    assert_eq!(refund["locales"].as_array().unwrap().len(), 5);
    let vars: Vec<&str> = refund["variables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for v in ["amount", "days", "order_id", "customer_gender"] {
        assert!(vars.contains(&v), "{v} in {vars:?}");
    }
}

#[test]
fn detect_lang_reads_arguments_and_stdin() {
    let out = cli()
        .args(["detect-lang", "我的退款還沒有到帳，請幫我查一下"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        (
            d["language"].as_str(),
            d["locale"].as_str(),
            d["script"].as_str()
        ),
        (Some("zh"), Some("zh-Hant"), Some("Hant"))
    );
    let out = cli()
        .args(["detect-lang", "-"])
        .write_stdin("Estou a aguardar a encomenda há duas semanas")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        (d["language"].as_str(), d["locale"].as_str()),
        (Some("pt"), Some("pt-PT"))
    );
    assert!(d["confidence"].as_f64().unwrap() > 0.5);
    let out = cli()
        .args(["detect-lang", "12345 ?!"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let d: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(d["language"], "und");
}
