//! The fault dice: for each request, which faults of the plan hit it. Seeded, so the
//! same plan, seed and sequence of requests always meet the same faults.

use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::faults::{FaultKind, FaultPlan};
use crate::rate::Limits;

/// Which faults a request can meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestClass {
    /// A read of a ticket, its thread, users, groups.
    Read,
    /// A page of the incremental or search export.
    Page,
    /// A ticket update.
    Update,
}

/// How a request is turned away before it is handled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reject {
    TooManyRequests(u64),
    Status(u16),
    /// 401, 403, 404 or 422, as Zendesk answers them.
    Refuse(u16),
    Timeout(Duration),
}

/// The faults drawn for one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decision {
    pub latency: Duration,
    pub reject: Option<Reject>,
    pub drop_after_apply: bool,
    pub duplicate_pages: bool,
    pub overlap_pages: bool,
    pub malformed: bool,
    pub colleague: bool,
    /// The rate limits in force.
    pub limits: Limits,
}

/// The plan with its seeded dice: the same plan, seed and request sequence always give
/// the same faults.
#[derive(Debug)]
pub struct Injector {
    plan: FaultPlan,
    dice: ChaCha8Rng,
}

impl Injector {
    pub fn new(plan: FaultPlan, default_seed: u64) -> Self {
        let dice = ChaCha8Rng::seed_from_u64(plan.seed.unwrap_or(default_seed));
        Injector { plan, dice }
    }

    pub fn plan(&self) -> &FaultPlan {
        &self.plan
    }

    /// Roll the dice for every fault of the plan that can hit a request of `class`.
    pub fn decide(&mut self, class: RequestClass) -> Decision {
        let mut decision = Decision {
            limits: self.plan.limits,
            ..Decision::default()
        };
        for fault in &self.plan.faults {
            let eligible = match fault.kind {
                FaultKind::DropAfterApply | FaultKind::Colleague => class == RequestClass::Update,
                FaultKind::Refuse(code) => code == 401 || class == RequestClass::Update,
                FaultKind::DuplicatePages
                | FaultKind::OverlapPages
                | FaultKind::PagesTooManyRequests { .. } => class == RequestClass::Page,
                FaultKind::Malformed => class != RequestClass::Update,
                _ => true,
            };
            if !eligible || self.dice.random::<f64>() >= fault.probability {
                continue;
            }
            let reject = &mut decision.reject;
            match fault.kind {
                FaultKind::Latency(d) => decision.latency += d,
                FaultKind::TooManyRequests { retry_after }
                | FaultKind::PagesTooManyRequests { retry_after } => {
                    reject.get_or_insert(Reject::TooManyRequests(retry_after));
                }
                FaultKind::ServerError(code) => {
                    reject.get_or_insert(Reject::Status(code));
                }
                FaultKind::Timeout(d) => {
                    reject.get_or_insert(Reject::Timeout(d));
                }
                FaultKind::DropAfterApply => decision.drop_after_apply = true,
                FaultKind::DuplicatePages => decision.duplicate_pages = true,
                FaultKind::OverlapPages => decision.overlap_pages = true,
                FaultKind::Malformed => decision.malformed = true,
                FaultKind::Colleague => decision.colleague = true,
                FaultKind::Refuse(code) => {
                    reject.get_or_insert(Reject::Refuse(code));
                }
            }
        }
        decision
    }
}
