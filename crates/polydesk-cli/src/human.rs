//! Plain-text output for people at a terminal (`--json` is for scripts).

use std::fmt::Write;

use chrono::{DateTime, Utc};
use polydesk_core::read_model::{CaseDetail, CaseSummary, SearchHit};
use polydesk_core::replies::MacroSummary;
use polydesk_core::store::OutboxItem;

pub fn case_table(cases: &[CaseSummary], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for c in cases {
        let due = c
            .sla_next_due
            .or(c.sla_due_at)
            .map(|d| {
                let mins = (d - now).num_minutes();
                if mins < 0 {
                    format!("overdue {}h", -mins / 60)
                } else {
                    format!("due {}h", mins / 60)
                }
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:<12} {:<8} {:<7} {:<8} {:<12} {:<22} {}",
            c.id,
            c.status,
            c.priority,
            c.reply_language,
            due,
            clip(&c.customer.name, 22),
            c.subject
        );
    }
    out
}

pub fn case_thread(d: &CaseDetail) -> String {
    let c = &d.case;
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", c.id, c.subject);
    let _ = writeln!(
        out,
        "{} · {} · {} · {} <{}>",
        c.status,
        c.priority,
        c.reply_language,
        c.customer.name,
        c.customer.email.as_deref().unwrap_or("-")
    );
    if let Some(sla) = &d.sla {
        let due = |t: Option<DateTime<Utc>>| {
            t.map_or("-".to_string(), |t| t.format("%Y-%m-%d %H:%M").to_string())
        };
        let _ = writeln!(
            out,
            "SLA ({:?}{}{}): first response {} · next response {} · resolution {}",
            sla.source,
            if sla.paused { ", paused" } else { "" },
            if sla.breached { ", BREACHED" } else { "" },
            due(sla.first_response_due),
            due(sla.next_response_due),
            due(sla.resolution_due)
        );
    }
    for m in &d.messages {
        let _ = writeln!(
            out,
            "\n[{}] {} — {} ({})\n{}",
            m.direction,
            m.author,
            m.created_at.format("%Y-%m-%d %H:%M"),
            m.language.as_deref().unwrap_or("und"),
            m.body_text
        );
    }
    if let Some(draft) = &d.draft {
        let _ = writeln!(out, "\n[draft]\n{}", draft.body);
    }
    out
}

pub fn search_hits(hits: &[SearchHit]) -> String {
    let mut out = String::new();
    for h in hits {
        let _ = writeln!(
            out,
            "{:<12} {}\n             {}",
            h.case_id, h.subject, h.snippet
        );
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}

pub fn macro_table(macros: &[MacroSummary]) -> String {
    let mut out = String::new();
    for m in macros {
        let locales: Vec<&str> = m.locales.iter().map(|l| l.as_str()).collect();
        let _ = writeln!(
            out,
            "{:<32} {:<18} {:<34} {}",
            m.id,
            m.category.as_deref().unwrap_or("-"),
            locales.join(","),
            m.title
        );
    }
    out
}

pub fn outbox_table(items: &[OutboxItem]) -> String {
    let mut out = String::new();
    for i in items {
        let _ = writeln!(
            out,
            "{:<38} {:<14} {:<6} {:<9} {:>2} {}",
            i.id,
            i.case_id,
            i.kind,
            i.state,
            i.attempts,
            i.last_error.as_deref().unwrap_or("")
        );
    }
    out
}
