//! The sync engine: push the outbox (FIFO per case, cases in parallel), then pull pages
//! until the stream is drained. Decisions come from the core's pure `planner` and
//! `merge`; this module waits on the connector and writes through the store. The store
//! never calls back into it.

mod languages;
mod pull;

use std::sync::Mutex;

use chrono::{DateTime, Utc};
use futures::future::join_all;
pub use languages::{tell_after_pull, tell_untold_languages, tell_untold_sla};
use polydesk_core::crm::{Connector, ConnectorError, PushOutcome};
use polydesk_core::domain::{version_of, Mutation, MutationKind};
use polydesk_core::merge::{field_name, rebase};
use polydesk_core::planner::{decide, plan_pushes, problem, ItemDecision};
use polydesk_core::store::{setting, Store};
use polydesk_core::{CoreError, ErrorCode, Result};
use pull::pull_all;

/// How one sync went.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncReport {
    pub pushed: usize,
    pub retrying: usize,
    pub rejected: usize,
    pub conflicts: usize,
    /// Found already applied when read back after an unanswered attempt.
    pub found_applied: usize,
    pub pulled_pages: usize,
    pub cases_changed: usize,
    /// Why this sync did not complete, when it did not: the CRM could not be reached or
    /// refused the credentials (nothing more was tried), or the pull stopped early (a
    /// rate limit, a server error, an unreadable answer) and resumes from its saved
    /// cursor next time. `None`: everything was pushed that could be, and the pull
    /// drained the stream.
    pub stopped: Option<ConnectorError>,
    /// Items still in the outbox (pending, retrying, rejected or in conflict).
    pub left_unsent: usize,
}

impl SyncReport {
    /// Pushed what it could and pulled everything: the cache is in step with the CRM.
    pub fn completed(&self) -> bool {
        self.stopped.is_none()
    }

    /// The CRM could not be reached (or did not answer).
    pub fn offline(&self) -> bool {
        matches!(
            self.stopped,
            Some(ConnectorError::Offline(_) | ConnectorError::Timeout(_))
        )
    }

    /// The CRM refused the credentials.
    pub fn auth_refused(&self) -> bool {
        matches!(self.stopped, Some(ConnectorError::Auth(_)))
    }

    /// Nothing more can be done this round (unreachable, or signed out).
    fn must_stop(&self) -> bool {
        self.offline() || self.auth_refused()
    }
}

pub struct SyncOptions {
    /// Push every pending change whatever its backoff says (`sync --once`).
    pub ignore_backoff: bool,
    pub now: DateTime<Utc>,
}

pub(super) fn with_store<T>(
    store: &Mutex<Store>,
    f: impl FnOnce(&mut Store) -> Result<T>,
) -> Result<T> {
    let mut guard = store.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut guard)
}

/// One sync: push before pull.
pub async fn sync_once<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    opts: &SyncOptions,
) -> Result<SyncReport> {
    sync_once_with_progress(store, crm, opts, |_| {}).await
}

/// `sync_once`, telling `on_page` how many cases the pull has brought so far after
/// every page (for a progress bar).
pub async fn sync_once_with_progress<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    opts: &SyncOptions,
    on_page: impl Fn(usize) + Send + Sync,
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    push_all(store, crm, opts, &mut report).await?;
    if !report.must_stop() {
        pull_all(store, crm, opts, &mut report, &on_page).await?;
    }
    report.left_unsent = with_store(store, |s| s.outbox_counts())?.total() as usize;
    if report.completed() {
        with_store(store, |s| {
            s.set_setting(setting::LAST_SYNC, &opts.now.to_rfc3339())
        })?;
    }
    Ok(report)
}

async fn push_all<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    opts: &SyncOptions,
    report: &mut SyncReport,
) -> Result<()> {
    let now_ms = opts.now.timestamp_millis();
    let queued = with_store(store, |s| s.queued_mutations())?;
    let not_before: std::collections::HashMap<String, i64> = queued
        .iter()
        .map(|q| (q.mutation.id.clone(), q.not_before_ms))
        .collect();
    let files_from: std::collections::HashMap<String, String> = queued
        .iter()
        .filter_map(|q| Some((q.mutation.id.clone(), q.files_from.clone()?)))
        .collect();
    let plan = plan_pushes(
        queued.into_iter().map(|q| q.mutation).collect(),
        |m| not_before.get(&m.id).is_none_or(|t| *t <= now_ms),
        opts.ignore_backoff,
    );
    let outcomes = join_all(
        plan.into_iter()
            .map(|queue| push_case(store, crm, queue, &files_from)),
    )
    .await;
    for case_outcomes in outcomes {
        for (mutation, decision, found) in case_outcomes {
            match &decision {
                ItemDecision::Done { .. } if found => report.found_applied += 1,
                ItemDecision::Done { .. } => report.pushed += 1,
                ItemDecision::Retry { .. } => report.retrying += 1,
                ItemDecision::Rejected { .. } => report.rejected += 1,
                ItemDecision::Conflict { .. } => report.conflicts += 1,
                ItemDecision::StopOffline { error } => {
                    report.stopped = Some(ConnectorError::Offline(error.message.clone()))
                }
                ItemDecision::StopAuth { error } => {
                    report.stopped = Some(ConnectorError::Auth(error.message.clone()))
                }
            }
            with_store(store, |s| {
                s.apply_push_decision(&mutation.id, &decision, opts.now)
            })?;
        }
    }
    Ok(())
}

/// One case's queue, in order; stops at the first change that must wait. The files of a
/// reply (`files_from`: outbox id -> message id) are read from the cache right before
/// it is pushed.
async fn push_case<C: Connector>(
    store: &Mutex<Store>,
    crm: &C,
    queue: Vec<Mutation>,
    files_from: &std::collections::HashMap<String, String>,
) -> Vec<(Mutation, ItemDecision, bool)> {
    let mut out = Vec::new();
    for mutation in queue {
        // Exactly once: an earlier attempt may have been applied without us hearing.
        if mutation.attempts > 0 {
            match crm.find_applied(&mutation).await {
                Ok(Some(remote_id)) => {
                    out.push((
                        mutation,
                        ItemDecision::Done {
                            remote_id: Some(remote_id),
                        },
                        true,
                    ));
                    continue;
                }
                Ok(None) => {}
                Err(e) => {
                    let decision =
                        decide(PushOutcome::Failed(e), mutation.attempts, rand::random());
                    let stop = !decision.case_may_continue();
                    out.push((mutation, decision, false));
                    if stop {
                        break;
                    }
                    continue;
                }
            }
        }
        let mutation = match files_from.get(&mutation.id) {
            None => mutation,
            Some(message_id) => match with_store(store, |s| s.sent_files(message_id)) {
                Ok(files) => Mutation {
                    kind: mutation.kind.with_files(files),
                    ..mutation
                },
                Err(e) => {
                    let decision = ItemDecision::Retry {
                        wait: polydesk_core::planner::backoff(mutation.attempts, rand::random()),
                        error: problem(
                            ErrorCode::Storage,
                            format!("its files could not be read from the cache: {e}"),
                        ),
                    };
                    out.push((mutation, decision, false));
                    break;
                }
            },
        };
        let decision = match crm.push(&mutation).await {
            PushOutcome::Stale { reason } => settle_stale(crm, &mutation, reason).await,
            outcome => decide(outcome, mutation.attempts, rand::random()),
        };
        let stop = !decision.case_may_continue();
        out.push((mutation, decision, false));
        if stop {
            break;
        }
    }
    out
}

/// A field change met a newer version of the case: read the case back, rebase the
/// change on it, push what still applies, and hand what conflicts to the agent.
async fn settle_stale<C: Connector>(crm: &C, mutation: &Mutation, reason: String) -> ItemDecision {
    let retry = |outcome| decide(outcome, mutation.attempts, rand::random());
    let MutationKind::Fields { changes } = &mutation.kind else {
        return retry(PushOutcome::Stale { reason });
    };
    let remote = match crm.fetch_case(&mutation.crm_id).await {
        Ok(Some(record)) => record.case,
        Ok(None) => {
            return ItemDecision::Rejected {
                error: problem(
                    ErrorCode::CrmNotFound,
                    format!("case {} no longer exists in the CRM", mutation.crm_id),
                ),
            }
        }
        Err(e) => return retry(PushOutcome::Failed(e)),
    };
    let rebased = rebase(changes, &remote);
    let base_version = version_of(&remote);
    if !rebased.push.is_empty() {
        let again = Mutation {
            kind: MutationKind::Fields {
                changes: rebased.push.clone(),
            },
            base_version: Some(base_version.clone()),
            ..mutation.clone()
        };
        match crm.push(&again).await {
            PushOutcome::Done { remote_id } if rebased.conflicts.is_empty() => {
                return ItemDecision::Done { remote_id }
            }
            PushOutcome::Done { .. } => {}
            other => return retry(other),
        }
    }
    if rebased.conflicts.is_empty() {
        // The CRM already has every change (someone made the same edit).
        return ItemDecision::Done { remote_id: None };
    }
    let fields: Vec<&str> = rebased.conflicts.iter().map(|c| c.field.as_str()).collect();
    let keep = changes
        .iter()
        .filter(|c| fields.contains(&field_name(c)))
        .cloned()
        .collect();
    ItemDecision::Conflict {
        error: problem(
            ErrorCode::Conflict,
            format!("changed in the CRM too: {}", fields.join(", ")),
        ),
        conflicts: rebased.conflicts,
        keep,
        // A pushed part moved the case on; the agent's choice is re-based when made.
        base_version,
    }
}

/// The periodic reconcile: ask the CRM which cached cases still exist and drop the ones
/// it deleted (for streams that cannot report deletions). Returns how many left.
pub async fn reconcile<C: Connector>(store: &Mutex<Store>, crm: &C) -> Result<usize> {
    let cached = with_store(store, |s| s.crm_ids_of_source(&crm.source()))?;
    let mut removed = 0;
    for chunk in cached.chunks(100) {
        let crm_ids: Vec<String> = chunk.iter().map(|(_, crm)| crm.clone()).collect();
        let missing = match crm.missing_cases(&crm_ids).await {
            Ok(Some(missing)) => missing,
            Ok(None) => return Ok(0),
            Err(e) => return Err(CoreError::Crm(e)),
        };
        let gone: Vec<String> = chunk
            .iter()
            .filter(|(_, crm_id)| missing.contains(crm_id))
            .map(|(id, _)| id.clone())
            .collect();
        removed += with_store(store, |s| s.remove_cases(&gone))?;
    }
    Ok(removed)
}
