//! Tests of the generated demo inbox as a whole, and of the templates behind it.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use super::scenario::Scenario;
use super::*;
use polydesk_core::domain::{CaseRecord, CustomerKind, Direction, Priority, ReplyLanguage, Status};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-06-15T09:30:00Z")
        .unwrap()
        .to_utc()
}

fn demo() -> Vec<CaseRecord> {
    generate(DEMO_CASES, 42, now())
}

/// Every piece of text a record carries.
fn texts(record: &CaseRecord) -> Vec<&str> {
    let c = &record.case;
    let mut all = vec![c.subject.as_str(), c.customer.name.as_str()];
    all.extend(c.customer.handle.as_deref());
    all.extend(c.customer.email.as_deref());
    for m in &record.messages {
        all.push(&m.body_text);
        all.extend(m.body_html.as_deref());
    }
    all
}

fn mentions(record: &CaseRecord, needle: &str) -> bool {
    record.case.subject.contains(needle)
        || record.messages.iter().any(|m| m.body_text.contains(needle))
}

#[test]
fn same_inputs_give_the_same_inbox_and_seeds_differ() {
    assert_eq!(demo(), demo());
    let other = generate(DEMO_CASES, 43, now());
    assert_ne!(demo(), other);
    let later = generate(DEMO_CASES, 42, now() + Duration::hours(1));
    assert_ne!(demo(), later);
}

#[test]
fn count_is_honoured() {
    for count in [0, 1, 7, DEMO_CASES] {
        assert_eq!(generate(count, 9, now()).len(), count);
    }
}

#[test]
fn ids_follow_the_scheme_and_are_unique() {
    let cases = demo();
    let mut case_ids = BTreeSet::new();
    let mut message_ids = BTreeSet::new();
    for (i, record) in cases.iter().enumerate() {
        let c = &record.case;
        assert_eq!(c.crm_id, (1001 + i).to_string());
        assert_eq!(c.id, format!("demo-{}", c.crm_id));
        assert_eq!(c.source, "demo");
        assert!(c.customer.id.starts_with("demo-cust-"), "{}", c.customer.id);
        assert!(case_ids.insert(c.id.clone()));
        for (k, m) in record.messages.iter().enumerate() {
            assert_eq!(m.id, format!("{}-{}", c.id, k + 1));
            assert_eq!(m.case_id, c.id);
            assert!(message_ids.insert(m.id.clone()));
        }
    }
}

#[test]
fn customers_are_consistent_across_their_cases() {
    let cases = demo();
    let mut seen = std::collections::BTreeMap::new();
    for record in &cases {
        let customer = &record.case.customer;
        if let Some(previous) = seen.insert(customer.id.clone(), customer.clone()) {
            assert_eq!(&previous, customer);
        }
    }
    assert!(
        seen.len() < cases.len(),
        "some customers should have written twice"
    );
}

#[test]
fn every_language_is_present_in_sensible_shares() {
    let cases = demo();
    for &language in ReplyLanguage::ALL {
        let n = cases
            .iter()
            .filter(|r| r.case.reply_language == language)
            .count();
        assert!((16..=140).contains(&n), "{language}: {n}");
    }
}

#[test]
fn locale_and_country_match_the_language() {
    for record in demo() {
        let c = &record.case.customer;
        let (locale, country) = (c.locale.as_deref().unwrap(), c.country.as_deref().unwrap());
        let ok = match record.case.reply_language {
            ReplyLanguage::PtBr => locale == "pt-BR" && country == "BR",
            ReplyLanguage::PtPt => locale == "pt-PT" && country == "PT",
            ReplyLanguage::ZhHans => locale == "zh-CN" && country == "CN",
            ReplyLanguage::ZhHant => matches!((locale, country), ("zh-TW", "TW") | ("zh-HK", "HK")),
            ReplyLanguage::En => matches!(
                (locale, country),
                ("en-US", "US") | ("en-GB", "GB") | ("en-SG", "SG")
            ),
        };
        assert!(ok, "{:?} {locale} {country}", record.case.reply_language);
        assert!(c.handle.as_deref().unwrap().starts_with('@'));
    }
}

#[test]
fn every_customer_kind_and_scenario_is_present() {
    let cases = demo();
    for &kind in CustomerKind::ALL {
        assert!(cases.iter().any(|r| r.case.customer.kind == kind), "{kind}");
    }
    for scenario in Scenario::ALL {
        let tag = scenario.tags()[0];
        let matching: Vec<&CaseRecord> = cases
            .iter()
            .filter(|r| r.case.tags.iter().any(|t| t == tag))
            .collect();
        assert!(!matching.is_empty(), "no {scenario:?} case");
        assert!(matching
            .iter()
            .all(|r| r.case.customer.kind == scenario.kind()));
    }
}

#[test]
fn threads_have_one_to_eight_messages_and_start_with_the_customer() {
    let cases = demo();
    let total: usize = cases.iter().map(|r| r.messages.len()).sum();
    let average = total as f64 / cases.len() as f64;
    assert!(
        (3.0..=4.5).contains(&average),
        "average thread size {average}"
    );
    for record in &cases {
        let n = record.messages.len();
        assert!((1..=8).contains(&n), "{}: {n} messages", record.case.id);
        let first = &record.messages[0];
        assert_eq!(first.direction, Direction::Inbound);
        assert_eq!(first.author, record.case.customer.name);
    }
    assert!(cases.iter().any(|r| r.messages.len() == 8));
}

#[test]
fn times_increase_and_never_pass_now() {
    let now = now();
    for record in demo() {
        let c = &record.case;
        assert!(
            c.created_at >= now - Duration::days(30) && c.created_at < now,
            "{}",
            c.id
        );
        assert_eq!(record.messages[0].created_at, c.created_at);
        assert!(
            record
                .messages
                .windows(2)
                .all(|w| w[0].created_at < w[1].created_at),
            "{}",
            c.id
        );
        assert_eq!(c.updated_at, record.messages.last().unwrap().created_at);
        assert!(c.updated_at <= now);
    }
}

#[test]
fn sla_clocks_follow_the_status() {
    let now = now();
    let cases = demo();
    let (mut breached, mut due_today) = (0, 0);
    for record in &cases {
        let c = &record.case;
        match c.status {
            Status::New | Status::Open => {
                let due = c.sla_due_at.expect("open work has an SLA");
                assert!(due >= now - Duration::hours(3) && due <= now + Duration::hours(48));
                assert!(due > c.created_at);
                breached += usize::from(due < now);
                due_today += usize::from(due >= now && due <= now + Duration::hours(24));
            }
            Status::Solved | Status::Closed => assert_eq!(c.sla_due_at, None),
            Status::Pending | Status::OnHold => {}
        }
    }
    assert!(breached >= 5, "breached: {breached}");
    assert!(due_today >= 30, "due within 24h: {due_today}");
}

#[test]
fn statuses_assignees_and_priorities_are_varied() {
    let cases = demo();
    for &status in Status::ALL {
        assert!(cases.iter().any(|r| r.case.status == status), "{status}");
    }
    for &priority in Priority::ALL {
        assert!(
            cases.iter().any(|r| r.case.priority == priority),
            "{priority}"
        );
    }
    let share = |f: &dyn Fn(&CaseRecord) -> bool| {
        cases.iter().filter(|r| f(r)).count() as f64 / cases.len() as f64
    };
    let mine = share(&|r| r.case.assignee.as_deref() == Some(DEMO_AGENT));
    let nobody = share(&|r| r.case.assignee.is_none());
    assert!((0.25..=0.45).contains(&mine), "mine {mine}");
    assert!((0.15..=0.35).contains(&nobody), "unassigned {nobody}");
    assert!(cases
        .iter()
        .any(|r| r.case.assignee.as_deref() == Some(DEMO_AGENT) && r.case.status.is_open()));
    let urgent_share = |scenario: Scenario| {
        let of: Vec<_> = cases
            .iter()
            .filter(|r| r.case.tags[0] == scenario.tags()[0])
            .collect();
        of.iter()
            .filter(|r| r.case.priority == Priority::Urgent)
            .count() as f64
            / of.len() as f64
    };
    assert!(urgent_share(Scenario::AccountRestricted) > urgent_share(Scenario::ParcelStuck));
    for record in &cases {
        let c = &record.case;
        assert!(
            c.tags.contains(&c.reply_language.as_str().to_lowercase()),
            "{:?}",
            c.tags
        );
        let groups = [
            "Tier 1",
            "Tier 2",
            "Payments",
            "Trust & Safety",
            "Seller Support",
            "Logistics",
        ];
        assert!(groups.contains(&c.group.as_deref().unwrap()));
    }
}

#[test]
fn messages_are_tagged_with_their_language_and_some_carry_html() {
    let cases = demo();
    let (mut total, mut with_html, mut notes) = (0, 0, 0);
    for record in &cases {
        let case_language = record.case.reply_language.as_str();
        for m in &record.messages {
            total += 1;
            let language = m.language.as_deref().unwrap();
            match m.direction {
                Direction::Note => {
                    notes += 1;
                    assert!(language == "en" || language == case_language);
                    assert!(m.author != record.case.customer.name);
                }
                _ => assert_eq!(language, case_language),
            }
            if let Some(html) = &m.body_html {
                with_html += 1;
                assert!(html.starts_with("<p>"), "{html}");
            }
        }
    }
    let share = with_html as f64 / total as f64;
    assert!((0.04..=0.2).contains(&share), "html share {share}");
    assert!(notes > 20);
    assert!(cases
        .iter()
        .flat_map(|r| &r.messages)
        .any(|m| m.author == "Bruno Alves"));
    assert!(cases
        .iter()
        .flat_map(|r| &r.messages)
        .any(|m| m.author == "陈思远"));
}

#[test]
fn search_words_appear_in_each_language() {
    let cases = demo();
    let in_language = |language: ReplyLanguage, needle: &str| {
        cases
            .iter()
            .filter(|r| r.case.reply_language == language && mentions(r, needle))
            .count()
    };
    assert!(in_language(ReplyLanguage::ZhHans, "退款") >= 2);
    assert!(in_language(ReplyLanguage::ZhHant, "退款") >= 2);
    let portuguese_refunds = cases
        .iter()
        .filter(|r| {
            matches!(
                r.case.reply_language,
                ReplyLanguage::PtBr | ReplyLanguage::PtPt
            )
        })
        .filter(|r| mentions(r, "não") && (mentions(r, "reembolso") || mentions(r, "Reembolso")))
        .count();
    assert!(portuguese_refunds >= 3, "{portuguese_refunds}");
    assert!(in_language(ReplyLanguage::PtBr, "não") >= 10);
    assert!(in_language(ReplyLanguage::En, "refund") >= 3);
}

#[test]
fn no_template_placeholders_are_left_in_generated_text() {
    for seed in [1, 42, 2025] {
        for record in generate(DEMO_CASES, seed, now()) {
            for text in texts(&record) {
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{}: {text}",
                    record.case.id
                );
                assert!(!text.trim().is_empty());
            }
        }
    }
}

#[test]
fn no_real_company_or_domain_is_named() {
    for record in generate(DEMO_CASES, 7, now()) {
        if let Some(email) = &record.case.customer.email {
            let domain = email.rsplit('@').next().unwrap();
            assert!(
                domain == "example.com"
                    || domain.ends_with(".example.com")
                    || domain.starts_with("example.")
            );
        }
        for text in texts(&record) {
            let links = text.matches("http").count();
            assert_eq!(
                links,
                text.matches("https://example.com/help").count(),
                "{text}"
            );
        }
    }
}
