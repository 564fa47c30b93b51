//! SLA clocks: how much of each target's time a case has used, and when it is due. A
//! pure function of the case's status and message history, the policy and the time now.
//!
//! Targets count working time of the team's calendar only, and stand still while the
//! case is pending or on hold (the team waits on the customer or a third party). A
//! response target ends at the team's first public reply, or when the case is solved;
//! the next-response target starts again each time the customer writes after a reply.
//! The CRM's own due time (Zendesk's SLA, RT's Due), when the case has one, wins over
//! the policy for the reply the customer is waiting for.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::calendar::BusinessCalendar;
use super::policy::{SlaPolicy, Targets};
use crate::domain::{Direction, Priority, Status};

/// What the clocks are computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseHistory {
    pub created_at: DateTime<Utc>,
    pub priority: Priority,
    /// Status changes in time order; before the first the case is `new`.
    pub statuses: Vec<(DateTime<Utc>, Status)>,
    /// The thread's messages in time order (notes are ignored: the customer sees none).
    pub messages: Vec<(DateTime<Utc>, Direction)>,
    /// The CRM's due time for the reply the customer waits for, if the CRM keeps one.
    pub crm_due: Option<DateTime<Utc>>,
}

/// Where a target's due time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SlaSource {
    /// The CRM's own SLA (Zendesk) or due date (RT).
    Crm,
    /// The team's policy in `sla-policy.toml`.
    Policy,
}

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TargetState {
    /// Counting down.
    Running,
    /// Standing still while the case is pending or on hold.
    Paused,
    /// Past due and still not done.
    Breached,
    /// Done in time.
    Met,
    /// Done, late.
    Missed,
}

impl TargetState {
    pub fn is_open(self) -> bool {
        matches!(
            self,
            TargetState::Running | TargetState::Paused | TargetState::Breached
        )
    }
}

/// One target's clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetClock {
    pub state: TargetState,
    /// When it is (or was) due; `None` while paused short of its target (it moves).
    pub due_at: Option<DateTime<Utc>>,
    /// When the target was done (the reply, the solve).
    pub done_at: Option<DateTime<Utc>>,
    /// Working time counted so far, in seconds.
    pub used_secs: i64,
    /// The target, in seconds of working time (the CRM's targets count from its due time).
    pub target_secs: i64,
    pub source: SlaSource,
}

/// A case's clocks. A target the policy does not set for the case's priority is `None`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlaClocks {
    pub first_response: Option<TargetClock>,
    /// The reply to the customer's latest message after a reply, once there is one.
    pub next_response: Option<TargetClock>,
    pub resolution: Option<TargetClock>,
    /// The case is pending or on hold: no clock runs.
    pub paused: bool,
}

impl SlaClocks {
    fn targets(&self) -> impl Iterator<Item = &TargetClock> {
        [&self.first_response, &self.next_response, &self.resolution]
            .into_iter()
            .flatten()
    }

    /// A target not done and past its due time.
    pub fn breached(&self) -> bool {
        self.targets().any(|t| t.state == TargetState::Breached)
    }

    /// Breached, or an open target due within `warning` of now.
    pub fn breaching(&self, now: DateTime<Utc>, warning: Duration) -> bool {
        self.targets().any(|t| {
            t.state == TargetState::Breached
                || (t.state == TargetState::Running
                    && t.due_at.is_some_and(|due| due - now <= warning))
        })
    }

    /// The earliest due time of the targets still open.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.targets()
            .filter(|t| t.state.is_open())
            .filter_map(|t| t.due_at)
            .min()
    }

    /// Whether any target comes from the CRM.
    pub fn source(&self) -> SlaSource {
        if self.targets().any(|t| t.source == SlaSource::Crm) {
            SlaSource::Crm
        } else {
            SlaSource::Policy
        }
    }
}

fn pauses(status: Status) -> bool {
    matches!(status, Status::Pending | Status::OnHold)
}

fn is_done(status: Status) -> bool {
    matches!(status, Status::Solved | Status::Closed)
}

impl CaseHistory {
    fn status_at(&self, at: DateTime<Utc>) -> Status {
        self.statuses
            .iter()
            .take_while(|(when, _)| *when <= at)
            .last()
            .map_or(Status::New, |(_, s)| *s)
    }

    /// When the case became solved (or closed) and stayed so until `now`, if it is.
    fn solved_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if !is_done(self.status_at(now)) {
            return None;
        }
        let mut since = None;
        for (when, status) in self.statuses.iter().filter(|(w, _)| *w <= now) {
            match (is_done(*status), since) {
                (true, None) => since = Some(*when),
                (false, _) => since = None,
                _ => {}
            }
        }
        since
    }

    /// The stretches of `[from, to)` when the case was neither pending nor on hold.
    pub fn running_spans(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let mut spans = Vec::new();
        if to <= from {
            return spans;
        }
        let mut start = (!pauses(self.status_at(from))).then_some(from);
        for (when, status) in self.statuses.iter().filter(|(w, _)| from < *w && *w < to) {
            match (pauses(*status), start) {
                (true, Some(s)) => {
                    if s < *when {
                        spans.push((s, *when));
                    }
                    start = None;
                }
                (false, None) => start = Some(*when),
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push((s, to));
        }
        spans
    }

    /// Working time the clock counted between two instants: open hours, not paused.
    pub fn counted_time(
        &self,
        calendar: &BusinessCalendar,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Duration {
        self.running_spans(from, to)
            .into_iter()
            .map(|(a, b)| calendar.working_time(a, b))
            .fold(Duration::zero(), |sum, d| sum + d)
    }

    /// The instant a clock started at `from` has counted `target`, if that happened by
    /// `until`.
    fn reached_by(
        &self,
        calendar: &BusinessCalendar,
        from: DateTime<Utc>,
        target: Duration,
        until: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let mut left = target;
        for (a, b) in self.running_spans(from, until) {
            let here = calendar.working_time(a, b);
            if left <= here {
                return calendar.add_working_time(a, left);
            }
            left -= here;
        }
        None
    }

    /// Public messages (`Inbound` and `Outbound`) in time order.
    fn public(&self) -> impl Iterator<Item = (DateTime<Utc>, Direction)> + '_ {
        self.messages
            .iter()
            .copied()
            .filter(|(_, d)| *d != Direction::Note)
    }

    /// The start of the latest wait for a reply after the first one, and its end (the
    /// reply), if the customer wrote again after a reply.
    fn latest_wait(&self) -> Option<(DateTime<Utc>, Option<DateTime<Utc>>)> {
        let mut replied = false;
        let mut wait: Option<(DateTime<Utc>, Option<DateTime<Utc>>)> = None;
        for (when, direction) in self.public() {
            match direction {
                Direction::Outbound => {
                    replied = true;
                    if let Some((_, end @ None)) = &mut wait {
                        *end = Some(when);
                    }
                }
                // The first message after a reply starts a wait; more messages join it.
                Direction::Inbound if replied && !matches!(wait, Some((_, None))) => {
                    wait = Some((when, None));
                }
                _ => {}
            }
        }
        wait
    }
}

/// One target's clock: started at `start`, done at `done` (if it is), against `target`
/// of working time, or against the CRM's own due time.
fn target_clock(
    calendar: &BusinessCalendar,
    history: &CaseHistory,
    start: DateTime<Utc>,
    done: Option<DateTime<Utc>>,
    target: Duration,
    crm_due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> TargetClock {
    let until = done.unwrap_or(now).min(now).max(start);
    let used = history.counted_time(calendar, start, until);
    let paused = done.is_none() && pauses(history.status_at(now));
    let (due_at, source) = match crm_due {
        Some(due) => (Some(due), SlaSource::Crm),
        None => {
            let due = history
                .reached_by(calendar, start, target, until)
                .or_else(|| {
                    // Not reached yet: due after the rest of the target, unless it stands still.
                    // (From its start when that is still ahead: clocks disagree.)
                    (done.is_none() && !paused)
                        .then(|| calendar.add_working_time(now.max(start), target - used))
                        .flatten()
                });
            (due, SlaSource::Policy)
        }
    };
    let state = match (done, due_at) {
        (Some(done), Some(due)) if done > due => TargetState::Missed,
        (Some(_), _) => TargetState::Met,
        (None, Some(due)) if now >= due => TargetState::Breached,
        (None, _) if paused => TargetState::Paused,
        (None, _) => TargetState::Running,
    };
    let target_secs = match (source, due_at) {
        (SlaSource::Crm, Some(due)) => history.counted_time(calendar, start, due).num_seconds(),
        _ => target.num_seconds(),
    };
    TargetClock {
        state,
        due_at,
        done_at: done,
        used_secs: used.num_seconds(),
        target_secs,
        source,
    }
}

/// The clocks of a case at `now`, under `policy`.
pub fn clocks(policy: &SlaPolicy, history: &CaseHistory, now: DateTime<Utc>) -> SlaClocks {
    let calendar = &policy.calendar;
    let targets: Option<&Targets> = policy.targets.get(&history.priority);
    let solved = history.solved_at(now);
    let first_reply = history
        .public()
        .find(|(_, d)| *d == Direction::Outbound)
        .map(|(when, _)| when);
    // A reply or a solve ends a wait for a reply, whichever came first.
    let answered = |reply: Option<DateTime<Utc>>| match (reply, solved) {
        (Some(r), Some(s)) => Some(r.min(s)),
        (r, s) => r.or(s),
    };
    let wait = history.latest_wait();
    // The CRM's due time is for the reply the customer waits for now.
    let waiting_first = answered(first_reply).is_none();
    let waiting_next = wait.is_some_and(|(_, reply)| answered(reply).is_none());

    let first_response = targets.and_then(|t| t.first_response).map(|target| {
        let crm = history.crm_due.filter(|_| waiting_first);
        let done = answered(first_reply);
        target_clock(
            calendar,
            history,
            history.created_at,
            done,
            target,
            crm,
            now,
        )
    });
    let next_response =
        targets
            .and_then(|t| t.next_response)
            .zip(wait)
            .map(|(target, (start, reply))| {
                let crm = history.crm_due.filter(|_| waiting_next);
                let done = answered(reply).filter(|d| *d >= start);
                target_clock(calendar, history, start, done, target, crm, now)
            });
    let resolution = targets.and_then(|t| t.resolution).map(|target| {
        target_clock(
            calendar,
            history,
            history.created_at,
            solved,
            target,
            None,
            now,
        )
    });
    SlaClocks {
        first_response,
        next_response,
        resolution,
        paused: solved.is_none() && pauses(history.status_at(now)),
    }
}

#[cfg(test)]
#[path = "clock_tests.rs"]
mod tests;
