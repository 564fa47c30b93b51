//! The desk's rate limits, when the fault plan sets them (`rate-limit:700`,
//! `export-limit:10/60s`): requests over a window's allowance are turned away with 429 and
//! `Retry-After`, and every answer carries the headers Zendesk sends (`X-Rate-Limit`,
//! `X-Rate-Limit-Remaining`, `ratelimit-*`, and `Zendesk-RateLimit-incremental-exports`
//! on the export). Without limits the desk reports none: a client pacing itself on
//! headers must not be slowed by limits nobody enforces.

use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderName, HeaderValue};

/// So many requests per window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub requests: u64,
    pub window: Duration,
}

impl Limit {
    /// `700` (per minute) or `40/2s`.
    pub fn parse(
        text: &str,
        parse_window: impl Fn(&str) -> Result<Duration, String>,
    ) -> Result<Limit, String> {
        let (count, window) = match text.split_once('/') {
            Some((count, window)) => (count, parse_window(window.trim())?),
            None => (text, Duration::from_secs(60)),
        };
        let requests: u64 = count
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("'{count}' is not a number of requests above 0"))?;
        if window.is_zero() {
            return Err("the window must be longer than 0".into());
        }
        Ok(Limit { requests, window })
    }
}

/// The limits in force: account-wide, and for the incremental export on top.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    pub api: Option<Limit>,
    pub exports: Option<Limit>,
}

/// One window's count.
#[derive(Debug)]
struct Window {
    started: Instant,
    used: u64,
}

impl Window {
    fn new(now: Instant) -> Self {
        Window {
            started: now,
            used: 0,
        }
    }

    /// Roll over if `limit`'s window is over, then count one request if there is room.
    /// Err(seconds until the window ends) when there is none.
    fn admit(&mut self, limit: &Limit, now: Instant) -> Result<(), u64> {
        if now.duration_since(self.started) >= limit.window {
            *self = Window::new(now);
        }
        if self.used >= limit.requests {
            return Err(self.resets_in(limit, now));
        }
        self.used += 1;
        Ok(())
    }

    /// Whole seconds until the window ends, rounded up (never early).
    fn resets_in(&self, limit: &Limit, now: Instant) -> u64 {
        let left = limit
            .window
            .saturating_sub(now.duration_since(self.started));
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    fn remaining(&self, limit: &Limit) -> u64 {
        limit.requests.saturating_sub(self.used)
    }
}

/// Requests counted per window.
#[derive(Debug)]
pub struct RateWindows {
    api: Window,
    exports: Window,
}

/// What the windows said of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admission {
    /// Refused: retry after this many seconds.
    pub refused: Option<u64>,
    headers: Vec<(&'static str, String)>,
}

impl RateWindows {
    pub fn new() -> Self {
        let now = Instant::now();
        RateWindows {
            api: Window::new(now),
            exports: Window::new(now),
        }
    }

    /// Count a request against the limits (an export counts against both).
    pub fn admit(&mut self, export: bool, limits: &Limits, now: Instant) -> Admission {
        let mut refused = None;
        let mut headers = Vec::new();
        if let Some(limit) = &limits.api {
            if let Err(wait) = self.api.admit(limit, now) {
                refused = Some(wait);
            }
            let remaining = self.api.remaining(limit).to_string();
            let reset = self.api.resets_in(limit, now).to_string();
            headers.extend([
                ("x-rate-limit", limit.requests.to_string()),
                ("x-rate-limit-remaining", remaining.clone()),
                ("ratelimit-limit", limit.requests.to_string()),
                ("ratelimit-remaining", remaining),
                ("ratelimit-reset", reset),
            ]);
        }
        if let (true, Some(limit)) = (export, &limits.exports) {
            if refused.is_none() {
                if let Err(wait) = self.exports.admit(limit, now) {
                    refused = Some(wait);
                }
            }
            headers.push((
                "zendesk-ratelimit-incremental-exports",
                format!(
                    "total={}; remaining={}; resets={}",
                    limit.requests,
                    self.exports.remaining(limit),
                    self.exports.resets_in(limit, now)
                ),
            ));
        }
        Admission { refused, headers }
    }
}

impl Default for RateWindows {
    fn default() -> Self {
        RateWindows::new()
    }
}

impl Admission {
    /// Put the rate-limit headers on an answer.
    pub fn write_headers(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.headers {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert(HeaderName::from_static(name), value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(api: u64, exports: u64) -> Limits {
        Limits {
            api: Some(Limit {
                requests: api,
                window: Duration::from_secs(2),
            }),
            exports: Some(Limit {
                requests: exports,
                window: Duration::from_secs(60),
            }),
        }
    }

    #[test]
    fn requests_over_the_allowance_wait_for_the_window_to_end() {
        let mut windows = RateWindows::new();
        let start = Instant::now();
        let l = limits(3, 100);
        for _ in 0..3 {
            assert_eq!(windows.admit(false, &l, start).refused, None);
        }
        let refused = windows.admit(false, &l, start + Duration::from_millis(500));
        assert_eq!(refused.refused, Some(2), "1.5 s or less left rounds up");
        let mut headers = HeaderMap::new();
        refused.write_headers(&mut headers);
        assert_eq!(headers["x-rate-limit-remaining"], "0");
        assert_eq!(headers["ratelimit-reset"], "2");
        let later = windows.admit(false, &l, start + Duration::from_secs(2));
        assert_eq!(later.refused, None, "a new window");
    }

    #[test]
    fn exports_have_their_own_allowance_and_header() {
        let now = Instant::now();
        let mut windows = RateWindows::new();
        let l = limits(100, 1);
        let first = windows.admit(true, &l, now);
        assert_eq!(first.refused, None);
        let mut headers = HeaderMap::new();
        first.write_headers(&mut headers);
        assert_eq!(
            headers["zendesk-ratelimit-incremental-exports"],
            "total=1; remaining=0; resets=60"
        );
        assert_eq!(windows.admit(true, &l, now).refused, Some(60));
        assert_eq!(
            windows.admit(false, &l, now).refused,
            None,
            "other reads go on"
        );
    }

    #[test]
    fn without_limits_nothing_is_refused_or_reported() {
        let mut windows = RateWindows::new();
        let admission = windows.admit(true, &Limits::default(), Instant::now());
        assert_eq!(admission.refused, None);
        let mut headers = HeaderMap::new();
        admission.write_headers(&mut headers);
        assert!(headers.is_empty());
    }
}
