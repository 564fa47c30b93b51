//! Merging one ticket into another: `POST /api/v2/tickets/{target}/merge` starts a job
//! (the source is closed with its comment, the target gets its own), and
//! `GET /api/v2/job_statuses/{id}` says when it is done. A merge whose answer was lost is
//! found again by its effect: the source is closed.

use std::time::Duration;

use polydesk_core::crm::{ConnectorError, PushOutcome};
use polydesk_core::domain::Mutation;
use serde_json::json;

use super::pacing::Bucket;
use super::wire::{JobStatus, JobStatusResponse, TicketResponse};
use super::Zendesk;
use crate::http::{failure, retry_after};

/// How often, and how long apart, the merge job is asked about before the attempt is
/// left to a later sync (which reads the source back first).
const JOB_POLLS: u32 = 20;
const JOB_POLL_EVERY: Duration = Duration::from_millis(500);

impl Zendesk {
    /// Merge ticket `m.crm_id` into `into`, with an internal comment on each.
    pub(super) async fn merge(
        &self,
        m: &Mutation,
        into: &str,
        note: &str,
        into_note: &str,
    ) -> PushOutcome {
        let url = format!("{}/api/v2/tickets/{into}/merge.json", self.base);
        let body = json!({
            "ids": [m.crm_id.parse::<u64>().map(serde_json::Value::from).unwrap_or_else(|_| json!(m.crm_id))],
            "source_comment": note,
            "source_comment_is_public": false,
            "target_comment": into_note,
            "target_comment_is_public": false,
        });
        let resp = match self
            .send(self.http.post(&url).json(&body), Bucket::Api)
            .await
        {
            Ok(r) => r,
            Err(e) => return e.write(),
        };
        let status = resp.status();
        if !status.is_success() {
            let wait = retry_after(&resp);
            let detail = resp.text().await.unwrap_or_default();
            let what = format!("Zendesk (merging ticket {} into {into})", m.crm_id);
            return PushOutcome::Failed(failure(status, wait, &what, &detail));
        }
        let job = match resp.json::<JobStatusResponse>().await {
            Ok(r) => r.job_status,
            // Started, but the answer cannot be read: the source tells later.
            Err(e) => {
                return PushOutcome::Unknown {
                    reason: format!("Zendesk's answer to the merge could not be read: {e}"),
                }
            }
        };
        self.await_job(job).await
    }

    /// Ask about a job until it ends (or the polls run out: then the outcome is unknown,
    /// and the next sync reads the source back before trying again).
    async fn await_job(&self, mut job: JobStatus) -> PushOutcome {
        for _ in 0..JOB_POLLS {
            match job.status.as_str() {
                "completed" => {
                    return PushOutcome::Done {
                        remote_id: Some(job.id),
                    }
                }
                "failed" | "killed" => {
                    let why = job.message.unwrap_or_else(|| "no reason given".into());
                    return PushOutcome::Failed(ConnectorError::Rejected(format!(
                        "Zendesk did not merge the tickets: {why}"
                    )));
                }
                _ => {}
            }
            tokio::time::sleep(JOB_POLL_EVERY).await;
            match self
                .get_json::<JobStatusResponse>(&format!("/api/v2/job_statuses/{}.json", job.id))
                .await
            {
                Ok(r) => job = r.job_status,
                Err(e) => {
                    return PushOutcome::Unknown {
                        reason: format!("the merge job could not be followed: {e}"),
                    }
                }
            }
        }
        PushOutcome::Unknown {
            reason: format!("Zendesk's merge job {} had not finished", job.id),
        }
    }

    /// Whether the merge of `m.crm_id` happened: Zendesk closes a merged source (and a
    /// closed ticket cannot be merged, so trying again would only be refused).
    pub(super) async fn merge_applied(
        &self,
        m: &Mutation,
    ) -> Result<Option<String>, ConnectorError> {
        let ticket = self
            .get_json::<TicketResponse>(&format!("/api/v2/tickets/{}.json", m.crm_id))
            .await?
            .ticket;
        Ok((ticket.status == "closed").then(|| format!("merged:{}", m.crm_id)))
    }
}
