//! `polydesk-cli bench`: Polydesk's speed and memory, each figure beside its goal and the
//! baseline measured in the same run. Figures come from here, never from timed tests.

mod dataset;
mod ingest;
mod queries;
mod report;
mod rt;
mod rt_ticket;
mod stats;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Utc};
use polydesk_core::store::{setting, Store};
use polydesk_core::views::ViewSlug;
use polydesk_core::CoreError;
use polydesk_demo::DEMO_AGENT;
use polydesk_demo::DEMO_SYNC_MARK;

pub use rt::RtBenchArgs;
pub use stats::rss_mb;

pub struct BenchArgs {
    pub cases: usize,
    pub out: Option<PathBuf>,
    pub scale: bool,
    pub compare: Option<PathBuf>,
    /// `--rt-url`: also the same case read from a Request Tracker.
    pub rt: Option<RtBenchArgs>,
}

/// (key, value, goal text, whether the goal is met)
type Row = (String, f64, &'static str, Option<bool>);

pub fn run(args: BenchArgs) -> Result<(), CoreError> {
    let tmp = std::env::temp_dir().join(format!("polydesk-bench-{}", std::process::id()));
    let result = run_in(&args, &tmp);
    let _ = std::fs::remove_dir_all(&tmp);
    result
}

fn run_in(args: &BenchArgs, tmp: &Path) -> Result<(), CoreError> {
    let mut rows: Vec<Row> = Vec::new();
    // First, so that a wrong address or password fails before the long part.
    let rt_figures = match &args.rt {
        Some(rt_args) => Some(rt::measure(rt_args, &tmp.join("rt"), 300)?),
        None => None,
    };
    let mut push = |k: &str, v: f64, goal: &'static str, ok: Option<bool>| {
        rows.push((k.to_string(), v, goal, ok))
    };
    eprintln!("bench: generating {} cases…", args.cases);
    let records = dataset::generate(args.cases, Utc::now());
    eprintln!(
        "bench: {} rows; first sync from crm-sim and bare inserts…",
        dataset::rows(&records)
    );
    let synced = tmp.join("synced");
    let ingest = ingest::measure(records, &synced, &tmp.join("raw"))?;
    let ratio = ingest.rows_per_s / ingest.raw_rows_per_s;
    push("ingest.rows_per_s", ingest.rows_per_s, "", None);
    push(
        "ingest.raw_rows_per_s",
        ingest.raw_rows_per_s,
        "baseline",
        None,
    );
    push("ingest.ratio_to_raw", ratio, ">= 0.5", Some(ratio >= 0.5));
    push(
        "ingest.languages_per_s",
        ingest.languages_per_s,
        "after sync",
        None,
    );
    push("ingest.sla_told_s", ingest.sla_secs, "after sync", None);
    push(
        "sync_noop.requests",
        ingest.noop_requests as f64,
        "<= 3",
        Some(ingest.noop_requests <= 3),
    );
    push("sync_noop.ms", ingest.noop_ms, "", None);

    eprintln!("bench: views, search, open case, render…");
    let store = Store::open(&synced)?;
    let cache = synced.join("cache.db");
    let views = queries::views(&store, 300)?;
    push("view.p50_ms", views.percentile(50.0), "", None);
    push(
        "view.p99_ms",
        views.percentile(99.0),
        "<= 1",
        Some(views.percentile(99.0) <= 1.0),
    );
    let search = queries::search(&store, 100)?;
    push("search.p50_ms", search.percentile(50.0), "", None);
    push(
        "search.p99_ms",
        search.percentile(99.0),
        "<= 10",
        Some(search.percentile(99.0) <= 10.0),
    );
    let recall = queries::recall(&store, &cache)?;
    push("search.recall", recall, "= 1.0", Some(recall >= 1.0));
    let open = queries::open_case(&store, &cache, 300)?;
    push(
        "open_case.p99_ms",
        open.percentile(99.0),
        "<= 5",
        Some(open.percentile(99.0) <= 5.0),
    );
    for (k, v, goal, ok) in rt_figures.iter().flat_map(|f| f.rows()) {
        push(&k, v, goal, ok);
    }
    let render = queries::render_ratio(5000)?;
    push("render.ratio_to_raw", render, "<= 5", Some(render <= 5.0));
    drop(store);

    eprintln!("bench: memory after loading the inbox…");
    let small = tmp.join("small");
    let small_records = dataset::generate(10_000, Utc::now());
    ingest::measure_raw_only(&small_records, &small)?;
    drop(small_records);
    let rss_small = child_rss(&small)?;
    let rss_big = child_rss(&synced)?;
    push("core.rss_mb_10k", rss_small, "", None);
    push(
        &format!("core.rss_mb_{}", size_label(args.cases)),
        rss_big,
        "flat",
        Some(rss_big <= rss_small * 1.5 + 5.0),
    );

    if args.scale {
        for n in [10_000usize, 100_000, 1_000_000] {
            eprintln!("bench: scale {n}…");
            let dir = tmp.join(format!("scale-{n}"));
            let records = dataset::generate(n, Utc::now());
            ingest::measure_raw_only(&records, &dir)?;
            drop(records);
            let store = Store::open(&dir)?;
            let label = size_label(n);
            push(
                &format!("scale.view_p99_ms_{label}"),
                queries::views(&store, 100)?.percentile(99.0),
                "",
                None,
            );
            push(
                &format!("scale.search_p99_ms_{label}"),
                queries::search(&store, 30)?.percentile(99.0),
                "",
                None,
            );
        }
    }

    report::print(&rows, args)
}

fn size_label(n: usize) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}m", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

/// Resident memory of a fresh process that opens the cache and loads the inbox.
fn child_rss(data_dir: &Path) -> Result<f64, CoreError> {
    let out = Command::new(std::env::current_exe()?)
        .arg("--data-dir")
        .arg(data_dir)
        .arg("bench-inbox-rss")
        .output()?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|_| {
            bench_error(format!(
                "memory probe failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ))
        })
}

/// What `bench-inbox-rss` does in the child: open, count views, first page of each, one case.
/// The language detector is loaded first, as in the app (the composer checks drafts with
/// it, and a synced case's messages are detected when they are written): it is the same fixed
/// size at every cache size, so both measurements carry it.
pub fn load_inbox(data_dir: &Path) -> Result<f64, CoreError> {
    polydesk_core::language::detect("Olá! Obrigada pelo contato.");
    let store = Store::open(data_dir)?;
    let now = Utc::now();
    store.view_counts(now)?;
    let mut first = None;
    for view in ViewSlug::ALL {
        let page = store.list_cases(view, 0, 100, now)?;
        first = first.or_else(|| page.cases.first().map(|c| c.id.clone()));
    }
    if let Some(id) = first {
        store.case_detail(&id)?;
    }
    Ok(rss_mb())
}

/// `demo seed --cases N`: fill an empty cache with `n` cases of the benchmark's dataset,
/// written the way sync writes them, as the demo workspace's agent. A cache that already
/// holds cases is left alone. Returns how many cases were written.
pub fn seed_dataset(store: &mut Store, n: usize, now: DateTime<Utc>) -> Result<usize, CoreError> {
    if store.case_count()? > 0 {
        return Ok(0);
    }
    let records = dataset::generate(n, now);
    for chunk in records.chunks(5_000) {
        store.put_case_records(chunk)?;
    }
    store.set_setting(setting::AGENT_NAME, DEMO_AGENT)?;
    store.set_setting(setting::LAST_SYNC, DEMO_SYNC_MARK)?;
    Ok(records.len())
}

/// A benchmark step that went wrong (not the agent's data): said as it is.
pub(crate) fn bench_error(message: impl std::fmt::Display) -> CoreError {
    CoreError::Io(std::io::Error::other(message.to_string()))
}
