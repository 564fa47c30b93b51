use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use proptest::prelude::*;

use super::*;
use crate::sla::calendar::OpeningHours;
use crate::sla::policy::Targets;

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// Mon–Fri 09:00–18:00 in São Paulo (UTC−3 all year), targets for `high`:
/// first response 2 h, next response 4 h, resolution 16 h.
fn policy() -> SlaPolicy {
    let day = Some(OpeningHours {
        open: 9 * 60,
        close: 18 * 60,
    });
    SlaPolicy {
        calendar: BusinessCalendar {
            time_zone: chrono_tz::America::Sao_Paulo,
            week: [day, day, day, day, day, None, None],
            holidays: BTreeSet::new(),
        },
        targets: BTreeMap::from([(
            Priority::High,
            Targets {
                first_response: Some(Duration::hours(2)),
                next_response: Some(Duration::hours(4)),
                resolution: Some(Duration::hours(16)),
            },
        )]),
        warning: Duration::hours(1),
    }
}

/// A high-priority case that arrived on Monday 2026-12-07 at 10:00 local (13:00Z).
fn case() -> CaseHistory {
    CaseHistory {
        created_at: utc("2026-12-07T13:00:00Z"),
        priority: Priority::High,
        statuses: vec![(utc("2026-12-07T13:00:00Z"), Status::Open)],
        messages: vec![(utc("2026-12-07T13:00:00Z"), Direction::Inbound)],
        crm_due: None,
    }
}

#[test]
fn a_case_stamped_ahead_of_this_computer_s_clock_is_due_from_its_creation() {
    // The CRM's clock runs ahead of the laptop's: the case "arrives" in an hour.
    let now = utc("2026-12-07T12:00:00Z");
    let c = clocks(&policy(), &case(), now);
    let first = c.first_response.unwrap();
    assert_eq!(first.state, TargetState::Running);
    assert_eq!(first.due_at, Some(utc("2026-12-07T15:00:00Z")));
    assert_eq!(first.used_secs, 0);
}

#[test]
fn a_new_case_counts_down_its_first_response_in_working_hours() {
    let now = utc("2026-12-07T14:00:00Z");
    let c = clocks(&policy(), &case(), now);
    let first = c.first_response.clone().unwrap();
    assert_eq!(first.state, TargetState::Running);
    assert_eq!(first.due_at, Some(utc("2026-12-07T15:00:00Z")));
    assert_eq!(first.used_secs, 3600);
    assert_eq!(first.source, SlaSource::Policy);
    assert!(
        c.next_response.is_none(),
        "no reply yet, so no next reply is awaited"
    );
    // 16 h of working time from Monday 10:00: Monday 8 h, Tuesday 8 of 9 h → Tuesday 17:00 local.
    assert_eq!(
        c.resolution.as_ref().unwrap().due_at,
        Some(utc("2026-12-08T20:00:00Z"))
    );
    assert!(!c.breached() && !c.paused);
    assert!(c.breaching(now, Duration::hours(1)), "due within the hour");
    assert!(!c.breaching(now, Duration::minutes(30)));
}

#[test]
fn a_case_arriving_after_hours_is_due_the_next_working_morning() {
    let mut late = case();
    late.created_at = utc("2026-12-11T22:30:00Z"); // Friday 19:30 local
    late.statuses = vec![(late.created_at, Status::New)];
    late.messages = vec![(late.created_at, Direction::Inbound)];
    let c = clocks(&policy(), &late, utc("2026-12-13T12:00:00Z")); // Sunday
    let first = c.first_response.clone().unwrap();
    assert_eq!(first.used_secs, 0, "no working time over the weekend");
    assert_eq!(
        first.due_at,
        Some(utc("2026-12-14T14:00:00Z")),
        "Monday 11:00 local"
    );
}

#[test]
fn a_reply_in_time_meets_the_target_and_a_late_one_misses_it() {
    let mut c = case();
    c.messages
        .push((utc("2026-12-07T14:30:00Z"), Direction::Outbound));
    let first = clocks(&policy(), &c, utc("2026-12-08T12:00:00Z"))
        .first_response
        .unwrap();
    assert_eq!(first.state, TargetState::Met);
    assert_eq!(first.done_at, Some(utc("2026-12-07T14:30:00Z")));
    assert_eq!(first.used_secs, 5400);

    let mut late = case();
    late.messages
        .push((utc("2026-12-07T19:00:00Z"), Direction::Outbound));
    let first = clocks(&policy(), &late, utc("2026-12-08T12:00:00Z"))
        .first_response
        .unwrap();
    assert_eq!(first.state, TargetState::Missed);
    assert_eq!(first.due_at, Some(utc("2026-12-07T15:00:00Z")));
}

#[test]
fn an_internal_note_is_not_a_reply() {
    let mut c = case();
    c.messages
        .push((utc("2026-12-07T13:30:00Z"), Direction::Note));
    let clocks = clocks(&policy(), &c, utc("2026-12-07T16:00:00Z"));
    assert_eq!(
        clocks.first_response.as_ref().unwrap().state,
        TargetState::Breached
    );
    assert!(clocks.breached());
}

#[test]
fn pending_and_on_hold_stop_the_clock_and_it_goes_on_where_it_stood() {
    let mut c = case();
    // Pending from 10:30 to 14:30 local, on hold from 15:00 to 16:00.
    c.statuses.extend([
        (utc("2026-12-07T13:30:00Z"), Status::Pending),
        (utc("2026-12-07T17:30:00Z"), Status::Open),
        (utc("2026-12-07T18:00:00Z"), Status::OnHold),
    ]);
    let during = clocks(&policy(), &c, utc("2026-12-07T18:30:00Z"));
    assert!(during.paused);
    let first = during.first_response.unwrap();
    assert_eq!(first.state, TargetState::Paused);
    assert_eq!(
        first.used_secs, 3600,
        "30 min before pending + 30 min after"
    );
    assert_eq!(first.due_at, None, "a paused target has no due time yet");

    c.statuses.push((utc("2026-12-07T19:00:00Z"), Status::Open));
    let after = clocks(&policy(), &c, utc("2026-12-07T19:00:00Z"));
    let first = after.first_response.unwrap();
    assert_eq!(first.state, TargetState::Running);
    assert_eq!(
        first.due_at,
        Some(utc("2026-12-07T20:00:00Z")),
        "the hour left, from 16:00 local"
    );
}

#[test]
fn a_breach_is_dated_when_the_target_ran_out_even_across_pauses() {
    let mut c = case();
    c.statuses.extend([
        (utc("2026-12-07T14:00:00Z"), Status::Pending),
        (utc("2026-12-08T12:00:00Z"), Status::Open), // Tuesday 09:00 local
    ]);
    let first = clocks(&policy(), &c, utc("2026-12-08T16:00:00Z"))
        .first_response
        .unwrap();
    assert_eq!(first.state, TargetState::Breached);
    // 1 h on Monday, the second hour from Tuesday 09:00.
    assert_eq!(first.due_at, Some(utc("2026-12-08T13:00:00Z")));
}

#[test]
fn the_customer_writing_again_after_a_reply_starts_the_next_response_clock() {
    let mut c = case();
    c.messages.extend([
        (utc("2026-12-07T14:00:00Z"), Direction::Outbound),
        (utc("2026-12-07T15:00:00Z"), Direction::Inbound),
        (utc("2026-12-07T15:10:00Z"), Direction::Inbound),
    ]);
    let next = clocks(&policy(), &c, utc("2026-12-07T16:00:00Z"))
        .next_response
        .unwrap();
    assert_eq!(next.state, TargetState::Running);
    assert_eq!(
        next.due_at,
        Some(utc("2026-12-07T19:00:00Z")),
        "4 h from the first of the two"
    );

    c.messages
        .push((utc("2026-12-07T17:00:00Z"), Direction::Outbound));
    let next = clocks(&policy(), &c, utc("2026-12-07T18:00:00Z"))
        .next_response
        .unwrap();
    assert_eq!(next.state, TargetState::Met);
    assert_eq!(next.done_at, Some(utc("2026-12-07T17:00:00Z")));
}

#[test]
fn solving_ends_every_clock_and_reopening_starts_resolution_again() {
    let mut c = case();
    c.statuses
        .push((utc("2026-12-07T14:00:00Z"), Status::Solved));
    let solved = clocks(&policy(), &c, utc("2026-12-09T14:00:00Z"));
    assert_eq!(
        solved.first_response.as_ref().unwrap().state,
        TargetState::Met
    );
    let resolution = solved.resolution.clone().unwrap();
    assert_eq!(resolution.state, TargetState::Met);
    assert_eq!(resolution.done_at, Some(utc("2026-12-07T14:00:00Z")));
    assert!(!solved.paused && !solved.breached());

    c.statuses.push((utc("2026-12-09T13:00:00Z"), Status::Open));
    let reopened = clocks(&policy(), &c, utc("2026-12-09T14:00:00Z"));
    let resolution = reopened.resolution.unwrap();
    assert_eq!(
        resolution.state,
        TargetState::Breached,
        "16 h ran out on Tuesday at 17:00"
    );
    assert_eq!(resolution.done_at, None);
}

#[test]
fn the_crms_due_time_wins_for_the_reply_awaited() {
    let mut c = case();
    c.crm_due = Some(utc("2026-12-07T13:45:00Z"));
    let now = utc("2026-12-07T14:00:00Z");
    let clocks = clocks(&policy(), &c, now);
    let first = clocks.first_response.clone().unwrap();
    assert_eq!(first.source, SlaSource::Crm);
    assert_eq!(first.due_at, c.crm_due);
    assert_eq!(first.state, TargetState::Breached);
    assert_eq!(first.target_secs, 45 * 60);
    assert_eq!(
        clocks.resolution.as_ref().unwrap().source,
        SlaSource::Policy
    );
    assert_eq!(clocks.source(), SlaSource::Crm);
}

#[test]
fn a_priority_without_targets_has_no_clocks() {
    let mut c = case();
    c.priority = Priority::Low;
    let clocks = clocks(&policy(), &c, utc("2026-12-07T14:00:00Z"));
    assert_eq!(
        (
            clocks.first_response,
            clocks.next_response,
            clocks.resolution
        ),
        (None, None, None)
    );
}

#[test]
fn holidays_stop_the_clock() {
    let mut policy = policy();
    policy
        .calendar
        .holidays
        .insert(NaiveDate::from_ymd_opt(2026, 12, 8).unwrap());
    let resolution = clocks(&policy, &case(), utc("2026-12-07T14:00:00Z"))
        .resolution
        .unwrap();
    // Monday 8 h, Tuesday a holiday, Wednesday 8 h → Wednesday 17:00 local.
    assert_eq!(resolution.due_at, Some(utc("2026-12-09T20:00:00Z")));
}

// ---- properties ----

/// Calendars with whole-minute boundaries: always open, weekdays in São Paulo, Lisbon
/// with summer time and Saturdays, and a New York night shift that opens in the hour
/// skipped in spring.
fn calendar() -> impl Strategy<Value = BusinessCalendar> {
    let day = |open: u32, close: u32| Some(OpeningHours { open, close });
    let kinds = vec![
        BusinessCalendar::always_open(),
        BusinessCalendar {
            time_zone: chrono_tz::America::Sao_Paulo,
            week: [
                day(540, 1080),
                day(540, 1080),
                day(540, 1080),
                day(540, 1080),
                day(540, 1080),
                None,
                None,
            ],
            holidays: BTreeSet::new(),
        },
        BusinessCalendar {
            time_zone: chrono_tz::Europe::Lisbon,
            week: [
                day(480, 1200),
                day(480, 1200),
                day(480, 1200),
                day(480, 1200),
                day(480, 1200),
                day(540, 900),
                None,
            ],
            holidays: BTreeSet::new(),
        },
        BusinessCalendar {
            time_zone: chrono_tz::America::New_York,
            week: [day(150, 360); 7],
            holidays: BTreeSet::new(),
        },
    ];
    (
        proptest::sample::select(kinds),
        proptest::collection::vec(0u32..60, 0..4),
    )
        .prop_map(|(mut cal, holidays)| {
            for d in holidays {
                cal.holidays.insert(
                    NaiveDate::from_ymd_opt(2027, 3, 1).unwrap() + Duration::days(i64::from(d)),
                );
            }
            cal
        })
}

/// Around the spring changes of 2027 (New York 14 March, Lisbon 28 March), whole minutes.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..60 * 24 * 60).prop_map(|m| utc("2027-03-01T00:00:00Z") + Duration::minutes(m))
}

fn history() -> impl Strategy<Value = CaseHistory> {
    let status = proptest::sample::select(Status::ALL.to_vec());
    (
        instant(),
        proptest::collection::vec((1i64..5 * 24 * 60, status), 0..8),
    )
        .prop_map(|(created_at, changes)| {
            let mut at = created_at;
            let statuses = changes
                .into_iter()
                .map(|(gap, s)| {
                    at += Duration::minutes(gap);
                    (at, s)
                })
                .collect();
            CaseHistory {
                created_at,
                priority: Priority::High,
                statuses,
                messages: vec![(created_at, Direction::Inbound)],
                crm_due: None,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A clock counts a minute exactly when the team is at work and the case is neither
    /// pending nor on hold: never while paused, never outside business hours.
    #[test]
    fn a_clock_runs_only_in_business_hours_and_never_while_paused(
        cal in calendar(), case in history(), offset in 0i64..20 * 24 * 60
    ) {
        let t = case.created_at + Duration::minutes(offset);
        let counted = case.counted_time(&cal, t, t + Duration::minutes(1));
        let runs = cal.is_open_at(t) && !matches!(case.status_at(t), Status::Pending | Status::OnHold);
        prop_assert_eq!(counted, if runs { Duration::minutes(1) } else { Duration::zero() });
    }

    /// Counted time adds up over consecutive stretches, and never exceeds the wall clock.
    #[test]
    fn counted_time_adds_up(cal in calendar(), case in history(), a in 0i64..20_000, b in 0i64..20_000) {
        let (a, b) = (a.min(b), a.max(b));
        let start = case.created_at;
        let (t1, t2) = (start + Duration::minutes(a), start + Duration::minutes(b));
        let whole = case.counted_time(&cal, start, t2);
        prop_assert_eq!(whole, case.counted_time(&cal, start, t1) + case.counted_time(&cal, t1, t2));
        prop_assert!(whole <= t2 - start);
    }

    /// A due time is exactly the target's working time away, and lands in working hours.
    #[test]
    fn a_due_time_is_the_target_away(cal in calendar(), from in instant(), minutes in 1i64..5_000) {
        let amount = Duration::minutes(minutes);
        let due = cal.add_working_time(from, amount).expect("these calendars open every week");
        prop_assert_eq!(cal.working_time(from, due), amount);
        prop_assert!(cal.is_open_at(due - Duration::minutes(1)));
    }

    /// A running target's due time is what is left of it, counted from now; used time
    /// never goes backwards as time passes.
    #[test]
    fn used_time_only_grows(case in history(), a in 0i64..20_000, b in 0i64..20_000) {
        let policy = policy();
        let (a, b) = (a.min(b), a.max(b));
        let at = |m| case.created_at + Duration::minutes(m);
        let earlier = clocks(&policy, &case, at(a)).resolution.unwrap();
        let later = clocks(&policy, &case, at(b)).resolution.unwrap();
        prop_assert!(earlier.used_secs <= later.used_secs);
        if later.state == TargetState::Running {
            let due = later.due_at.unwrap();
            let left = policy.calendar.working_time(at(b), due).num_seconds();
            prop_assert_eq!(left, later.target_secs - later.used_secs);
        }
    }
}
