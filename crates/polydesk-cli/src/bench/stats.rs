//! Timing helpers: run a closure many times and report percentiles.

use std::time::Instant;

/// Durations in milliseconds, sorted.
pub struct Samples(Vec<f64>);

impl Samples {
    pub fn collect(runs: usize, mut f: impl FnMut(usize)) -> Samples {
        let mut v = Vec::with_capacity(runs);
        for i in 0..runs {
            let t = Instant::now();
            f(i);
            v.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        v.sort_by(|a, b| a.total_cmp(b));
        Samples(v)
    }

    pub fn merge(all: Vec<Samples>) -> Samples {
        let mut v: Vec<f64> = all.into_iter().flat_map(|s| s.0).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        Samples(v)
    }

    pub fn percentile(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return f64::NAN;
        }
        let idx = ((p / 100.0) * (self.0.len() - 1) as f64).round() as usize;
        self.0[idx.min(self.0.len() - 1)]
    }

    pub fn mean(&self) -> f64 {
        self.0.iter().sum::<f64>() / self.0.len().max(1) as f64
    }
}

/// Resident memory of this process in MB (Linux; NaN elsewhere).
pub fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}
