//! `GET /api/v2/incremental/tickets/cursor.json`: every case that changed since a point
//! in time, in the order the changes happened, for admins only.
//!
//! As in Zendesk, changes from the last minute of the server clock are held back (they
//! show up on a later poll), deleted cases appear with status `deleted`, and a cursor
//! handed back at the end of the stream picks up later changes.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::{Extension, Json};
use serde_json::{json, Value};

use super::{cut, page_size, Params};
use crate::api_error::ApiError;
use crate::cursor::{self, Listing, Position};
use crate::dice::Decision;
use crate::model::{Role, Ticket};
use crate::state::SimState;

const PER_PAGE_DEFAULT: usize = 1000;
const PER_PAGE_MAX: usize = 1000;

fn position(ticket: &Ticket) -> Position {
    Position {
        stamp: ticket.generated_timestamp,
        id: ticket.id,
    }
}

/// Where the client is: after a cursor, or before `start_time`.
fn start_position(params: &Params, now: i64, hold_back: i64) -> Result<(Position, bool), ApiError> {
    if let Some(text) = params.get("cursor") {
        let position = cursor::decode(Listing::Incremental, text)
            .ok_or_else(|| ApiError::bad("InvalidPaginationParameter", "cursor is invalid"))?;
        return Ok((position, true));
    }
    let Some(text) = params.get("start_time") else {
        return Err(ApiError::bad(
            "InvalidValue",
            "start_time or cursor is required",
        ));
    };
    let start: i64 = text
        .trim()
        .parse()
        .map_err(|_| ApiError::bad("InvalidValue", "start_time must be a Unix time in seconds"))?;
    if start > now - hold_back {
        let description = "Too recent start_time. Use a start_time older than 1 minute";
        return Err(ApiError::bad("InvalidValue", description));
    }
    Ok((Position::before_stamp(start), false))
}

/// The export page.
pub async fn tickets(
    State(state): State<Arc<SimState>>,
    Extension(decision): Extension<Decision>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    if state.role != Role::Admin {
        return Err(ApiError::Forbidden);
    }
    let per_page = page_size(&params, "per_page", PER_PAGE_DEFAULT, PER_PAGE_MAX)?;
    let include = super::sideloads(&params);
    let store = state.store.lock().await;
    // Changes younger than the hold-back are not exported yet.
    let hold_back = state.export_hold_back.as_secs() as i64;
    let (start, had_cursor) = start_position(&params, store.clock.now(), hold_back)?;
    let cutoff = store.clock.now() - hold_back;
    let mut listing: Vec<&Ticket> = store
        .tickets
        .values()
        .filter(|t| t.generated_timestamp <= cutoff)
        .collect();
    listing.sort_by_key(|t| position(t));
    let first = listing.partition_point(|t| position(t) <= start);
    let duplicate = decision.duplicate_pages && had_cursor;
    let page = cut(
        listing.len(),
        first,
        per_page,
        duplicate,
        decision.overlap_pages,
    );
    let items = &listing[page.start..page.end];
    let after = page
        .cursor_at
        .map(|i| position(listing[i]))
        .unwrap_or(start);
    let after_cursor = cursor::encode(Listing::Incremental, after);
    let mut next_query = vec![
        ("cursor", after_cursor.clone()),
        ("per_page", per_page.to_string()),
    ];
    if let Some(text) = params.get("include") {
        next_query.push(("include", text.clone()));
    }
    let query = serde_urlencoded::to_string(&next_query).unwrap_or_default();
    let base = &store.base_url;
    let mut body = json!({
        "tickets": items
            .iter()
            .map(|t| t.to_json_including(base, include.contains("slas")))
            .collect::<Vec<_>>(),
        "after_cursor": after_cursor,
        "after_url": format!("{base}/api/v2/incremental/tickets/cursor.json?{query}"),
        "before_cursor": cursor::encode(Listing::Incremental, start),
        "before_url": null,
        "end_of_stream": !page.has_more,
    });
    if include.contains("users") {
        let ids: BTreeSet<u64> = items
            .iter()
            .flat_map(|t| std::iter::once(t.requester_id).chain(t.assignee_id))
            .collect();
        let users: Vec<Value> = ids
            .iter()
            .filter_map(|id| store.users.get(id))
            .map(|u| u.to_json(base))
            .collect();
        body["users"] = json!(users);
    }
    if include.contains("groups") {
        let ids: BTreeSet<u64> = items.iter().filter_map(|t| t.group_id).collect();
        let groups: Vec<Value> = ids
            .iter()
            .filter_map(|id| store.groups.get(id))
            .map(|g| g.to_json(base))
            .collect();
        body["groups"] = json!(groups);
    }
    drop(store);
    if page.repeated > 0 {
        state.count_fault("duplicate-pages").await;
    }
    if page.stepped_back > 0 {
        state.count_fault("overlap-pages").await;
    }
    Ok(Json(body))
}
