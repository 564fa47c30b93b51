//! `/_sim/*`: the test bench's controls (no credentials needed): a colleague edits a
//! case, the clock moves on, the fault plan changes, a case is deleted, counters.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::change::ColleagueEdit;
use crate::dice::Injector;
use crate::faults::FaultPlan;
use crate::model::rfc3339;
use crate::state::{SimState, SimStats};

type Answer = (StatusCode, Json<Value>);

fn refuse(status: StatusCode, error: impl Into<String>) -> Answer {
    (status, Json(json!({"error": error.into()})))
}

/// The body as JSON of type `T`, whatever the content type says.
fn read<T: DeserializeOwned>(body: &Bytes) -> Result<T, Answer> {
    serde_json::from_slice(body).map_err(|e| refuse(StatusCode::BAD_REQUEST, e.to_string()))
}

#[derive(Deserialize)]
struct EditRequest {
    ticket_id: u64,
    #[serde(flatten)]
    edit: ColleagueEdit,
}

/// `POST /_sim/colleague-edit {"ticket_id", "status"?, "comment"?, "tags"?}`.
pub async fn colleague_edit(State(state): State<Arc<SimState>>, body: Bytes) -> Answer {
    let request: EditRequest = match read(&body) {
        Ok(r) => r,
        Err(answer) => return answer,
    };
    match state.colleague_edit(request.ticket_id, &request.edit).await {
        Some(ticket) => (StatusCode::OK, Json(json!({"ticket": ticket}))),
        None => refuse(StatusCode::NOT_FOUND, "no such editable ticket"),
    }
}

#[derive(Deserialize)]
struct AdvanceRequest {
    seconds: i64,
}

/// `POST /_sim/advance {"seconds"}`: move the server clock on.
pub async fn advance(State(state): State<Arc<SimState>>, body: Bytes) -> Answer {
    let request: AdvanceRequest = match read(&body) {
        Ok(r) => r,
        Err(answer) => return answer,
    };
    let mut store = state.store.lock().await;
    store.clock.advance(request.seconds);
    (
        StatusCode::OK,
        Json(json!({"now": rfc3339(store.clock.now())})),
    )
}

/// `GET /_sim/stats`.
pub async fn stats(State(state): State<Arc<SimState>>) -> Json<SimStats> {
    Json(state.stats.lock().await.clone())
}

/// `POST /_sim/faults SPEC` (raw text, a JSON string or `{"spec": SPEC}`).
pub async fn set_faults(State(state): State<Arc<SimState>>, body: Bytes) -> Answer {
    let text = String::from_utf8_lossy(&body).to_string();
    let spec = match serde_json::from_str::<Value>(&text) {
        Ok(Value::String(spec)) => spec,
        Ok(Value::Object(fields)) => match fields.get("spec").and_then(Value::as_str) {
            Some(spec) => spec.to_string(),
            None => return refuse(StatusCode::BAD_REQUEST, "expected {\"spec\": \"...\"}"),
        },
        _ => text,
    };
    match spec.parse::<FaultPlan>() {
        Ok(plan) => {
            let normalized = plan.to_string();
            *state.injector.lock().await = Injector::new(plan, state.data_seed);
            (StatusCode::OK, Json(json!({"faults": normalized})))
        }
        Err(e) => refuse(StatusCode::BAD_REQUEST, e.to_string()),
    }
}

/// `GET /_sim/faults`: the plan in force, as a SPEC.
pub async fn faults(State(state): State<Arc<SimState>>) -> Json<Value> {
    Json(json!({"faults": state.injector.lock().await.plan().to_string()}))
}

#[derive(Deserialize)]
struct DeleteRequest {
    ticket_id: u64,
}

/// `POST /_sim/delete-ticket {"ticket_id"}`.
pub async fn delete_ticket(State(state): State<Arc<SimState>>, body: Bytes) -> Answer {
    let request: DeleteRequest = match read(&body) {
        Ok(r) => r,
        Err(answer) => return answer,
    };
    let deleted = state.store.lock().await.delete(request.ticket_id);
    let status = if deleted {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    (status, Json(json!({"deleted": deleted})))
}
