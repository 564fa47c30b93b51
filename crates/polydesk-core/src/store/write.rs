//! Writes to the cache: whole case records, drafts and settings.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::codec::to_millis;
use super::search_index::DocBatch;
use super::{search_index, sla_index, Store};
use crate::domain::{CaseRecord, Customer, Direction, ReplyLanguage};
use crate::error::{CoreError, Result};
use crate::language::{self, CaseLanguageFacts, UNDETERMINED};
use crate::read_model::Draft;
use crate::sla::SlaPolicy;

/// Setting keys kept in the `settings` table.
pub mod setting {
    pub const AGENT_NAME: &str = "agent_name";
    /// The agent's grammatical gender (`AgentGender`).
    pub const AGENT_GENDER: &str = "agent_gender";
    pub const UI_LANGUAGE: &str = "ui_language";
    pub const LAST_SYNC: &str = "last_sync";
    /// Set while pulled messages wait for their languages to be told.
    pub const LANGUAGES_UNTOLD: &str = "languages_untold";
    /// The SLA policy the cases' due times were told with (see `sla_index.rs`).
    pub const SLA_POLICY: &str = "sla_policy";
}

impl Store {
    /// Write case records (case, customer, whole thread) in one transaction, replacing
    /// what the cache had for those cases and re-indexing them for search. Message HTML
    /// is sanitized here, so nothing unsanitized is ever stored.
    pub fn put_case_records(&mut self, records: &[CaseRecord]) -> Result<()> {
        self.views_changed();
        let tx = self.conn.transaction()?;
        let mut docs = DocBatch::default();
        let now = Utc::now();
        for record in records {
            put_record(
                &tx,
                record,
                &mut docs,
                Languages::TellNow,
                Some(&self.sla),
                now,
            )?;
        }
        docs.flush(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Save the agent's half-written reply. An all-blank body deletes the draft.
    pub fn save_draft(
        &mut self,
        case_id: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Draft>> {
        self.require_case(case_id)?;
        if body.trim().is_empty() {
            self.conn
                .execute("DELETE FROM drafts WHERE case_id = ?1", [case_id])?;
            return Ok(None);
        }
        self.conn.execute(
            "INSERT INTO drafts (case_id, body, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (case_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            params![case_id, body, to_millis(now)],
        )?;
        Ok(Some(Draft {
            case_id: case_id.to_string(),
            body: body.to_string(),
            updated_at: now,
        }))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.views_changed();
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

/// When the languages of a record's messages are told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Languages {
    /// As the record is written.
    TellNow,
    /// Later, in the background (a first sync's bulk load): messages the record did not
    /// bring a language for are written without one (see `message_languages.rs`).
    Later,
}

/// Write one case record; its search terms join `docs` (flush them before committing).
pub(super) fn put_record(
    tx: &Transaction<'_>,
    record: &CaseRecord,
    docs: &mut DocBatch,
    when: Languages,
    sla: Option<&SlaPolicy>,
    now: DateTime<Utc>,
) -> Result<()> {
    let case = &record.case;
    put_customer(tx, &case.customer)?;
    let languages = message_languages(tx, record, when)?;
    let reply_language = reply_language_of(record, &languages);
    let tags = serde_json::to_string(&case.tags).expect("a list of strings serializes");
    tx.prepare_cached(
        "INSERT INTO cases (id, source, crm_id, subject, status, priority, customer_id, assignee,
                            group_name, tags, reply_language, created_at, updated_at, sla_due_at, custom_fields)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
         ON CONFLICT (id) DO UPDATE SET
            subject = excluded.subject, status = excluded.status, priority = excluded.priority,
            customer_id = excluded.customer_id, assignee = excluded.assignee,
            group_name = excluded.group_name, tags = excluded.tags,
            reply_language = excluded.reply_language, created_at = excluded.created_at,
            updated_at = excluded.updated_at, sla_due_at = excluded.sla_due_at,
            custom_fields = excluded.custom_fields",
    )?
    .execute(params![
        case.id,
        case.source,
        case.crm_id,
        case.subject,
        case.status,
        case.priority,
        case.customer.id,
        case.assignee,
        case.group,
        tags,
        reply_language,
        to_millis(case.created_at),
        to_millis(case.updated_at),
        case.sla_due_at.map(to_millis),
        serde_json::json!(case.custom_fields).to_string(),
    ])?;

    // The CRM's thread replaces ours; replies still queued locally stay.
    tx.prepare_cached("DELETE FROM messages WHERE case_id = ?1 AND delivery = 'sent'")?
        .execute([&case.id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO messages (id, case_id, author, direction, body_text, body_html, language, created_at, delivery,
                               attachments)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (m, language) in record.messages.iter().zip(&languages) {
        if m.case_id != case.id {
            return Err(CoreError::invalid_input(format!(
                "message {} belongs to case {}, not {}",
                m.id, m.case_id, case.id
            )));
        }
        // Most CRM messages are plain text wrapped in paragraphs: their HTML says nothing
        // the text doesn't, so it is not kept (and not parsed). Anything richer is
        // sanitized before it is stored.
        let html = m
            .body_html
            .as_deref()
            .filter(|h| !html_adds_nothing(h))
            .map(ammonia::clean);
        insert.execute(params![
            m.id,
            m.case_id,
            m.author,
            m.direction,
            m.body_text,
            html,
            language,
            to_millis(m.created_at),
            m.delivery,
            if m.attachments.is_empty() {
                "[]".to_string()
            } else {
                serde_json::json!(m.attachments).to_string()
            },
        ])?;
    }
    search_index::reindex_case(tx, record, docs)?;
    super::escalations::after_pull(tx, record)?;
    // A bulk load leaves statuses and due times for afterwards (`tell_sla_batch`).
    if let Some(policy) = sla {
        sla_index::note_synced_status(tx, &case.id, case.status, case.created_at, case.updated_at)?;
        sla_index::refresh(tx, &case.id, policy, now)?;
    }
    Ok(())
}

/// The language of each message of `record`, decided as it is written: the one it came
/// with, else the one the cache already knew for it (a thread is written anew whenever
/// it changed, and a message whose text is unchanged keeps its language), else detected
/// now (`und` when none can be told) — or left untold for later.
fn message_languages(
    tx: &Transaction<'_>,
    record: &CaseRecord,
    when: Languages,
) -> Result<Vec<Option<String>>> {
    let mut known = tx.prepare_cached(
        "SELECT language FROM messages
         WHERE id = ?1 AND case_id = ?2 AND body_text = ?3 AND language IS NOT NULL",
    )?;
    record
        .messages
        .iter()
        .map(|m| {
            if let Some(language) = &m.language {
                return Ok(Some(language.clone()));
            }
            if when == Languages::Later {
                // Told afterwards, kept ones again too: one query less per message.
                return Ok(None);
            }
            let kept: Option<String> = known
                .query_row(params![m.id, m.case_id, m.body_text], |r| r.get(0))
                .optional()?;
            Ok(Some(kept.unwrap_or_else(|| {
                language::message_language(&m.body_text)
            })))
        })
        .collect()
}

/// The case's reply language, suggested from what is known of the customer and what they
/// wrote (the agent's own choice is kept apart and wins when the composer asks).
fn reply_language_of(record: &CaseRecord, languages: &[Option<String>]) -> ReplyLanguage {
    let customer = &record.case.customer;
    let inbound: Vec<&str> = record
        .messages
        .iter()
        .zip(languages)
        .filter(|(m, lang)| {
            m.direction == Direction::Inbound && lang.as_deref() != Some(UNDETERMINED)
        })
        .map(|(m, _)| m.body_text.as_str())
        .collect();
    language::suggest_reply_language(&CaseLanguageFacts {
        agent_choice: None,
        customer_locale: customer.locale.as_deref(),
        customer_country: customer.country.as_deref(),
        customer_phone: None,
        inbound_texts: &inbound,
        current: record.case.reply_language,
    })
    .language
}

fn put_customer(tx: &Transaction<'_>, c: &Customer) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO customers (id, name, handle, email, kind, locale, country)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, handle = excluded.handle,
            email = excluded.email, kind = excluded.kind, locale = excluded.locale,
            country = excluded.country",
    )?
    .execute(params![
        c.id, c.name, c.handle, c.email, c.kind, c.locale, c.country
    ])?;
    Ok(())
}

/// Whether `html` is only text in paragraphs and line breaks (`<p>`, `</p>`, `<br>`):
/// then the message's plain text shows the same thing.
pub(super) fn html_adds_nothing(html: &str) -> bool {
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tail = &rest[at..];
        let tag = ["<p>", "</p>", "<br>", "<br/>", "<br />"]
            .iter()
            .find(|t| tail.starts_with(**t));
        match tag {
            Some(t) => rest = &tail[t.len()..],
            None => return false,
        }
    }
    true
}
