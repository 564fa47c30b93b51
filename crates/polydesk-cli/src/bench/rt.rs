//! `bench --rt-url`: one 50-message case opened from the cache against the same ticket
//! read from a Request Tracker over REST2. The ticket is made in that RT on the first
//! run (created, then 49 replies and notes from the benchmark's dataset, as the given
//! user) and found again by its subject after that. It is pulled into a fresh cache with
//! the RT connector; then both sides are timed: `case_detail` from the cache, and the
//! connector's `fetch_case` (the ticket, its transactions, the text of its messages and
//! the list of its files: what Polydesk itself reads online, and what any client needs
//! to show the thread).

use super::bench_error;
use std::path::Path;
use std::sync::Mutex;

use chrono::Utc;
use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::rt::{case_id, Rt, RtAuth, RtConfig};
use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::store::{setting, Store};
use polydesk_core::CoreError;
use polydesk_sync::{sync_once, SyncOptions};

use super::rt_ticket::{bench_ticket, Rest};
use super::stats::Samples;
use super::Row;

/// The bench ticket's subject: how a later run finds it.
pub const SUBJECT: &str = "Polydesk bench: a 50-message thread";
/// The queue it is made in (one the user may create tickets in).
pub const QUEUE: &str = "Tier 1";
pub const MESSAGES: usize = 50;

pub struct RtBenchArgs {
    /// RT's address (without `/REST/2.0`).
    pub url: String,
    /// With a user, POLYDESK_CRM_TOKEN is their password; without, an RT auth token.
    pub user: Option<String>,
    /// Reads of the ticket over REST2.
    pub runs: usize,
}

pub struct RtFigures {
    pub cache: Samples,
    pub rt: Samples,
}

impl RtFigures {
    /// `open_case.cache_*`: the ticket from the cache; `open_case.rt_p50_ms`: over REST2;
    /// `open_case.ratio_vs_rt`: how many times faster the cache is (RT p50 / cache p50).
    pub fn rows(&self) -> Vec<Row> {
        let cache_p50 = self.cache.percentile(50.0);
        let cache_p99 = self.cache.percentile(99.0);
        let rt_p50 = self.rt.percentile(50.0);
        let ratio = rt_p50 / cache_p50;
        vec![
            ("open_case.cache_p50_ms".into(), cache_p50, "", None),
            (
                "open_case.cache_p99_ms".into(),
                cache_p99,
                "<= 5",
                Some(cache_p99 <= 5.0),
            ),
            ("open_case.rt_p50_ms".into(), rt_p50, "", None),
            (
                "open_case.ratio_vs_rt".into(),
                ratio,
                "> 1",
                Some(ratio > 1.0),
            ),
        ]
    }
}

/// The secret, as `sync` reads it: from the environment, never stored.
fn secret() -> Result<String, CoreError> {
    std::env::var("POLYDESK_CRM_TOKEN")
        .ok()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            CoreError::invalid_input(
                "--rt-url: set POLYDESK_CRM_TOKEN to the RT user's password (or an RT auth token)",
            )
        })
}

pub fn crm_error(e: ConnectorError) -> CoreError {
    CoreError::Crm(e.about("RT"))
}

/// Make or find the ticket, pull it into a fresh cache in `dir`, and time both sides.
pub fn measure(args: &RtBenchArgs, dir: &Path, cache_runs: usize) -> Result<RtFigures, CoreError> {
    let secret = secret()?;
    let auth = match &args.user {
        Some(user) => RtAuth::Basic {
            user: user.clone(),
            password: secret,
        },
        None => RtAuth::Token(secret),
    };
    let runtime = tokio::runtime::Runtime::new()?;
    let settings = HttpSettings::default();
    let rt = runtime
        .block_on(Rt::connect(
            &args.url,
            auth.clone(),
            &settings,
            RtConfig::default(),
        ))
        .map_err(crm_error)?;
    let rest = Rest::new(settings.client().map_err(crm_error)?, &args.url, auth);
    let ticket = runtime.block_on(bench_ticket(&rt, &rest))?;
    let id = case_id(ticket);

    eprintln!("bench: pulling RT into a fresh cache…");
    let mut store = Store::open(dir)?;
    store.set_setting(setting::AGENT_NAME, &rt.agent().name)?;
    let shared = Mutex::new(store);
    let opts = SyncOptions {
        ignore_backoff: true,
        now: Utc::now(),
    };
    runtime.block_on(sync_once(&shared, &rt, &opts))?;
    let store = shared.into_inner().unwrap_or_else(|p| p.into_inner());
    let cached = store.case_detail(&id)?.messages.len();
    if cached != MESSAGES {
        return Err(bench_error(format!(
            "the cache holds {cached} messages of RT ticket {ticket}, not {MESSAGES}"
        )));
    }
    let cache = Samples::collect(cache_runs, |_| {
        let _ = store.case_detail(&id);
    });

    eprintln!(
        "bench: reading RT ticket {ticket} over REST2 {} times…",
        args.runs
    );
    let crm_id = ticket.to_string();
    let mut failure = runtime.block_on(rt.fetch_case(&crm_id)).err(); // warm
    let rt_samples = Samples::collect(args.runs, |_| {
        match runtime.block_on(rt.fetch_case(&crm_id)) {
            Ok(Some(r)) if r.messages.len() == MESSAGES => {}
            Ok(other) => {
                let n = other.map(|r| r.messages.len());
                failure.get_or_insert(ConnectorError::malformed(
                    format!("ticket/{crm_id}"),
                    format!("read with {n:?} messages"),
                ));
            }
            Err(e) => {
                failure.get_or_insert(e);
            }
        }
    });
    if let Some(e) = failure {
        return Err(crm_error(e));
    }
    Ok(RtFigures {
        cache,
        rt: rt_samples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ratio_is_rt_over_the_cache() {
        let f = RtFigures {
            cache: Samples::collect(3, |_| {
                std::thread::sleep(std::time::Duration::from_millis(1))
            }),
            rt: Samples::collect(3, |_| {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }),
        };
        let rows = f.rows();
        let keys: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            keys,
            [
                "open_case.cache_p50_ms",
                "open_case.cache_p99_ms",
                "open_case.rt_p50_ms",
                "open_case.ratio_vs_rt"
            ]
        );
        assert!(rows[3].1 > 1.0 && rows[3].3 == Some(true), "{:?}", rows[3]);
    }
}
