//! Pacing on Zendesk's rate-limit headers. Every answer says how many requests are left
//! in the current window (`ratelimit-remaining` / `X-Rate-Limit-Remaining`) and when it
//! ends (`ratelimit-reset`, seconds); the incremental export has its own allowance
//! (`Zendesk-RateLimit-incremental-exports: total=10; remaining=9; resets=41`). When
//! nothing is left, the next request waits for the window to end instead of meeting a
//! 429. A 429's `Retry-After` counts as an empty allowance too. The decisions are pure
//! ([`Allowance`]); [`Pacer`] only adds the lock and the sleep.

use std::sync::Mutex;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use tokio::time::Instant;

/// Waited after a window's announced end, so a request never arrives just before it.
const MARGIN: Duration = Duration::from_millis(250);
/// The wait when a limit is used up and no answer said when it resets.
const UNKNOWN_RESET_WAIT: Duration = Duration::from_secs(10);
/// Reset times rounded to whole seconds (and read a network trip apart) still belong to
/// the same window within this much.
const SAME_WINDOW: Duration = Duration::from_millis(1500);

/// What one answer said about a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub remaining: u64,
    pub resets_in: Option<Duration>,
    pub limit: Option<u64>,
}

/// Which allowance a request draws on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Account-wide.
    Api,
    /// An incremental export page (counts against the account too).
    Export,
}

fn number(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// The account-wide budget an answer reports, if it reports one.
pub fn account_budget(headers: &HeaderMap) -> Option<Budget> {
    let remaining = number(headers, "ratelimit-remaining")
        .or_else(|| number(headers, "x-rate-limit-remaining"))?;
    Some(Budget {
        remaining,
        resets_in: number(headers, "ratelimit-reset").map(Duration::from_secs),
        limit: number(headers, "ratelimit-limit").or_else(|| number(headers, "x-rate-limit")),
    })
}

/// The incremental export's budget: `total=10; remaining=9; resets=41`.
pub fn export_budget(headers: &HeaderMap) -> Option<Budget> {
    let value = headers
        .get("zendesk-ratelimit-incremental-exports")?
        .to_str()
        .ok()?;
    let field = |key: &str| {
        value.split(';').find_map(|part| {
            let (k, v) = part.split_once('=')?;
            (k.trim() == key).then(|| v.trim().parse::<u64>().ok())?
        })
    };
    Some(Budget {
        remaining: field("remaining")?,
        resets_in: field("resets").map(Duration::from_secs),
        limit: field("total"),
    })
}

/// What is known of one limit's current window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Allowance {
    /// Requests left, counting those sent since the last answer; `None` = not known.
    remaining: Option<u64>,
    resets_at: Option<Instant>,
    limit: Option<u64>,
}

impl Allowance {
    /// How long the next request must wait; `None` = it may go now.
    pub fn wait(&mut self, now: Instant) -> Option<Duration> {
        if self.resets_at.is_some_and(|at| now >= at) {
            // The window is over: a full allowance, as far as is known.
            self.remaining = self.limit;
            self.resets_at = None;
        }
        match self.remaining {
            Some(0) => Some(match self.resets_at {
                Some(at) => at - now,
                None => {
                    self.resets_at = Some(now + UNKNOWN_RESET_WAIT);
                    UNKNOWN_RESET_WAIT
                }
            }),
            _ => None,
        }
    }

    /// Count a request sent now.
    pub fn spend(&mut self) {
        if let Some(n) = &mut self.remaining {
            *n = n.saturating_sub(1);
        }
    }

    /// Take in what an answer said. Answers to requests in flight arrive in any order: in
    /// the same window the lowest count wins; a later window replaces the count.
    pub fn observe(&mut self, budget: Budget, now: Instant) {
        self.limit = budget.limit.or(self.limit);
        let reported_end = budget.resets_in.map(|d| now + d + MARGIN);
        let later_window = match (self.resets_at, reported_end) {
            (Some(known), Some(reported)) => reported > known + SAME_WINDOW,
            (None, _) => true,
            (Some(_), None) => false,
        };
        if later_window {
            self.remaining = Some(match self.remaining {
                // Requests already counted here may not have reached the CRM's count yet.
                Some(local) if self.resets_at.is_none() => local.min(budget.remaining),
                _ => budget.remaining,
            });
            self.resets_at = reported_end.or(self.resets_at);
        } else {
            self.remaining = Some(
                self.remaining
                    .map_or(budget.remaining, |local| local.min(budget.remaining)),
            );
            if let (Some(known), Some(reported)) = (self.resets_at, reported_end) {
                self.resets_at = Some(known.max(reported));
            }
        }
    }
}

/// The longest a request waits for its allowance: past that, it is not sent, and the
/// caller hears that the desk is rate limited for how long (the sync loop then shows it
/// and waits; a one-pass sync decides whether to wait it out).
pub const PATIENCE: Duration = Duration::from_secs(65);

/// The allowances of one desk, shared by every request to it.
#[derive(Debug, Default)]
pub struct Pacer {
    allowances: Mutex<(Allowance, Allowance)>,
}

impl Pacer {
    /// Wait until a request of `bucket` may go, and count it; or, when that would take
    /// longer than `patience`, hand back how long it would take.
    pub async fn ready(&self, bucket: Bucket, patience: Duration) -> Result<(), Duration> {
        loop {
            let wait = {
                let mut guard = self.allowances.lock().unwrap_or_else(|p| p.into_inner());
                let (api, export) = &mut *guard;
                let now = Instant::now();
                let wait = match bucket {
                    Bucket::Api => api.wait(now),
                    Bucket::Export => api.wait(now).max(export.wait(now)),
                };
                if wait.is_none() {
                    api.spend();
                    if bucket == Bucket::Export {
                        export.spend();
                    }
                }
                wait
            };
            match wait {
                None => return Ok(()),
                Some(d) if d > patience => return Err(d),
                Some(d) => tokio::time::sleep(d).await,
            }
        }
    }

    /// Take in an answer's headers (and a 429's `Retry-After`).
    pub fn observe(&self, bucket: Bucket, status: StatusCode, headers: &HeaderMap) {
        let now = Instant::now();
        let mut account = account_budget(headers);
        let mut export = (bucket == Bucket::Export)
            .then(|| export_budget(headers))
            .flatten();
        if status == StatusCode::TOO_MANY_REQUESTS {
            let retry_after = crate::http::retry_after_header(headers);
            let empty = |b: Option<Budget>| Budget {
                remaining: 0,
                resets_in: retry_after.or(b.and_then(|b| b.resets_in)),
                limit: b.and_then(|b| b.limit),
            };
            // Which allowance ran out: the export's when it says so, else the account's.
            match export {
                Some(b) if b.remaining == 0 => export = Some(empty(export)),
                _ => account = Some(empty(account)),
            }
        }
        if account.is_none() && export.is_none() {
            return;
        }
        let mut guard = self.allowances.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = account {
            guard.0.observe(b, now);
        }
        if let Some(b) = export {
            guard.1.observe(b, now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn budget(remaining: u64, resets_in: u64) -> Budget {
        Budget {
            remaining,
            resets_in: Some(Duration::from_secs(resets_in)),
            limit: Some(700),
        }
    }

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn nothing_known_means_no_wait() {
        let mut a = Allowance::default();
        let now = Instant::now();
        for _ in 0..1000 {
            assert_eq!(a.wait(now), None);
            a.spend();
        }
    }

    #[test]
    fn the_last_requests_of_a_window_go_and_the_next_waits_for_its_end() {
        let now = Instant::now();
        let mut a = Allowance::default();
        a.observe(budget(2, 10), now);
        for _ in 0..2 {
            assert_eq!(a.wait(now), None);
            a.spend();
        }
        assert_eq!(a.wait(now), Some(secs(10) + MARGIN));
        assert_eq!(a.wait(now + secs(4)), Some(secs(6) + MARGIN));
        // After the end: the plan's full allowance again.
        assert_eq!(a.wait(now + secs(11)), None);
        a.spend();
        assert_eq!(a.remaining, Some(699));
    }

    #[test]
    fn late_answers_from_the_same_window_never_raise_the_count() {
        let now = Instant::now();
        let mut a = Allowance::default();
        a.observe(budget(5, 30), now);
        a.spend();
        a.spend();
        // An answer to a request sent before these two arrives late, with a higher count.
        a.observe(budget(5, 30), now + Duration::from_millis(300));
        assert_eq!(a.remaining, Some(3));
        a.observe(budget(1, 29), now + Duration::from_millis(900));
        assert_eq!(a.remaining, Some(1));
    }

    #[test]
    fn an_answer_from_a_later_window_replaces_the_count() {
        let now = Instant::now();
        let mut a = Allowance::default();
        a.observe(budget(0, 2), now);
        a.observe(budget(690, 60), now + secs(3));
        assert_eq!(a.wait(now + secs(3)), None);
        assert_eq!(a.remaining, Some(690));
    }

    #[test]
    fn a_used_up_limit_with_no_reset_waits_a_while_then_tries() {
        let now = Instant::now();
        let mut a = Allowance::default();
        a.observe(
            Budget {
                remaining: 0,
                resets_in: None,
                limit: Some(700),
            },
            now,
        );
        assert_eq!(a.wait(now), Some(UNKNOWN_RESET_WAIT));
        assert_eq!(a.wait(now + UNKNOWN_RESET_WAIT), None);
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn zendesk_headers_are_read() {
        let h = headers(&[
            ("x-rate-limit", "700"),
            ("x-rate-limit-remaining", "699"),
            ("ratelimit-reset", "41"),
            (
                "zendesk-ratelimit-incremental-exports",
                "total=10; remaining=9; resets=48",
            ),
        ]);
        assert_eq!(account_budget(&h), Some(budget(699, 41)));
        assert_eq!(
            export_budget(&h),
            Some(Budget {
                remaining: 9,
                resets_in: Some(secs(48)),
                limit: Some(10),
            })
        );
        assert_eq!(account_budget(&HeaderMap::new()), None);
        let garbled = headers(&[("zendesk-ratelimit-incremental-exports", "lots left")]);
        assert_eq!(export_budget(&garbled), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_holds_every_request_until_retry_after() {
        let pacer = Pacer::default();
        pacer.observe(
            Bucket::Api,
            StatusCode::TOO_MANY_REQUESTS,
            &headers(&[("retry-after", "7")]),
        );
        let start = Instant::now();
        pacer.ready(Bucket::Api, PATIENCE).await.unwrap();
        assert!(start.elapsed() >= secs(7), "{:?}", start.elapsed());
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_the_patience_is_handed_back_not_slept() {
        let pacer = Pacer::default();
        pacer.observe(
            Bucket::Api,
            StatusCode::TOO_MANY_REQUESTS,
            &headers(&[("retry-after", "3600")]),
        );
        let start = Instant::now();
        let wait = pacer.ready(Bucket::Api, PATIENCE).await.unwrap_err();
        assert_eq!(start.elapsed(), Duration::ZERO, "nothing was slept");
        assert!(wait > secs(3590) && wait <= secs(3601), "{wait:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn an_export_waits_for_its_own_allowance_while_other_reads_go() {
        let pacer = Pacer::default();
        let h = headers(&[(
            "zendesk-ratelimit-incremental-exports",
            "total=10; remaining=0; resets=30",
        )]);
        pacer.observe(Bucket::Export, StatusCode::OK, &h);
        let start = Instant::now();
        pacer.ready(Bucket::Api, PATIENCE).await.unwrap();
        assert_eq!(start.elapsed(), Duration::ZERO);
        pacer.ready(Bucket::Export, PATIENCE).await.unwrap();
        assert!(start.elapsed() >= secs(30), "{:?}", start.elapsed());
    }
}
