//! The one trait every CRM dialect implements, and the data that crosses it. Connectors
//! know HTTP and their CRM; they never see SQLite. The sync engine (`polydesk-sync`)
//! drives them; the core itself never calls one.

mod model;

use std::future::Future;

pub use model::{ConnectorError, CrmAgent, PullPage, PushOutcome};

use crate::domain::{CaseRecord, Mutation};

pub trait Connector: Send + Sync {
    /// Short name of the change stream the cursor belongs to (`zendesk:incremental`).
    fn stream(&self) -> String;

    /// The authenticated CRM user.
    fn whoami(&self) -> impl Future<Output = Result<CrmAgent, ConnectorError>> + Send;

    /// How many cases a first sync will bring, when the CRM says cheaply (for the
    /// progress bar's ETA). `None` when it can't tell.
    fn case_count_hint(&self) -> impl Future<Output = Option<u64>> + Send {
        async { None }
    }

    /// Which of these cases (CRM ids) no longer exist in the CRM — the periodic
    /// reconcile for change streams that cannot report deletions (Zendesk's search
    /// export). `None` when the stream reports deletions itself.
    fn missing_cases(
        &self,
        crm_ids: &[String],
    ) -> impl Future<Output = Result<Option<Vec<String>>, ConnectorError>> + Send {
        let _ = crm_ids;
        async { Ok(None) }
    }

    /// The bytes of an attachment the CRM listed (downloaded when the agent opens it).
    fn download_attachment(
        &self,
        attachment: &crate::domain::Attachment,
    ) -> impl Future<Output = Result<Vec<u8>, ConnectorError>> + Send {
        let name = attachment.file_name.clone();
        async move {
            Err(ConnectorError::Setup(format!(
                "this CRM connector cannot download attachments ({name})"
            )))
        }
    }

    /// The `source` of the cases this connector writes (`zendesk`, `rt`, `demo`); by
    /// default the stream's name up to its first `:`.
    fn source(&self) -> String {
        let stream = self.stream();
        stream.split(':').next().unwrap_or_default().to_string()
    }

    /// Changes since `cursor` (from the beginning when `None`).
    fn pull(
        &self,
        cursor: Option<&str>,
    ) -> impl Future<Output = Result<PullPage, ConnectorError>> + Send;

    /// One case with its whole thread as the CRM has it now (`None` when it is gone).
    /// `crm_id` is the CRM's own id (`Case::crm_id`).
    fn fetch_case(
        &self,
        crm_id: &str,
    ) -> impl Future<Output = Result<Option<CaseRecord>, ConnectorError>> + Send;

    /// Carry one mutation to the CRM. Field changes go only if the case is still at
    /// `mutation.base_version` (else `PushOutcome::Stale`); comments never conflict.
    fn push(&self, mutation: &Mutation) -> impl Future<Output = PushOutcome> + Send;

    /// Look in the CRM for a mutation whose earlier attempt had no answer: `Some` (the
    /// CRM's id for it) when it was applied after all.
    fn find_applied(
        &self,
        mutation: &Mutation,
    ) -> impl Future<Output = Result<Option<String>, ConnectorError>> + Send;
}
