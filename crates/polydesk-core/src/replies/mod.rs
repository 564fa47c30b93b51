//! Replies in the customer's language: the Fluent macro library, rendering, ICU4X
//! formatting and what the composer needs for a case. Which language to reply in is
//! decided in `crate::language`.

pub mod composer;
pub mod format;
pub mod library;
pub mod render;
pub mod syntax;

pub use composer::{
    reply_context, set_signature, signature, signatures, AgentSignature, ReplyContext,
};
pub use library::{MacroLibrary, MacroMeta, MacroPackStatus, MacroSummary, PackProblem};
pub use render::{RenderedReply, ReplyArgs};
