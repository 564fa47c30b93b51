//! The team's business calendar: working hours per weekday in a time zone, and holidays.
//! SLA targets count only the time it is open. Pure: no clock, no I/O.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// How far ahead a due time is looked for before the calendar is called closed for good.
const HORIZON_DAYS: i64 = 3 * 366;

/// Opening hours of one weekday, in minutes after local midnight (`close` may be 1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpeningHours {
    pub open: u32,
    pub close: u32,
}

impl OpeningHours {
    pub const ALL_DAY: OpeningHours = OpeningHours {
        open: 0,
        close: 24 * 60,
    };
}

/// When the team works: opening hours per weekday (Monday first; `None` is closed) in
/// a time zone, minus holidays (local dates).
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessCalendar {
    pub time_zone: Tz,
    pub week: [Option<OpeningHours>; 7],
    pub holidays: BTreeSet<NaiveDate>,
}

impl BusinessCalendar {
    /// Open every hour of every day, in UTC: targets count wall-clock time.
    pub fn always_open() -> Self {
        BusinessCalendar {
            time_zone: Tz::UTC,
            week: [Some(OpeningHours::ALL_DAY); 7],
            holidays: BTreeSet::new(),
        }
    }

    /// The working period of a local date, as instants (empty on closed days and holidays).
    fn working_period(&self, date: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        if self.holidays.contains(&date) {
            return None;
        }
        let hours = self.week[date.weekday().num_days_from_monday() as usize]?;
        let start = self.instant(date, hours.open);
        let end = self.instant(date, hours.close);
        (start < end).then_some((start, end))
    }

    /// The instant a local date and minute of day stands for. A time the clocks skip
    /// (the hour lost to summer time) is the first instant after the gap; a time they
    /// pass twice is its first passing.
    fn instant(&self, date: NaiveDate, minute: u32) -> DateTime<Utc> {
        let local: NaiveDateTime = date.and_hms_opt(0, 0, 0).expect("midnight exists")
            + Duration::minutes(i64::from(minute));
        let mut probe = local;
        for _ in 0..=24 * 60 {
            match self.time_zone.from_local_datetime(&probe) {
                LocalResult::Single(t) => return t.with_timezone(&Utc),
                LocalResult::Ambiguous(first, _) => return first.with_timezone(&Utc),
                LocalResult::None => probe += Duration::minutes(1),
            }
        }
        // No zone skips a whole day's minutes; read it as UTC rather than fail.
        Utc.from_utc_datetime(&local)
    }

    fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.time_zone).date_naive()
    }

    /// Whether the team is at work at this instant.
    pub fn is_open_at(&self, at: DateTime<Utc>) -> bool {
        let date = self.local_date(at);
        [date.pred_opt(), Some(date)]
            .into_iter()
            .flatten()
            .filter_map(|d| self.working_period(d))
            .any(|(start, end)| start <= at && at < end)
    }

    /// Working time between two instants (zero when `to` is not after `from`).
    pub fn working_time(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Duration {
        if to <= from {
            return Duration::zero();
        }
        let mut total = Duration::zero();
        let mut date = self.local_date(from).pred_opt().unwrap_or(NaiveDate::MIN);
        let last = self.local_date(to);
        while date <= last {
            if let Some((start, end)) = self.working_period(date) {
                let a = start.max(from);
                let b = end.min(to);
                if a < b {
                    total += b - a;
                }
            }
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
        }
        total
    }

    /// The instant at which `amount` of working time has passed since `from`; `None`
    /// when the calendar is not open within the next three years.
    pub fn add_working_time(&self, from: DateTime<Utc>, amount: Duration) -> Option<DateTime<Utc>> {
        let mut left = amount.max(Duration::zero());
        let mut date = self.local_date(from).pred_opt()?;
        let end_date = self.local_date(from) + Duration::days(HORIZON_DAYS);
        while date <= end_date {
            if let Some((start, end)) = self.working_period(date) {
                let a = start.max(from);
                if a < end {
                    if left <= end - a {
                        // A target met exactly at opening counts from the opening.
                        return Some(a + left);
                    }
                    left -= end - a;
                }
            }
            date = date.succ_opt()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nine_to_six(zone: Tz) -> BusinessCalendar {
        let day = Some(OpeningHours {
            open: 9 * 60,
            close: 18 * 60,
        });
        BusinessCalendar {
            time_zone: zone,
            week: [day, day, day, day, day, None, None],
            holidays: BTreeSet::new(),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn working_time_counts_only_opening_hours() {
        let cal = nine_to_six(chrono_tz::America::Sao_Paulo); // UTC-3, no summer time
                                                              // Friday 17:00 local to Monday 10:00 local: 1 h Friday + 1 h Monday.
        let from = utc("2026-12-04T20:00:00Z");
        let to = utc("2026-12-07T13:00:00Z");
        assert_eq!(cal.working_time(from, to), Duration::hours(2));
        assert_eq!(cal.working_time(to, from), Duration::zero());
    }

    #[test]
    fn a_due_time_skips_nights_weekends_and_holidays() {
        let mut cal = nine_to_six(chrono_tz::America::Sao_Paulo);
        // Friday 17:00 local + 4 h: 1 h on Friday, 3 h on Monday → Monday 12:00 local.
        let from = utc("2026-12-04T20:00:00Z");
        assert_eq!(
            cal.add_working_time(from, Duration::hours(4)),
            Some(utc("2026-12-07T15:00:00Z"))
        );
        // With Monday a holiday it is Tuesday 12:00.
        cal.holidays
            .insert(NaiveDate::from_ymd_opt(2026, 12, 7).unwrap());
        assert_eq!(
            cal.add_working_time(from, Duration::hours(4)),
            Some(utc("2026-12-08T15:00:00Z"))
        );
        // A message at night starts its clock at the next opening.
        assert_eq!(
            cal.add_working_time(utc("2026-12-08T02:00:00Z"), Duration::minutes(30)),
            Some(utc("2026-12-08T12:30:00Z"))
        );
    }

    #[test]
    fn summer_time_changes_keep_the_local_opening_hours() {
        // Lisbon moves to summer time on Sunday 2027-03-28 (01:00 → 02:00).
        let cal = nine_to_six(chrono_tz::Europe::Lisbon);
        // Friday 09:00 WET is 09:00Z; Monday 09:00 WEST is 08:00Z.
        let friday_open = utc("2027-03-26T09:00:00Z");
        let monday_open = utc("2027-03-29T08:00:00Z");
        assert!(cal.is_open_at(monday_open));
        assert!(!cal.is_open_at(monday_open - Duration::minutes(1)));
        assert_eq!(
            cal.add_working_time(friday_open, Duration::hours(9)),
            Some(utc("2027-03-26T18:00:00Z"))
        );
        assert_eq!(
            cal.add_working_time(friday_open, Duration::hours(10)),
            Some(monday_open + Duration::hours(1))
        );
    }

    #[test]
    fn opening_inside_the_skipped_hour_opens_after_it() {
        // New York skips 02:00–03:00 on 2027-03-14; a night shift opening at 02:30 opens at 03:00.
        let shift = Some(OpeningHours {
            open: 2 * 60 + 30,
            close: 6 * 60,
        });
        let cal = BusinessCalendar {
            time_zone: chrono_tz::America::New_York,
            week: [shift; 7],
            holidays: BTreeSet::new(),
        };
        let day = NaiveDate::from_ymd_opt(2027, 3, 14).unwrap();
        let (start, end) = cal.working_period(day).unwrap();
        assert_eq!(start, utc("2027-03-14T07:00:00Z")); // 03:00 EDT
        assert_eq!(end, utc("2027-03-14T10:00:00Z")); // 06:00 EDT
        assert_eq!(
            cal.working_time(start - Duration::hours(3), end),
            Duration::hours(3)
        );
    }

    #[test]
    fn the_hour_passed_twice_in_autumn_is_worked_twice() {
        // New York passes 01:00–02:00 twice on 2026-11-01: a shift 00:30–03:00 lasts 3.5 h.
        let shift = Some(OpeningHours {
            open: 30,
            close: 3 * 60,
        });
        let cal = BusinessCalendar {
            time_zone: chrono_tz::America::New_York,
            week: [shift; 7],
            holidays: BTreeSet::new(),
        };
        let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let (start, end) = cal.working_period(day).unwrap();
        assert_eq!(start, utc("2026-11-01T04:30:00Z")); // 00:30 EDT
        assert_eq!(end, utc("2026-11-01T08:00:00Z")); // 03:00 EST
        assert_eq!(cal.working_time(start, end), Duration::minutes(210));
    }

    #[test]
    fn a_calendar_that_never_opens_has_no_due_time() {
        let cal = BusinessCalendar {
            time_zone: Tz::UTC,
            week: [None; 7],
            holidays: BTreeSet::new(),
        };
        assert_eq!(
            cal.add_working_time(utc("2026-12-04T00:00:00Z"), Duration::hours(1)),
            None
        );
        assert_eq!(
            BusinessCalendar::always_open()
                .add_working_time(utc("2026-12-05T23:30:00Z"), Duration::hours(1)),
            Some(utc("2026-12-06T00:30:00Z"))
        );
    }
}
