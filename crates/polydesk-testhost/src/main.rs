//! `polydesk-testhost`: Polydesk's real commands and events served to the web UI in a
//! browser, on loopback. The same command declarations the desktop shell serves through
//! Tauri (`polydesk-api`) are dispatched here from HTTP; events go out on a WebSocket; the
//! UI built for it (`npm --prefix ui run build:testhost`) is served from the same origin.
//! It runs a real cache in a temporary folder (or `--data-dir`), with the in-process demo
//! CRM for `--fixture demo`. For the browser tests and UI development only: the app
//! never contains it.
//!
//! ```text
//! POST /api/invoke/{command}   JSON arguments -> {"ok": result} | {"error": {code, message}}
//! GET  /api/events             WebSocket: {"event": name, "payload": ...} per event
//! GET  /api/test/shell         what the shell was asked (windows shown, files opened)
//! GET  /*                      the UI
//! ```

mod fixture;
mod keychain;
mod server;
mod shell;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "polydesk-testhost",
    about = "Polydesk's commands over loopback HTTP, for browser tests"
)]
struct Args {
    /// The built UI to serve (ui/dist-testhost).
    #[arg(long, value_name = "DIR")]
    ui: PathBuf,
    /// The data folder (default: a temporary one, removed at exit).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// What the workspace holds at start.
    #[arg(long, default_value = "demo")]
    fixture: fixture::Fixture,
    /// What the keychain does.
    #[arg(long, value_enum, default_value = "memory")]
    keychain: keychain::KeychainMode,
    /// Answer every command this many milliseconds late (a slow computer).
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// The port (0: any free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The OS locale the app sees (decides the UI language until the agent chooses).
    #[arg(long, default_value = "en-US")]
    locale: String,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if let Err(e) = run(args).await {
        eprintln!("polydesk-testhost: {e}");
        std::process::exit(2);
    }
}

async fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    keychain::install(args.keychain);
    let temp = tempfile::TempDir::new()?;
    let data_dir = args.data_dir.unwrap_or_else(|| temp.path().to_path_buf());
    args.fixture.prepare(&data_dir)?;
    let app = polydesk_api::App::new(data_dir, Some(args.locale));
    let shell = Arc::new(shell::HostShell::new());
    app.set_shell(shell.clone());
    app.watch_saved_pack();
    args.fixture.start(&app).await?;
    let resuming = app.clone();
    tokio::spawn(async move { resuming.resume_sync_after_first_screen().await });
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await?;
    let address = listener.local_addr()?;
    // Test harnesses wait for this line.
    println!("polydesk-testhost listening on http://{address}");
    let router = server::router(server::Host {
        app,
        shell,
        ui: args.ui,
        delay: std::time::Duration::from_millis(args.delay_ms),
        crms: Default::default(),
    });
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    drop(temp);
    Ok(())
}
