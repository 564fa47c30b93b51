//! Reminders: an escalation due for follow-up, a case about to breach its SLA. The cache
//! says which are due and remembers which the agent was shown, so each reminds once —
//! a follow-up that moves the due time, or a clock that runs again, reminds anew. The
//! app shows them (a desktop notification and in the window); an escalation's reminder
//! joins its log.
//!
//! Only what is happening now reminds: escalations that fell due in the last day (the
//! app was closed at the time), and SLA targets not yet breached but due within the
//! policy's warning window. Older breaches are the `breaching` view's business, not a
//! burst of notifications when the laptop opens.

use chrono::{DateTime, Duration, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codec::{from_millis, to_millis};
use super::Store;
use crate::error::Result;
use crate::escalation::{CaseEscalation, EscalationStep, EscalationStepKind};

crate::choice_enum! {
    /// What a reminder is about.
    ReminderKind { EscalationDue => "escalation-due", SlaWarning => "sla-warning" }
}

/// How far back an escalation's due time still reminds.
pub const ESCALATION_LOOKBACK_HOURS: i64 = 24;
/// At most this many reminders at once (the soonest due); the rest come next time.
pub const MAX_REMINDERS: usize = 20;

/// One thing to remind the agent of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Reminder {
    /// Stable while the thing it reminds of is the same (kind, what, due time).
    pub key: String,
    pub kind: ReminderKind,
    pub case_id: String,
    pub subject: String,
    #[ts(type = "string")]
    pub due_at: DateTime<Utc>,
    /// The escalation's team (`escalation-due` only).
    pub team: Option<String>,
    /// The escalation reminded of (`escalation-due` only).
    pub escalation_id: Option<String>,
}

fn key(kind: ReminderKind, what: &str, due: DateTime<Utc>) -> String {
    format!("{}:{what}:{}", kind.as_str(), to_millis(due))
}

impl Store {
    /// What is due for a reminder at `now` and was not shown yet, the soonest due first.
    pub fn due_reminders(&self, now: DateTime<Utc>) -> Result<Vec<Reminder>> {
        let mut due = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.case_id, e.due_at, c.subject, e.data FROM escalations e
             JOIN cases c ON c.id = e.case_id
             WHERE e.state = 'open' AND e.due_at BETWEEN ?1 AND ?2
             ORDER BY e.due_at",
        )?;
        let lookback = now - Duration::hours(ESCALATION_LOOKBACK_HOURS);
        let rows = stmt.query_map(params![to_millis(lookback), to_millis(now)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                from_millis(r.get(2)?),
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (id, case_id, due_at, subject, data) = row?;
            let team = serde_json::from_str::<CaseEscalation>(&data)
                .ok()
                .map(|e| e.team);
            due.push(Reminder {
                key: key(ReminderKind::EscalationDue, &id, due_at),
                kind: ReminderKind::EscalationDue,
                case_id,
                subject,
                due_at,
                team,
                escalation_id: Some(id),
            });
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, subject, sla_next_due FROM cases
             WHERE sla_next_due IS NOT NULL AND sla_next_due > ?1 AND sla_next_due <= ?2
             ORDER BY sla_next_due",
        )?;
        let horizon = now + self.sla.warning;
        let rows = stmt.query_map(params![to_millis(now), to_millis(horizon)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                from_millis(r.get(2)?),
            ))
        })?;
        for row in rows {
            let (case_id, subject, due_at) = row?;
            due.push(Reminder {
                key: key(ReminderKind::SlaWarning, &case_id, due_at),
                kind: ReminderKind::SlaWarning,
                case_id,
                subject,
                due_at,
                team: None,
                escalation_id: None,
            });
        }
        let mut shown = self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM reminders WHERE key = ?1)")?;
        let mut fresh = Vec::new();
        for r in due {
            if !shown.query_row([&r.key], |row| row.get::<_, bool>(0))? {
                fresh.push(r);
            }
        }
        fresh.sort_by_key(|r| r.due_at);
        fresh.truncate(MAX_REMINDERS);
        Ok(fresh)
    }

    /// Remember that the agent was shown `reminder` at `now` (again is harmless).
    pub fn reminder_shown(&mut self, reminder: &Reminder, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO reminders (key, kind, case_id, escalation_id, due_at, shown_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO NOTHING",
            params![
                reminder.key,
                reminder.kind.as_str(),
                reminder.case_id,
                reminder.escalation_id,
                to_millis(reminder.due_at),
                to_millis(now)
            ],
        )?;
        Ok(())
    }

    /// `escalations` with the reminders the agent was shown joined to their logs.
    pub(super) fn with_reminders(
        &self,
        mut escalations: Vec<CaseEscalation>,
    ) -> Result<Vec<CaseEscalation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT shown_at FROM reminders WHERE escalation_id = ?1 ORDER BY shown_at",
        )?;
        for e in &mut escalations {
            let shown = stmt
                .query_map([&e.id], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            if shown.is_empty() {
                continue;
            }
            e.log.extend(shown.into_iter().map(|at| EscalationStep {
                kind: EscalationStepKind::Reminded,
                by: String::new(),
                at: from_millis(at),
                text: String::new(),
                queued: false,
            }));
            e.log.sort_by_key(|s| s.at);
        }
        Ok(escalations)
    }
}
