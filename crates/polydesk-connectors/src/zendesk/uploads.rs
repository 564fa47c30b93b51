//! Files that go with a comment: each is uploaded first (`POST /api/v2/uploads.json`),
//! and the comment names the upload tokens. An upload attaches to nothing until a
//! comment uses its token (Zendesk drops unused ones after an hour), so a lost answer or
//! a retry never puts a file on the ticket twice.

use polydesk_core::crm::{ConnectorError, PushOutcome};
use polydesk_core::domain::OutgoingFile;
use serde::Deserialize;

use super::pacing::Bucket;
use super::Zendesk;
use crate::http::{failure, retry_after};

#[derive(Deserialize)]
struct UploadResponse {
    upload: Upload,
}

#[derive(Deserialize)]
struct Upload {
    token: String,
}

impl Zendesk {
    /// Upload `files`; their tokens for `comment.uploads`, or why the comment must wait.
    pub(super) async fn upload_files(
        &self,
        files: &[OutgoingFile],
    ) -> Result<Vec<String>, PushOutcome> {
        let mut tokens = Vec::with_capacity(files.len());
        for file in files {
            tokens.push(self.upload(file).await?);
        }
        Ok(tokens)
    }

    async fn upload(&self, file: &OutgoingFile) -> Result<String, PushOutcome> {
        let url = format!("{}/api/v2/uploads.json", self.base);
        let request = self
            .http
            .post(&url)
            .query(&[("filename", file.file_name.as_str())])
            .header(reqwest::header::CONTENT_TYPE, file.content_type.as_str())
            .body(file.bytes.clone());
        let resp = match self.send(request, Bucket::Api).await {
            Ok(r) => r,
            // Nothing is on the ticket yet either way: try again later.
            Err(super::SendFailure::Transport(e)) if e.is_connect() => {
                return Err(PushOutcome::Failed(ConnectorError::Offline(e.to_string())))
            }
            Err(super::SendFailure::Transport(e)) => {
                return Err(PushOutcome::Failed(ConnectorError::Timeout(format!(
                    "uploading {}: {e}",
                    file.file_name
                ))))
            }
            Err(paced) => return Err(paced.write()),
        };
        let status = resp.status();
        let wait = retry_after(&resp);
        if status.is_success() {
            return resp
                .json::<UploadResponse>()
                .await
                .map(|u| u.upload.token)
                .map_err(|e| {
                    PushOutcome::Failed(ConnectorError::malformed("/api/v2/uploads.json", e))
                });
        }
        let detail = resp.text().await.unwrap_or_default();
        Err(PushOutcome::Failed(failure(
            status,
            wait,
            &format!("Zendesk (the upload of {})", file.file_name),
            &detail,
        )))
    }
}
