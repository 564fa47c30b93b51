//! The shape of a case's thread: which kinds of message it holds, in which order, and when
//! they were written. The status decides how a thread can end (a pending case ends with the
//! agent asking something, a solved one with a resolution, ...).

use chrono::{DateTime, Duration, Utc};
use rand::Rng;

use super::scenario::pick_weighted;
use polydesk_core::domain::{Direction, Status};

/// One message's role in the thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The customer's first message.
    Opening,
    /// A customer message with new details.
    FollowUp,
    /// A customer chaser ("any update?").
    Nudge,
    /// The customer thanking after a resolution.
    Thanks,
    /// An agent reply working the case.
    Reply,
    /// An agent holding reply ("still with the team").
    Update,
    /// An agent reply resolving the case.
    Resolution,
    /// An internal note.
    Note,
}

impl Step {
    pub fn direction(self) -> Direction {
        match self {
            Step::Opening | Step::FollowUp | Step::Nudge | Step::Thanks => Direction::Inbound,
            Step::Reply | Step::Update | Step::Resolution => Direction::Outbound,
            Step::Note => Direction::Note,
        }
    }
}

/// Most threads hold 2-4 messages; a few run long.
fn thread_size(rng: &mut impl Rng) -> usize {
    pick_weighted(
        rng,
        &[
            (1, 12),
            (2, 18),
            (3, 22),
            (4, 18),
            (5, 12),
            (6, 8),
            (7, 5),
            (8, 5),
        ],
    )
}

/// A customer message: new details or a plain chaser.
fn customer_step(rng: &mut impl Rng) -> Step {
    if rng.random_bool(0.6) {
        Step::FollowUp
    } else {
        Step::Nudge
    }
}

/// What comes after `previous` in the middle of a thread.
fn next_step(rng: &mut impl Rng, previous: Step, replied: bool) -> Step {
    let roll: f64 = rng.random();
    match previous.direction() {
        Direction::Inbound if roll < 0.72 => {
            if replied && rng.random_bool(0.4) {
                Step::Update
            } else {
                Step::Reply
            }
        }
        Direction::Inbound => Step::Note,
        Direction::Outbound if roll < 0.75 => customer_step(rng),
        Direction::Outbound => Step::Note,
        Direction::Note if roll < 0.65 => {
            if replied && rng.random_bool(0.4) {
                Step::Update
            } else {
                Step::Reply
            }
        }
        Direction::Note => customer_step(rng),
    }
}

/// The steps of a thread for a case in `status` (1 to 8, starting with the opening).
pub fn plan(rng: &mut impl Rng, status: Status) -> Vec<Step> {
    let mut size = thread_size(rng);
    if status == Status::New {
        // Nobody has answered yet: the opening, maybe a chaser.
        return if size == 1 {
            vec![Step::Opening]
        } else {
            vec![Step::Opening, customer_step(rng)]
        };
    }
    if status != Status::Open {
        size = size.max(2);
    }
    // How the thread ends, by status.
    let ending: Vec<Step> = match status {
        Status::Open if size == 1 => vec![],
        Status::Open if rng.random_bool(0.75) => vec![customer_step(rng)],
        Status::Open => vec![Step::Note],
        Status::Pending => vec![Step::Reply],
        Status::OnHold => vec![Step::Note],
        _ if size >= 3 && rng.random_bool(0.35) => vec![Step::Resolution, Step::Thanks],
        _ => vec![Step::Resolution],
    };
    let mut steps = vec![Step::Opening];
    let mut replied = false;
    while steps.len() + ending.len() < size {
        let step = next_step(rng, *steps.last().unwrap(), replied);
        replied |= step.direction() == Direction::Outbound;
        steps.push(step);
    }
    steps.extend(ending);
    steps
}

/// Increasing timestamps for `count` messages: the first at `first`, the last no later
/// than `first + span` (at least a minute apart).
pub fn timestamps(
    rng: &mut impl Rng,
    first: DateTime<Utc>,
    span: Duration,
    count: usize,
) -> Vec<DateTime<Utc>> {
    const GAP: i64 = 60;
    let span_secs = span.num_seconds();
    let room = (span_secs - GAP * count as i64).max(0);
    let mut offsets: Vec<i64> = (1..count).map(|_| rng.random_range(0..=room)).collect();
    offsets.sort_unstable();
    let mut times = vec![first];
    for (i, offset) in offsets.into_iter().enumerate() {
        let secs = (offset + GAP * (i as i64 + 1)).min(span_secs);
        times.push(first + Duration::seconds(secs));
    }
    times
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn plans_end_the_way_the_status_says() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for _ in 0..500 {
            for &status in Status::ALL {
                let steps = plan(&mut rng, status);
                assert!((1..=8).contains(&steps.len()), "{status}: {steps:?}");
                assert_eq!(steps[0], Step::Opening);
                assert!(!steps[1..].contains(&Step::Opening));
                let last = *steps.last().unwrap();
                match status {
                    Status::New => {
                        assert!(steps.iter().all(|s| s.direction() == Direction::Inbound))
                    }
                    Status::Pending => assert_eq!(last.direction(), Direction::Outbound),
                    Status::OnHold => assert_eq!(last, Step::Note),
                    Status::Solved | Status::Closed => {
                        assert!(matches!(last, Step::Resolution | Step::Thanks));
                        let resolutions = steps.iter().filter(|s| **s == Step::Resolution).count();
                        assert_eq!(resolutions, 1, "{steps:?}");
                    }
                    Status::Open => assert_ne!(last.direction(), Direction::Outbound),
                }
            }
        }
    }

    #[test]
    fn timestamps_increase_within_the_span() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let first = DateTime::parse_from_rfc3339("2025-03-01T10:00:00Z")
            .unwrap()
            .to_utc();
        for count in 1..=8 {
            for span_minutes in [15, 60, 60 * 24 * 5] {
                let span = Duration::minutes(span_minutes);
                let times = timestamps(&mut rng, first, span, count);
                assert_eq!(times.len(), count);
                assert_eq!(times[0], first);
                assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
                assert!(*times.last().unwrap() <= first + span);
            }
        }
    }
}
