//! The CRM a workspace is connected to, as one connector whatever its dialect.

use polydesk_connectors::http::HttpSettings;
use polydesk_connectors::rt::{Rt, RtAuth};
use polydesk_connectors::zendesk::{Zendesk, ZendeskAuth};
use polydesk_core::domain::CaseRecord;

use crate::mapping::CrmMapping;
use crate::status::{ConnectionSettings, ConnectionTest, CrmKind};
use polydesk_core::crm::{Connector, ConnectorError, CrmAgent, PullPage, PushOutcome};
use polydesk_core::domain::Mutation;

/// The connected CRM.
pub enum CrmConnection {
    Zendesk(Zendesk),
    Rt(Rt),
}

impl CrmConnection {
    pub fn agent(&self) -> &CrmAgent {
        match self {
            CrmConnection::Zendesk(z) => z.agent(),
            CrmConnection::Rt(r) => r.agent(),
        }
    }
}

/// Sign in to the CRM the settings name. The demo's simulated CRM speaks Zendesk's
/// dialect and keeps its cases under `demo`.
pub async fn connect(
    settings: &ConnectionSettings,
    secret: &str,
    http: &HttpSettings,
) -> Result<CrmConnection, ConnectorError> {
    connect_mapped(settings, secret, http, &CrmMapping::default()).await
}

/// `connect`, reading the team's custom fields and lifecycle as `mapping` says.
pub async fn connect_mapped(
    settings: &ConnectionSettings,
    secret: &str,
    http: &HttpSettings,
    mapping: &CrmMapping,
) -> Result<CrmConnection, ConnectorError> {
    let url = settings.url.trim();
    match settings.kind {
        CrmKind::Zendesk | CrmKind::Demo => {
            let auth = match &settings.user {
                Some(email) => ZendeskAuth::ApiToken {
                    email: email.trim().to_string(),
                    token: secret.to_string(),
                },
                None => ZendeskAuth::Bearer(secret.to_string()),
            };
            let fields = mapping
                .zendesk
                .field_ids()
                .map_err(|e| ConnectorError::Setup(e.to_string()))?;
            let zd = Zendesk::connect(url, auth, http)
                .await?
                .with_custom_fields(fields);
            Ok(CrmConnection::Zendesk(if settings.kind == CrmKind::Demo {
                zd.with_source("demo")
            } else {
                zd
            }))
        }
        CrmKind::Rt => {
            let auth = match &settings.user {
                Some(user) => RtAuth::Basic {
                    user: user.trim().to_string(),
                    password: secret.to_string(),
                },
                None => RtAuth::Token(secret.to_string()),
            };
            Ok(CrmConnection::Rt(
                Rt::connect(url, auth, http, mapping.rt.clone()).await?,
            ))
        }
    }
}

/// "Test connection": sign in and say who the CRM thinks the agent is.
pub async fn test_connection(
    settings: &ConnectionSettings,
    secret: &str,
    http: &HttpSettings,
) -> ConnectionTest {
    match connect(settings, secret, http).await {
        Ok(crm) => {
            let agent = crm.agent();
            ConnectionTest {
                ok: true,
                agent: Some(agent.name.clone()),
                is_admin: agent.is_admin,
                error: None,
                message: format!("Signed in as {}", agent.name),
            }
        }
        Err(e) => {
            let error = polydesk_core::ErrorPayload::from(&polydesk_core::CoreError::Crm(e));
            ConnectionTest {
                ok: false,
                agent: None,
                is_admin: false,
                message: error.message.clone(),
                error: Some(error),
            }
        }
    }
}

macro_rules! each {
    ($self:ident, $c:ident => $e:expr) => {
        match $self {
            CrmConnection::Zendesk($c) => $e,
            CrmConnection::Rt($c) => $e,
        }
    };
}

impl Connector for CrmConnection {
    fn stream(&self) -> String {
        each!(self, c => c.stream())
    }

    async fn whoami(&self) -> Result<CrmAgent, ConnectorError> {
        each!(self, c => c.whoami().await)
    }

    fn source(&self) -> String {
        each!(self, c => c.source())
    }

    async fn download_attachment(
        &self,
        attachment: &polydesk_core::domain::Attachment,
    ) -> Result<Vec<u8>, ConnectorError> {
        each!(self, c => c.download_attachment(attachment).await)
    }

    async fn missing_cases(
        &self,
        crm_ids: &[String],
    ) -> Result<Option<Vec<String>>, ConnectorError> {
        each!(self, c => c.missing_cases(crm_ids).await)
    }

    async fn case_count_hint(&self) -> Option<u64> {
        each!(self, c => c.case_count_hint().await)
    }

    async fn pull(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        each!(self, c => c.pull(cursor).await)
    }

    async fn fetch_case(&self, crm_id: &str) -> Result<Option<CaseRecord>, ConnectorError> {
        each!(self, c => c.fetch_case(crm_id).await)
    }

    async fn push(&self, mutation: &Mutation) -> PushOutcome {
        each!(self, c => c.push(mutation).await)
    }

    async fn find_applied(&self, mutation: &Mutation) -> Result<Option<String>, ConnectorError> {
        each!(self, c => c.find_applied(mutation).await)
    }
}

/// The setting under which a workspace remembers its CRM (never the secret).
pub const CONNECTION_SETTING: &str = "crm_connection";

/// The CRM this workspace syncs with, if one was set up.
pub fn saved(
    store: &polydesk_core::store::Store,
) -> polydesk_core::Result<Option<ConnectionSettings>> {
    Ok(store
        .setting(CONNECTION_SETTING)?
        .filter(|s| !s.is_empty())
        .and_then(|s| serde_json::from_str(&s).ok()))
}

/// Remember (or, with `None`, forget) the workspace's CRM.
pub fn remember(
    store: &mut polydesk_core::store::Store,
    settings: Option<&ConnectionSettings>,
) -> polydesk_core::Result<()> {
    let value = settings
        .map(|s| serde_json::json!(s).to_string())
        .unwrap_or_default();
    store.set_setting(CONNECTION_SETTING, &value)
}
