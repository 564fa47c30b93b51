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
    let ids = super::users::show_many_ids(&params)?;
    let store = state.store.lock().await;
    let tickets: Vec<Value> = ids
        .iter()
        .filter_map(|id| store.tickets.get(id))
        .filter(|t| !t.is_deleted())
        .map(|t| t.to_json(&store.base_url))
        .collect();
    Ok(Json(json!({ "tickets": tickets })))
}

/// `GET /api/v2/tickets/{id}.json[?include=slas]`.
pub async fn show(
    State(state): State<Arc<SimState>>,
    Path(segment): Path<String>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let id = ticket_id(&segment)?;
    let store = state.store.lock().await;
    let ticket = live_ticket(&store, id)?;
    let with_slas = super::sideloads(&params).contains("slas");
    let ticket = ticket.to_json_including(&store.base_url, with_slas);
    Ok(Json(json!({ "ticket": ticket })))
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
    let requester = store.tickets.get(&id).map(|t| t.requester_id);
    let with_files = |c: &&crate::model::Comment| {
        let mut v = c.to_json();
        if Some(c.author_id) == requester && c.id.is_multiple_of(SCREENSHOT_EVERY) {
            v["attachments"] = json!([screenshot_json(&store.base_url, c.id)]);
        }
        v
    };
    Ok(Json(json!({
        "comments": page.iter().map(with_files).collect::<Vec<_>>(),
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

/// Every so many customer comments carry a screenshot (so attachments can be listed,
/// downloaded and shown in the demo).
const SCREENSHOT_EVERY: u64 = 5;

/// A 1x1 PNG: what every simulated screenshot holds.
pub const SCREENSHOT_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn screenshot_json(base_url: &str, comment_id: u64) -> Value {
    let name = format!("screenshot-{comment_id}.png");
    json!({
        "id": comment_id,
        "file_name": name,
        "content_url": format!("{base_url}/attachments/token/{comment_id}/?name={name}"),
        "content_type": "image/png",
        "size": SCREENSHOT_PNG.len(),
        "inline": false,
    })
}

/// The bytes of the screenshot on comment `id`, if it has one.
pub fn screenshot(id: u64) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    if !id.is_multiple_of(SCREENSHOT_EVERY) {
        return Err(ApiError::NotFound);
    }
    Ok(([("content-type", "image/png")], SCREENSHOT_PNG).into_response())
}
