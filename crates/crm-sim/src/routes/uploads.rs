//! `POST /api/v2/uploads.json?filename=N[&token=T]`: a file for a comment to attach.
//! The body is the file's bytes; its `Content-Type` header is the file's type. Files sent
//! with the same `token` join that upload. A comment names upload tokens in
//! `comment.uploads`; once used, a token is spent.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};

use super::Params;
use crate::api_error::ApiError;
use crate::state::SimState;

/// Zendesk's limit for one file.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

pub async fn upload(
    State(state): State<Arc<SimState>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let file_name = params
        .get("filename")
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| ApiError::bad("InvalidValue", "filename is required"))?
        .to_string();
    if body.is_empty() {
        return Err(ApiError::bad("InvalidValue", "the file is empty"));
    }
    if body.len() > MAX_FILE_BYTES {
        return Err(ApiError::bad(
            "InvalidValue",
            format!("{file_name} is larger than 50 MB"),
        ));
    }
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_string();
    let mut store = state.store.lock().await;
    let expires = store.clock.now() + 3600;
    let (token, files) = store
        .upload(
            params.get("token").map(String::as_str),
            file_name,
            content_type,
            body.to_vec(),
        )
        .ok_or(ApiError::NotFound)?;
    drop(store);
    let attachment = files.last().cloned().unwrap_or(Value::Null);
    Ok((
        StatusCode::CREATED,
        Json(json!({"upload": {
            "token": token,
            "expires_at": crate::model::rfc3339(expires),
            "attachments": files,
            "attachment": attachment,
        }})),
    ))
}

/// `GET /attachments/token/{token}/?name=N`: an attached file's bytes (uploaded files by
/// their token; the seeded screenshots by their comment's id).
pub async fn download(
    State(state): State<Arc<SimState>>,
    Path(token): Path<String>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let store = state.store.lock().await;
    if let Some(file) = store.files.get(&token) {
        return Ok((
            [(axum::http::header::CONTENT_TYPE, file.content_type.clone())],
            file.bytes.clone(),
        )
            .into_response());
    }
    drop(store);
    let id = token.parse::<u64>().map_err(|_| ApiError::NotFound)?;
    super::tickets::screenshot(id)
}
