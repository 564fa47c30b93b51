//! The desk's error answers, in Zendesk's shapes (`{"error": ..., "description": ...}`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};

/// An error answer.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// 401: missing or wrong credentials.
    Unauthenticated,
    /// 403: the agent's role may not use this endpoint.
    Forbidden,
    /// 404: no such record.
    NotFound,
    /// 404: no such endpoint.
    NoEndpoint,
    /// 400: a bad parameter.
    BadRequest {
        error: &'static str,
        description: String,
    },
    /// 409: `safe_update` met a newer version of the case.
    Conflict,
    /// 422: the change is invalid; field -> descriptions.
    Invalid(Map<String, Value>),
    /// 429 with `Retry-After`.
    TooManyRequests { retry_after: u64 },
    /// 500 / 503.
    Server(u16),
}

impl ApiError {
    pub fn bad(error: &'static str, description: impl Into<String>) -> Self {
        ApiError::BadRequest {
            error,
            description: description.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                json!({"error": "Couldn't authenticate you"}),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                json!({"error": "Forbidden", "description": "You do not have access to this page. \
                    Please contact the account owner of this help desk for further help."}),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                json!({"error": "RecordNotFound", "description": "Not found"}),
            ),
            ApiError::NoEndpoint => (
                StatusCode::NOT_FOUND,
                json!({"error": "InvalidEndpoint", "description": "Not found"}),
            ),
            ApiError::BadRequest { error, description } => (
                StatusCode::BAD_REQUEST,
                json!({"error": error, "description": description}),
            ),
            ApiError::Conflict => (
                StatusCode::CONFLICT,
                json!({"error": "UpdateConflict", "description": "Safe Update prevented the \
                    update due to outdated ticket data. Please fetch the latest ticket data and try again."}),
            ),
            ApiError::Invalid(details) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({"error": "RecordInvalid", "description": "Record validation errors",
                    "details": details}),
            ),
            ApiError::TooManyRequests { retry_after } => {
                let body = json!({"error": "APIRateLimitExceeded",
                    "description": "Number of allowed API requests per minute exceeded"});
                let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return response;
            }
            ApiError::Server(code) => {
                let status =
                    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                let error = match code {
                    503 => "ServiceUnavailable",
                    _ => "InternalServerError",
                };
                (
                    status,
                    json!({"error": error, "description": "Simulated server failure"}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
