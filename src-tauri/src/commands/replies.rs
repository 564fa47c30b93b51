//! Commands of the reply composer: macros, rendering, reply language, sending.

use std::path::PathBuf;

use chrono::Utc;
use polydesk_core::domain::ReplyLanguage;
use polydesk_core::replies::composer::AGENT_GENDER;
use polydesk_core::replies::{
    self, draft_language_mismatch, reply_context, AgentSignature, MacroPackStatus, MacroSummary,
    RenderedReply, ReplyArgs, ReplyContext,
};
use polydesk_core::reply_guard::{SeenCase, SendOutcome};
use polydesk_core::store::OutgoingReply;
use polydesk_core::workspace;
use polydesk_core::CoreError;
use tauri::{AppHandle, State};

use super::CmdResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_macros(
    state: State<'_, AppState>,
    lang: ReplyLanguage,
) -> CmdResult<Vec<MacroSummary>> {
    Ok(state.library()?.list(lang))
}

#[tauri::command]
pub async fn macro_pack_status(state: State<'_, AppState>) -> CmdResult<MacroPackStatus> {
    Ok(state.pack_status()?)
}

/// Choose (or clear, with `null`) the team macro pack folder; it is watched and reloaded.
#[tauri::command]
pub async fn set_macro_pack_dir(
    app: AppHandle,
    state: State<'_, AppState>,
    dir: Option<String>,
) -> CmdResult<MacroPackStatus> {
    Ok(state.set_pack_dir(&app, dir.map(PathBuf::from))?)
}

#[tauri::command]
pub async fn get_reply_context(
    state: State<'_, AppState>,
    case_id: String,
) -> CmdResult<ReplyContext> {
    Ok(state.with_store(|s| reply_context(s, &case_id))?)
}

#[tauri::command]
pub async fn set_reply_language(
    state: State<'_, AppState>,
    case_id: String,
    lang: ReplyLanguage,
) -> CmdResult<ReplyContext> {
    Ok(state.with_store(|s| {
        s.set_reply_language(&case_id, lang, Utc::now())?;
        reply_context(s, &case_id)
    })?)
}

#[tauri::command]
pub async fn render_reply(
    state: State<'_, AppState>,
    macro_id: String,
    lang: ReplyLanguage,
    args: ReplyArgs,
) -> CmdResult<RenderedReply> {
    Ok(state.library()?.render(&macro_id, lang, &args)?)
}

#[tauri::command]
pub async fn reply_signature(
    state: State<'_, AppState>,
    lang: ReplyLanguage,
    args: ReplyArgs,
) -> CmdResult<String> {
    let library = state.library()?;
    Ok(state.with_store(|s| replies::signature(s, &library, lang, &args))?)
}

/// The draft's own language when it differs from the reply language (null when it matches).
#[tauri::command]
pub async fn check_draft_language(text: String, lang: ReplyLanguage) -> CmdResult<Option<String>> {
    Ok(draft_language_mismatch(&text, lang))
}

#[tauri::command]
pub async fn send_reply(
    state: State<'_, AppState>,
    reply: OutgoingReply,
    seen: Option<SeenCase>,
    send_anyway: bool,
    macro_id: Option<String>,
) -> CmdResult<SendOutcome> {
    // The macro's own changes (status, tags) follow the reply to the CRM.
    let library = state.library()?;
    let then = macro_id
        .as_deref()
        .and_then(|id| library.meta(id))
        .map(workspace::macro_actions);
    let outcome = state.with_store(|s| {
        workspace::send_reply(
            s,
            &reply,
            seen.as_ref(),
            send_anyway,
            then.as_ref(),
            Utc::now(),
        )
    })?;
    state.sync.wake();
    Ok(outcome)
}

/// The agent's signature for every reply language (their own or the library's).
#[tauri::command]
pub async fn list_signatures(state: State<'_, AppState>) -> CmdResult<Vec<AgentSignature>> {
    let library = state.library()?;
    Ok(state.with_store(|s| replies::signatures(s, &library))?)
}

/// Set the agent's own signature for a reply language (blank text: use the library's).
#[tauri::command]
pub async fn set_signature(
    state: State<'_, AppState>,
    lang: ReplyLanguage,
    text: String,
) -> CmdResult<Vec<AgentSignature>> {
    let library = state.library()?;
    Ok(state.with_store(|s| {
        replies::set_signature(s, lang, &text)?;
        replies::signatures(s, &library)
    })?)
}

#[tauri::command]
pub async fn set_agent_gender(state: State<'_, AppState>, gender: String) -> CmdResult<()> {
    if !["female", "male", "unknown"].contains(&gender.as_str()) {
        return Err(
            CoreError::invalid_input(format!("'{gender}' is not female, male or unknown")).into(),
        );
    }
    Ok(state.with_store(|s| s.set_setting(AGENT_GENDER, &gender))?)
}

/// An amount (`1234.5`) in a currency (`BRL`) as the reply locale writes it.
#[tauri::command]
pub async fn format_money(
    amount: String,
    currency: String,
    lang: ReplyLanguage,
) -> CmdResult<String> {
    Ok(replies::format::format_money(&amount, &currency, lang)?)
}

/// A date (`2026-11-22`) as the reply locale writes it in a sentence.
#[tauri::command]
pub async fn format_date(date: String, lang: ReplyLanguage) -> CmdResult<String> {
    let parsed = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| {
        CoreError::invalid_input(format!("'{date}' is not a date (write it as YYYY-MM-DD)"))
    })?;
    Ok(replies::format::format_date(parsed, lang)?)
}
