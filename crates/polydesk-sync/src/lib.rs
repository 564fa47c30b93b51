//! Background sync for the desktop app (and anything else that wants it): which CRM the
//! workspace is connected to, where its secret is kept, and the loop that pushes and
//! pulls — with reconnects, pausing and cancellation. No Tauri here: the shell passes
//! callbacks for what the UI should hear.

pub mod attachments;
pub mod connection;
pub mod credentials;
pub mod demo;
pub mod mapping;
pub mod runner;

pub use connection::{connect, test_connection, CrmConnection};
pub use runner::{SyncEvents, SyncHandle};
