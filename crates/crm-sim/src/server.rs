//! Starting and stopping the desk: configuration, the 127.0.0.1 listener, and the
//! connection handling that lets a fault close a connection without any answer.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use chrono::{DateTime, Utc};
use hyper::body::Incoming;
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower::ServiceExt;

use crate::faults::FaultPlan;
use crate::gate::Abort;
use crate::model::Role;
use crate::routes;
use crate::seed::{seeded_store, Me};
use crate::state::{SimHandle, SimState};

/// How the desk is set up.
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// How many demo cases the desk holds.
    pub cases: usize,
    /// Seed of the demo inbox (and of the fault dice, unless the plan has its own).
    pub seed: u64,
    pub faults: FaultPlan,
    /// The authenticated agent's role: `Admin` may use the incremental export.
    pub role: Role,
    /// The agent's e-mail, as in `{email}/token:{token}`.
    pub email: String,
    /// The API token.
    pub token: String,
    /// How far the search index lags behind changes.
    pub search_lag: Duration,
    /// How long a change is held back from the incremental export (Zendesk: a minute).
    pub export_hold_back: Duration,
    /// Where the server clock starts (the demo inbox is written 2 minutes before).
    pub now: DateTime<Utc>,
    /// Seed the desk with exactly these cases instead of generating `cases` demo cases
    /// (the benchmark syncs the very rows it also inserts directly).
    pub records: Option<Arc<Vec<polydesk_core::domain::CaseRecord>>>,
}

impl Default for SimConfig {
    /// Polydesk's demo inbox (320 cases, the demo seed), Rita Lin as admin, no faults.
    fn default() -> Self {
        let now = Utc::now();
        SimConfig {
            cases: polydesk_demo::DEMO_CASES,
            seed: polydesk_demo::DEMO_SEED,
            faults: FaultPlan::none(),
            role: Role::Admin,
            email: "rita.lin@example.com".to_string(),
            token: "sim-token".to_string(),
            search_lag: Duration::ZERO,
            export_hold_back: Duration::from_secs(60),
            now: DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now),
            records: None,
        }
    }
}

/// A desk serving on 127.0.0.1. Dropping it stops the server too.
#[derive(Debug)]
pub struct RunningSim {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    handle: SimHandle,
    stop: watch::Sender<bool>,
    reachable: watch::Sender<bool>,
    /// Whether the desk is listening now (it follows `reachable` a moment later).
    listening: watch::Receiver<bool>,
    task: JoinHandle<()>,
}

impl RunningSim {
    /// A handle on the desk's state.
    pub fn state(&self) -> SimHandle {
        self.handle.clone()
    }

    /// Take the desk off the network (connections refused, open ones closed, as when
    /// the agent's laptop loses its connection) or put it back, with its data intact.
    /// Returns once the port is closed or listening again.
    pub async fn set_reachable(&self, reachable: bool) {
        let _ = self.reachable.send(reachable);
        let mut listening = self.listening.clone();
        let _ = listening.wait_for(|now| *now == reachable).await;
    }

    /// Stop listening and close every open connection (hung requests included).
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Start a desk on a free port of 127.0.0.1.
pub async fn start(config: SimConfig) -> std::io::Result<RunningSim> {
    start_on(config, 0).await
}

/// Start a desk on 127.0.0.1:`port` (0 = any free port).
pub async fn start_on(config: SimConfig, port: u16) -> std::io::Result<RunningSim> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}");
    let me = Me {
        email: &config.email,
        role: config.role,
    };
    let store = seeded_store(
        config.cases,
        config.seed,
        config.now,
        me,
        base_url.clone(),
        config.records.as_deref().map(|r| r.as_slice()),
    );
    let state = Arc::new(SimState::new(
        store,
        config.faults,
        config.email,
        config.token,
        config.role,
        config.search_lag,
        config.export_hold_back,
        config.seed,
    ));
    let app = routes::router(state.clone());
    let (stop, stopped) = watch::channel(false);
    let (reachable, up) = watch::channel(true);
    let (listening_tx, listening) = watch::channel(true);
    let task = tokio::spawn(accept_loop(listener, addr, app, stopped, up, listening_tx));
    let handle = SimHandle { state };
    Ok(RunningSim {
        addr,
        base_url,
        handle,
        stop,
        reachable,
        listening,
        task,
    })
}

/// Serve a desk on 127.0.0.1:`port` until the process ends (`polydesk-cli crm-sim`).
pub async fn serve_forever(config: SimConfig, port: u16) -> std::io::Result<()> {
    let (email, token) = (config.email.clone(), config.token.clone());
    let sim = start_on(config, port).await?;
    eprintln!(
        "crm-sim: Zendesk API simulator on {} (user {email}, API token {token})",
        sim.base_url
    );
    let RunningSim {
        stop,
        reachable,
        task,
        ..
    } = sim;
    let _ = task.await;
    drop((stop, reachable));
    Ok(())
}

/// Why a connection was closed without an answer (a fault asked for it).
#[derive(Debug)]
struct ConnectionDropped;

impl std::fmt::Display for ConnectionDropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for ConnectionDropped {}

/// Listen again on the same address after being off the network.
fn rebind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(1024)
}

async fn accept_loop(
    listener: TcpListener,
    addr: SocketAddr,
    app: Router,
    mut stopped: watch::Receiver<bool>,
    mut up: watch::Receiver<bool>,
    listening: watch::Sender<bool>,
) {
    let mut listener = Some(listener);
    loop {
        if !*up.borrow_and_update() {
            listener = None;
            listening.send_replace(false);
            tokio::select! {
                _ = up.changed() => {}
                _ = stopped.changed() => break,
            }
            continue;
        }
        let current = match &listener {
            Some(l) => l,
            None => match rebind(addr) {
                Ok(l) => {
                    listening.send_replace(true);
                    listener.insert(l)
                }
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let stream = tokio::select! {
            _ = up.changed() => continue,
            accepted = current.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(_) => {
                    // Out of file descriptors and the like: breathe, then go on.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            _ = stopped.changed() => break,
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve_connection(
            stream,
            app.clone(),
            stopped.clone(),
            up.clone(),
        ));
    }
}

/// HTTP/1.1 on one connection. A response marked [`Abort`] becomes a service error, on
/// which hyper closes the connection without writing anything.
async fn serve_connection(
    stream: tokio::net::TcpStream,
    app: Router,
    mut stopped: watch::Receiver<bool>,
    mut up: watch::Receiver<bool>,
) {
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let app = app.clone();
        async move {
            let response = match app.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            match response.extensions().get::<Abort>() {
                Some(_) => Err(ConnectionDropped),
                None => Ok(response),
            }
        }
    });
    let connection =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    let off_network = async {
        while *up.borrow_and_update() {
            if up.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = connection => {}
        _ = stopped.changed() => {}
        _ = off_network => {}
    }
}
