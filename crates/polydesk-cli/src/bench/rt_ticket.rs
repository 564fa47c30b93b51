//! The bench's ticket in RT: found by its subject, else made over REST2 as the bench
//! user (created, then 49 replies and notes from the benchmark dataset's 50-message case).

use super::bench_error;
use chrono::Utc;
use polydesk_connectors::rt::{Rt, RtAuth};
use polydesk_core::crm::Connector;
use polydesk_core::domain::Direction;
use polydesk_core::CoreError;
use serde_json::{json, Value};

use super::dataset;
use super::rt::{crm_error, MESSAGES, QUEUE, SUBJECT};

/// The bench ticket: the newest one with the bench subject and a whole thread, else a
/// new one.
pub async fn bench_ticket(rt: &Rt, rest: &Rest) -> Result<u64, CoreError> {
    let query = format!("Subject = '{SUBJECT}' AND Queue = '{QUEUE}'");
    let params = [
        ("query", query.as_str()),
        ("orderby", "id"),
        ("order", "DESC"),
        ("per_page", "20"),
    ];
    let found = rest
        .call(reqwest::Method::GET, "/tickets", &params, None)
        .await?;
    for item in found["items"].as_array().into_iter().flatten() {
        let Some(id) = id_of(item) else { continue };
        let record = rt.fetch_case(&id.to_string()).await.map_err(crm_error)?;
        if record.is_some_and(|r| r.messages.len() == MESSAGES) {
            eprintln!("bench: reusing RT ticket {id} ('{SUBJECT}')");
            return Ok(id);
        }
    }
    // The benchmark dataset's 50-message case: multilingual, replies and notes.
    let case = dataset::generate(1, Utc::now()).remove(0);
    let messages = &case.messages[..MESSAGES];
    let requestor = case
        .case
        .customer
        .email
        .clone()
        .unwrap_or_else(|| "bench.customer@exemplo.com.br".into());
    let made = rest
        .call(
            reqwest::Method::POST,
            "/ticket",
            &[],
            Some(
                json!({"Queue": QUEUE, "Requestor": requestor, "Subject": SUBJECT,
                        "Content": messages[0].body_text, "ContentType": "text/plain"}),
            ),
        )
        .await?;
    let id = id_of(&made)
        .ok_or_else(|| bench_error(format!("RT made no ticket in '{QUEUE}': {made}")))?;
    eprintln!(
        "bench: made RT ticket {id}; adding {} messages…",
        MESSAGES - 1
    );
    for m in &messages[1..] {
        let action = if m.direction == Direction::Note {
            "comment"
        } else {
            "correspond"
        };
        rest.call(
            reqwest::Method::POST,
            &format!("/ticket/{id}/{action}"),
            &[],
            Some(json!({"Content": m.body_text, "ContentType": "text/plain"})),
        )
        .await?;
    }
    Ok(id)
}

/// An RT id, sent as a number or a string.
fn id_of(v: &Value) -> Option<u64> {
    match &v["id"] {
        Value::String(s) => s.parse().ok(),
        other => other.as_u64(),
    }
}

/// REST2 as the bench user, for what the connector does not do (making tickets).
pub struct Rest {
    http: reqwest::Client,
    base: String,
    auth: RtAuth,
}

impl Rest {
    /// REST2 under `url` (RT's address) as `auth`.
    pub fn new(http: reqwest::Client, url: &str, auth: RtAuth) -> Rest {
        Rest {
            http,
            base: format!("{}/REST/2.0", url.trim_end_matches('/')),
            auth,
        }
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Value>,
    ) -> Result<Value, CoreError> {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.base))
            .query(query);
        req = match &self.auth {
            RtAuth::Basic { user, password } => req.basic_auth(user, Some(password)),
            RtAuth::Token(token) => req.header("Authorization", format!("token {token}")),
        };
        if let Some(body) = body {
            req = req.json(&body);
        }
        let what = format!("RT {method} {path}");
        let resp = req
            .send()
            .await
            .map_err(|e| bench_error(format!("{what}: {e}")))?;
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(bench_error(format!(
                "{what}: {status}: {}",
                text.chars().take(200).collect::<String>()
            )));
        }
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rt_ids_come_as_numbers_or_strings() {
        assert_eq!(id_of(&json!({"id": "12"})), Some(12));
        assert_eq!(id_of(&json!({"id": 7})), Some(7));
        assert_eq!(id_of(&json!({"type": "ticket"})), None);
    }
}
