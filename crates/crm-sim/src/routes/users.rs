//! Who is on the desk: the authenticated agent, users by id (requesters, assignees) and
//! the groups cases are routed to.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::Json;
use serde_json::{json, Value};

use super::Params;
use crate::api_error::ApiError;
use crate::state::SimState;

/// Most records a `show_many` returns at once.
const SHOW_MANY_MAX: usize = 100;

/// The `ids=1,2,3` of a `show_many` request (users or tickets).
pub fn show_many_ids(params: &Params) -> Result<Vec<u64>, ApiError> {
    let text = params
        .get("ids")
        .ok_or_else(|| ApiError::bad("InvalidValue", "ids is required"))?;
    let ids: Vec<u64> = text
        .split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| part.trim().parse())
        .collect::<Result<_, _>>()
        .map_err(|_| ApiError::bad("InvalidValue", format!("ids '{text}' is not a list of ids")))?;
    if ids.len() > SHOW_MANY_MAX {
        let description = format!("at most {SHOW_MANY_MAX} ids at once");
        return Err(ApiError::bad("InvalidValue", description));
    }
    Ok(ids)
}

/// `GET /api/v2/users/me.json`: the agent the credentials belong to.
pub async fn me(State(state): State<Arc<SimState>>) -> Json<Value> {
    let store = state.store.lock().await;
    Json(json!({"user": store.users[&store.me].to_json(&store.base_url)}))
}

/// `GET /api/v2/users/show_many.json?ids=1,2,3`: the known ones among `ids`.
pub async fn show_many(
    State(state): State<Arc<SimState>>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, ApiError> {
    let ids = show_many_ids(&params)?;
    let store = state.store.lock().await;
    let users: Vec<Value> = ids
        .iter()
        .filter_map(|id| store.users.get(id))
        .map(|user| user.to_json(&store.base_url))
        .collect();
    Ok(Json(json!({"users": users})))
}

/// `GET /api/v2/groups.json`: every group.
pub async fn groups(State(state): State<Arc<SimState>>) -> Json<Value> {
    let store = state.store.lock().await;
    let groups: Vec<Value> = store
        .groups
        .values()
        .map(|g| g.to_json(&store.base_url))
        .collect();
    let count = groups.len();
    Json(json!({"groups": groups, "next_page": null, "previous_page": null, "count": count}))
}
