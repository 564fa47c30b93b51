//! The benchmark's dataset: the demo generator's realistic multilingual cases (40%
//! Portuguese, 30% Chinese, 30% English), threads lengthened to about ten messages on
//! average by continuing each conversation with its own kinds of messages.

use chrono::{DateTime, Duration, Utc};
use polydesk_core::domain::{CaseRecord, Message};
use polydesk_demo as demo;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub const SEED: u64 = 7_000_003;

/// `n` cases averaging ten messages; the first case gets exactly 50 (the open-case test).
pub fn generate(n: usize, now: DateTime<Utc>) -> Vec<CaseRecord> {
    let mut cases = demo::generate(n, SEED, now - Duration::days(1));
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    for (i, record) in cases.iter_mut().enumerate() {
        let target = if i == 0 { 50 } else { rng.random_range(4..=16) };
        lengthen(record, target);
    }
    cases
}

fn lengthen(record: &mut CaseRecord, target: usize) {
    let base: Vec<Message> = record.messages.clone();
    if base.is_empty() {
        return;
    }
    let mut at = record
        .messages
        .last()
        .map(|m| m.created_at)
        .unwrap_or(record.case.created_at);
    let mut k = record.messages.len();
    while record.messages.len() < target {
        let template = &base[k % base.len()];
        at += Duration::minutes(7);
        k += 1;
        record.messages.push(Message {
            id: format!("{}-x{k}", record.case.id),
            created_at: at,
            ..template.clone()
        });
    }
    record.case.updated_at = record.case.updated_at.max(at);
}

/// Rows a dataset writes: one per case and one per message.
pub fn rows(records: &[CaseRecord]) -> usize {
    records.iter().map(|r| 1 + r.messages.len()).sum()
}
