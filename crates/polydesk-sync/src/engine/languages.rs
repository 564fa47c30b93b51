//! Telling the languages of pulled messages. CRMs don't say which language a message is
//! in, so it is detected before the cache writes it: on the page as it is pulled, off
//! the async task so the previous page is written meanwhile. A first sync (a bulk load)
//! leaves that for afterwards, when [`tell_untold_languages`] goes through the messages
//! written without one in batches: read under the store's lock, detected off it, written
//! back in one transaction per batch. The cases' SLA due times, left for afterwards the
//! same way, are told next ([`tell_untold_sla`]).

use std::sync::Mutex;

use chrono::Utc;
use polydesk_core::crm::{ConnectorError, PullPage};
use polydesk_core::language::message_language;
use polydesk_core::store::{Store, UntoldMessage, SLA_BATCH};
use polydesk_core::{CoreError, Result};

use super::with_store;

/// Messages told per batch: a few hundred milliseconds of detection, then one write.
const MESSAGES_PER_BATCH: usize = 2_000;

/// `page` with its messages' languages told, off the async task when there is a runtime.
pub(super) async fn tag_page(page: PullPage) -> std::result::Result<PullPage, ConnectorError> {
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => runtime
            .spawn_blocking(move || tag_languages(page))
            .await
            .map_err(|e| ConnectorError::Setup(format!("telling languages apart failed: {e}"))),
        Err(_) => Ok(tag_languages(page)),
    }
}

fn tag_languages(mut page: PullPage) -> PullPage {
    for m in page.cases.iter_mut().flat_map(|c| c.messages.iter_mut()) {
        if m.language.is_none() {
            m.language = Some(message_language(&m.body_text));
        }
    }
    page
}

/// Tell the language of every message a bulk load wrote without one; how many were told.
/// Nothing to do (one settings read) unless a bulk load left some. Stopping half way is
/// safe: the cache stays marked and the next call goes through the table again.
pub async fn tell_untold_languages(store: &Mutex<Store>) -> Result<usize> {
    if !with_store(store, |s| s.languages_untold())? {
        return Ok(0);
    }
    let mut after = 0;
    let mut told = 0;
    loop {
        let batch = with_store(store, |s| {
            s.messages_without_language(after, MESSAGES_PER_BATCH)
        })?;
        let Some(last) = batch.last() else {
            with_store(store, |s| s.languages_told())?;
            return Ok(told);
        };
        after = last.rowid;
        let languages = detect_off_task(batch).await?;
        told += languages.len();
        with_store(store, |s| s.set_message_languages(&languages))?;
    }
}

/// Tell the SLA due times a bulk load (or a changed policy) left untold, a batch per
/// lock; how many batches. Nothing to do (one settings read) unless some are untold.
pub async fn tell_untold_sla(store: &Mutex<Store>) -> Result<usize> {
    if !with_store(store, |s| s.sla_untold())? {
        return Ok(0);
    }
    let mut after = 0;
    let mut batches = 0;
    while let Some(last) = with_store(store, |s| s.tell_sla_batch(after, SLA_BATCH, Utc::now()))? {
        after = last;
        batches += 1;
        // Let the rounds and the page have the store between batches.
        tokio::task::yield_now().await;
    }
    Ok(batches)
}

/// What [`tell_after_pull`] told.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Told {
    /// Messages whose language was told.
    pub languages: usize,
    /// Batches of cases whose SLA due times were told.
    pub sla_batches: usize,
}

/// What a pull left for afterwards: languages, then due times.
pub async fn tell_after_pull(store: &Mutex<Store>) -> Result<Told> {
    let languages = tell_untold_languages(store).await?;
    let sla_batches = tell_untold_sla(store).await?;
    Ok(Told {
        languages,
        sla_batches,
    })
}

async fn detect_off_task(batch: Vec<UntoldMessage>) -> Result<Vec<(i64, String, String)>> {
    let detect = move || {
        batch
            .into_iter()
            .map(|m| {
                let language = message_language(&m.body_text);
                (m.rowid, m.id, language)
            })
            .collect::<Vec<_>>()
    };
    match tokio::runtime::Handle::try_current() {
        Ok(runtime) => runtime.spawn_blocking(detect).await.map_err(|e| {
            CoreError::Io(std::io::Error::other(format!(
                "telling languages apart failed: {e}"
            )))
        }),
        Err(_) => Ok(detect()),
    }
}
