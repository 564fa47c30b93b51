//! `POST /api/v2/tickets/{target}/merge`: the tickets in `ids` are merged into the
//! target — each closed with `source_comment`, the target given `target_comment` — as a
//! background job whose state `GET /api/v2/job_statuses/{id}` reports. As in Zendesk, a
//! closed ticket (source or target) cannot take part, and the answer is the job, still
//! `queued`; asked about, it is `completed`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Map, Value};

use super::ticket_id;
use crate::api_error::ApiError;
use crate::change::{ChangeError, NewComment, TicketChange};
use crate::state::SimState;

/// One field's problem, as Zendesk's `details`.
fn invalid(field: &str, description: String) -> ApiError {
    let mut details = Map::new();
    details.insert(field.into(), json!([{ "description": description }]));
    ApiError::Invalid(details)
}

fn comment(body: &Value, key: &str, default: String) -> NewComment {
    NewComment {
        body: body[key]
            .as_str()
            .filter(|s| !s.trim().is_empty())
            .map_or(default, String::from),
        html_body: None,
        public: body[format!("{key}_is_public")].as_bool().unwrap_or(false),
        uploads: Vec::new(),
    }
}

pub async fn merge(
    State(state): State<Arc<SimState>>,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let target = ticket_id(&segment)?;
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad("InvalidJSON", format!("the body is not JSON: {e}")))?;
    let sources: Vec<u64> = body["ids"]
        .as_array()
        .map(|ids| {
            ids.iter()
                .filter_map(|v| {
                    v.as_u64()
                        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                })
                .collect()
        })
        .filter(|ids: &Vec<u64>| !ids.is_empty())
        .ok_or_else(|| ApiError::bad("InvalidValue", "ids: name the tickets to merge"))?;
    let mut store = state.store.lock().await;
    let live = |id: u64| store.tickets.get(&id).filter(|t| !t.is_deleted()).cloned();
    let target_ticket = live(target).ok_or(ApiError::NotFound)?;
    if target_ticket.status == "closed" {
        return Err(invalid(
            "target",
            format!("Ticket {target} is closed and cannot be merged into"),
        ));
    }
    for &id in &sources {
        match live(id) {
            None => return Err(invalid("ids", format!("Ticket {id} does not exist"))),
            Some(_) if id == target => {
                return Err(invalid(
                    "ids",
                    format!("Ticket {id} cannot be merged into itself"),
                ))
            }
            Some(t) if t.status == "closed" => {
                return Err(invalid(
                    "ids",
                    format!("Ticket {id} is closed and cannot be merged"),
                ))
            }
            Some(_) => {}
        }
    }
    let me = store.me;
    let refused = |e: ChangeError| match e {
        ChangeError::NotFound => ApiError::NotFound,
        ChangeError::Conflict => ApiError::Conflict,
        ChangeError::Invalid(details) => ApiError::Invalid(details),
    };
    for &id in &sources {
        let closing = TicketChange {
            comment: Some(comment(
                &body,
                "source_comment",
                format!("This request was closed and merged into request #{target}."),
            )),
            status: Some("closed".into()),
            metadata: json!({}),
            ..TicketChange::default()
        };
        store.apply(id, me, closing).map_err(refused)?;
    }
    let listed = sources
        .iter()
        .map(|id| format!("#{id}"))
        .collect::<Vec<_>>()
        .join(", ");
    let receiving = TicketChange {
        comment: Some(comment(
            &body,
            "target_comment",
            format!("Requests {listed} were closed and merged into this request."),
        )),
        metadata: json!({}),
        ..TicketChange::default()
    };
    store.apply(target, me, receiving).map_err(refused)?;
    let id = format!("merge-{target}-{}", store.jobs.len() + 1);
    let url = format!("{}/api/v2/job_statuses/{id}.json", store.base_url);
    let done = json!({
        "id": id, "url": url, "status": "completed", "job_type": "MergeTickets",
        "total": sources.len(), "progress": sources.len(), "message": "Completed",
        "results": sources.iter().map(|s| json!({ "id": s, "action": "merge", "success": true, "status": "Merged" })).collect::<Vec<_>>(),
    });
    store.jobs.insert(id.clone(), done);
    drop(store);
    state.stats.lock().await.merges += sources.len() as u64;
    Ok(Json(json!({
        "job_status": { "id": id, "url": url, "status": "queued", "job_type": "MergeTickets",
                        "total": sources.len(), "progress": 0, "message": null, "results": null }
    })))
}

pub async fn job_status(
    State(state): State<Arc<SimState>>,
    Path(segment): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = segment.strip_suffix(".json").unwrap_or(&segment);
    let store = state.store.lock().await;
    let job = store.jobs.get(id).cloned().ok_or(ApiError::NotFound)?;
    Ok(Json(json!({ "job_status": job })))
}
