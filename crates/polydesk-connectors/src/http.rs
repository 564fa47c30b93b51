//! HTTP plumbing shared by connectors: client settings for corporate networks, and how
//! transport failures and status codes map onto sync outcomes.

use std::path::PathBuf;
use std::time::Duration;

use polydesk_core::sync::{ConnectorError, PushOutcome};
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
                .map_err(|e| ConnectorError::Protocol(format!("proxy '{proxy}': {e}")))?;
            builder = builder.proxy(proxy);
        }
        if let Some(path) = &self.ca_certificate {
            let pem = std::fs::read(path).map_err(|e| {
                ConnectorError::Protocol(format!("CA certificate {}: {e}", path.display()))
            })?;
            let cert = reqwest::Certificate::from_pem(&pem).map_err(|e| {
                ConnectorError::Protocol(format!("CA certificate {}: {e}", path.display()))
            })?;
            builder = builder.add_root_certificate(cert);
        }
        builder
            .build()
            .map_err(|e| ConnectorError::Protocol(format!("HTTP client: {e}")))
    }
}

/// A transport failure on a read: offline when nothing got through, else a timeout.
pub fn read_error(e: reqwest::Error) -> ConnectorError {
    if e.is_connect() {
        ConnectorError::Offline(e.to_string())
    } else if e.is_timeout() {
        ConnectorError::Timeout(e.to_string())
    } else if e.is_decode() {
        ConnectorError::Protocol(e.to_string())
    } else {
        ConnectorError::Timeout(e.to_string())
    }
}

/// A transport failure on a write: if the request may have reached the CRM, the outcome
/// is unknown (and will be read back before any retry).
pub fn write_error(e: reqwest::Error) -> PushOutcome {
    if e.is_connect() {
        PushOutcome::Offline {
            reason: e.to_string(),
        }
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

/// A non-2xx answer to a read.
pub fn status_error(resp: &Response) -> ConnectorError {
    let status = resp.status();
    match status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
            ConnectorError::Auth(format!("{status} from {}", resp.url().path()))
        }
        StatusCode::TOO_MANY_REQUESTS => ConnectorError::RateLimited {
            retry_after: retry_after(resp),
        },
        _ => ConnectorError::Server(format!("{status} from {}", resp.url().path())),
    }
}
