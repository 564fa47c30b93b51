//! The app's start, as the page sees it. What the shell hands the page before its scripts
//! run ([`EarlyState`]), so the first screen needs no round trip; and, for the startup
//! benchmark, the start phase by phase: the page reports when its milestones happened (on its own clock,
//! `performance.now()` since the page's time origin) and the shell prints one line
//! relative to the process's own start.

use std::path::PathBuf;
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use polydesk_core::read_model::{CasePage, WorkspaceStatus};
use polydesk_core::store::Store;
use polydesk_core::views::ViewSlug;
use polydesk_core::workspace;

/// How many rows the inbox asks for at a time (`PAGE_SIZE` in the UI's case list): the
/// first page is handed over in that size, so it answers the inbox's first request.
pub const FIRST_PAGE_LIMIT: u32 = 100;
/// The view the inbox opens on.
pub const FIRST_VIEW: ViewSlug = ViewSlug::All;

/// The cache as the page's first screen needs it, read by the shell as it opens the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EarlyState {
    pub status: WorkspaceStatus,
    /// The first page of the inbox's first view; none when the first screen is not the
    /// inbox (an empty cache shows the welcome screen).
    pub first_page: Option<EarlyCasePage>,
}

/// A page of a view together with the request it answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EarlyCasePage {
    pub view: ViewSlug,
    pub offset: u32,
    pub limit: u32,
    pub page: CasePage,
}

/// Reads the early state: the workspace status and, when there are cases, the first page
/// of the first view (what `list_cases` would answer at `now`).
pub fn early_state(
    store: &Store,
    os_locale: Option<&str>,
    now: DateTime<Utc>,
) -> polydesk_core::Result<EarlyState> {
    let status = workspace::status(store, os_locale)?;
    let first_page = if status.case_count > 0 {
        let page = store.list_cases(FIRST_VIEW, 0, FIRST_PAGE_LIMIT, now)?;
        Some(EarlyCasePage {
            view: FIRST_VIEW,
            offset: 0,
            limit: FIRST_PAGE_LIMIT,
            page,
        })
    } else {
        None
    };
    Ok(EarlyState { status, first_page })
}

/// The cache opened and its early state read on a thread of their own, started as the app
/// starts: the reading overlaps the windowing toolkit's start instead of delaying the
/// window (a 100k-case cache takes 10–20 ms to open and read).
pub struct EarlyRead(JoinHandle<polydesk_core::Result<(Store, EarlyState)>>);

impl EarlyRead {
    /// Opens the cache in `data_dir` (taking its lock) and reads the early state at the
    /// moment of reading.
    pub fn start(data_dir: PathBuf, os_locale: Option<String>) -> EarlyRead {
        EarlyRead(std::thread::spawn(move || {
            let store = Store::open(&data_dir)?;
            let early = early_state(&store, os_locale.as_deref(), Utc::now())?;
            Ok((store, early))
        }))
    }

    /// The open cache and its early state, once read. An error (a locked, unreadable or
    /// foreign cache) is handed back as it is, and the cache is closed again: whoever opens
    /// it next meets the same error and reports it.
    pub fn finish(self) -> polydesk_core::Result<(Store, EarlyState)> {
        self.0.join().unwrap_or_else(|_| {
            Err(std::io::Error::other("reading the early state stopped unexpectedly").into())
        })
    }
}

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
    use chrono::TimeZone;

    #[test]
    fn the_early_read_hands_over_the_open_cache_with_its_early_state() {
        let dir = tempfile::TempDir::new().unwrap();
        {
            let mut store = Store::open(dir.path()).unwrap();
            polydesk_demo::seed(&mut store, Utc::now()).unwrap();
        }
        let read = EarlyRead::start(dir.path().to_path_buf(), Some("zh_CN.UTF-8".into()));
        let (store, early) = read.finish().unwrap();
        // The read state is what the page's first questions would get from this cache now.
        let now = Utc::now();
        assert_eq!(
            early.status,
            workspace::status(&store, Some("zh_CN.UTF-8")).unwrap()
        );
        assert_eq!(
            early.status.ui_language,
            polydesk_core::language::UiLanguage::ZhHans
        );
        let page = early.first_page.expect("the demo has cases");
        assert_eq!(
            page.page.total,
            store.list_cases(FIRST_VIEW, 0, 1, now).unwrap().total
        );
        assert_eq!(page.page.cases.len(), FIRST_PAGE_LIMIT as usize);
        // The cache handed over is the open one: it holds the lock.
        assert!(matches!(
            Store::open(dir.path()),
            Err(polydesk_core::CoreError::CacheLocked { .. })
        ));
        drop(store);
        Store::open(dir.path()).unwrap();
    }

    #[test]
    fn an_early_read_that_fails_hands_back_the_error_and_keeps_no_lock() {
        let dir = tempfile::TempDir::new().unwrap();
        let held = Store::open(dir.path()).unwrap();
        let locked = EarlyRead::start(dir.path().to_path_buf(), None).finish();
        assert!(matches!(
            locked,
            Err(polydesk_core::CoreError::CacheLocked { .. })
        ));
        drop(held);

        let foreign = tempfile::TempDir::new().unwrap();
        std::fs::write(
            foreign.path().join("cache.db"),
            b"not a cache at all, an agent's notes",
        )
        .unwrap();
        let read = EarlyRead::start(foreign.path().to_path_buf(), None).finish();
        assert!(
            matches!(read, Err(polydesk_core::CoreError::CacheCorrupt { .. })),
            "{:?}",
            read.err()
        );
        // Nothing kept the cache: the app's own open meets the same error, not a lock.
        assert!(matches!(
            Store::open(foreign.path()),
            Err(polydesk_core::CoreError::CacheCorrupt { .. })
        ));
    }

    #[test]
    fn the_early_state_is_what_the_first_commands_would_answer() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();

        let empty = early_state(&store, Some("pt_BR.UTF-8"), now).unwrap();
        assert_eq!(
            empty.status,
            workspace::status(&store, Some("pt_BR.UTF-8")).unwrap()
        );
        assert_eq!(
            empty.first_page, None,
            "an empty cache opens on the welcome screen"
        );

        polydesk_demo::seed(&mut store, now).unwrap();
        let early = early_state(&store, None, now).unwrap();
        assert_eq!(early.status, workspace::status(&store, None).unwrap());
        let first = early.first_page.expect("a first page once there are cases");
        assert_eq!(
            (first.view, first.offset, first.limit),
            (ViewSlug::All, 0, 100)
        );
        assert_eq!(
            first.page,
            store.list_cases(ViewSlug::All, 0, 100, now).unwrap()
        );
        assert_eq!(first.page.cases.len(), 100);
        assert!(first.page.total > 100);
    }

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
