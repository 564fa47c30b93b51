//! The gate every API request passes: counted, dice rolled for faults, authenticated,
//! maybe turned away (429, 500/503, a hung request, over the rate limit), and on the way
//! out given rate-limit headers, or broken (truncated JSON, a connection closed after
//! the change was applied).

use std::sync::Arc;
use std::time::Instant;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::api_error::ApiError;
use crate::dice::{Reject, RequestClass};
use crate::state::SimState;

/// Marks a response that must never reach the client: the connection is closed instead.
#[derive(Debug, Clone, Copy)]
pub struct Abort;

/// A response that makes the connection close without an answer.
pub fn abort_response() -> Response {
    let mut response = Response::new(Body::empty());
    response.extensions_mut().insert(Abort);
    response
}

/// Which endpoint a request is for, as counted in [`crate::SimStats`].
pub fn endpoint_kind(method: &Method, path: &str) -> &'static str {
    let rest = path.trim_end_matches('/');
    match rest {
        "/api/v2/users/me.json" => return "me",
        "/api/v2/users/show_many.json" => return "users_show_many",
        "/api/v2/groups.json" => return "groups",
        "/api/v2/incremental/tickets/cursor.json" => return "incremental_tickets",
        "/api/v2/search/export" | "/api/v2/search/export.json" => return "search_export",
        "/api/v2/tickets/count.json" => return "ticket_count",
        "/api/v2/tickets/show_many.json" => return "tickets_show_many",
        "/api/v2/uploads.json" => return "uploads",
        r if r.starts_with("/api/v2/job_statuses/") => return "job_status",
        _ => {}
    }
    match rest.strip_prefix("/api/v2/tickets/") {
        Some(r) if r.ends_with("/comments.json") => "ticket_comments",
        Some(r) if r.ends_with("/audits.json") => "ticket_audits",
        Some(r) if r.ends_with("/merge") || r.ends_with("/merge.json") => "ticket_merge",
        Some(r) if !r.contains('/') && *method == Method::PUT => "ticket_update",
        Some(r) if !r.contains('/') => "ticket_show",
        _ => "other",
    }
}

/// Whether the request carries the desk's credentials (API token, basic or bearer).
fn authenticated(state: &SimState, headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    if let Some(token) = value.strip_prefix("Bearer ") {
        return token.trim() == state.token;
    }
    let Some(encoded) = value.strip_prefix("Basic ") else {
        return false;
    };
    let decoded = STANDARD.decode(encoded.trim()).ok();
    let Some(text) = decoded.and_then(|d| String::from_utf8(d).ok()) else {
        return false;
    };
    match text.split_once("/token:") {
        Some((email, token)) => email.eq_ignore_ascii_case(&state.email) && token == state.token,
        None => false,
    }
}

/// The gate (an axum middleware over `/api/v2`).
pub async fn api_gate(
    State(state): State<Arc<SimState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let kind = endpoint_kind(req.method(), req.uri().path());
    state.count_request(kind).await;
    let class = match (req.method(), kind) {
        (&Method::PUT, _) | (_, "ticket_merge") => RequestClass::Update,
        (_, "incremental_tickets" | "search_export") => RequestClass::Page,
        _ => RequestClass::Read,
    };
    let decision = state.decide(class).await;
    if !decision.latency.is_zero() {
        state.count_fault("latency").await;
        tokio::time::sleep(decision.latency).await;
    }
    if !authenticated(&state, req.headers()) {
        return ApiError::Unauthenticated.into_response();
    }
    let admission = state.rate.lock().await.admit(
        kind == "incremental_tickets",
        &decision.limits,
        Instant::now(),
    );
    if let Some(retry_after) = admission.refused {
        state.count_fault("rate-limit").await;
        let mut response = ApiError::TooManyRequests { retry_after }.into_response();
        admission.write_headers(response.headers_mut());
        return response;
    }
    match decision.reject {
        Some(Reject::TooManyRequests(retry_after)) => {
            state.count_fault("429").await;
            return ApiError::TooManyRequests { retry_after }.into_response();
        }
        Some(Reject::Status(code)) => {
            state.count_fault(&code.to_string()).await;
            return ApiError::Server(code).into_response();
        }
        Some(Reject::Refuse(code)) => {
            state.count_fault(&code.to_string()).await;
            return match code {
                401 => ApiError::Unauthenticated,
                403 => ApiError::Forbidden,
                404 => ApiError::NotFound,
                _ => {
                    let mut details = serde_json::Map::new();
                    details.insert(
                        "base".into(),
                        serde_json::json!([{ "description": "This ticket is closed to changes by your role's ticket rules." }]),
                    );
                    ApiError::Invalid(details)
                }
            }
            .into_response();
        }
        Some(Reject::Timeout(hang)) => {
            state.count_fault("timeout").await;
            tokio::time::sleep(hang).await;
            return abort_response();
        }
        None => {}
    }
    req.extensions_mut().insert(decision.clone());
    let mut response = next.run(req).await;
    if !response.status().is_success() {
        return response;
    }
    if decision.drop_after_apply && class == RequestClass::Update {
        state.count_fault("drop-after-apply").await;
        return abort_response();
    }
    if decision.malformed {
        state.count_fault("malformed").await;
        response = truncate(response).await;
    }
    admission.write_headers(response.headers_mut());
    response
}

/// The same answer with its JSON cut in half (a proxy that gave up mid-body).
async fn truncate(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let cut = bytes.slice(..(bytes.len() / 2).max(1).min(bytes.len()));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_told_apart() {
        let get = Method::GET;
        assert_eq!(endpoint_kind(&get, "/api/v2/users/me.json"), "me");
        assert_eq!(
            endpoint_kind(&get, "/api/v2/tickets/1001.json"),
            "ticket_show"
        );
        assert_eq!(
            endpoint_kind(&Method::PUT, "/api/v2/tickets/1001.json"),
            "ticket_update"
        );
        assert_eq!(
            endpoint_kind(&get, "/api/v2/tickets/1001/comments.json"),
            "ticket_comments"
        );
        assert_eq!(
            endpoint_kind(&get, "/api/v2/search/export"),
            "search_export"
        );
        assert_eq!(endpoint_kind(&get, "/api/v2/nothing"), "other");
    }
}
