//! HTTP plumbing shared by connectors: client settings for corporate networks, and how
//! transport failures and status codes map onto sync outcomes.

use std::path::PathBuf;
use std::time::Duration;

use polydesk_core::crm::{ConnectorError, PushOutcome};
use reqwest::{Response, StatusCode};

/// How to reach a CRM.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub timeout: Duration,
    /// An HTTP(S) proxy such as `http://proxy.corp:3128`.
    pub proxy: Option<String>,
    /// A PEM file with a corporate root certificate to trust as well.
    pub ca_certificate: Option<PathBuf>,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            timeout: Duration::from_secs(30),
            proxy: None,
            ca_certificate: None,
        }
    }
}

impl HttpSettings {
    pub fn client(&self) -> Result<reqwest::Client, ConnectorError> {
        let mut builder = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("Polydesk/", env!("CARGO_PKG_VERSION")));
        if let Some(proxy) = &self.proxy {
            let proxy = reqwest::Proxy::all(proxy)
                .map_err(|e| ConnectorError::Setup(format!("proxy '{proxy}': {e}")))?;
            builder = builder.proxy(proxy);
        }
        if let Some(path) = &self.ca_certificate {
            let pem = std::fs::read(path).map_err(|e| {
                ConnectorError::Setup(format!("CA certificate {}: {e}", path.display()))
            })?;
            let cert = reqwest::Certificate::from_pem(&pem).map_err(|e| {
                ConnectorError::Setup(format!("CA certificate {}: {e}", path.display()))
            })?;
            builder = builder.add_root_certificate(cert);
        }
        builder
            .build()
            .map_err(|e| ConnectorError::Setup(format!("HTTP client: {e}")))
    }
}

/// A transport failure on a read: offline when nothing got through, else a timeout; an
/// answer that arrived but could not be read is malformed.
pub fn read_error(e: reqwest::Error) -> ConnectorError {
    let endpoint = e.url().map(|u| u.path().to_string()).unwrap_or_default();
    if e.is_connect() {
        ConnectorError::Offline(e.to_string())
    } else if e.is_decode() || e.is_body() {
        ConnectorError::malformed(endpoint, e)
    } else {
        ConnectorError::Timeout(e.to_string())
    }
}

/// A transport failure on a write: if the request may have reached the CRM, the outcome
/// is unknown (and will be read back before any retry).
pub fn write_error(e: reqwest::Error) -> PushOutcome {
    if e.is_connect() {
        PushOutcome::Failed(ConnectorError::Offline(e.to_string()))
    } else {
        PushOutcome::Unknown {
            reason: e.to_string(),
        }
    }
}

/// `Retry-After` in seconds, when the CRM sent it.
pub fn retry_after(resp: &Response) -> Option<Duration> {
    retry_after_header(resp.headers())
}

/// `Retry-After` in seconds, from an answer's headers.
pub fn retry_after_header(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
}

/// What a non-2xx answer means, by kind. `what` names the request for the agent
/// (`Zendesk GET /api/v2/tickets/7.json`), `detail` is what the CRM said about it.
pub fn failure(
    status: StatusCode,
    retry_after: Option<Duration>,
    what: &str,
    detail: &str,
) -> ConnectorError {
    let detail = detail.trim();
    let said = |s: String| {
        if detail.is_empty() {
            s
        } else {
            format!("{s}: {}", detail.chars().take(300).collect::<String>())
        }
    };
    match status {
        StatusCode::UNAUTHORIZED => ConnectorError::Auth(format!("{status} from {what}")),
        StatusCode::FORBIDDEN => ConnectorError::Forbidden(said(format!("{status} from {what}"))),
        StatusCode::NOT_FOUND => ConnectorError::NotFound(format!("{what} ({status})")),
        StatusCode::CONFLICT | StatusCode::PRECONDITION_FAILED => {
            ConnectorError::Conflict(format!("{what} ({status})"))
        }
        StatusCode::TOO_MANY_REQUESTS => ConnectorError::RateLimited { retry_after },
        s if s.is_server_error() => ConnectorError::Server(format!("{s} from {what}")),
        s => ConnectorError::Rejected(said(format!("{s} from {what}"))),
    }
}

/// A non-2xx answer to a read (what the CRM said is not read: reads fail by status).
pub fn status_error(resp: &Response) -> ConnectorError {
    failure(resp.status(), retry_after(resp), resp.url().path(), "")
}
