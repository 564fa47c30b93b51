//! Fault plans: how the simulated desk misbehaves, written as a SPEC such as
//! `latency:50ms,429@0.1,500@0.05,timeout@0.02,drop-after-apply@0.1,duplicate-pages`.
//!
//! Each comma-separated item is `kind[:param][@probability]`; an item without
//! `@probability` always applies. `seed:N` fixes the dice (otherwise the sim's data seed
//! is used). `rate-limit:N[/WINDOW]` and `export-limit:N[/WINDOW]` enforce Zendesk-style
//! rate limits (per minute unless a window is given) and report them in headers.
//! `401` refuses the credentials on every request; `403`, `404` and `422` refuse updates
//! (forbidden for this agent, the ticket gone, the change invalid) and let reads through.
//! `""` and `none` mean no faults.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::rate::{Limit, Limits};

/// What goes wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// Added to every request.
    Latency(Duration),
    /// 429 with `Retry-After: seconds`; nothing applied.
    TooManyRequests { retry_after: u64 },
    /// The same, for export pages only (`429-pages`): signing in and other reads go through.
    PagesTooManyRequests { retry_after: u64 },
    /// 500 or 503; nothing applied.
    ServerError(u16),
    /// The request hangs this long, then the connection closes without a response.
    Timeout(Duration),
    /// An update is applied, then the connection closes without a response.
    DropAfterApply,
    /// Export pages start with the previous page's last 3 items again.
    DuplicatePages,
    /// Export cursors step back a little, so the next page repeats a few items.
    OverlapPages,
    /// A read answers 200 with a truncated JSON body.
    Malformed,
    /// A colleague edits the case (status + internal note) just before an update.
    Colleague,
    /// Refused with this status: 401 (the credentials; any request), or 403, 404 or 422
    /// (this agent may not, the ticket is gone, the change is invalid; updates only).
    Refuse(u16),
}

/// One item of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    pub kind: FaultKind,
    /// Chance per eligible request, in `0..=1`.
    pub probability: f64,
}

/// The faults the desk injects, in SPEC order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FaultPlan {
    pub faults: Vec<Fault>,
    /// Seed of the fault dice; `None` = the sim's data seed.
    pub seed: Option<u64>,
    /// Rate limits enforced and reported (none by default).
    pub limits: Limits,
}

impl FaultPlan {
    /// No faults at all.
    pub fn none() -> Self {
        FaultPlan::default()
    }

    /// The same plan with its dice seeded by `seed`.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.faults.is_empty() && self.limits == Limits::default()
    }
}

/// A SPEC item that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bad fault item '{item}': {reason}")]
pub struct FaultSpecError {
    /// The item as written.
    pub item: String,
    pub reason: String,
}

const KINDS: &str = "latency:DURATION, 429[:SECONDS], 429-pages[:SECONDS], 500, 503, 401, 403, 404, 422, \
    timeout[:DURATION], drop-after-apply, duplicate-pages, overlap-pages, malformed, colleague, seed:N, \
    rate-limit:N[/WINDOW], export-limit:N[/WINDOW]";

impl FromStr for FaultPlan {
    type Err = FaultSpecError;

    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let mut plan = FaultPlan::default();
        if matches!(spec.trim(), "" | "none") {
            return Ok(plan);
        }
        for item in spec.split(',') {
            let bad = |reason: String| FaultSpecError {
                item: item.trim().to_string(),
                reason,
            };
            let text = item.trim();
            if text.is_empty() {
                return Err(bad("empty item (stray comma?)".into()));
            }
            let (head, probability) = match text.rsplit_once('@') {
                Some((head, p)) => (head, parse_probability(p).map_err(bad)?),
                None => (text, 1.0),
            };
            let (kind, param) = match head.split_once(':') {
                Some((kind, param)) => (kind.trim(), Some(param.trim())),
                None => (head.trim(), None),
            };
            if kind == "seed" {
                let seed = param.and_then(|p| p.parse().ok());
                plan.seed = Some(
                    seed.ok_or_else(|| bad("seed needs a whole number, as in seed:7".into()))?,
                );
                continue;
            }
            if let Some(slot) = match kind {
                "rate-limit" => Some(&mut plan.limits.api),
                "export-limit" => Some(&mut plan.limits.exports),
                _ => None,
            } {
                if probability < 1.0 {
                    return Err(bad(format!(
                        "{kind} always applies; it takes no @probability"
                    )));
                }
                let text = param.ok_or_else(|| {
                    bad(format!(
                        "{kind} needs a number, as in {kind}:700 or {kind}:40/2s"
                    ))
                })?;
                *slot = Some(Limit::parse(text, parse_duration).map_err(bad)?);
                continue;
            }
            let kind = parse_kind(kind, param).map_err(bad)?;
            plan.faults.push(Fault { kind, probability });
        }
        Ok(plan)
    }
}

fn parse_probability(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!(
            "probability '{text}' is not a number between 0 and 1"
        )),
    }
}

fn parse_kind(kind: &str, param: Option<&str>) -> Result<FaultKind, String> {
    let no_param = |k: FaultKind| match param {
        None => Ok(k),
        Some(p) => Err(format!("'{kind}' takes no parameter (got '{p}')")),
    };
    match kind {
        "latency" => match param {
            Some(p) => parse_duration(p).map(FaultKind::Latency),
            None => Err("latency needs a duration, as in latency:50ms".into()),
        },
        "429" => match param {
            None => Ok(FaultKind::TooManyRequests { retry_after: 2 }),
            Some(p) => p
                .parse()
                .map(|retry_after| FaultKind::TooManyRequests { retry_after })
                .map_err(|_| format!("Retry-After '{p}' is not a whole number of seconds")),
        },
        "429-pages" => match param {
            None => Ok(FaultKind::PagesTooManyRequests { retry_after: 2 }),
            Some(p) => p
                .parse()
                .map(|retry_after| FaultKind::PagesTooManyRequests { retry_after })
                .map_err(|_| format!("Retry-After '{p}' is not a whole number of seconds")),
        },
        "500" => no_param(FaultKind::ServerError(500)),
        "503" => no_param(FaultKind::ServerError(503)),
        "401" => no_param(FaultKind::Refuse(401)),
        "403" => no_param(FaultKind::Refuse(403)),
        "404" => no_param(FaultKind::Refuse(404)),
        "422" => no_param(FaultKind::Refuse(422)),
        "timeout" => match param {
            None => Ok(FaultKind::Timeout(Duration::from_secs(10))),
            Some(p) => parse_duration(p).map(FaultKind::Timeout),
        },
        "drop-after-apply" => no_param(FaultKind::DropAfterApply),
        "duplicate-pages" => no_param(FaultKind::DuplicatePages),
        "overlap-pages" => no_param(FaultKind::OverlapPages),
        "malformed" => no_param(FaultKind::Malformed),
        "colleague" => no_param(FaultKind::Colleague),
        other => Err(format!(
            "unknown fault kind '{other}' (expected one of: {KINDS})"
        )),
    }
}

/// `50ms`, `2s`, `1.5s`.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("duration '{text}' is not like 50ms or 2s");
    let (number, scale) = if let Some(n) = text.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1.0)
    } else {
        return Err(bad());
    };
    let value: f64 = number.trim().parse().map_err(|_| bad())?;
    if !value.is_finite() || value < 0.0 {
        return Err(bad());
    }
    Ok(Duration::from_secs_f64(value * scale))
}

fn format_duration(d: Duration) -> String {
    match d.subsec_millis() == 0 && d.as_secs() > 0 {
        true => format!("{}s", d.as_secs()),
        false => format!("{}ms", d.as_millis()),
    }
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultKind::Latency(d) => write!(f, "latency:{}", format_duration(*d)),
            FaultKind::TooManyRequests { retry_after } => write!(f, "429:{retry_after}"),
            FaultKind::PagesTooManyRequests { retry_after } => {
                write!(f, "429-pages:{retry_after}")
            }
            FaultKind::ServerError(code) => write!(f, "{code}"),
            FaultKind::Timeout(d) => write!(f, "timeout:{}", format_duration(*d)),
            FaultKind::DropAfterApply => f.write_str("drop-after-apply"),
            FaultKind::DuplicatePages => f.write_str("duplicate-pages"),
            FaultKind::OverlapPages => f.write_str("overlap-pages"),
            FaultKind::Malformed => f.write_str("malformed"),
            FaultKind::Colleague => f.write_str("colleague"),
            FaultKind::Refuse(code) => write!(f, "{code}"),
        }
    }
}

impl fmt::Display for FaultPlan {
    /// The plan as a SPEC that parses back to the same plan.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut items: Vec<String> = self
            .faults
            .iter()
            .map(|fault| match fault.probability < 1.0 {
                true => format!("{}@{}", fault.kind, fault.probability),
                false => fault.kind.to_string(),
            })
            .collect();
        if let Some(seed) = self.seed {
            items.push(format!("seed:{seed}"));
        }
        for (name, limit) in [
            ("rate-limit", self.limits.api),
            ("export-limit", self.limits.exports),
        ] {
            if let Some(l) = limit {
                items.push(format!(
                    "{name}:{}/{}",
                    l.requests,
                    format_duration(l.window)
                ));
            }
        }
        match items.is_empty() {
            true => f.write_str("none"),
            false => f.write_str(&items.join(",")),
        }
    }
}
