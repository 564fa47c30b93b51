//! What the core tells the UI without being asked: declared once here, sent by every host
//! (Tauri's event system, the test host's WebSocket) under the same names, and generated
//! as the TypeScript `Events` map.

use polydesk_sync::status::SyncStatus;
use serde_json::Value;

use crate::contract::{ts_type, TsTypes};

/// One kind of event: its name and its payload's TypeScript type.
#[derive(Clone, Copy)]
pub struct EventSpec {
    pub name: &'static str,
    pub docs: &'static str,
    pub payload: fn(&mut TsTypes) -> String,
}

macro_rules! events {
    ($( $(#[doc = $doc:literal])* $variant:ident = $name:literal : $payload:ty ),* $(,)?) => {
        /// An event for the UI.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Event {
            $( $(#[doc = $doc])* $variant($payload), )*
        }

        impl Event {
            /// The name the UI listens to.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Event::$variant(_) => $name, )*
                }
            }

            /// The payload as JSON (`null` for events without one).
            pub fn payload(&self) -> Value {
                match self {
                    $( Event::$variant(p) => serde_json::to_value(p).unwrap_or(Value::Null), )*
                }
            }
        }

        /// Every event, for the generated TypeScript.
        pub const EVENTS: &[EventSpec] = &[
            $( EventSpec {
                name: $name,
                docs: concat!($($doc, "\n",)*),
                payload: ts_type::<$payload>,
            }, )*
        ];
    };
}

events! {
    /// The sync status, whenever sync moves on.
    SyncStatus = "sync-status": SyncStatus,
    /// A pull changed cases in the cache: counts, lists and the open case may be stale.
    CasesChanged = "cases-changed": (),
    /// The team macro pack changed on disk (the library was reloaded).
    MacrosChanged = "macros-changed": (),
}
