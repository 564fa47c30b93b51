//! The app's start, phase by phase, for the startup benchmark: the page reports when its
//! milestones happened (on its own clock, `performance.now()` since the page's time
//! origin) and the shell prints one line relative to the process's own start.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One milestone of the page's start: `at_ms` on the page's clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StartupMark {
    pub name: String,
    pub at_ms: f64,
}

/// The page's clock: its time origin (ms since the Unix epoch, `performance.timeOrigin`)
/// and its milestones in the order they happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PageStartup {
    pub time_origin_ms: f64,
    pub marks: Vec<StartupMark>,
}

/// `ui-ready 515 ms (page 240, script 310, status 352, rows 498)`: every figure in ms since
/// the app started (`app_start_ms`, epoch ms: when the shell created its state), the page's
/// milestones moved onto that clock. Milestones that are not finite numbers are left out
/// rather than printed wrong; so is the whole timeline when the clocks cannot be related.
pub fn ready_line(app_start_ms: f64, ready_ms: f64, page: Option<&PageStartup>) -> String {
    let mut line = format!("ui-ready {} ms", ready_ms.round());
    let Some(page) = page else { return line };
    let offset = page.time_origin_ms - app_start_ms;
    if !offset.is_finite() {
        return line;
    }
    let phases: Vec<String> = std::iter::once(("page", 0.0))
        .chain(page.marks.iter().map(|m| (m.name.as_str(), m.at_ms)))
        .filter(|(name, at)| at.is_finite() && !name.trim().is_empty())
        .map(|(name, at)| format!("{} {}", name.trim(), (offset + at).round()))
        .collect();
    if !phases.is_empty() {
        line.push_str(&format!(" ({})", phases.join(", ")));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(name: &str, at_ms: f64) -> StartupMark {
        StartupMark {
            name: name.into(),
            at_ms,
        }
    }

    #[test]
    fn moves_the_page_milestones_onto_the_process_clock() {
        let page = PageStartup {
            time_origin_ms: 1_000_240.0,
            marks: vec![mark("script", 70.4), mark("rows", 258.0)],
        };
        assert_eq!(
            ready_line(1_000_000.0, 515.2, Some(&page)),
            "ui-ready 515 ms (page 240, script 310, rows 498)"
        );
    }

    #[test]
    fn without_the_page_clock_only_the_ready_time_is_printed() {
        assert_eq!(ready_line(0.0, 99.6, None), "ui-ready 100 ms");
    }

    #[test]
    fn leaves_out_what_is_not_a_time() {
        let page = PageStartup {
            time_origin_ms: 1_100.0,
            marks: vec![mark("script", f64::NAN), mark(" ", 3.0), mark("rows", 50.0)],
        };
        assert_eq!(
            ready_line(1_000.0, 200.0, Some(&page)),
            "ui-ready 200 ms (page 100, rows 150)"
        );
        let broken = PageStartup {
            time_origin_ms: f64::INFINITY,
            marks: vec![mark("rows", 1.0)],
        };
        assert_eq!(ready_line(1_000.0, 200.0, Some(&broken)), "ui-ready 200 ms");
    }
}
