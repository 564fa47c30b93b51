//! Pure sync decisions: which queued changes go next, how long a failed one waits, and
//! what an answer means for the outbox item. No I/O here.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::crm::{ConnectorError, PushOutcome};
use crate::domain::{FieldChange, FieldConflict, Mutation};
use crate::error::{ErrorCode, ErrorPayload};

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

/// What happens to an outbox item after an answer. Each failure keeps its kind (its
/// [`ErrorCode`]), which the outbox shows and the UI branches on.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemDecision {
    /// Remove it from the outbox; the message is in the CRM.
    Done { remote_id: Option<String> },
    /// Count the attempt and wait this long.
    Retry { wait: Duration, error: ErrorPayload },
    /// Keep it, show it, let the rest of the queue go on.
    Rejected { error: ErrorPayload },
    /// The same field changed on both sides: keep the conflicting changes (rebased on
    /// `base_version`), show both values to the agent; the case's queue waits.
    Conflict {
        error: ErrorPayload,
        conflicts: Vec<FieldConflict>,
        keep: Vec<FieldChange>,
        base_version: String,
    },
    /// Nothing was attempted: no attempt is counted, the whole push phase stops.
    StopOffline { error: ErrorPayload },
    /// Stop pushing until the agent signs in again.
    StopAuth { error: ErrorPayload },
}

impl ItemDecision {
    /// Whether later changes of the same case may go now.
    pub fn case_may_continue(&self) -> bool {
        matches!(
            self,
            ItemDecision::Done { .. } | ItemDecision::Rejected { .. }
        )
    }

    /// The failure it records, if any.
    pub fn error(&self) -> Option<&ErrorPayload> {
        match self {
            ItemDecision::Done { .. } => None,
            ItemDecision::Retry { error, .. }
            | ItemDecision::Rejected { error }
            | ItemDecision::Conflict { error, .. }
            | ItemDecision::StopOffline { error }
            | ItemDecision::StopAuth { error } => Some(error),
        }
    }
}

/// A failure of `code` with `message`, as the outbox keeps it.
pub fn problem(code: ErrorCode, message: impl Into<String>) -> ErrorPayload {
    ErrorPayload {
        code,
        message: message.into(),
        retry_at: None,
    }
}

/// Decide from an answer. An unknown outcome is retried, but only after the change has
/// been looked for in the CRM (the engine reads back before every retry). A failure's
/// kind decides: unreachable stops the push phase, refused credentials stop it until the
/// agent signs in, a rate limit or a server error is retried (a `Retry-After` is a
/// floor), and a refusal of this one change (refused, forbidden, gone) is kept for the
/// agent without holding up the rest.
pub fn decide(outcome: PushOutcome, attempts_before: u32, jitter: f64) -> ItemDecision {
    let retry = |error: ErrorPayload, floor: Option<Duration>| ItemDecision::Retry {
        wait: backoff(attempts_before, jitter).max(floor.unwrap_or_default()),
        error,
    };
    match outcome {
        PushOutcome::Done { remote_id } => ItemDecision::Done { remote_id },
        PushOutcome::Unknown { reason } => retry(
            problem(
                ErrorCode::Offline,
                format!("{reason} (will check the CRM before retrying)"),
            ),
            None,
        ),
        // The engine rebases stale field changes itself; one still stale afterwards lost
        // a race with another edit and simply goes round again.
        PushOutcome::Stale { reason } => retry(problem(ErrorCode::Conflict, reason), None),
        PushOutcome::Failed(e) => {
            let error = problem(e.code(), e.to_string());
            match e {
                ConnectorError::Offline(_) | ConnectorError::Setup(_) => {
                    ItemDecision::StopOffline { error }
                }
                ConnectorError::Auth(_) => ItemDecision::StopAuth { error },
                ConnectorError::RateLimited { retry_after } => retry(error, retry_after),
                ConnectorError::Timeout(_)
                | ConnectorError::Server(_)
                | ConnectorError::Malformed { .. }
                | ConnectorError::Conflict(_) => retry(error, None),
                ConnectorError::Forbidden(_)
                | ConnectorError::NotFound(_)
                | ConnectorError::Rejected(_) => ItemDecision::Rejected { error },
            }
        }
    }
}

/// Whether a remote case version should replace the cached one: only when it is newer
/// by the CRM's own clock (never compared with this computer's clock).
pub fn remote_is_newer(cached_updated_ms: Option<i64>, remote_updated_ms: i64) -> bool {
    cached_updated_ms.is_none_or(|cached| remote_updated_ms >= cached)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MutationKind;

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
    fn answers_decide_the_item_by_the_kind_of_failure() {
        let d = decide(
            PushOutcome::Failed(ConnectorError::RateLimited {
                retry_after: Some(Duration::from_secs(60)),
            }),
            0,
            0.5,
        );
        let ItemDecision::Retry { wait, error } = d else {
            panic!("a rate limit is retried: {d:?}");
        };
        assert_eq!(wait, Duration::from_secs(60), "Retry-After is a floor");
        assert_eq!(error.code, ErrorCode::RateLimited);

        for (failure, code) in [
            (
                ConnectorError::Rejected("tag too long".into()),
                ErrorCode::CrmRejected,
            ),
            (
                ConnectorError::Forbidden("not your group".into()),
                ErrorCode::Forbidden,
            ),
            (
                ConnectorError::NotFound("ticket 9".into()),
                ErrorCode::CrmNotFound,
            ),
        ] {
            let d = decide(PushOutcome::Failed(failure), 0, 0.5);
            assert!(
                d.case_may_continue(),
                "a refusal never holds the queue: {d:?}"
            );
            assert!(
                matches!(&d, ItemDecision::Rejected { error } if error.code == code),
                "{d:?}"
            );
        }
        let d = decide(
            PushOutcome::Failed(ConnectorError::Server("503".into())),
            2,
            0.5,
        );
        assert!(
            matches!(&d, ItemDecision::Retry { error, .. } if error.code == ErrorCode::CrmServerError)
        );
        assert!(matches!(
            decide(PushOutcome::Stale { reason: "x".into() }, 0, 0.5),
            ItemDecision::Retry { .. }
        ));
        assert!(matches!(
            decide(PushOutcome::Failed(ConnectorError::Offline("x".into())), 5, 0.5),
            ItemDecision::StopOffline { error } if error.code == ErrorCode::Offline
        ));
        assert!(matches!(
            decide(PushOutcome::Failed(ConnectorError::Auth("401".into())), 0, 0.5),
            ItemDecision::StopAuth { error } if error.code == ErrorCode::AuthRefused
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
