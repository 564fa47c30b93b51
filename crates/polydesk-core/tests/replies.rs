//! Rendering replies: grammar, plurals, refusal on errors, fallback notices, team packs.

use polydesk_core::domain::ReplyLanguage::{self, *};
use polydesk_core::replies::{MacroLibrary, ReplyArgs};
use polydesk_core::ErrorCode;

fn args(pairs: &[(&str, &str)]) -> ReplyArgs {
    let mut a = ReplyArgs::default();
    for (k, v) in pairs {
        a.set(*k, *v);
    }
    a
}

fn refund_args(days: &str, agent_gender: &str) -> ReplyArgs {
    args(&[
        ("customer_name", "Ana Souza"),
        ("customer_first_name", "Ana"),
        ("customer_surname", "Souza"),
        ("customer_gender", "female"),
        ("formality", "informal"),
        ("agent_gender", agent_gender),
        ("amount", "R$ 120,00"),
        ("order_id", "5801234567890"),
        ("days", days),
    ])
}

fn render(lang: ReplyLanguage, a: &ReplyArgs) -> String {
    MacroLibrary::builtin()
        .render("refund-approved", lang, a)
        .unwrap()
        .text
}

#[test]
fn portuguese_plurals_use_exact_zero_and_agent_gender() {
    assert!(render(PtBr, &refund_args("0", "female")).contains("ainda hoje"));
    assert!(render(PtBr, &refund_args("1", "female")).contains("1 dia útil"));
    assert!(render(PtBr, &refund_args("5", "female")).contains("5 dias úteis"));
    assert!(render(PtBr, &refund_args("5", "female")).contains("Obrigada"));
    assert!(render(PtBr, &refund_args("5", "male")).contains("Obrigado"));
    assert!(render(PtPt, &refund_args("5", "unknown")).contains("Obrigado"));
}

#[test]
fn chinese_honorific_follows_the_surname() {
    let mut a = refund_args("3", "female");
    a.set("customer_surname", "王")
        .set("formality", "formal")
        .set("amount", "¥120.00");
    let text = render(ZhHans, &a);
    assert!(text.starts_with("王女士，您好！"), "{text}");
    a.set("customer_gender", "male");
    assert!(render(ZhHans, &a).starts_with("王先生，您好！"));
    assert!(
        !render(ZhHans, &a).contains(','),
        "full-width punctuation only"
    );
}

#[test]
fn a_missing_variable_refuses_the_text_and_names_it() {
    let mut a = refund_args("3", "female");
    a.0.remove("amount");
    a.0.remove("order_id");
    let err = MacroLibrary::builtin()
        .render("refund-approved", PtBr, &a)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Template);
    let msg = err.to_string();
    assert!(
        msg.contains("$amount") && msg.contains("$order_id"),
        "{msg}"
    );
}

#[test]
fn unknown_macros_are_named() {
    let err = MacroLibrary::builtin()
        .render("no-such-macro", En, &ReplyArgs::default())
        .unwrap_err();
    assert!(err.to_string().contains("no macro 'no-such-macro'"));
}

#[test]
fn numbers_only_from_plain_decimals() {
    use polydesk_core::replies::render::is_plain_decimal;
    for yes in ["0", "12", "3.5", "-2"] {
        assert!(is_plain_decimal(yes), "{yes}");
    }
    for no in ["00123", "1.", ".5", "1e3", "12a", "", "+1"] {
        assert!(!is_plain_decimal(no), "{no}");
    }
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn team_packs_add_macros_fall_back_visibly_and_report_broken_files() {
    let dir = tempfile::TempDir::new().unwrap();
    let pack = dir.path().join("payments-team");
    write(
        &pack.join("en/payments.ftl"),
        "pix-delay = { greeting } Your PIX transfer { $order_id } is on its way. { closing }\n    .title = PIX transfer delayed\n",
    );
    write(
        &pack.join("pt-BR/payments.ftl"),
        "pix-delay = { greeting } Sua transferência PIX { $order_id } está a caminho. { closing }\n    .title = Atraso no PIX\n",
    );
    write(&pack.join("pt-PT/broken.ftl"), "ok = fine\n\nbad = { $x\n");
    write(
        &pack.join("macros.toml"),
        "[pix-delay]\ncategory = \"creator-earnings\"\ntags = [\"pix\"]\n",
    );

    let lib = MacroLibrary::load(Some(&pack)).unwrap();
    let problems = lib.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].file.ends_with("broken.ftl"));
    assert_eq!(problems[0].line, Some(3));

    let listed = lib.list(PtBr);
    let pix = listed.iter().find(|m| m.id == "pix-delay").unwrap();
    assert_eq!(pix.title, "Atraso no PIX");
    assert_eq!(pix.locales, vec![En, PtBr]);
    assert_eq!(pix.category.as_deref(), Some("creator-earnings"));
    assert_eq!(pix.origin, "payments-team");
    assert!(pix.variables.contains(&"order_id".to_string()));
    assert!(listed.len() > 30, "built-ins still load");

    let a = refund_args("1", "male");
    let pt = lib.render("pix-delay", PtPt, &a).unwrap();
    assert_eq!(pt.used, PtBr, "pt-PT falls back to pt-BR");
    assert!(pt.fallback.as_deref().unwrap().contains("no pt-PT variant"));
    let zh = lib.render("pix-delay", ZhHant, &a).unwrap();
    assert_eq!(zh.used, En);
    assert!(lib
        .render("pix-delay", PtBr, &a)
        .unwrap()
        .fallback
        .is_none());
}

#[test]
fn a_resource_file_renders_on_its_own() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("mine.ftl");
    write(&file, "hello = Olá { $customer_first_name }, { $n ->\n    [0] nada\n    [one] um item\n   *[other] { $n } itens\n}\n");
    let lib = MacroLibrary::with_resource(PtBr, &file).unwrap();
    let a = args(&[("customer_first_name", "Bia"), ("n", "0")]);
    assert_eq!(lib.render("hello", PtBr, &a).unwrap().text, "Olá Bia, nada");
    let a = args(&[("customer_first_name", "Bia"), ("n", "3")]);
    assert_eq!(
        lib.render("hello", PtBr, &a).unwrap().text,
        "Olá Bia, 3 itens"
    );
    assert_eq!(lib.list(En).len(), 1);

    write(&file, "ok = fine\nhello = {\n");
    let err = MacroLibrary::with_resource(PtBr, &file).err().unwrap();
    assert!(err.to_string().contains("mine.ftl:2:"), "{err}");
}

#[test]
fn signatures_per_reply_language() {
    let lib = MacroLibrary::builtin();
    let a = args(&[("agent_name", "Rita Lin")]);
    for lang in ReplyLanguage::ALL {
        let sig = lib.signature(*lang, &a).unwrap();
        assert!(sig.contains("Rita Lin"), "{lang}: {sig}");
    }
    assert_ne!(
        lib.signature(PtBr, &a).unwrap(),
        lib.signature(En, &a).unwrap()
    );
}
