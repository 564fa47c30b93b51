//! Tauri commands: parse arguments, call the core, map its error to `{code, message}`.
//! Nothing here decides anything the core could decide.

pub mod cases;
pub mod inbox;
pub mod replies;
pub mod sync;

pub type CmdResult<T> = Result<T, polydesk_core::ErrorPayload>;
