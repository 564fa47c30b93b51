//! Ingest: a first sync from the CRM simulator over loopback, against bare rusqlite inserts
//! of the same rows (prepared statements, one transaction, same tables and indexes,
//! search terms included) in the same run.

use super::bench_error;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::Utc;
use crm_sim::SimConfig;
use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::zendesk::{Zendesk, ZendeskAuth};
use polydesk_core::domain::CaseRecord;
use polydesk_core::search::document_terms;
use polydesk_core::store::Store;
use polydesk_core::CoreError;
use polydesk_sync::{sync_once, tell_untold_languages, tell_untold_sla, SyncOptions};
use rusqlite::{params, Connection};

use super::dataset::rows;

pub struct IngestFigures {
    pub rows_per_s: f64,
    pub raw_rows_per_s: f64,
    pub noop_requests: u64,
    pub noop_ms: f64,
    /// Messages whose language was told per second after the first sync (in the
    /// background in the app; not part of the sync's time).
    pub languages_per_s: f64,
    /// Seconds telling the cases' SLA due times after the first sync (the same way).
    pub sla_secs: f64,
}

fn err(e: impl std::fmt::Display) -> CoreError {
    bench_error(e)
}

/// Sync `records` from a simulator into a fresh cache in `synced_dir`; insert the same
/// rows bare into a fresh cache in `raw_dir`.
pub fn measure(
    records: Vec<CaseRecord>,
    synced_dir: &Path,
    raw_dir: &Path,
) -> Result<IngestFigures, CoreError> {
    let row_count = rows(&records) as f64;
    let records = Arc::new(records);
    let runtime = tokio::runtime::Runtime::new()?;
    let (sync_secs, (told, tell_secs), sla_secs, noop_requests, noop_ms) =
        runtime.block_on(async {
            let sim = crm_sim::start(SimConfig {
                records: Some(records.clone()),
                cases: records.len(),
                ..SimConfig::default()
            })
            .await?;
            let auth = ZendeskAuth::ApiToken {
                email: "rita.lin@example.com".into(),
                token: "sim-token".into(),
            };
            let zd = Zendesk::connect(&sim.base_url, auth, &HttpSettings::default())
                .await
                .map_err(err)?;
            let store = Mutex::new(Store::open(synced_dir)?);
            let opts = || SyncOptions {
                ignore_backoff: true,
                now: Utc::now(),
            };
            let t = Instant::now();
            sync_once(&store, &zd, &opts()).await?;
            let sync_secs = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let told = tell_untold_languages(&store).await?;
            let telling = (told, t.elapsed().as_secs_f64());
            let t = Instant::now();
            tell_untold_sla(&store).await?;
            let sla_secs = t.elapsed().as_secs_f64();
            let before: u64 = sim.state().stats().await.requests.values().sum();
            let t = Instant::now();
            sync_once(&store, &zd, &opts()).await?;
            let noop_ms = t.elapsed().as_secs_f64() * 1000.0;
            let after: u64 = sim.state().stats().await.requests.values().sum();
            sim.shutdown().await;
            Ok::<_, CoreError>((sync_secs, telling, sla_secs, after - before, noop_ms))
        })?;
    let raw_secs = raw_insert(&records, raw_dir)?;
    Ok(IngestFigures {
        rows_per_s: row_count / sync_secs,
        raw_rows_per_s: row_count / raw_secs,
        noop_requests,
        noop_ms,
        languages_per_s: told as f64 / tell_secs,
        sla_secs,
    })
}

/// Fill a fresh cache in `dir` with `records` the fast way (for the memory and scale figures).
pub fn measure_raw_only(records: &[CaseRecord], dir: &Path) -> Result<f64, CoreError> {
    raw_insert(records, dir)
}

/// Bare inserts of the same rows into the same schema; returns seconds.
fn raw_insert(records: &[CaseRecord], dir: &Path) -> Result<f64, CoreError> {
    drop(Store::open(dir)?); // the schema and its indexes
    let mut conn = Connection::open(dir.join("cache.db"))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    let t = Instant::now();
    let tx = conn.transaction()?;
    {
        let mut customer = tx.prepare("INSERT OR REPLACE INTO customers (id, name, handle, email, kind, locale, country) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        let mut case = tx.prepare("INSERT INTO cases (id, source, crm_id, subject, status, priority, customer_id, assignee, group_name, tags, reply_language, created_at, updated_at, sla_due_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")?;
        let mut message = tx.prepare("INSERT INTO messages (id, case_id, author, direction, body_text, body_html, language, created_at, delivery) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'sent')")?;
        let mut doc = tx
            .prepare("INSERT INTO search_docs (doc_id, case_id, message_id) VALUES (?1, ?2, ?3)")?;
        let mut terms = tx.prepare("INSERT INTO search_terms (rowid, terms) VALUES (?1, ?2)")?;
        let mut doc_id: i64 = 0;
        for r in records {
            let c = &r.case;
            let cu = &c.customer;
            customer.execute(params![
                cu.id,
                cu.name,
                cu.handle,
                cu.email,
                cu.kind.as_str(),
                cu.locale,
                cu.country
            ])?;
            case.execute(params![
                c.id,
                c.source,
                c.crm_id,
                c.subject,
                c.status.as_str(),
                c.priority.as_str(),
                cu.id,
                c.assignee,
                c.group,
                serde_json::to_string(&c.tags).unwrap_or_default(),
                c.reply_language.as_str(),
                c.created_at.timestamp_millis(),
                c.updated_at.timestamp_millis(),
                c.sla_due_at.map(|d| d.timestamp_millis())
            ])?;
            doc_id += 1;
            doc.execute(params![doc_id, c.id, Option::<String>::None])?;
            terms.execute(params![doc_id, document_terms(&c.subject)])?;
            for m in &r.messages {
                message.execute(params![
                    m.id,
                    m.case_id,
                    m.author,
                    m.direction.as_str(),
                    m.body_text,
                    m.body_html,
                    m.language,
                    m.created_at.timestamp_millis()
                ])?;
                doc_id += 1;
                doc.execute(params![doc_id, c.id, m.id])?;
                terms.execute(params![doc_id, document_terms(&m.body_text)])?;
            }
        }
    }
    tx.commit()?;
    Ok(t.elapsed().as_secs_f64())
}
