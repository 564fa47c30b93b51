//! The host's routes: commands by name, events on a WebSocket, the UI's files.

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
}

pub fn router(host: Host) -> Router {
    let ui = ServeDir::new(&host.ui).fallback(ServeFile::new(host.ui.join("index.html")));
    Router::new()
        .route("/api/invoke/{command}", post(invoke))
        .route("/api/events", get(events))
        .route("/api/test/shell", get(shell_record))
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
                let error = polydesk_core::ErrorPayload {
                    code: polydesk_core::ErrorCode::InvalidInput,
                    message: format!("{command}: the arguments are not JSON: {e}"),
                    retry_at: None,
                };
                return (StatusCode::BAD_REQUEST, Json(error)).into_response();
            }
        }
    };
    match polydesk_api::dispatch(host.app.clone(), &command, args).await {
        Ok(value) => Json(value).into_response(),
        Err(error) => (StatusCode::BAD_REQUEST, Json(error)).into_response(),
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
