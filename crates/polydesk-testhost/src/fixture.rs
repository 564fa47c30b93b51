//! What the workspace holds when the host starts.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use chrono::Utc;
use polydesk_api::App;
use polydesk_core::domain::{CaseRecord, Message};
use polydesk_core::store::Store;

/// A starting point for a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixture {
    /// The demo workspace, synced from the in-process demo CRM (which keeps running:
    /// offline, colleagues' edits and conflicts work as in the app).
    Demo,
    /// The demo cases written straight into the cache, with no CRM set up.
    Seeded,
    /// An empty, never-synced cache (the welcome screen).
    Empty,
    /// A cache file that is not a database (the error screen).
    Corrupt,
    /// The demo cases and this many more, generated (a large inbox; no CRM set up).
    Cases(usize),
}

impl FromStr for Fixture {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "demo" => Fixture::Demo,
            "seeded" => Fixture::Seeded,
            "empty" => Fixture::Empty,
            "corrupt" => Fixture::Corrupt,
            other => match other.strip_prefix("cases:").map(str::parse) {
                Some(Ok(n)) => Fixture::Cases(n),
                _ => {
                    return Err(format!(
                        "unknown fixture '{other}' (demo, seeded, empty, corrupt, cases:N)"
                    ))
                }
            },
        })
    }
}

/// Generated cases are written this many at a time.
const BATCH: usize = 2_000;

impl Fixture {
    /// Before the app opens the cache.
    pub fn prepare(self, data_dir: &Path) -> polydesk_core::Result<()> {
        std::fs::create_dir_all(data_dir)?;
        match self {
            Fixture::Corrupt => {
                std::fs::write(
                    data_dir.join(polydesk_core::store::CACHE_FILE),
                    b"this is not a cache: an agent's notes, saved over it by mistake",
                )?;
            }
            Fixture::Seeded => {
                polydesk_demo::seed(&mut Store::open(data_dir)?, Utc::now())?;
            }
            Fixture::Cases(n) => {
                let mut store = Store::open(data_dir)?;
                let now = Utc::now();
                polydesk_demo::seed(&mut store, now)?;
                // A large inbox to scroll: generated cases, their first message each.
                let mut records = polydesk_demo::generate(n, 7, now - chrono::Duration::days(1));
                for (i, r) in records.iter_mut().enumerate() {
                    *r = large_inbox_case(r, i);
                }
                // Written as a first sync writes them: a bulk load, which leaves their
                // languages and SLA due times to be told afterwards (a per-case telling
                // would keep the host from starting for minutes in a debug build).
                store.begin_bulk_load()?;
                for batch in records.chunks(BATCH) {
                    store.apply_pulled_cases(batch)?;
                }
                store.end_bulk_load()?;
            }
            Fixture::Demo | Fixture::Empty => {}
        }
        Ok(())
    }

    /// Once the app exists.
    pub async fn start(self, app: &Arc<App>) -> Result<(), String> {
        if self == Fixture::Demo {
            polydesk_api::dispatch(app.clone(), "open_demo_workspace", serde_json::Value::Null)
                .await
                .map_err(|e| format!("the demo workspace could not open: {}", e.message))?;
        }
        Ok(())
    }
}

/// Case `big-<i>` of a large inbox: `model` with its first message only.
fn large_inbox_case(model: &CaseRecord, i: usize) -> CaseRecord {
    let id = format!("big-{i}");
    let mut case = model.case.clone();
    case.id = id.clone();
    case.crm_id = (900_000 + i).to_string();
    let messages = model
        .messages
        .iter()
        .take(1)
        .map(|m| Message {
            id: format!("{id}-m"),
            case_id: id.clone(),
            ..m.clone()
        })
        .collect();
    CaseRecord { case, messages }
}
