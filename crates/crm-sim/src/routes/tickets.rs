//! Reading one case: the ticket, its thread (comments, oldest first) and its change log
//! (audits). Updates live in [`super::update`].

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::Json;
use serde_json::{json, Value};

use super::{page_size, ticket_id, Params};
use crate::api_error::ApiError;
use crate::cursor::{self, Listing, Position};
use crate::state::SimState;
use crate::store::Store;

pub use super::update::update;

const COMMENTS_PAGE_DEFAULT: usize = 100;
const COMMENTS_PAGE_MAX: usize = 100;

/// Case `id` unless it is missing or deleted.
fn live_ticket(store: &Store, id: u64) -> Result<&crate::model::Ticket, ApiError> {
    match store.tickets.get(&id) {
        Some(ticket) if !ticket.is_deleted() => Ok(ticket),
        _ => Err(ApiError::NotFound),
    }
}

/// `GET /api/v2/tickets/count.json`: how many live tickets there are.
pub async fn count(State(state): State<Arc<SimState>>) -> Json<Value> {
    let store = state.store.lock().await;
    let n = store.tickets.values().filter(|t| !t.is_deleted()).count();
    Json(json!({"count": {"value": n, "refreshed_at": crate::model::rfc3339(store.clock.now())}}))
}

/// `GET /api/v2/tickets/show_many.json?ids=1,2,3`: the live ones among `ids` (at most 100).
pub async fn show_many(
    State(state): State<Arc<SimState>>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let text = params
        .get("ids")
        .ok_or_else(|| ApiError::bad("InvalidValue", "ids is required"))?;
    let ids: Vec<u64> = text
        .split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| part.trim().parse())
        .collect::<Result<_, _>>()
        .map_err(|_| ApiError::bad("InvalidValue", format!("ids '{text}' is not a list of ids")))?;
    if ids.len() > 100 {
        return Err(ApiError::bad("InvalidValue", "at most 100 ids at once"));
    }
    let store = state.store.lock().await;
    let tickets: Vec<Value> = ids
        .iter()
        .filter_map(|id| store.tickets.get(id))
        .filter(|t| !t.is_deleted())
        .map(|t| t.to_json(&store.base_url))
        .collect();
    Ok(Json(json!({ "tickets": tickets })))
}

/// `GET /api/v2/tickets/{id}.json`.
pub async fn show(
    State(state): State<Arc<SimState>>,
    Path(segment): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&segment)?;
    let store = state.store.lock().await;
    let ticket = live_ticket(&store, id)?;
    Ok(Json(json!({"ticket": ticket.to_json(&store.base_url)})))
}

/// `GET /api/v2/tickets/{id}/comments.json[?page[size]=N&page[after]=C]`: the thread,
/// oldest first, in cursor pages.
pub async fn comments(
    State(state): State<Arc<SimState>>,
    Path(id): Path<u64>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let size = page_size(
        &params,
        "page[size]",
        COMMENTS_PAGE_DEFAULT,
        COMMENTS_PAGE_MAX,
    )?;
    let after = match params.get("page[after]") {
        Some(text) => {
            cursor::decode(Listing::Comments, text)
                .ok_or_else(|| {
                    ApiError::bad("InvalidPaginationParameter", "page[after] is invalid")
                })?
                .id
        }
        None => 0,
    };
    let store = state.store.lock().await;
    live_ticket(&store, id)?;
    let thread = store
        .comments
        .get(&id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let rest: Vec<_> = thread.iter().filter(|c| c.id > after).collect();
    let page = &rest[..size.min(rest.len())];
    let has_more = rest.len() > page.len();
    let after_cursor = page
        .last()
        .map(|c| cursor::encode(Listing::Comments, Position { stamp: 0, id: c.id }));
    let next = match (&after_cursor, has_more) {
        (Some(c), true) => {
            let query = serde_urlencoded::to_string([
                ("page[after]", c.as_str()),
                ("page[size]", &size.to_string()),
            ])
            .unwrap_or_default();
            Some(format!(
                "{}/api/v2/tickets/{id}/comments.json?{query}",
                store.base_url
            ))
        }
        _ => None,
    };
    Ok(Json(json!({
        "comments": page.iter().map(|c| c.to_json()).collect::<Vec<_>>(),
        "meta": {"has_more": has_more, "after_cursor": after_cursor, "before_cursor": null},
        "links": {"prev": null, "next": next},
    })))
}

/// `GET /api/v2/tickets/{id}/audits.json`: the change log, oldest first.
pub async fn audits(
    State(state): State<Arc<SimState>>,
    Path(id): Path<u64>,
) -> Result<Json<Value>, ApiError> {
    let store = state.store.lock().await;
    live_ticket(&store, id)?;
    let audits: Vec<Value> = store
        .audits
        .get(&id)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|a| a.to_json())
        .collect();
    let count = audits.len();
    Ok(Json(
        json!({"audits": audits, "next_page": null, "previous_page": null, "count": count}),
    ))
}
