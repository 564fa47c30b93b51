//! Messages whose language is told after they were written. A first sync writes a
//! million messages; telling each one's language (the detector reads every n-gram) took
//! longer than writing it, so a bulk load writes them without one and marks the cache
//! (`setting::LANGUAGES_UNTOLD`). The sync then tells them in batches, off the store's
//! lock, and writes the answers back. Until then a case shows its messages' languages
//! detected as it is read, without writing them.

use rusqlite::params;

use super::{setting, Store};
use crate::error::Result;

/// A message waiting for its language.
#[derive(Debug, Clone, PartialEq)]
pub struct UntoldMessage {
    /// Where it is in the table: batches resume after the last one.
    pub rowid: i64,
    pub id: String,
    pub body_text: String,
}

impl Store {
    /// Whether some pulled messages may still wait for their language.
    pub fn languages_untold(&self) -> Result<bool> {
        Ok(self.setting(setting::LANGUAGES_UNTOLD)?.is_some())
    }

    /// Up to `limit` messages without a language, after `after_rowid`, in table order
    /// (one pass over the table in all, however many batches).
    pub fn messages_without_language(
        &self,
        after_rowid: i64,
        limit: usize,
    ) -> Result<Vec<UntoldMessage>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid, id, body_text FROM messages
             WHERE rowid > ?1 AND language IS NULL ORDER BY rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after_rowid, limit as i64], |r| {
            Ok(UntoldMessage {
                rowid: r.get(0)?,
                id: r.get(1)?,
                body_text: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Write the languages told for `told` (rowid, message id, language) in one
    /// transaction. A message rewritten meanwhile (another id at that row, or a language
    /// already there) is left as it is.
    pub fn set_message_languages(&mut self, told: &[(i64, String, String)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut update = tx.prepare_cached(
                "UPDATE messages SET language = ?3
                 WHERE rowid = ?1 AND id = ?2 AND language IS NULL",
            )?;
            for (rowid, id, language) in told {
                update.execute(params![rowid, id, language])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every pulled message has its language (a pass found none without one).
    pub fn languages_told(&mut self) -> Result<()> {
        self.conn.execute(
            "DELETE FROM settings WHERE key = ?1",
            [setting::LANGUAGES_UNTOLD],
        )?;
        Ok(())
    }
}
