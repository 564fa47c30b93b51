//! The commands, by part of the app. Each is one `#[command]` function; registering it is
//! one line in `crate::COMMANDS`.

pub mod cases;
pub mod casework;
pub mod inbox;
pub mod replies;
pub mod sync;
