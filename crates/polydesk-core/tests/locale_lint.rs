//! Translation lint (compare-locales style) for the reply macros (five locales) and the UI
//! strings (three locales): every locale parses with no junk and has every message and
//! attribute of the English source; uses no variable the source does not pass; every
//! select has a default; plural keys are valid for the locale; every macro renders with
//! sample arguments, with no error, no `{$` and no isolation marks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralRuleType, PluralRules};
use polydesk_core::domain::ReplyLanguage;
use polydesk_core::replies::{MacroLibrary, ReplyArgs};

const MACRO_LOCALES: [&str; 5] = ["en", "pt-BR", "pt-PT", "zh-Hans", "zh-Hant"];
const UI_LOCALES: [&str; 3] = ["en", "pt-BR", "zh-Hans"];
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn locales_dir() -> PathBuf {
    ROOT.with(|r| r.borrow().clone())
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"))
}

/// Per message id: its attributes, the variables its value and attributes use, and the
/// variables its comment declares (`# Variables: $name ...`): a source message declares
/// what the code passes even where English itself has no use for it (the agent's gender).
#[derive(Default)]
struct MessageFacts {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    declared: BTreeSet<String>,
}

fn declared_variables(comment: Option<&fluent_syntax::ast::Comment<&str>>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in comment.map(|c| c.content.as_slice()).unwrap_or_default() {
        for word in line.split_whitespace() {
            if let Some(name) = word.strip_prefix('$') {
                let name: String = name
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

struct LocaleFacts {
    messages: BTreeMap<String, MessageFacts>,
    problems: Vec<String>,
}

fn plural_categories(tag: &str) -> BTreeSet<String> {
    // The categories CLDR's rules produce for integers and decimals of every shape.
    // CLDR has rules for pt-PT itself; pt-BR and zh-Hans use their language's (pt, zh).
    let create = |t: &str| {
        PluralRules::create(
            t.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            PluralRuleType::CARDINAL,
        )
    };
    let rules = create(tag)
        .or_else(|_| create(tag.split('-').next().unwrap()))
        .unwrap();
    let mut samples: Vec<String> = (0..=1_000_000u32)
        .step_by(7)
        .map(|n| n.to_string())
        .collect();
    samples.extend((0..=200).map(|n| n.to_string()));
    samples.extend(["0.0", "0.5", "1.0", "1.5", "2.5", "1000000", "1e6"].map(String::from));
    samples
        .iter()
        .filter_map(|n| rules.select(n.as_str()).ok())
        .map(|c| format!("{c:?}").to_lowercase())
        .collect()
}

fn read_locale(tag: &str, kind: &str) -> LocaleFacts {
    let dir = locales_dir().join(tag).join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let allowed_plurals = plural_categories(tag);
    let mut facts = LocaleFacts {
        messages: BTreeMap::new(),
        problems: Vec::new(),
    };
    for file in files {
        let name = format!(
            "{tag}/{kind}/{}",
            file.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    facts.problems.push(format!(
                        "{name}: parse error {:?} at byte {}",
                        e.kind, e.pos.start
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            match entry {
                Entry::Junk { content } => facts.problems.push(format!("{name}: junk {content:?}")),
                Entry::Message(m) => {
                    let mut mf = MessageFacts {
                        declared: declared_variables(m.comment.as_ref()),
                        ..MessageFacts::default()
                    };
                    let mut check = |p: &Pattern<&str>, mf: &mut MessageFacts, what: String| {
                        walk(
                            p,
                            &mut mf.variables,
                            &mut |key_problem| {
                                facts
                                    .problems
                                    .push(format!("{name}: {what}: {key_problem}"))
                            },
                            &allowed_plurals,
                        );
                    };
                    if let Some(v) = &m.value {
                        check(v, &mut mf, m.id.name.to_string());
                    }
                    for a in &m.attributes {
                        mf.attributes.insert(a.id.name.to_string());
                        check(&a.value, &mut mf, format!("{}.{}", m.id.name, a.id.name));
                    }
                    if facts.messages.insert(m.id.name.to_string(), mf).is_some() {
                        facts
                            .problems
                            .push(format!("{name}: {} is defined twice", m.id.name));
                    }
                }
                _ => {}
            }
        }
    }
    facts
}

fn walk(
    p: &Pattern<&str>,
    vars: &mut BTreeSet<String>,
    report: &mut dyn FnMut(String),
    plurals: &BTreeSet<String>,
) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, report, plurals);
        }
    }
}

fn walk_expr(
    e: &Expression<&str>,
    vars: &mut BTreeSet<String>,
    report: &mut dyn FnMut(String),
    plurals: &BTreeSet<String>,
) {
    match e {
        Expression::Inline(i) => walk_inline(i, vars, report, plurals),
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, report, plurals);
            if !variants.iter().any(|v| v.default) {
                report("a select has no default variant".into());
            }
            for v in variants {
                if let VariantKey::Identifier { name } = v.key {
                    if PLURAL_CATEGORIES.contains(&name)
                        && !plurals.contains(name)
                        && name != "other"
                    {
                        report(format!(
                            "plural key [{name}] is not a category of this locale ({plurals:?})"
                        ));
                    }
                }
                walk(&v.value, vars, report, plurals);
            }
        }
    }
}

fn walk_inline(
    i: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    report: &mut dyn FnMut(String),
    plurals: &BTreeSet<String>,
) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, vars, report, plurals),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, report, plurals);
            }
        }
        _ => {}
    }
}

/// Compare every locale of one kind (`macros` or `ui`) against the English source.
fn lint(kind: &str, locales: &[&str]) -> Vec<String> {
    let source = read_locale("en", kind);
    let mut problems = source.problems.clone();
    for tag in locales.iter().filter(|t| **t != "en") {
        let target = read_locale(tag, kind);
        problems.extend(target.problems.iter().cloned());
        for (id, src) in &source.messages {
            let Some(msg) = target.messages.get(id) else {
                problems.push(format!("{tag}/{kind}: message {id} is missing"));
                continue;
            };
            for attr in src.attributes.difference(&msg.attributes) {
                problems.push(format!("{tag}/{kind}: {id}.{attr} is missing"));
            }
            let passed: BTreeSet<String> = src.variables.union(&src.declared).cloned().collect();
            for var in msg.variables.difference(&passed) {
                problems.push(format!(
                    "{tag}/{kind}: {id} uses ${var}, which the source does not pass"
                ));
            }
        }
        for id in target
            .messages
            .keys()
            .filter(|id| !source.messages.contains_key(*id))
        {
            problems.push(format!(
                "{tag}/{kind}: {id} is obsolete (not in the English source)"
            ));
        }
    }
    problems
}

#[test]
fn macro_locales_match_the_source() {
    let problems = lint("macros", &MACRO_LOCALES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn ui_locales_match_the_source() {
    let problems = lint("ui", &UI_LOCALES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The lint itself must catch what it claims to catch.
#[test]
fn the_lint_flags_bad_translations() {
    let dir = tempfile::TempDir::new().unwrap();
    let write = |tag: &str, text: &str| {
        let d = dir.path().join(tag).join("macros");
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("x.ftl"), text).unwrap();
    };
    write("en", "hello = Hi { $name }\n    .title = Hello\ngone = x\n");
    write(
        "zh-Hans",
        "hello = { $count ->\n    [one] 一\n   *[other] 你好 { $nickname }\n}\n\nbroken = {\n",
    );
    // Point the reader at the temporary tree.
    let src = read_locale_in(dir.path(), "en");
    let zh = read_locale_in(dir.path(), "zh-Hans");
    let joined = zh.problems.join("\n");
    assert!(
        joined.contains("junk") || joined.contains("parse error"),
        "{joined}"
    );
    assert!(joined.contains("plural key [one]"), "{joined}");
    let extra: Vec<_> = zh.messages["hello"]
        .variables
        .difference(&src.messages["hello"].variables)
        .cloned()
        .collect();
    assert_eq!(extra, ["count", "nickname"]);
    assert!(
        zh.messages["hello"].attributes.is_empty(),
        "missing .title is visible"
    );
    assert!(!zh.messages.contains_key("gone"));
}

/// The same reader over another tree of locales.
fn read_locale_in(root: &Path, tag: &str) -> LocaleFacts {
    let kind = "macros";
    ROOT.with(|r| *r.borrow_mut() = Some(root.to_path_buf()));
    let facts = read_locale(tag, kind);
    ROOT.with(|r| *r.borrow_mut() = None);
    facts
}

thread_local! {
    static ROOT: std::cell::RefCell<Option<PathBuf>> = const { std::cell::RefCell::new(None) };
}

/// Sample values for every variable the library uses.
fn sample_args(
    customer_gender: &str,
    formality: &str,
    agent_gender: &str,
    count: &str,
) -> ReplyArgs {
    let mut args = ReplyArgs::default();
    for (k, v) in [
        ("customer_name", "Ana Souza"),
        ("customer_first_name", "Ana"),
        ("customer_surname", "王"),
        ("customer_gender", customer_gender),
        ("formality", formality),
        ("agent_name", "Rita Lin"),
        ("agent_gender", agent_gender),
        ("order_id", "5801234567890"),
        ("amount", "R$ 1.234,56"),
        ("diamonds", count),
        ("gift_name", "Rosa"),
        ("days", count),
        ("date", "22 de novembro de 2026"),
        ("case_ref", "ESC-4821"),
        ("team", "Tier 2"),
        ("tracking_number", "BR123456789"),
        ("carrier", "Expresso"),
        ("stream_title", "Noite de música"),
        ("appeal_id", "AP-77"),
        ("product_name", "Fone sem fio"),
        ("policy_name", "Itens proibidos"),
        ("item_count", count),
    ] {
        args.set(k, v);
    }
    args
}

#[test]
fn every_macro_renders_in_every_locale_with_sample_arguments() {
    let lib = MacroLibrary::builtin();
    let ids: Vec<String> = lib
        .list(ReplyLanguage::En)
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert!(ids.len() >= 30, "only {} macros", ids.len());
    let mut problems = Vec::new();
    for id in &ids {
        assert_eq!(lib.locales_of(id).len(), 5, "{id} lacks a locale");
        assert!(
            lib.meta(id).and_then(|m| m.category.clone()).is_some(),
            "{id} has no metadata"
        );
        for lang in ReplyLanguage::ALL {
            for (g, f, a, n) in [
                ("female", "formal", "female", "0"),
                ("male", "informal", "male", "1"),
                ("unknown", "formal", "unknown", "7"),
            ] {
                match lib.render(id, *lang, &sample_args(g, f, a, n)) {
                    Ok(r) => {
                        if r.used != *lang {
                            problems.push(format!("{id} {lang}: fell back to {}", r.used));
                        }
                        if r.text.contains("{$")
                            || r.text.contains('\u{2068}')
                            || r.text.contains('\u{2069}')
                        {
                            problems.push(format!("{id} {lang}: placeholder or isolation mark"));
                        }
                    }
                    Err(e) => problems.push(format!("{id} {lang}: {e}")),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
