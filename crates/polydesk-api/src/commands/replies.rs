//! Commands of the reply composer: macros, rendering, reply language, sending.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::Utc;
use polydesk_api_macros::command;
use polydesk_core::domain::{AgentGender, ReplyLanguage};
use polydesk_core::language::draft_language_mismatch;
use polydesk_core::read_model::SeenCase;
use polydesk_core::replies::{
    self, reply_context, AgentSignature, MacroPackStatus, MacroSummary, RenderedReply, ReplyArgs,
    ReplyContext,
};
use polydesk_core::reply_guard::SendOutcome;
use polydesk_core::store::{CaseEdit, OutgoingReply};
use polydesk_core::{workspace, CoreError};

use crate::error::ApiResult;
use crate::App;

/// Every macro, its title in `lang` (falling back along that locale's chain).
#[command]
pub async fn list_macros(app: &App, lang: ReplyLanguage) -> ApiResult<Vec<MacroSummary>> {
    Ok(app.library()?.list(lang))
}

/// The team macro pack in use, and any problems in its files.
#[command]
pub async fn macro_pack_status(app: &App) -> ApiResult<MacroPackStatus> {
    Ok(app.pack_status()?)
}

/// Use (or, with null, stop using) a team macro pack folder; it is watched and reloaded.
/// INVALID_INPUT if it is not a folder.
#[command]
pub async fn set_macro_pack_dir(app: &Arc<App>, dir: Option<String>) -> ApiResult<MacroPackStatus> {
    Ok(app.set_pack_dir(dir.map(PathBuf::from))?)
}

/// The reply language suggestion and the variables prefilled from the case and the agent.
#[command]
pub async fn get_reply_context(app: &App, case_id: String) -> ApiResult<ReplyContext> {
    Ok(app.with_store(|s| reply_context(s, &case_id))?)
}

/// The agent's choice of reply language for a case (it sticks over suggestions).
#[command]
pub async fn set_reply_language(
    app: &App,
    case_id: String,
    lang: ReplyLanguage,
) -> ApiResult<ReplyContext> {
    Ok(app.with_store(|s| {
        s.set_reply_language(&case_id, lang, Utc::now())?;
        reply_context(s, &case_id)
    })?)
}

/// Macro `macro_id` in `lang` (or the next locale of its fallback chain, reported in
/// `fallback`). TEMPLATE naming missing variables, INVALID_INPUT for an unknown macro.
#[command]
pub async fn render_reply(
    app: &App,
    macro_id: String,
    lang: ReplyLanguage,
    args: ReplyArgs,
) -> ApiResult<RenderedReply> {
    Ok(app.library()?.render(&macro_id, lang, &args)?)
}

/// The agent's signature in `lang`.
#[command]
pub async fn reply_signature(app: &App, lang: ReplyLanguage, args: ReplyArgs) -> ApiResult<String> {
    let library = app.library()?;
    Ok(app.with_store(|s| replies::signature(s, &library, lang, &args))?)
}

/// The draft's detected locale (or language) when it differs from `lang`; null when it
/// matches.
#[command]
pub async fn check_draft_language(
    _app: &App,
    text: String,
    lang: ReplyLanguage,
) -> ApiResult<Option<String>> {
    Ok(draft_language_mismatch(&text, lang))
}

/// Queue a reply or note: `queued` with the message (delivery `queued`; the draft is
/// cleared) — unless the case changed since `seen` (what the agent was looking at) and
/// `send_anyway` is false: then nothing is queued and `case-changed` lists what changed.
/// The status and tags of `macro_id` (the macro the reply was written with) are queued
/// with it, in the same transaction. A macro that solves the case is held to what solving
/// asks: ROOT_CAUSE_REQUIRED without a root cause, ESCALATION_OPEN without the open
/// escalation's outcome (nothing is queued); `root_cause` and `outcome` give them.
#[command]
pub async fn send_reply(
    app: &App,
    reply: OutgoingReply,
    seen: Option<SeenCase>,
    send_anyway: bool,
    macro_id: Option<String>,
    root_cause: Option<String>,
    outcome: Option<String>,
) -> ApiResult<SendOutcome> {
    let library = app.library()?;
    let then = macro_id
        .as_deref()
        .and_then(|id| library.meta(id))
        .map(|meta| CaseEdit {
            root_cause,
            outcome,
            ..workspace::macro_actions(meta)
        });
    let outcome = app.with_store(|s| {
        workspace::send_reply(
            s,
            &reply,
            seen.as_ref(),
            send_anyway,
            then.as_ref(),
            Utc::now(),
        )
    })?;
    app.sync.wake();
    Ok(outcome)
}

/// The agent's signature for every reply locale: their own text, and what replies end
/// with now.
#[command]
pub async fn list_signatures(app: &App) -> ApiResult<Vec<AgentSignature>> {
    let library = app.library()?;
    Ok(app.with_store(|s| replies::signatures(s, &library))?)
}

/// Set the agent's own signature in `lang` (blank: the library's). INVALID_INPUT over
/// 2,000 characters.
#[command]
pub async fn set_signature(
    app: &App,
    lang: ReplyLanguage,
    text: String,
) -> ApiResult<Vec<AgentSignature>> {
    let library = app.library()?;
    Ok(app.with_store(|s| {
        replies::set_signature(s, lang, &text)?;
        replies::signatures(s, &library)
    })?)
}

/// The agent's grammatical gender (Portuguese thanks agree with it).
#[command]
pub async fn set_agent_gender(app: &App, gender: AgentGender) -> ApiResult<()> {
    Ok(app.with_store(|s| workspace::set_agent_gender(s, gender))?)
}

/// An amount (`1234.5`) in a currency as the reply locale writes it.
#[command]
pub async fn format_money(
    _app: &App,
    amount: String,
    currency: replies::format::Currency,
    lang: ReplyLanguage,
) -> ApiResult<String> {
    Ok(replies::format::format_money(&amount, currency, lang)?)
}

/// A date (`2026-11-22`) as the reply locale writes it in a sentence.
#[command]
pub async fn format_date(_app: &App, date: String, lang: ReplyLanguage) -> ApiResult<String> {
    let parsed = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| {
        CoreError::invalid_input(format!("'{date}' is not a date (write it as YYYY-MM-DD)"))
    })?;
    Ok(replies::format::format_date(parsed, lang)?)
}
