//! The search index: a contentless FTS5 table of terms (see `crate::search`) whose rowids
//! are time-ordered document ids, so "newest first" walks the index backwards and stops
//! after one page, however common the word.

use rusqlite::{params, OptionalExtension, Transaction};

use super::codec::{from_millis, to_millis};
use super::Store;
use crate::domain::CaseRecord;
use crate::error::{CoreError, Result};
use crate::read_model::SearchHit;
use crate::search::{document_terms, fts_expression, parse_query, snippet};

/// Low bits of a document id that tell apart documents written in the same millisecond.
const SAME_MS_BITS: u32 = 10;

/// Documents to add to the full-text index, written in rowid order when the batch is
/// flushed: FTS5 keeps pending terms only while rowids ascend and writes a segment each
/// time one goes back, so time-ordered ids arriving case by case would cut the index
/// into many small segments (and merges) during a first sync.
#[derive(Default)]
pub(super) struct DocBatch(Vec<(i64, String)>);

impl DocBatch {
    /// Add the terms of every document in the batch, lowest id first.
    pub(super) fn flush(mut self, tx: &Transaction<'_>) -> Result<()> {
        self.0.sort_unstable_by_key(|(id, _)| *id);
        let mut insert =
            tx.prepare_cached("INSERT INTO search_terms (rowid, terms) VALUES (?1, ?2)")?;
        for (id, terms) in &self.0 {
            insert.execute(params![id, terms])?;
        }
        Ok(())
    }
}

/// Drop a case's documents from the index and index its subject and messages again
/// (their terms join `docs`).
pub(super) fn reindex_case(
    tx: &Transaction<'_>,
    record: &CaseRecord,
    docs: &mut DocBatch,
) -> Result<()> {
    let case = &record.case;
    {
        // Every document of the case but those of replies still queued locally.
        let mut old = tx.prepare_cached(
            "SELECT doc_id FROM search_docs WHERE case_id = ?1 AND (message_id IS NULL OR message_id NOT IN
                 (SELECT id FROM messages WHERE case_id = ?1 AND delivery = 'queued'))",
        )?;
        let ids: Vec<i64> = old
            .query_map([&case.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // Documents of this case still waiting in the batch (the case came twice) go too.
        if !ids.is_empty() && !docs.0.is_empty() {
            let gone: std::collections::HashSet<i64> = ids.iter().copied().collect();
            docs.0.retain(|(id, _)| !gone.contains(id));
        }
        let mut del_terms = tx.prepare_cached("DELETE FROM search_terms WHERE rowid = ?1")?;
        let mut del_doc = tx.prepare_cached("DELETE FROM search_docs WHERE doc_id = ?1")?;
        for id in ids {
            del_terms.execute([id])?;
            del_doc.execute([id])?;
        }
    }
    let subject = new_doc(tx, &case.id, None, to_millis(case.created_at))?;
    docs.0.push((subject, document_terms(&case.subject)));
    for m in &record.messages {
        let id = new_doc(tx, &case.id, Some(&m.id), to_millis(m.created_at))?;
        docs.0.push((id, document_terms(&m.body_text)));
    }
    Ok(())
}

/// Index one document now.
pub(super) fn add_doc(
    tx: &Transaction<'_>,
    case_id: &str,
    message_id: Option<&str>,
    created_ms: i64,
    text: &str,
) -> Result<()> {
    let doc_id = new_doc(tx, case_id, message_id, created_ms)?;
    tx.prepare_cached("INSERT INTO search_terms (rowid, terms) VALUES (?1, ?2)")?
        .execute(params![doc_id, document_terms(text)])?;
    Ok(())
}

/// Register a document (the first free id at its time); its terms are added separately.
fn new_doc(
    tx: &Transaction<'_>,
    case_id: &str,
    message_id: Option<&str>,
    created_ms: i64,
) -> Result<i64> {
    let mut doc_id = created_ms.max(0) << SAME_MS_BITS;
    let mut taken = tx.prepare_cached("SELECT 1 FROM search_docs WHERE doc_id = ?1")?;
    while taken.query_row([doc_id], |_| Ok(())).optional()?.is_some() {
        doc_id += 1;
    }
    tx.prepare_cached("INSERT INTO search_docs (doc_id, case_id, message_id) VALUES (?1, ?2, ?3)")?
        .execute(params![doc_id, case_id, message_id])?;
    Ok(doc_id)
}

/// Drop a message's search document.
pub(super) fn remove_message(tx: &Transaction<'_>, message_id: &str) -> Result<()> {
    tx.prepare_cached(
        "DELETE FROM search_terms WHERE rowid IN (SELECT doc_id FROM search_docs WHERE message_id = ?1)",
    )?
    .execute([message_id])?;
    tx.prepare_cached("DELETE FROM search_docs WHERE message_id = ?1")?
        .execute([message_id])?;
    Ok(())
}

impl Store {
    /// Subjects and messages matching `query`, newest first.
    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let parts = parse_query(query);
        let expr = fts_expression(&parts).ok_or_else(|| {
            CoreError::invalid_input(format!(
                "nothing to search for in '{query}': type a word or a Chinese character"
            ))
        })?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.case_id, d.message_id, c.subject, coalesce(m.body_text, c.subject),
                    coalesce(m.created_at, c.created_at)
             FROM (SELECT rowid AS doc_id FROM search_terms WHERE search_terms MATCH ?1
                   ORDER BY rowid DESC LIMIT ?2) AS hits
             JOIN search_docs d ON d.doc_id = hits.doc_id
             JOIN cases c ON c.id = d.case_id
             LEFT JOIN messages m ON m.id = d.message_id
             ORDER BY hits.doc_id DESC",
        )?;
        let rows = stmt.query_map(params![expr, limit], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (case_id, message_id, subject, text, created) = row?;
            hits.push(SearchHit {
                snippet: snippet(&text, &parts),
                case_id,
                message_id,
                subject,
                created_at: from_millis(created),
            });
        }
        Ok(hits)
    }
}
