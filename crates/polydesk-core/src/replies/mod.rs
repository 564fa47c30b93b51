//! Replies in the customer's language: reply locales and fallback, the Fluent macro
//! library, rendering, ICU4X formatting, language detection and suggestion.

pub mod composer;
pub mod detect;
pub mod format;
pub mod library;
pub mod locale;
pub mod render;
pub mod suggest;
pub mod syntax;

pub use composer::{
    reply_context, set_signature, signature, signatures, AgentSignature, ReplyContext,
};
pub use detect::{detect, Detection};
pub use library::{MacroLibrary, MacroMeta, MacroPackStatus, MacroSummary, PackProblem};
pub use locale::{fallback_chain, parse_tag, reply_language_for};
pub use render::{RenderedReply, ReplyArgs};
pub use suggest::{
    draft_language_mismatch, suggest_reply_language, CaseLanguageFacts, LanguageSuggestion,
    SuggestionSource,
};
