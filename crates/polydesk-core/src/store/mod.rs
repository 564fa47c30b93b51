//! The local case cache: one SQLite file (`cache.db`) in the data directory.
//!
//! Opening it takes an exclusive lock file beside it (one Polydesk process per cache),
//! refuses files that are not Polydesk caches or come from a newer schema (the file is
//! left untouched; [`move_cache_aside`] keeps it under a new name on request), and brings
//! the schema up to date.

mod case_links;
mod case_update;
mod codec;
mod customer_history;
mod escalations;
mod message_languages;
mod outbox;
mod read;
mod reminders;
mod reply_files;
mod schema;
mod search_index;
mod sla_index;
mod solve;
mod sync_store;
mod write;

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::{Connection, ErrorCode as SqliteCode, OpenFlags};

use crate::error::{CoreError, Result};
use crate::risk::RiskRules;
use crate::sla::SlaPolicy;

pub use case_links::{link_note, merge_note, merged_in_note};
pub use case_update::{CaseEdit, ConflictResolution};
pub use escalations::{default_due, Escalation, FollowUp};
pub use message_languages::UntoldMessage;
pub use outbox::{
    OutboxCounts, OutboxItem, OutboxKind, OutboxState, OutgoingReply, ReplyFile, MAX_REPLY_FILES,
    MAX_REPLY_FILE_BYTES, MAX_REPLY_TOTAL_BYTES,
};
pub use read::MAX_PAGE;
pub use reminders::{Reminder, ReminderKind};
pub use schema::latest_version;
pub use sla_index::{Attainment, CaseSla, SlaAttainment, SlaTarget, SlaTargetKind, SLA_BATCH};
pub use solve::Solve;
pub use sync_store::{QueuedMutation, BULK_WAL_PAGES, DEFAULT_WAL_PAGES};
pub use write::setting;

/// File name of the cache inside the data directory.
pub const CACHE_FILE: &str = "cache.db";
const LOCK_FILE: &str = "cache.lock";
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// An open case cache. Holds the lock until dropped.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    _lock: File,
    /// View sizes since the last write (see `read::count_view`).
    view_totals: std::cell::RefCell<std::collections::HashMap<(crate::views::ViewSlug, i64), u32>>,
    /// In a bulk load (see `begin_bulk_load`).
    bulk_load: bool,
    /// The SLA policy the clocks count by: the data folder's file, else the shipped one.
    sla: SlaPolicy,
    /// The risk rules read against customers' messages (same: the file, else shipped).
    risk_rules: RiskRules,
    /// The teams the team lists in `teams.toml`, offered with those the cache has seen.
    teams: Vec<String>,
    /// Why a team file in the data folder was not used (the shipped one counts instead).
    file_problems: Vec<String>,
}

impl Store {
    /// Open (or create) the cache in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir)?;
        let path = data_dir.join(CACHE_FILE);
        let lock = take_lock(data_dir, &path)?;
        check_header(&path)?;
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, &path))?;
        prepare(&mut conn, &path)?;
        // A team file that cannot be used must not keep the agent out of their cases:
        // the shipped one counts meanwhile, and the problem is shown.
        let mut file_problems = Vec::new();
        let sla = SlaPolicy::load(data_dir).unwrap_or_else(|e| {
            file_problems.push(e.to_string());
            SlaPolicy::shipped()
        });
        let risk_rules = RiskRules::load(data_dir).unwrap_or_else(|e| {
            file_problems.push(e.to_string());
            RiskRules::shipped()
        });
        let teams = crate::escalation::teams::configured_teams(data_dir).unwrap_or_else(|e| {
            file_problems.push(e.to_string());
            Vec::new()
        });
        let mut store = Store {
            conn,
            path,
            _lock: lock,
            view_totals: Default::default(),
            bulk_load: false,
            sla,
            risk_rules,
            teams,
            file_problems,
        };
        store.tell_sla_if_few(Utc::now())?;
        Ok(store)
    }

    /// Why team files in the data folder (`sla-policy.toml`, `risk-rules.toml`,
    /// `teams.toml`) are not in use, if any is not (the shipped one counts instead).
    pub fn file_problems(&self) -> &[String] {
        &self.file_problems
    }

    /// Forget remembered view sizes: every write that can move a case between views calls it.
    fn views_changed(&self) {
        self.view_totals.borrow_mut().clear();
    }

    /// Where the cache file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Bytes on disk: the database plus its write-ahead log.
    pub fn size_on_disk(&self) -> u64 {
        let wal = wal_path(&self.path);
        [self.path.as_path(), wal.as_path()]
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum()
    }

    /// SQLite's own integrity check; `Ok` when it reports "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let report: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if report == "ok" {
            Ok(())
        } else {
            Err(CoreError::CacheCorrupt {
                path: self.path.clone(),
                detail: report,
            })
        }
    }
}

fn take_lock(data_dir: &Path, cache: &Path) -> Result<File> {
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    match lock.try_lock() {
        Ok(()) => Ok(lock),
        Err(std::fs::TryLockError::WouldBlock) => Err(CoreError::CacheLocked {
            path: cache.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
    }
}

/// A non-empty file that does not start with SQLite's magic is not a cache we may touch.
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let mut head = [0u8; 16];
    let n = file.read(&mut head)?;
    if n == 0 || (n == 16 && &head == SQLITE_MAGIC) {
        return Ok(());
    }
    Err(CoreError::CacheCorrupt {
        path: path.to_path_buf(),
        detail: "not an SQLite database".into(),
    })
}

fn prepare(conn: &mut Connection, path: &Path) -> Result<()> {
    let classify_here = |e| classify(e, path);
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(classify_here)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(classify_here)?;
    if version > latest_version() {
        return Err(CoreError::CacheTooNew {
            path: path.to_path_buf(),
            found: version,
            known: latest_version(),
        });
    }
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(classify_here)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(classify_here)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(classify_here)?;
    schema::migrations().to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(err, path),
        other => CoreError::CacheCorrupt {
            path: path.to_path_buf(),
            detail: other.to_string(),
        },
    })?;
    Ok(())
}

/// Map SQLite's "this is not a usable database" errors to `CacheCorrupt`/`CacheLocked`.
fn classify(err: rusqlite::Error, path: &Path) -> CoreError {
    match err.sqlite_error_code() {
        Some(SqliteCode::NotADatabase) | Some(SqliteCode::DatabaseCorrupt) => {
            CoreError::CacheCorrupt {
                path: path.to_path_buf(),
                detail: err.to_string(),
            }
        }
        Some(SqliteCode::DatabaseBusy) | Some(SqliteCode::DatabaseLocked) => {
            CoreError::CacheLocked {
                path: path.to_path_buf(),
            }
        }
        _ => CoreError::Sqlite(err),
    }
}

fn wal_path(cache: &Path) -> PathBuf {
    let mut p = cache.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// Keep an unusable cache under a new name (`cache.db.<reason>-<UTC time>`, with its
/// `-wal`/`-shm` companions) so a fresh one can be created. Returns the new path.
/// Refuses while another process holds the cache.
pub fn move_cache_aside(data_dir: &Path, reason: &str) -> Result<PathBuf> {
    let cache = data_dir.join(CACHE_FILE);
    let _lock = take_lock(data_dir, &cache)?;
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
    let aside = data_dir.join(format!("{CACHE_FILE}.{reason}-{stamp}"));
    std::fs::rename(&cache, &aside)?;
    for suffix in ["-wal", "-shm"] {
        let mut from = cache.as_os_str().to_owned();
        from.push(suffix);
        let mut to = aside.as_os_str().to_owned();
        to.push(suffix);
        if Path::new(&from).exists() {
            std::fs::rename(&from, &to)?;
        }
    }
    Ok(aside)
}

/// The data directory: `POLYDESK_DATA_DIR` when set, else the OS's app-data directory.
pub fn default_data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("POLYDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join("polydesk")).ok_or_else(|| {
        CoreError::invalid_input(
            "no app-data directory on this system; set POLYDESK_DATA_DIR to choose one",
        )
    })
}

#[cfg(test)]
mod tests;
