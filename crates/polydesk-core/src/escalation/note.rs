//! An escalation's steps as the internal notes that carry them to the CRM: short,
//! readable by a colleague in the CRM's own screen, and read back on pull so that
//! another agent's cache rebuilds the same escalation. The due time travels in the note
//! (RFC 3339) when the CRM has no field mapped for it.
//!
//! ```text
//! Escalated to Payments — severity: critical; risk: legal, vip; due: 2026-12-05T14:00:00Z
//! Reason: The creator's lawyer wrote about the missing payout.
//! ```

use chrono::{DateTime, SecondsFormat, Utc};

use super::{RiskFlag, Severity};

const OPENED: &str = "Escalated to ";
const FOLLOWED_UP: &str = "Escalation followed up";
const RESOLVED: &str = "Escalation resolved";
const DASH: &str = " — ";

/// One step of an escalation, as its note says it.
#[derive(Debug, Clone, PartialEq)]
pub enum EscalationNote {
    Opened {
        team: String,
        severity: Severity,
        risks: Vec<RiskFlag>,
        due_at: Option<DateTime<Utc>>,
        reason: String,
    },
    FollowedUp {
        due_at: Option<DateTime<Utc>>,
        note: String,
    },
    Resolved {
        outcome: String,
    },
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl EscalationNote {
    /// The note's text.
    pub fn text(&self) -> String {
        match self {
            EscalationNote::Opened {
                team,
                severity,
                risks,
                due_at,
                reason,
            } => {
                let risks = if risks.is_empty() {
                    "none".to_string()
                } else {
                    risks
                        .iter()
                        .map(|r| r.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let due = due_at.map(rfc3339).unwrap_or_else(|| "none".into());
                format!(
                    "{OPENED}{team}{DASH}severity: {severity}; risk: {risks}; due: {due}\nReason: {reason}"
                )
            }
            EscalationNote::FollowedUp { due_at, note } => {
                let due = due_at.map(rfc3339).unwrap_or_else(|| "none".into());
                format!("{FOLLOWED_UP}{DASH}due: {due}\nNote: {note}")
            }
            EscalationNote::Resolved { outcome } => format!("{RESOLVED}\nOutcome: {outcome}"),
        }
    }

    /// The step a note carries, if it is an escalation's. Reads what [`Self::text`]
    /// writes, and the shorter `Escalated to TEAM: REASON` notes of earlier versions.
    pub fn parse(text: &str) -> Option<EscalationNote> {
        let text = text.trim();
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        let first = first.trim();
        let rest = rest.trim();
        if let Some(head) = first.strip_prefix(OPENED) {
            return Some(match head.rsplit_once(DASH) {
                Some((team, fields)) => {
                    let field = |key: &str| field(fields, key);
                    EscalationNote::Opened {
                        team: team.trim().to_string(),
                        severity: field("severity")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(Severity::Normal),
                        risks: field("risk")
                            .map(|r| r.split(',').filter_map(|s| s.trim().parse().ok()).collect())
                            .unwrap_or_default(),
                        due_at: field("due").and_then(parse_time),
                        reason: labelled(rest, "Reason:"),
                    }
                }
                // `Escalated to TEAM: REASON`
                None => {
                    let (team, reason) = head.split_once(": ").unwrap_or((head, ""));
                    let reason = [reason.trim(), rest].join("\n").trim().to_string();
                    EscalationNote::Opened {
                        team: team.trim().to_string(),
                        severity: Severity::Normal,
                        risks: Vec::new(),
                        due_at: None,
                        reason,
                    }
                }
            });
        }
        if let Some(head) = first.strip_prefix(FOLLOWED_UP) {
            return Some(EscalationNote::FollowedUp {
                due_at: field(head.trim_start_matches(DASH), "due").and_then(parse_time),
                note: labelled(rest, "Note:"),
            });
        }
        if first == RESOLVED {
            return Some(EscalationNote::Resolved {
                outcome: labelled(rest, "Outcome:"),
            });
        }
        None
    }
}

/// `key: value` among `; `-separated fields.
fn field<'a>(fields: &'a str, key: &str) -> Option<&'a str> {
    fields.split(';').find_map(|f| {
        let (k, v) = f.split_once(':')?;
        (k.trim() == key).then(|| v.trim())
    })
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The text after `label` (the note's body), or all of it when the label is missing.
fn labelled(rest: &str, label: &str) -> String {
    rest.strip_prefix(label).unwrap_or(rest).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    #[test]
    fn an_opened_note_reads_as_a_colleague_would_and_parses_back() {
        let note = EscalationNote::Opened {
            team: "Payments".into(),
            severity: Severity::Critical,
            risks: vec![RiskFlag::Legal, RiskFlag::Vip],
            due_at: Some(Utc.with_ymd_and_hms(2026, 12, 5, 14, 0, 0).unwrap()),
            reason: "The creator's lawyer wrote about the missing payout.".into(),
        };
        assert_eq!(
            note.text(),
            "Escalated to Payments — severity: critical; risk: legal, vip; due: 2026-12-05T14:00:00Z\n\
             Reason: The creator's lawyer wrote about the missing payout."
        );
        assert_eq!(EscalationNote::parse(&note.text()), Some(note));
    }

    #[test]
    fn earlier_short_notes_and_other_notes() {
        assert_eq!(
            EscalationNote::parse("Escalated to Tier 2: refund stuck for 9 days"),
            Some(EscalationNote::Opened {
                team: "Tier 2".into(),
                severity: Severity::Normal,
                risks: vec![],
                due_at: None,
                reason: "refund stuck for 9 days".into(),
            })
        );
        assert_eq!(
            EscalationNote::parse("Called the carrier, no answer."),
            None
        );
        assert_eq!(
            EscalationNote::parse("Escalation resolved\nOutcome: paid out on 12/05"),
            Some(EscalationNote::Resolved {
                outcome: "paid out on 12/05".into()
            })
        );
    }

    fn severity() -> impl Strategy<Value = Severity> {
        prop::sample::select(Severity::ALL.to_vec())
    }

    fn risks() -> impl Strategy<Value = Vec<RiskFlag>> {
        prop::sample::subsequence(RiskFlag::ALL.to_vec(), 0..=RiskFlag::ALL.len())
    }

    fn due() -> impl Strategy<Value = Option<DateTime<Utc>>> {
        prop::option::of((0i64..4_000_000_000).prop_map(|s| Utc.timestamp_opt(s, 0).unwrap()))
    }

    /// Free text as agents write it: any language, several lines, no leading or
    /// trailing blanks (the CRM trims them).
    fn text() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9çãéõ退款到账 .,:;—-]{1,40}(\n[a-zA-Z0-9 退款]{1,20})?"
            .prop_map(|s| s.trim().to_string())
            .prop_filter("not blank", |s| !s.is_empty())
    }

    proptest! {
        #[test]
        fn every_note_parses_back_to_itself(
            team in "[A-Za-z0-9][A-Za-z0-9 &/()-]{0,20}[A-Za-z0-9)]",
            severity in severity(),
            risks in risks(),
            due_at in due(),
            reason in text(),
            outcome in text(),
        ) {
            let notes = [
                EscalationNote::Opened { team, severity, risks, due_at, reason: reason.clone() },
                EscalationNote::FollowedUp { due_at, note: reason },
                EscalationNote::Resolved { outcome },
            ];
            for note in notes {
                prop_assert_eq!(EscalationNote::parse(&note.text()), Some(note));
            }
        }
    }
}
