//! Pure sync decisions: which queued changes go next, how long a failed one waits, and
//! what an answer means for the outbox item. No I/O here.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::model::{FieldChange, FieldConflict, Mutation, PushOutcome};

/// First wait after a failed attempt, and the longest.
const BACKOFF_BASE: Duration = Duration::from_secs(2);
const BACKOFF_MAX: Duration = Duration::from_secs(15 * 60);

/// The per-case queues to push now: FIFO within a case (only the head of each case's
/// queue is eligible, later changes wait behind it), cases in order of their oldest
/// change. Items are given oldest first. `ready` says whether an item's backoff is over
/// (ignored when `force`).
pub fn plan_pushes(
    items: Vec<Mutation>,
    ready: impl Fn(&Mutation) -> bool,
    force: bool,
) -> Vec<Vec<Mutation>> {
    let mut queues: Vec<Vec<Mutation>> = Vec::new();
    for item in items {
        match queues.iter_mut().find(|q| q[0].case_id == item.case_id) {
            Some(q) => q.push(item),
            None => queues.push(vec![item]),
        }
    }
    queues.retain(|q| force || ready(&q[0]));
    queues
}

/// How long to wait after `attempts` failed attempts: exponential, capped, with jitter
/// in [0.5, 1.5) from `jitter` (a uniform draw in [0, 1)) so clients don't retry in step.
pub fn backoff(attempts: u32, jitter: f64) -> Duration {
    let exp = BACKOFF_BASE.saturating_mul(1u32.checked_shl(attempts.min(20)).unwrap_or(u32::MAX));
    exp.min(BACKOFF_MAX).mul_f64(0.5 + jitter.clamp(0.0, 1.0))
}

/// How long the sync loop waits before its next round when online: the regular `period`,
/// or less when a change that failed is due for its retry sooner (never a busy loop: at
/// least `RETRY_GRANULARITY`).
pub fn next_round_wait(
    period: Duration,
    now: DateTime<Utc>,
    next_retry: Option<DateTime<Utc>>,
) -> Duration {
    let Some(at) = next_retry else {
        return period;
    };
    let until = (at - now).to_std().unwrap_or_default();
    until.clamp(RETRY_GRANULARITY, period.max(RETRY_GRANULARITY))
}

/// The shortest wait between two rounds that a retry can ask for.
pub const RETRY_GRANULARITY: Duration = Duration::from_millis(100);

/// What happens to an outbox item after an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemDecision {
    /// Remove it from the outbox; the message is in the CRM.
    Done { remote_id: Option<String> },
    /// Count the attempt and wait this long.
    Retry { wait: Duration, error: String },
    /// Keep it, show it, let the rest of the queue go on.
    Rejected { error: String },
    /// The same field changed on both sides: keep the conflicting changes (rebased on
    /// `base_version`), show both values to the agent; the case's queue waits.
    Conflict {
        error: String,
        conflicts: Vec<FieldConflict>,
        keep: Vec<FieldChange>,
        base_version: String,
    },
    /// Nothing was attempted: no attempt is counted, the whole push phase stops.
    StopOffline { error: String },
    /// Stop pushing until the agent signs in again.
    StopAuth { error: String },
}

impl ItemDecision {
    /// Whether later changes of the same case may go now.
    pub fn case_may_continue(&self) -> bool {
        matches!(
            self,
            ItemDecision::Done { .. } | ItemDecision::Rejected { .. }
        )
    }
}

/// Decide from an answer. An unknown outcome is retried, but only after the change has
/// been looked for in the CRM (the engine reads back before every retry).
pub fn decide(outcome: PushOutcome, attempts_before: u32, jitter: f64) -> ItemDecision {
    let retry = |error: String, floor: Option<Duration>| ItemDecision::Retry {
        wait: backoff(attempts_before, jitter).max(floor.unwrap_or_default()),
        error,
    };
    match outcome {
        PushOutcome::Done { remote_id } => ItemDecision::Done { remote_id },
        PushOutcome::RetryLater { after, reason } => retry(reason, after),
        PushOutcome::Unknown { reason } => retry(
            format!("{reason} (will check the CRM before retrying)"),
            None,
        ),
        PushOutcome::Rejected { reason } => ItemDecision::Rejected { error: reason },
        // The engine rebases stale field changes itself; one still stale afterwards lost
        // a race with another edit and simply goes round again.
        PushOutcome::Stale { reason } => retry(reason, None),
        PushOutcome::Offline { reason } => ItemDecision::StopOffline { error: reason },
        PushOutcome::Reauthenticate { reason } => ItemDecision::StopAuth { error: reason },
    }
}

/// Whether a remote case version should replace the cached one: only when it is newer
/// by the CRM's own clock (never compared with this computer's clock).
pub fn remote_is_newer(cached_updated_ms: Option<i64>, remote_updated_ms: i64) -> bool {
    cached_updated_ms.is_none_or(|cached| remote_updated_ms >= cached)
}

#[cfg(test)]
mod tests {
    use super::super::model::MutationKind;
    use super::*;

    fn m(id: &str, case: &str, attempts: u32) -> Mutation {
        Mutation {
            id: id.into(),
            case_id: case.into(),
            crm_id: case.into(),
            kind: MutationKind::Reply {
                body: id.into(),
                files: Vec::new(),
            },
            base_version: None,
            attempts,
            queued_at_ms: 0,
        }
    }

    #[test]
    fn queues_are_fifo_per_case_and_wait_behind_their_head() {
        let items = vec![
            m("a1", "A", 0),
            m("b1", "B", 3),
            m("a2", "A", 0),
            m("c1", "C", 0),
        ];
        let ready = |x: &Mutation| x.attempts == 0;
        let plan = plan_pushes(items.clone(), ready, false);
        let ids: Vec<Vec<&str>> = plan
            .iter()
            .map(|q| q.iter().map(|x| x.id.as_str()).collect())
            .collect();
        assert_eq!(
            ids,
            vec![vec!["a1", "a2"], vec!["c1"]],
            "B's head is backing off"
        );
        let forced = plan_pushes(items, ready, true);
        assert_eq!(forced.len(), 3, "--once pushes whatever the backoff says");
    }

    #[test]
    fn a_retry_due_before_the_next_round_brings_the_round_forward() {
        let now = Utc::now();
        let period = Duration::from_secs(30);
        assert_eq!(next_round_wait(period, now, None), period);
        let soon = now + chrono::Duration::milliseconds(2_500);
        assert_eq!(
            next_round_wait(period, now, Some(soon)),
            Duration::from_millis(2_500)
        );
        let later = now + chrono::Duration::seconds(90);
        assert_eq!(next_round_wait(period, now, Some(later)), period);
        let overdue = now - chrono::Duration::seconds(5);
        assert_eq!(
            next_round_wait(period, now, Some(overdue)),
            RETRY_GRANULARITY,
            "an overdue retry goes at once, but never in a busy loop"
        );
    }

    #[test]
    fn backoff_grows_caps_and_jitters() {
        assert_eq!(backoff(0, 0.5), Duration::from_secs(2));
        assert_eq!(backoff(3, 0.5), Duration::from_secs(16));
        assert_eq!(backoff(30, 0.5), BACKOFF_MAX);
        assert!(backoff(3, 0.0) < backoff(3, 0.99));
        assert_eq!(backoff(3, 0.0), Duration::from_secs(8));
    }

    #[test]
    fn answers_decide_the_item() {
        let d = decide(
            PushOutcome::RetryLater {
                after: Some(Duration::from_secs(60)),
                reason: "429".into(),
            },
            0,
            0.5,
        );
        assert_eq!(
            d,
            ItemDecision::Retry {
                wait: Duration::from_secs(60),
                error: "429".into()
            },
            "Retry-After is a floor"
        );
        assert!(decide(PushOutcome::Rejected { reason: "x".into() }, 0, 0.5).case_may_continue());
        assert!(matches!(
            decide(PushOutcome::Stale { reason: "x".into() }, 0, 0.5),
            ItemDecision::Retry { .. }
        ));
        assert!(matches!(
            decide(PushOutcome::Offline { reason: "x".into() }, 5, 0.5),
            ItemDecision::StopOffline { .. }
        ));
        assert!(matches!(
            decide(
                PushOutcome::Unknown {
                    reason: "timeout".into()
                },
                1,
                0.5
            ),
            ItemDecision::Retry { .. }
        ));
    }

    #[test]
    fn only_newer_remote_versions_replace_the_cache() {
        assert!(remote_is_newer(None, 5));
        assert!(remote_is_newer(Some(5), 5));
        assert!(remote_is_newer(Some(5), 6));
        assert!(!remote_is_newer(Some(6), 5));
    }
}
