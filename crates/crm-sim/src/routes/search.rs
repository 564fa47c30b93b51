//! `GET /api/v2/search/export`: cases matching a search, for any agent (the way a
//! non-admin connector finds changed cases). Only the `updated>` / `updated>=` clause of
//! the query is read. The search index lags behind: cases changed within `search_lag`
//! are not found yet, and deleted cases never are.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::{Extension, Json};
use serde_json::{json, Value};

use super::{cut, page_size, Params};
use crate::api_error::ApiError;
use crate::cursor::{self, Listing, Position};
use crate::dice::Decision;
use crate::model::{parse_rfc3339, Ticket};
use crate::state::SimState;

const PAGE_DEFAULT: usize = 100;
const PAGE_MAX: usize = 1000;

fn position(ticket: &Ticket) -> Position {
    Position {
        stamp: ticket.updated_at,
        id: ticket.id,
    }
}

/// The lowest `updated_at` the query lets through (`None`: no lower bound).
fn updated_floor(query: &str) -> Result<Option<i64>, ApiError> {
    let mut floor: Option<i64> = None;
    for token in query.split_whitespace() {
        let (text, inclusive) = if let Some(t) = token.strip_prefix("updated>=") {
            (t, true)
        } else if let Some(t) = token.strip_prefix("updated>") {
            (t, false)
        } else {
            continue;
        };
        let text = text.trim_matches('"');
        let at = parse_rfc3339(text)
            .or_else(|| {
                let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
                Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
            })
            .ok_or_else(|| {
                ApiError::bad("InvalidValue", format!("'{token}' is not a date or time"))
            })?;
        let lowest = if inclusive { at } else { at + 1 };
        floor = Some(floor.map_or(lowest, |f| f.max(lowest)));
    }
    Ok(floor)
}

/// The search page.
pub async fn export(
    State(state): State<Arc<SimState>>,
    Extension(decision): Extension<Decision>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    match params.get("filter[type]").map(String::as_str) {
        Some("ticket") => {}
        Some(other) => {
            let description = format!("filter[type] '{other}' is not supported here (only ticket)");
            return Err(ApiError::bad("InvalidValue", description));
        }
        None => return Err(ApiError::bad("InvalidValue", "filter[type] is required")),
    }
    let query = params.get("query").cloned().unwrap_or_default();
    let floor = updated_floor(&query)?;
    let size = page_size(&params, "page[size]", PAGE_DEFAULT, PAGE_MAX)?;
    let after = match params.get("page[after]") {
        Some(text) => Some(cursor::decode(Listing::Search, text).ok_or_else(|| {
            ApiError::bad("InvalidPaginationParameter", "page[after] is invalid")
        })?),
        None => None,
    };
    let store = state.store.lock().await;
    let indexed_until = store.clock.now() - state.search_lag.as_secs_f64().ceil() as i64;
    let mut listing: Vec<&Ticket> = store
        .tickets
        .values()
        .filter(|t| !t.is_deleted() && t.updated_at <= indexed_until)
        .filter(|t| floor.is_none_or(|f| t.updated_at >= f))
        .collect();
    listing.sort_by_key(|t| position(t));
    let first = after.map_or(0, |a| listing.partition_point(|t| position(t) <= a));
    let duplicate = decision.duplicate_pages && after.is_some();
    let page = cut(
        listing.len(),
        first,
        size,
        duplicate,
        decision.overlap_pages,
    );
    let base = &store.base_url;
    let with_slas = super::sideloads(&params).contains("tickets(slas)");
    let results: Vec<Value> = listing[page.start..page.end]
        .iter()
        .map(|t| {
            let mut ticket = t.to_json_including(base, with_slas);
            ticket["result_type"] = json!("ticket");
            ticket
        })
        .collect();
    let after_position = page.cursor_at.map(|i| position(listing[i])).or(after);
    let after_cursor = after_position.map(|p| cursor::encode(Listing::Search, p));
    let next = match (&after_cursor, page.has_more) {
        (Some(c), true) => {
            let mut pairs = vec![
                ("filter[type]", "ticket".to_string()),
                ("page[after]", c.clone()),
                ("page[size]", size.to_string()),
                ("query", query.clone()),
            ];
            if let Some(include) = params.get("include") {
                pairs.push(("include", include.clone()));
            }
            let query = serde_urlencoded::to_string(pairs).unwrap_or_default();
            Some(format!("{base}/api/v2/search/export?{query}"))
        }
        _ => None,
    };
    let body = json!({
        "results": results,
        "facets": null,
        "meta": {"has_more": page.has_more, "after_cursor": after_cursor, "before_cursor": null},
        "links": {"prev": null, "next": next},
    });
    drop(store);
    if page.repeated > 0 {
        state.count_fault("duplicate-pages").await;
    }
    if page.stepped_back > 0 {
        state.count_fault("overlap-pages").await;
    }
    Ok(Json(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_updated_clause_is_read() {
        let t = 1_793_527_200;
        assert_eq!(
            updated_floor("type:ticket updated>2026-11-01T10:00:00Z").unwrap(),
            Some(t + 1)
        );
        assert_eq!(
            updated_floor("updated>=2026-11-01T10:00:00Z status:open").unwrap(),
            Some(t)
        );
        assert_eq!(
            updated_floor("updated>2026-11-01").unwrap(),
            Some(t - 36_000 + 1)
        );
        assert_eq!(updated_floor("type:ticket").unwrap(), None);
        assert!(updated_floor("updated>soon").is_err());
    }
}
