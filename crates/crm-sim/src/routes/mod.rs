//! The desk's endpoints: `/api/v2/*` behind the [gate](crate::gate), `/_sim/*` for tests.
//!
//! Also the paging shared by the exports: cutting one page out of an ordered listing,
//! with the `duplicate-pages` and `overlap-pages` faults.

mod control;
mod incremental;
mod merge;
mod search;
mod tickets;
mod update;
mod uploads;
mod users;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use axum::Router;

use crate::api_error::ApiError;
use crate::gate::api_gate;
use crate::state::SimState;

/// Query parameters as sent (`page[size]` and friends are plain keys).
pub type Params = HashMap<String, String>;

/// The whole HTTP surface of the desk.
pub fn router(state: Arc<SimState>) -> Router {
    let api = Router::new()
        .route("/api/v2/users/me.json", get(users::me))
        .route("/api/v2/users/show_many.json", get(users::show_many))
        .route("/api/v2/groups.json", get(users::groups))
        .route(
            "/api/v2/incremental/tickets/cursor.json",
            get(incremental::tickets),
        )
        .route("/api/v2/search/export", get(search::export))
        .route("/api/v2/search/export.json", get(search::export))
        .route("/api/v2/tickets/count.json", get(tickets::count))
        .route("/api/v2/tickets/show_many.json", get(tickets::show_many))
        .route(
            "/api/v2/tickets/{id}",
            get(tickets::show).put(tickets::update),
        )
        .route("/api/v2/tickets/{id}/comments.json", get(tickets::comments))
        .route("/api/v2/tickets/{id}/audits.json", get(tickets::audits))
        .route("/api/v2/tickets/{id}/merge", post(merge::merge))
        .route("/api/v2/tickets/{id}/merge.json", post(merge::merge))
        .route("/api/v2/job_statuses/{id}", get(merge::job_status))
        .route(
            "/api/v2/uploads.json",
            // Room for the largest file and its headers (axum's default is 2 MB).
            post(uploads::upload).layer(DefaultBodyLimit::max(uploads::MAX_FILE_BYTES + 1024)),
        )
        .route("/attachments/token/{token}/", get(uploads::download))
        .fallback(|| async { ApiError::NoEndpoint })
        .layer(from_fn_with_state(state.clone(), api_gate));
    let control = Router::new()
        .route("/_sim/colleague-edit", post(control::colleague_edit))
        .route("/_sim/advance", post(control::advance))
        .route("/_sim/stats", get(control::stats))
        .route(
            "/_sim/faults",
            post(control::set_faults).get(control::faults),
        )
        .route("/_sim/delete-ticket", post(control::delete_ticket));
    control.merge(api).with_state(state)
}

/// A page size parameter: `default` when absent, at most `max`.
/// The sideloads asked for with `include=a,b,c` (search names them by result type, as
/// in `tickets(slas)`).
pub fn sideloads(params: &Params) -> BTreeSet<&str> {
    params
        .get("include")
        .map(|text| text.split(',').map(str::trim).collect())
        .unwrap_or_default()
}

pub fn page_size(
    params: &Params,
    key: &str,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match params.get(key) {
        None => Ok(default),
        Some(text) => match text.trim().parse::<usize>() {
            Ok(n) if n > 0 => Ok(n.min(max)),
            _ => Err(ApiError::bad(
                "InvalidPaginationParameter",
                format!("{key} must be a whole number from 1 to {max}"),
            )),
        },
    }
}

/// The id in `/tickets/1001.json`.
pub fn ticket_id(segment: &str) -> Result<u64, ApiError> {
    segment
        .strip_suffix(".json")
        .unwrap_or(segment)
        .parse()
        .map_err(|_| ApiError::NotFound)
}

/// One page of an ordered listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The page is `listing[start..end]`.
    pub start: usize,
    pub end: usize,
    /// The item whose position becomes the next cursor (`None`: the cursor stays put).
    pub cursor_at: Option<usize>,
    /// Whether unseen items remain after `end`.
    pub has_more: bool,
    /// Items repeated from the previous page (`duplicate-pages`).
    pub repeated: usize,
    /// Items the cursor stepped back over (`overlap-pages`).
    pub stepped_back: usize,
}

/// Cut a page of `size` out of a listing of `len` items whose first unseen item is
/// `first`. `duplicate` repeats up to 3 items before `first`; `overlap` leaves the cursor
/// a little before the page's end. Each page still moves at least one item forward.
pub fn cut(len: usize, first: usize, size: usize, duplicate: bool, overlap: bool) -> Cut {
    let repeated = if duplicate { first.min(3) } else { 0 };
    let fresh = size.saturating_sub(repeated).max(1);
    let end = first.saturating_add(fresh).min(len);
    let new_items = end.saturating_sub(first);
    let stepped_back = if overlap { (new_items / 2).min(2) } else { 0 };
    Cut {
        start: first - repeated,
        end: end.max(first),
        cursor_at: (new_items > 0).then(|| end - 1 - stepped_back),
        has_more: end < len,
        repeated,
        stepped_back,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_pages_follow_each_other() {
        let c = cut(10, 4, 3, false, false);
        assert_eq!(
            (c.start, c.end, c.cursor_at, c.has_more),
            (4, 7, Some(6), true)
        );
        let last = cut(10, 9, 3, false, false);
        assert_eq!(
            (last.start, last.end, last.cursor_at, last.has_more),
            (9, 10, Some(9), false)
        );
        let empty = cut(10, 10, 3, false, false);
        assert_eq!((empty.start, empty.end, empty.cursor_at), (10, 10, None));
    }

    #[test]
    fn faulty_pages_repeat_but_still_move_on() {
        let dup = cut(100, 50, 10, true, false);
        assert_eq!((dup.start, dup.end, dup.repeated), (47, 57, 3));
        let overlap = cut(100, 50, 10, false, true);
        assert_eq!((overlap.cursor_at, overlap.stepped_back), (Some(57), 2));
        let tiny = cut(100, 50, 1, true, true);
        assert_eq!((tiny.start, tiny.end, tiny.cursor_at), (47, 51, Some(50)));
    }
}
