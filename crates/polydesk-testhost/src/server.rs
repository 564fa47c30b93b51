//! The host's routes: commands by name, events on a WebSocket, the UI's files. A command's
//! answer is `{"ok": result}` or `{"error": {code, message}}`, both with status 200: a
//! command that fails is an answer, as over Tauri's IPC (a browser logs every non-2xx
//! response as a console error, which the browser tests rightly count as a problem).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use polydesk_api::App;
use serde_json::Value;
use tower_http::services::{ServeDir, ServeFile};

use crate::shell::HostShell;

#[derive(Clone)]
pub struct Host {
    pub app: Arc<App>,
    pub shell: Arc<HostShell>,
    pub ui: PathBuf,
    pub delay: Duration,
    /// CRMs started for tests (`POST /api/test/crm`), kept running until the host ends.
    pub crms: Arc<tokio::sync::Mutex<Vec<crm_sim::RunningSim>>>,
}

pub fn router(host: Host) -> Router {
    let ui = ServeDir::new(&host.ui).fallback(ServeFile::new(host.ui.join("index.html")));
    Router::new()
        .route("/api/invoke/{command}", post(invoke))
        .route("/api/events", get(events))
        .route("/api/test/shell", get(shell_record))
        .route("/api/test/demo-faults", post(demo_faults))
        .route("/api/test/crm", post(start_crm))
        .fallback_service(ui)
        .with_state(host)
}

/// A command, by name, with its JSON arguments: as Tauri's IPC would carry it.
async fn invoke(State(host): State<Host>, Path(command): Path<String>, body: Bytes) -> Response {
    if !host.delay.is_zero() {
        tokio::time::sleep(host.delay).await;
    }
    let args: Value = if body.is_empty() {
        Value::Null
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => {
                let message = format!("{command}: the arguments are not JSON: {e}");
                return (StatusCode::BAD_REQUEST, message).into_response();
            }
        }
    };
    match polydesk_api::dispatch(host.app.clone(), &command, args).await {
        Ok(value) => Json(serde_json::json!({ "ok": value })).into_response(),
        Err(error) => Json(serde_json::json!({ "error": error })).into_response(),
    }
}

async fn events(State(host): State<Host>, upgrade: WebSocketUpgrade) -> Response {
    let receiver = host.shell.events.subscribe();
    upgrade.on_upgrade(move |socket| forward(socket, receiver))
}

/// Every event to one page, until it goes away.
async fn forward(mut socket: WebSocket, mut events: tokio::sync::broadcast::Receiver<String>) {
    loop {
        tokio::select! {
            event = events.recv() => match event {
                Ok(text) => {
                    if socket.send(Message::Text(text.into())).await.is_err() {
                        return;
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(_) => return,
            },
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            },
        }
    }
}

async fn shell_record(State(host): State<Host>) -> Json<crate::shell::ShellRecord> {
    Json(host.shell.record())
}

/// `POST /api/test/demo-faults` with a fault SPEC (`429:3600`, `401`, `malformed`, `none`,
/// see crm-sim): the demo CRM misbehaves so until told otherwise. Sync is not woken: the
/// test says when (`sync_now`).
async fn demo_faults(State(host): State<Host>, body: String) -> Response {
    let Some(demo) = host.app.sync.demo() else {
        return (StatusCode::CONFLICT, "the demo CRM is not running").into_response();
    };
    match body.parse::<crm_sim::FaultPlan>() {
        Ok(plan) => {
            demo.set_faults(plan).await;
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    }
}

#[derive(serde::Deserialize)]
struct CrmRequest {
    cases: usize,
    #[serde(default)]
    faults: String,
}

/// `POST /api/test/crm {"cases", "faults"}`: a Zendesk-shaped CRM of its own on loopback,
/// for "connect to a CRM" tests; answers where it is and how to sign in.
async fn start_crm(State(host): State<Host>, Json(request): Json<CrmRequest>) -> Response {
    let faults = match request.faults.parse::<crm_sim::FaultPlan>() {
        Ok(plan) => plan,
        Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    };
    let config = crm_sim::SimConfig {
        cases: request.cases,
        faults,
        ..crm_sim::SimConfig::default()
    };
    let (user, token) = (config.email.clone(), config.token.clone());
    match crm_sim::start(config).await {
        Ok(sim) => {
            let url = sim.base_url.clone();
            host.crms.lock().await.push(sim);
            Json(serde_json::json!({ "url": url, "user": user, "token": token })).into_response()
        }
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
