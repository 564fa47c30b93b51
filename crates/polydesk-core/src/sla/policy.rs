//! The team's SLA policy: targets per priority and the business calendar they count in,
//! read from `sla-policy.toml` in the data folder, else the defaults shipped with
//! Polydesk (`crates/polydesk-core/defaults/sla-policy.toml`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use serde::Deserialize;

use super::calendar::{BusinessCalendar, OpeningHours};
use crate::domain::Priority;
use crate::error::{CoreError, Result};

/// The file's name in the data folder.
pub const POLICY_FILE: &str = "sla-policy.toml";

/// The policy Polydesk ships with.
pub const DEFAULT_POLICY: &str = include_str!("../../defaults/sla-policy.toml");

/// How long the team has for each target; `None` is no clock for that target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Targets {
    pub first_response: Option<Duration>,
    pub next_response: Option<Duration>,
    pub resolution: Option<Duration>,
}

/// Targets per priority, the calendar they count in, and how early a case shows as
/// breaching.
#[derive(Debug, Clone, PartialEq)]
pub struct SlaPolicy {
    pub calendar: BusinessCalendar,
    pub targets: BTreeMap<Priority, Targets>,
    pub warning: Duration,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    warning: Option<String>,
    calendar: CalendarFile,
    #[serde(default)]
    targets: BTreeMap<String, TargetsFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    time_zone: String,
    monday: Option<String>,
    tuesday: Option<String>,
    wednesday: Option<String>,
    thursday: Option<String>,
    friday: Option<String>,
    saturday: Option<String>,
    sunday: Option<String>,
    #[serde(default)]
    holidays: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetsFile {
    first_response: Option<String>,
    next_response: Option<String>,
    resolution: Option<String>,
}

fn invalid(what: impl std::fmt::Display) -> CoreError {
    CoreError::invalid_input(format!("{POLICY_FILE}: {what}"))
}

fn duration(field: &str, text: &str) -> Result<Duration> {
    let parsed: StdDuration = humantime::parse_duration(text)
        .map_err(|e| invalid(format!("{field} = \"{text}\" is not a duration ({e}); write it as \"30m\", \"4h\" or \"1h 30m\"")))?;
    let parsed = Duration::from_std(parsed)
        .map_err(|_| invalid(format!("{field} = \"{text}\" is too long")))?;
    if parsed <= Duration::zero() {
        return Err(invalid(format!(
            "{field} = \"{text}\" must be longer than nothing"
        )));
    }
    Ok(parsed)
}

fn minute_of_day(field: &str, text: &str) -> Result<u32> {
    let bad = || {
        invalid(format!(
            "{field}: \"{text}\" is not a time of day (HH:MM, up to 24:00)"
        ))
    };
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h > 24 || (h == 24 && m > 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn opening_hours(day: &str, text: &str) -> Result<OpeningHours> {
    let (open, close) = text.split_once('-').ok_or_else(|| {
        invalid(format!(
            "{day} = \"{text}\": write opening hours as \"09:00-18:00\""
        ))
    })?;
    let hours = OpeningHours {
        open: minute_of_day(day, open)?,
        close: minute_of_day(day, close)?,
    };
    if hours.open >= hours.close {
        return Err(invalid(format!(
            "{day} = \"{text}\": it closes before it opens"
        )));
    }
    Ok(hours)
}

impl SlaPolicy {
    /// Reads a policy from TOML text; errors name the file, the field and what is wrong.
    pub fn parse(text: &str) -> Result<SlaPolicy> {
        let file: PolicyFile = toml::from_str(text).map_err(invalid)?;
        let cal = file.calendar;
        let time_zone: Tz = cal.time_zone.parse().map_err(|_| {
            invalid(format!(
                "time_zone = \"{}\" is not an IANA time zone (such as \"America/Sao_Paulo\")",
                cal.time_zone
            ))
        })?;
        let days = [
            ("monday", cal.monday),
            ("tuesday", cal.tuesday),
            ("wednesday", cal.wednesday),
            ("thursday", cal.thursday),
            ("friday", cal.friday),
            ("saturday", cal.saturday),
            ("sunday", cal.sunday),
        ];
        let mut week = [None; 7];
        for (slot, (day, text)) in week.iter_mut().zip(days) {
            if let Some(text) = text {
                *slot = Some(opening_hours(day, &text)?);
            }
        }
        if week.iter().all(Option::is_none) {
            return Err(invalid(
                "the calendar has no working day: give at least one day its hours",
            ));
        }
        let holidays = cal
            .holidays
            .iter()
            .map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map_err(|_| invalid(format!("holiday \"{d}\" is not a date (YYYY-MM-DD)")))
            })
            .collect::<Result<BTreeSet<_>>>()?;
        let mut targets = BTreeMap::new();
        for (priority, t) in file.targets {
            let priority: Priority = priority
                .parse()
                .map_err(|e: CoreError| invalid(format!("[targets.{priority}]: {e}")))?;
            let field = |name: &str, value: &Option<String>| {
                value
                    .as_deref()
                    .map(|v| duration(&format!("targets.{priority}.{name}"), v))
                    .transpose()
            };
            targets.insert(
                priority,
                Targets {
                    first_response: field("first_response", &t.first_response)?,
                    next_response: field("next_response", &t.next_response)?,
                    resolution: field("resolution", &t.resolution)?,
                },
            );
        }
        let warning = match file.warning {
            Some(w) => duration("warning", &w)?,
            None => Duration::hours(1),
        };
        Ok(SlaPolicy {
            calendar: BusinessCalendar {
                time_zone,
                week,
                holidays,
            },
            targets,
            warning,
        })
    }

    /// The policy Polydesk ships with.
    pub fn shipped() -> SlaPolicy {
        SlaPolicy::parse(DEFAULT_POLICY).expect("the shipped SLA policy is valid")
    }

    /// The data folder's `sla-policy.toml`, else the shipped policy.
    pub fn load(data_dir: &Path) -> Result<SlaPolicy> {
        let path = data_dir.join(POLICY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => SlaPolicy::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(SlaPolicy::shipped()),
            Err(e) => Err(invalid(format!("cannot be read ({e})"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_policy_sets_every_priority() {
        let policy = SlaPolicy::shipped();
        assert_eq!(policy.calendar.time_zone, chrono_tz::America::Sao_Paulo);
        for priority in Priority::ALL {
            let t = policy.targets[priority];
            assert!(
                t.first_response.is_some() && t.resolution.is_some(),
                "{priority}"
            );
        }
        assert!(
            policy.targets[&Priority::Urgent].first_response
                < policy.targets[&Priority::Low].first_response
        );
        assert_eq!(policy.calendar.week[6], None, "closed on Sundays");
    }

    #[test]
    fn a_policy_in_the_data_folder_replaces_the_shipped_one() {
        let dir = tempfile::TempDir::new().unwrap();
        assert_eq!(SlaPolicy::load(dir.path()).unwrap(), SlaPolicy::shipped());
        std::fs::write(
            dir.path().join(POLICY_FILE),
            "warning = \"30m\"\n[calendar]\ntime_zone = \"Asia/Shanghai\"\nmonday = \"09:00-24:00\"\n[targets.high]\nfirst_response = \"1h 30m\"\n",
        )
        .unwrap();
        let policy = SlaPolicy::load(dir.path()).unwrap();
        assert_eq!(policy.warning, Duration::minutes(30));
        assert_eq!(
            policy.calendar.week[0],
            Some(OpeningHours {
                open: 540,
                close: 1440
            })
        );
        assert_eq!(
            policy.targets[&Priority::High].first_response,
            Some(Duration::minutes(90))
        );
        assert_eq!(policy.targets[&Priority::High].resolution, None);
        assert!(!policy.targets.contains_key(&Priority::Low));
    }

    #[test]
    fn mistakes_are_named() {
        let base = "[calendar]\ntime_zone = \"Europe/Lisbon\"\nmonday = \"09:00-18:00\"\n";
        let cases = [
            (base.replace("Europe/Lisbon", "Lisbon"), "IANA time zone"),
            (
                base.replace("09:00-18:00", "18:00-09:00"),
                "closes before it opens",
            ),
            (base.replace("09:00-18:00", "9h-18h"), "time of day"),
            (base.replace("monday", "someday"), "someday"),
            (format!("{base}holidays = [\"25/12/2026\"]\n"), "25/12/2026"),
            (
                format!("{base}[targets.asap]\nresolution = \"1h\"\n"),
                "asap",
            ),
            (
                format!("{base}[targets.high]\nresolution = \"soon\"\n"),
                "targets.high.resolution",
            ),
            (
                format!("{base}[targets.high]\nresolution = \"0m\"\n"),
                "longer than nothing",
            ),
            (
                "[calendar]\ntime_zone = \"UTC\"\n".to_string(),
                "no working day",
            ),
        ];
        for (text, expected) in cases {
            let err = SlaPolicy::parse(&text).unwrap_err();
            assert_eq!(err.code(), crate::ErrorCode::InvalidInput, "{text}");
            let message = err.to_string();
            assert!(message.starts_with(POLICY_FILE), "{message}");
            assert!(
                message.contains(expected),
                "{message} should name {expected}"
            );
        }
    }
}
