//! `crm-sim`: a small in-process stand-in for a Zendesk Support desk.
//!
//! It speaks the subset of the Zendesk Support API v2 that Polydesk's connector uses
//! (incremental ticket export, search export, tickets, comments, audits, users, groups and
//! ticket updates), holds Polydesk's demo inbox as its tickets, and can misbehave on
//! purpose: latency, rate limiting, server errors, timeouts, replies lost after an update
//! was applied, repeated pages, broken JSON and colleagues editing the same case.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let sim = crm_sim::start(crm_sim::SimConfig {
//!     faults: "429@0.1,latency:20ms".parse().unwrap(),
//!     ..Default::default()
//! })
//! .await?;
//! println!("Zendesk at {}", sim.base_url);
//! sim.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! Module map: `model` (records), `clock` (the server clock), `store` (the desk),
//! `change` (how cases change), `seed` (demo inbox -> desk), `faults` (fault plans),
//! `dice` (seeded fault draws), `gate` (auth, faults, rate-limit headers), `routes/*`
//! (endpoints), `state` (shared state, [`SimHandle`]), `server` (listener).

mod api_error;
mod change;
mod clock;
mod cursor;
mod dice;
mod faults;
mod gate;
mod model;
mod rate;
mod routes;
mod seed;
mod server;
mod state;
mod store;

pub use faults::{Fault, FaultKind, FaultPlan, FaultSpecError};
pub use model::Role;
pub use rate::{Limit, Limits};
pub use server::{serve_forever, start, start_on, RunningSim, SimConfig};
pub use state::{ColleagueEdit, SimHandle, SimStats};

/// The custom ticket field holding the order id a case is about.
pub const ORDER_ID_FIELD: u64 = 360_001;
