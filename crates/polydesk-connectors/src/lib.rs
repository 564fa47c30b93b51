//! CRM connectors: each speaks one CRM's HTTP dialect and implements
//! `polydesk_core::sync::Connector`. They know HTTP, never SQLite.

pub mod http;
pub mod rt;
pub mod zendesk;
