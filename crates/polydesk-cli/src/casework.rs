//! Casework from the command line: escalations (open, follow up, resolve, list), solving
//! with a root cause and the escalation's outcome, and the root-cause taxonomy. The same
//! core calls as the app; everything is queued for the CRM like replies.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use clap::Subcommand;
use polydesk_core::escalation::{CaseEscalation, RiskFlag, Severity};
use polydesk_core::language::UiLanguage;
use polydesk_core::root_cause::Taxonomy;
use polydesk_core::store::{Escalation, FollowUp, Solve, Store};
use polydesk_core::{workspace, CoreError};

use crate::{emit, Format};

#[derive(clap::Args)]
pub struct EscalateArgs {
    /// The case id.
    id: String,
    /// The team: a CRM group (Zendesk) or queue (Request Tracker).
    #[arg(long)]
    team: String,
    /// critical, high or normal (critical makes the case urgent, high makes it high).
    #[arg(long, default_value = "normal")]
    severity: String,
    /// Risk flags, comma-separated: legal, safety, creator-revenue, public-attention, vip.
    #[arg(long, value_delimiter = ',')]
    risk: Vec<String>,
    /// When to follow up: RFC 3339 (2026-12-05T14:00:00Z) or from now (+4h, +30m, +2d);
    /// by severity when absent (critical 2h, high 8h, normal 24h).
    #[arg(long)]
    due: Option<String>,
    /// Why: the team reads it first.
    #[arg(long)]
    reason: String,
}

#[derive(Subcommand)]
pub enum EscalationsAction {
    /// Escalations, the soonest due first.
    List {
        /// Only the open ones.
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        format: Format,
    },
    /// Close the loop: record the outcome (ESC_ID as listed, e.g. zd-123:1).
    Resolve {
        esc_id: String,
        #[arg(long)]
        outcome: String,
    },
    /// Note a follow-up on the case's open escalation and move its due time.
    FollowUp {
        /// The case id.
        id: String,
        #[arg(long)]
        note: String,
        /// RFC 3339 or from now (+4h).
        #[arg(long)]
        due: String,
    },
}

#[derive(clap::Args)]
pub struct SolveArgs {
    /// The case id.
    id: String,
    /// A root cause slug (see `root-causes list`).
    #[arg(long, value_name = "SLUG")]
    root_cause: Option<String>,
    /// The open escalation's outcome (required when one is open).
    #[arg(long)]
    outcome: Option<String>,
    /// Close instead of solve.
    #[arg(long)]
    close: bool,
}

#[derive(Subcommand)]
pub enum RootCausesAction {
    /// The taxonomy: the data folder's root-causes.toml, else the shipped one.
    List {
        /// Title language: en, pt-BR or zh-Hans.
        #[arg(long, default_value = "en")]
        lang: String,
        #[command(flatten)]
        format: Format,
    },
}

#[derive(Subcommand)]
pub enum SlaAction {
    /// First-response and resolution targets met, missed and still open for the cases
    /// created in a period (the last 7 days unless told).
    Attainment {
        /// Start of the period: RFC 3339, or a date (YYYY-MM-DD, UTC).
        #[arg(long)]
        from: Option<String>,
        /// End of the period (not included); now unless told.
        #[arg(long)]
        to: Option<String>,
        #[command(flatten)]
        format: Format,
    },
}

fn parse_instant(text: &str) -> Result<DateTime<Utc>, CoreError> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text.trim()) {
        return Ok(t.with_timezone(&Utc));
    }
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(|d| d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc())
        .map_err(|_| {
            CoreError::invalid_input(format!(
                "'{text}' is not a time: use a date (2026-12-01) or RFC 3339 (2026-12-01T00:00:00Z)"
            ))
        })
}

pub fn sla(data_dir: &Path, action: SlaAction, now: DateTime<Utc>) -> Result<(), CoreError> {
    let SlaAction::Attainment { from, to, format } = action;
    let to = to.as_deref().map(parse_instant).transpose()?.unwrap_or(now);
    let from = match from.as_deref() {
        Some(f) => parse_instant(f)?,
        None => to - Duration::days(7),
    };
    if from >= to {
        return Err(CoreError::invalid_input(
            "the period is empty: --from must be before --to",
        ));
    }
    let store = Store::open(data_dir)?;
    let report = store.sla_attainment(from, to, now)?;
    emit(&format, &report, || {
        let row = |name: &str, a: &polydesk_core::store::Attainment| {
            format!(
                "{name:<16} met {:>5}   missed {:>5}   open {:>5}\n",
                a.met, a.missed, a.open
            )
        };
        format!(
            "{} case(s) created {} – {}\n{}{}",
            report.cases,
            from.to_rfc3339(),
            to.to_rfc3339(),
            row("first response", &report.first_response),
            row("resolution", &report.resolution)
        )
    })
}

/// A due time as the agent writes it: RFC 3339, or `+N` hours/minutes/days from now.
pub fn parse_due(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, CoreError> {
    let bad = || {
        CoreError::invalid_input(format!(
            "'{text}' is not a due time: use RFC 3339 (2026-12-05T14:00:00Z) or +4h, +30m, +2d"
        ))
    };
    if let Some(rest) = text.trim().strip_prefix('+') {
        let unit = rest.chars().last().ok_or_else(bad)?;
        let n: i64 = rest[..rest.len() - unit.len_utf8()]
            .parse()
            .map_err(|_| bad())?;
        let span = match unit {
            'm' => Duration::try_minutes(n),
            'h' => Duration::try_hours(n),
            'd' => Duration::try_days(n),
            _ => None,
        };
        return span.map(|s| now + s).ok_or_else(bad);
    }
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| bad())
}

pub fn escalate(data_dir: &Path, args: EscalateArgs, now: DateTime<Utc>) -> Result<(), CoreError> {
    let severity: Severity = args.severity.parse()?;
    let risks = args
        .risk
        .iter()
        .filter(|r| !r.trim().is_empty())
        .map(|r| r.trim().parse::<RiskFlag>())
        .collect::<Result<Vec<_>, _>>()?;
    let due_at = args.due.as_deref().map(|d| parse_due(d, now)).transpose()?;
    let mut store = Store::open(data_dir)?;
    let escalation = Escalation {
        case_id: args.id.clone(),
        group: args.team,
        priority: None,
        reason: args.reason,
        severity: Some(severity),
        risks: Some(risks),
        due_at,
    };
    workspace::escalate(&mut store, &escalation, now)?;
    let open = store
        .open_escalation(&args.id)?
        .ok_or_else(|| CoreError::not_found("the escalation was queued but cannot be read back"))?;
    println!(
        "Escalated {} to {} as {} ({}, due {}); it reaches the CRM at the next sync.",
        args.id,
        open.team,
        open.id,
        open.severity,
        open.due_at.map(|d| d.to_rfc3339()).unwrap_or_default()
    );
    Ok(())
}

pub fn escalations(
    data_dir: &Path,
    action: EscalationsAction,
    now: DateTime<Utc>,
) -> Result<(), CoreError> {
    let mut store = Store::open(data_dir)?;
    match action {
        EscalationsAction::List { open, format } => {
            let list = store.list_escalations(open)?;
            emit(&format, &list, || escalation_table(&list, now))?;
        }
        EscalationsAction::Resolve { esc_id, outcome } => {
            let author = workspace::agent_name(&store)?;
            store.resolve_escalation(&esc_id, &outcome, &author, now)?;
            println!("Resolved {esc_id}; it reaches the CRM at the next sync.");
        }
        EscalationsAction::FollowUp { id, note, due } => {
            let author = workspace::agent_name(&store)?;
            let follow_up = FollowUp {
                case_id: id.clone(),
                note,
                due_at: parse_due(&due, now)?,
            };
            store.follow_up_escalation(&follow_up, &author, now)?;
            println!(
                "Followed up {id}; next due {}.",
                follow_up.due_at.to_rfc3339()
            );
        }
    }
    Ok(())
}

pub fn solve(data_dir: &Path, args: SolveArgs, now: DateTime<Utc>) -> Result<(), CoreError> {
    let taxonomy = Taxonomy::load(data_dir)?;
    let mut store = Store::open(data_dir)?;
    let author = workspace::agent_name(&store)?;
    let solve = Solve {
        case_id: args.id.clone(),
        status: args.close.then_some(polydesk_core::domain::Status::Closed),
        root_cause: args.root_cause,
        outcome: args.outcome,
    };
    let note = store.solve_case(&solve, &taxonomy, &author, now)?;
    let closed = if note.is_some() {
        " and its escalation resolved"
    } else {
        ""
    };
    println!(
        "Solved {}{closed}; it reaches the CRM at the next sync.",
        args.id
    );
    Ok(())
}

#[derive(serde::Serialize)]
struct RootCauseRow<'a> {
    slug: &'a str,
    group: &'a str,
    title: &'a str,
    tag: String,
}

pub fn root_causes(data_dir: &Path, action: RootCausesAction) -> Result<(), CoreError> {
    let RootCausesAction::List { lang, format } = action;
    let language: UiLanguage = lang.parse()?;
    let taxonomy = Taxonomy::load(data_dir)?;
    let rows: Vec<RootCauseRow<'_>> = taxonomy
        .causes
        .iter()
        .map(|c| RootCauseRow {
            slug: &c.slug,
            group: &c.group,
            title: c.title(language),
            tag: c.tag(),
        })
        .collect();
    emit(&format, &rows, || {
        let mut out = String::new();
        for r in &rows {
            let _ = writeln!(out, "{:<36} {:<10} {}", r.slug, r.group, r.title);
        }
        out
    })
}

fn escalation_table(list: &[CaseEscalation], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for e in list {
        let due = match (e.is_open(), e.due_at) {
            (true, Some(d)) if d < now => format!("overdue {}h", (now - d).num_hours()),
            (true, Some(d)) => format!("due {}h", (d - now).num_hours()),
            _ => String::new(),
        };
        let risks: Vec<&str> = e.risks.iter().map(|r| r.as_str()).collect();
        let _ = writeln!(
            out,
            "{:<16} {:<9} {:<8} {:<12} {:<18} {:<24} {}",
            e.id,
            e.state,
            e.severity,
            due,
            e.team,
            risks.join(","),
            e.outcome.as_deref().unwrap_or(&e.reason)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn due_times_from_now_or_rfc3339() {
        let now = Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap();
        assert_eq!(parse_due("+4h", now).unwrap(), now + Duration::hours(4));
        assert_eq!(parse_due("+30m", now).unwrap(), now + Duration::minutes(30));
        assert_eq!(parse_due("+2d", now).unwrap(), now + Duration::days(2));
        assert_eq!(
            parse_due("2026-12-05T14:00:00+01:00", now).unwrap(),
            Utc.with_ymd_and_hms(2026, 12, 5, 13, 0, 0).unwrap()
        );
        for bad in ["+4", "+h", "+4w", "tomorrow", "", "+99999999999999d"] {
            let err = parse_due(bad, now).unwrap_err();
            assert!(err.to_string().contains("not a due time"), "{bad}: {err}");
        }
    }
}
