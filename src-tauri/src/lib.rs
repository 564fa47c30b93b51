//! The Polydesk desktop shell: a window hosting the web UI, and Tauri's IPC wired to the
//! commands declared once in `polydesk-api`. No command is written here: the invoke
//! handler dispatches every call by name through `polydesk_api::dispatch`, the command
//! list and the window's permissions are generated from the same declaration, and the
//! shell only adds what needs Tauri (events, showing the window, opening a file).

mod main_window;
mod rendering;
mod shell;

use std::sync::Arc;

use polydesk_api::App;
use tauri::ipc::InvokeBody;

pub fn run() {
    rendering::choose_rendering_mode();
    let data_dir = match polydesk_core::store::default_data_dir() {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("polydesk: {err}");
            std::process::exit(2);
        }
    };
    let os_locale = sys_locale::get_locale();
    // The cache opens and the first screen's state is read while the toolkit starts.
    let early = polydesk_api::startup::EarlyRead::start(data_dir.clone(), os_locale.clone());
    let app = App::new(data_dir, os_locale);
    let handler_app = app.clone();
    tauri::Builder::default()
        .manage(app)
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .setup(move |tauri_app| {
            let app = tauri::Manager::state::<Arc<App>>(tauri_app).inner().clone();
            app.set_shell(Arc::new(shell::TauriShell::new(tauri_app.handle().clone())));
            // First: the early read holds the cache until the window takes it over.
            main_window::open(tauri_app, &app, early)?;
            app.watch_saved_pack();
            tauri::async_runtime::spawn(async move { app.resume_sync_after_first_screen().await });
            Ok(())
        })
        .invoke_handler(move |invoke| {
            let name = invoke.message.command().to_string();
            if polydesk_api::command(&name).is_none() {
                return false;
            }
            let args = match invoke.message.payload() {
                InvokeBody::Json(json) => json.clone(),
                InvokeBody::Raw(_) => serde_json::Value::Null,
            };
            let app = handler_app.clone();
            let resolver = invoke.resolver;
            tauri::async_runtime::spawn(async move {
                match polydesk_api::dispatch(app, &name, args).await {
                    Ok(value) => resolver.resolve(value),
                    Err(error) => resolver.reject(error),
                }
            });
            true
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("polydesk: the window could not start: {err}");
            std::process::exit(1);
        });
}
