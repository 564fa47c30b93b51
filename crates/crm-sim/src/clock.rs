//! The server clock: starts at the configured `now`, runs with real time, can be pushed
//! forward by tests, and never goes back.

use std::time::Instant;

use chrono::{DateTime, Utc};

/// The desk's clock, in Unix seconds.
#[derive(Debug, Clone)]
pub struct Clock {
    origin: i64,
    started: Instant,
    advanced: i64,
    /// The latest stamp handed out; `now` never reads earlier than it.
    floor: i64,
}

impl Clock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Clock {
            origin: start.timestamp(),
            started: Instant::now(),
            advanced: 0,
            floor: start.timestamp(),
        }
    }

    /// The current server time.
    pub fn now(&self) -> i64 {
        let running = self.origin + self.started.elapsed().as_secs() as i64 + self.advanced;
        running.max(self.floor)
    }

    /// Move the clock forward by `secs` from where it reads now (negative values are
    /// ignored: it never goes back), also when stamps had taken it ahead of real time.
    pub fn advance(&mut self, secs: i64) {
        let secs = secs.max(0);
        let target = self.now() + secs;
        self.advanced += secs;
        self.floor = self.floor.max(target);
    }

    /// A stamp for a change to a record last changed at `previous`: now, but strictly
    /// later than `previous`, so two edits of one case never share an `updated_at`.
    pub fn stamp_after(&mut self, previous: i64) -> i64 {
        let stamp = self.now().max(previous + 1);
        self.floor = self.floor.max(stamp);
        stamp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_strictly_later_and_the_clock_follows_them() {
        let start = DateTime::from_timestamp(1_000, 0).unwrap();
        let mut clock = Clock::new(start);
        assert_eq!(clock.now(), 1_000);
        assert_eq!(clock.stamp_after(1_000), 1_001);
        assert_eq!(clock.stamp_after(1_001), 1_002);
        assert_eq!(clock.now(), 1_002);
        clock.advance(60);
        assert!(clock.now() >= 1_060);
        clock.advance(-500);
        assert!(clock.now() >= 1_060);
    }

    #[test]
    fn advancing_moves_on_from_stamps_ahead_of_real_time() {
        let mut clock = Clock::new(DateTime::from_timestamp(1_000, 0).unwrap());
        for _ in 0..4 {
            clock.stamp_after(clock.now());
        }
        let ahead = clock.now();
        assert!(ahead >= 1_004, "stamps took the clock ahead: {ahead}");
        clock.advance(1);
        assert!(clock.now() > ahead, "{} after {ahead}", clock.now());
    }
}
