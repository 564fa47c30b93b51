//! SLA clocks over the cache. The clocks themselves are pure (`crate::sla::clocks`); here
//! they get their inputs — the statuses the case was seen in, the agent's queued status
//! changes, its public messages (replies still queued count: the agent answered), its
//! priority with queued changes on top, the CRM's due time — and each case keeps the
//! earliest due time of its open targets (`cases.sla_next_due`) for the `breaching` view
//! and the list's countdown. It is kept whenever a case, its thread or its queued
//! changes move, and for every case when the policy file changes.
//!
//! Statuses: the cache keeps each synced status a case was seen in, stamped with the
//! case's `updated_at` then. A case first seen pending or solved is taken to be so since
//! that stamp (the CRM's export does not say since when); one first seen new or open has
//! run since it was created.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_update::pending_changes;
use super::codec::{from_millis, to_millis};
use super::{setting, Store};
use crate::domain::{Direction, FieldChange, Priority, Status};
use crate::error::Result;
use crate::sla::{self, CaseHistory, SlaClocks, SlaPolicy, SlaSource, TargetClock, TargetState};

/// Where a case stands against its SLA, as the case pane and `cases show --json` tell it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseSla {
    #[ts(type = "string | null")]
    pub first_response_due: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub next_response_due: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub resolution_due: Option<DateTime<Utc>>,
    /// Pending or on hold: no clock runs.
    pub paused: bool,
    /// A target is past due and not done.
    pub breached: bool,
    /// Breached, or a target falls due within the policy's warning window.
    pub breaching: bool,
    /// `crm` when a due time comes from the CRM (Zendesk SLA, RT Due), else `policy`.
    pub source: SlaSource,
    /// Each target the policy (or the CRM) sets, in order: first response, next
    /// response, resolution.
    pub targets: Vec<SlaTarget>,
}

/// The targets an SLA sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SlaTargetKind {
    FirstResponse,
    NextResponse,
    Resolution,
}

/// One target's clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SlaTarget {
    pub kind: SlaTargetKind,
    pub state: TargetState,
    /// When it is (or was) due; null while paused short of its target.
    #[ts(type = "string | null")]
    pub due_at: Option<DateTime<Utc>>,
    #[ts(type = "string | null")]
    pub done_at: Option<DateTime<Utc>>,
    pub source: SlaSource,
}

impl CaseSla {
    fn of(clocks: &SlaClocks, now: DateTime<Utc>, warning: Duration) -> CaseSla {
        let due = |t: &Option<TargetClock>| t.as_ref().and_then(|t| t.due_at);
        let targets = [
            (SlaTargetKind::FirstResponse, &clocks.first_response),
            (SlaTargetKind::NextResponse, &clocks.next_response),
            (SlaTargetKind::Resolution, &clocks.resolution),
        ]
        .into_iter()
        .filter_map(|(kind, t)| {
            t.as_ref().map(|t| SlaTarget {
                kind,
                state: t.state,
                due_at: t.due_at,
                done_at: t.done_at,
                source: t.source,
            })
        })
        .collect();
        CaseSla {
            first_response_due: due(&clocks.first_response),
            next_response_due: due(&clocks.next_response),
            resolution_due: due(&clocks.resolution),
            paused: clocks.paused,
            breached: clocks.breached(),
            breaching: clocks.breaching(now, warning),
            source: clocks.source(),
            targets,
        }
    }
}

/// Met / missed / still open, for one target over a period's cases.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Attainment {
    pub met: u32,
    /// Done late, or past due and still not done.
    pub missed: u32,
    /// Not done and not yet due (running or paused).
    pub open: u32,
}

impl Attainment {
    fn count(&mut self, state: TargetState) {
        match state {
            TargetState::Met => self.met += 1,
            TargetState::Missed | TargetState::Breached => self.missed += 1,
            TargetState::Running | TargetState::Paused => self.open += 1,
        }
    }
}

/// SLA attainment of the cases created in `[from, to)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SlaAttainment {
    #[ts(type = "string")]
    pub from: DateTime<Utc>,
    #[ts(type = "string")]
    pub to: DateTime<Utc>,
    pub cases: u32,
    pub first_response: Attainment,
    pub resolution: Attainment,
}

/// The statuses a case was seen in, oldest first.
fn synced_statuses(conn: &Connection, case_id: &str) -> Result<Vec<(DateTime<Utc>, Status)>> {
    let mut stmt =
        conn.prepare_cached("SELECT at, status FROM case_statuses WHERE case_id = ?1 ORDER BY at")?;
    let rows = stmt.query_map([case_id], |r| Ok((from_millis(r.get(0)?), r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remember the status a pulled case is in, if it is not the one last seen. `updated_at`
/// stamps the change; a case first seen new or open runs from `created_at`.
pub(super) fn note_synced_status(
    conn: &Connection,
    case_id: &str,
    status: Status,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
) -> Result<()> {
    let last: Option<Status> = conn
        .prepare_cached(
            "SELECT status FROM case_statuses WHERE case_id = ?1 ORDER BY at DESC LIMIT 1",
        )?
        .query_row([case_id], |r| r.get(0))
        .optional()?;
    let at = match (last, status) {
        (Some(seen), _) if seen == status => return Ok(()),
        (None, Status::New | Status::Open) => created_at,
        _ => updated_at,
    };
    conn.prepare_cached(
        "INSERT INTO case_statuses (case_id, at, status) VALUES (?1, ?2, ?3)
         ON CONFLICT (case_id, at) DO UPDATE SET status = excluded.status",
    )?
    .execute(params![case_id, to_millis(at), status])?;
    Ok(())
}

/// Everything a case's clocks are computed from, as the agent sees the case (their
/// queued changes on top). `None` when the cache has no such case.
fn case_history(conn: &Connection, case_id: &str) -> Result<Option<CaseHistory>> {
    let row: Option<(i64, Priority, Status, Option<i64>, i64)> = conn
        .prepare_cached(
            "SELECT created_at, priority, status, sla_due_at, updated_at FROM cases WHERE id = ?1",
        )?
        .query_row([case_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((created_at, mut priority, status, crm_due, updated_at)) = row else {
        return Ok(None);
    };
    let mut statuses = synced_statuses(conn, case_id)?;
    if statuses.last().map(|(_, s)| *s) != Some(status) && status != Status::New {
        // Seen before statuses were kept (an older cache): in it since it was last updated.
        statuses.push((from_millis(updated_at), status));
    }
    for (at, change) in pending_changes(conn, case_id)? {
        match change {
            FieldChange::Status { to, .. } => statuses.push((at, to)),
            FieldChange::Priority { to, .. } => priority = to,
            _ => {}
        }
    }
    statuses.sort_by_key(|(at, _)| *at);
    let mut stmt = conn.prepare_cached(
        "SELECT created_at, direction FROM messages
         WHERE case_id = ?1 AND direction <> 'note' ORDER BY created_at",
    )?;
    let messages = stmt
        .query_map([case_id], |r| {
            Ok((from_millis(r.get(0)?), r.get::<_, Direction>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(CaseHistory {
        created_at: from_millis(created_at),
        priority,
        statuses,
        messages,
        crm_due: crm_due.map(from_millis),
    }))
}

/// Keep `cases.sla_next_due` of one case: the earliest due time of its open targets.
pub(super) fn refresh(
    conn: &Connection,
    case_id: &str,
    policy: &SlaPolicy,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(history) = case_history(conn, case_id)? else {
        return Ok(());
    };
    // A solved or closed case has no clock left running.
    let done = matches!(
        history.statuses.last().map(|(_, s)| *s),
        Some(Status::Solved | Status::Closed)
    );
    let due = if done {
        None
    } else {
        sla::clocks(policy, &history, now).next_due().map(to_millis)
    };
    conn.prepare_cached("UPDATE cases SET sla_next_due = ?2 WHERE id = ?1")?
        .execute(params![case_id, due])?;
    Ok(())
}

/// Cases told per batch (one transaction; the store's lock is held that long).
pub const SLA_BATCH: usize = 2_000;

/// What identifies a policy: when it changes, every case's due time is told again.
fn fingerprint(policy: &SlaPolicy) -> String {
    format!("{policy:?}")
}

impl Store {
    /// The policy the clocks count by.
    pub fn sla_policy(&self) -> &SlaPolicy {
        &self.sla
    }

    /// Where `case_id` stands against its SLA at `now`.
    pub fn case_sla(&self, case_id: &str, now: DateTime<Utc>) -> Result<Option<CaseSla>> {
        Ok(case_history(&self.conn, case_id)?.map(|history| {
            CaseSla::of(
                &sla::clocks(&self.sla, &history, now),
                now,
                self.sla.warning,
            )
        }))
    }

    /// Whether some cases' due times are not told for the policy in force: a new cache
    /// from an older Polydesk, an edited `sla-policy.toml`, or a first sync (a bulk load
    /// leaves them for afterwards, as it does languages).
    pub fn sla_untold(&self) -> Result<bool> {
        Ok(self.setting(setting::SLA_POLICY)?.as_deref() != Some(fingerprint(&self.sla).as_str()))
    }

    /// Tell the due times of up to `limit` cases after rowid `after` (unsolved ones, and
    /// any still carrying a due time), in one transaction. Returns the last rowid told;
    /// `None` once there are none left — the cache is then marked told.
    pub fn tell_sla_batch(
        &mut self,
        after: i64,
        limit: usize,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>> {
        let policy = self.sla.clone();
        let tx = self.conn.transaction()?;
        if after == 0 {
            // The statuses a bulk load saw, as `note_synced_status` notes them at first sight.
            tx.execute(
                "INSERT INTO case_statuses (case_id, at, status)
                 SELECT c.id, CASE WHEN c.status = 'open' THEN c.created_at ELSE c.updated_at END, c.status
                 FROM cases c
                 WHERE c.status <> 'new'
                   AND NOT EXISTS (SELECT 1 FROM case_statuses s WHERE s.case_id = c.id)",
                [],
            )?;
        }
        let rows: Vec<(i64, String)> = tx
            .prepare_cached(
                "SELECT rowid, id FROM cases
                 WHERE rowid > ?1 AND (unsolved = 1 OR sla_next_due IS NOT NULL)
                 ORDER BY rowid LIMIT ?2",
            )?
            .query_map(params![after, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (_, id) in &rows {
            refresh(&tx, id, &policy, now)?;
        }
        if rows.is_empty() {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![setting::SLA_POLICY, fingerprint(&policy)],
            )?;
        }
        tx.commit()?;
        self.views_changed();
        Ok(rows.last().map(|(rowid, _)| *rowid))
    }

    /// Tell every untold due time now; how many cases were told.
    pub fn tell_all_sla(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let mut told = 0;
        if !self.sla_untold()? {
            return Ok(told);
        }
        let mut after = 0;
        while let Some(last) = self.tell_sla_batch(after, SLA_BATCH, now)? {
            told += 1;
            after = last;
        }
        Ok(told)
    }

    /// At open: a cache with few cases to tell is told at once; a bigger one is left to
    /// the sync's pass after its pull (the app must not wait on it to start).
    pub(super) fn tell_sla_if_few(&mut self, now: DateTime<Utc>) -> Result<()> {
        if !self.sla_untold()? {
            return Ok(());
        }
        let candidates: i64 = self.conn.query_row(
            "SELECT count(*) FROM cases WHERE unsolved = 1 OR sla_next_due IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        if candidates as usize <= SLA_BATCH {
            self.tell_all_sla(now)?;
        }
        Ok(())
    }

    /// Mark every due time untold (a bulk load skips them).
    pub(super) fn forget_sla_policy(&mut self) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [setting::SLA_POLICY])?;
        Ok(())
    }

    /// First-response and resolution attainment of the cases created in `[from, to)`,
    /// as of `now`.
    pub fn sla_attainment(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<SlaAttainment> {
        let ids: Vec<String> = self
            .conn
            .prepare_cached("SELECT id FROM cases WHERE created_at >= ?1 AND created_at < ?2")?
            .query_map(params![to_millis(from), to_millis(to)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut report = SlaAttainment {
            from,
            to,
            cases: 0,
            first_response: Attainment::default(),
            resolution: Attainment::default(),
        };
        for id in &ids {
            let Some(history) = case_history(&self.conn, id)? else {
                continue;
            };
            let clocks = sla::clocks(&self.sla, &history, now);
            report.cases += 1;
            if let Some(t) = &clocks.first_response {
                report.first_response.count(t.state);
            }
            if let Some(t) = &clocks.resolution {
                report.resolution.count(t.state);
            }
        }
        Ok(report)
    }
}
