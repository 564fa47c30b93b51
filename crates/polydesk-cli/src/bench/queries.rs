//! Reading the cache: first pages of views, search (timed, and recall against a brute-force
//! scan), opening a case, and macro rendering against bare `format_pattern`.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::Utc;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use polydesk_core::domain::ReplyLanguage;
use polydesk_core::replies::{MacroLibrary, ReplyArgs};
use polydesk_core::search::{matches_text, parse_query};
use polydesk_core::store::Store;
use polydesk_core::views::ViewSlug;
use polydesk_core::CoreError;
use rusqlite::Connection;

use super::stats::Samples;

/// Portuguese with and without accents and in plural, English, and Chinese of one, two
/// and four characters.
pub const QUERIES: [&str; 12] = [
    "não",
    "nao",
    "reembolso",
    "reembolsos",
    "devolução",
    "diamantes",
    "refund",
    "payout",
    "退",
    "退款",
    "没有到账",
    "直播",
];

pub fn views(store: &Store, runs: usize) -> Result<Samples, CoreError> {
    let now = Utc::now();
    let mut all = Vec::new();
    for view in ViewSlug::ALL {
        store.list_cases(view, 0, 50, now)?; // warm
        let mut failure = None;
        all.push(Samples::collect(runs, |_| {
            if let Err(e) = store.list_cases(view, 0, 50, now) {
                failure = Some(e);
            }
        }));
        if let Some(e) = failure {
            return Err(e);
        }
    }
    Ok(Samples::merge(all))
}

pub fn search(store: &Store, runs: usize) -> Result<Samples, CoreError> {
    let mut all = Vec::new();
    for q in QUERIES {
        store.search(q, 50)?;
        all.push(Samples::collect(runs, |_| {
            let _ = store.search(q, 50);
        }));
    }
    Ok(Samples::merge(all))
}

/// Share of brute-force matches the index returns, over every query (all matches, not a page).
pub fn recall(store: &Store, cache: &Path) -> Result<f64, CoreError> {
    let conn = Connection::open(cache)?;
    let mut docs: Vec<(String, Option<String>, String)> = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT id, NULL, subject FROM cases UNION ALL SELECT case_id, id, body_text FROM messages",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))? {
        docs.push(row?);
    }
    let (mut expected_total, mut found_total) = (0usize, 0usize);
    for q in QUERIES {
        let parts = parse_query(q);
        let expected: BTreeSet<(String, Option<String>)> = docs
            .iter()
            .filter(|(_, _, text)| matches_text(&parts, text))
            .map(|(c, m, _)| (c.clone(), m.clone()))
            .collect();
        let got: BTreeSet<(String, Option<String>)> = store
            .search(q, u32::MAX / 2)?
            .into_iter()
            .map(|h| (h.case_id, h.message_id))
            .collect();
        expected_total += expected.len();
        found_total += expected.intersection(&got).count();
    }
    Ok(if expected_total == 0 {
        1.0
    } else {
        found_total as f64 / expected_total as f64
    })
}

/// Open the case with the longest thread (50 messages in the dataset).
pub fn open_case(store: &Store, cache: &Path, runs: usize) -> Result<Samples, CoreError> {
    let conn = Connection::open(cache)?;
    let id: String = conn.query_row(
        "SELECT case_id FROM messages GROUP BY case_id ORDER BY count(*) DESC LIMIT 1",
        [],
        |r| r.get(0),
    )?;
    store.case_detail(&id)?;
    Ok(Samples::collect(runs, |_| {
        let _ = store.case_detail(&id);
    }))
}

/// Polydesk's render (lookup, fallback chain, error checks) against a bare
/// `format_pattern` of the same message with the same arguments; returns the ratio of means.
pub fn render_ratio(runs: usize) -> Result<f64, CoreError> {
    let lib = MacroLibrary::builtin();
    let mut args = ReplyArgs::default();
    for (k, v) in [
        ("customer_name", "Ana Souza"),
        ("customer_first_name", "Ana"),
        ("customer_surname", "Souza"),
        ("customer_gender", "female"),
        ("formality", "informal"),
        ("agent_gender", "female"),
        ("amount", "R$ 120,00"),
        ("order_id", "5801234567890"),
        ("days", "3"),
    ] {
        args.set(k, v);
    }
    let ours = Samples::collect(runs, |_| {
        let _ = lib.render("refund-approved", ReplyLanguage::PtBr, &args);
    });

    let mut bundle = FluentBundle::new(vec!["pt-BR"
        .parse::<unic_langid::LanguageIdentifier>()
        .expect("valid")]);
    bundle.set_use_isolating(false);
    for text in [
        include_str!("../../../../locales/pt-BR/macros/shared.ftl"),
        include_str!("../../../../locales/pt-BR/macros/sellers.ftl"),
    ] {
        let res = FluentResource::try_new(text.to_string())
            .map_err(|_| CoreError::invalid_input("bad ftl"))?;
        bundle.add_resource_overriding(res);
    }
    let mut fargs = FluentArgs::new();
    for (k, v) in &args.0 {
        match v.parse::<f64>() {
            Ok(n) if k == "days" => fargs.set(k.as_str(), n),
            _ => fargs.set(k.as_str(), v.as_str()),
        }
    }
    let pattern = bundle
        .get_message("refund-approved")
        .and_then(|m| m.value())
        .ok_or_else(|| CoreError::invalid_input("refund-approved missing"))?;
    let raw = Samples::collect(runs, |_| {
        let mut errors = Vec::new();
        let _ = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    });
    Ok(ours.mean() / raw.mean())
}
