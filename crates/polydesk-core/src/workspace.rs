//! Workspace-level actions over the cache: the status bar's facts and the demo workspace.

use chrono::{DateTime, Utc};

use crate::demo::{self, DEMO_AGENT, DEMO_CASES};
use crate::error::CoreError;
use crate::error::Result;
use crate::read_model::WorkspaceStatus;
use crate::reply_guard::{changes_since, SeenCase, SendOutcome};
use crate::store::{setting, CaseEdit, Store};
use crate::ui_language::{pick_ui_language, shipped, UI_LANGUAGES};

/// The `last_sync` value of a demo workspace.
pub const DEMO_SYNC_MARK: &str = "demo";

/// Seed used for the demo workspace, so every install shows the same inbox.
pub const DEMO_SEED: u64 = 20_261_122;

/// What the status bar shows. `os_locale` decides the UI language when the agent has
/// not chosen one.
pub fn status(store: &Store, os_locale: Option<&str>) -> Result<WorkspaceStatus> {
    let saved = store.setting(setting::UI_LANGUAGE)?;
    Ok(WorkspaceStatus {
        case_count: store.case_count()?,
        cache_bytes: store.size_on_disk(),
        last_sync: store.setting(setting::LAST_SYNC)?,
        agent_name: store.setting(setting::AGENT_NAME)?,
        ui_language: pick_ui_language(saved.as_deref(), os_locale).to_string(),
        agent_gender: store.setting(crate::replies::composer::AGENT_GENDER)?,
    })
}

/// Fill an empty cache with the demo workspace. A cache that already holds cases is left
/// as it is (the demo never overwrites real or earlier data). Returns how many cases
/// were written.
pub fn seed_demo(store: &mut Store, now: DateTime<Utc>) -> Result<usize> {
    if store.case_count()? > 0 {
        return Ok(0);
    }
    let records = demo::generate(DEMO_CASES, DEMO_SEED, now);
    store.put_case_records(&records)?;
    store.set_setting(setting::AGENT_NAME, DEMO_AGENT)?;
    store.set_setting(setting::LAST_SYNC, DEMO_SYNC_MARK)?;
    Ok(records.len())
}

/// The name this workspace's agent writes under (the CRM user, else "Agent").
pub fn agent_name(store: &Store) -> Result<String> {
    Ok(store
        .setting(setting::AGENT_NAME)?
        .unwrap_or_else(|| "Agent".into()))
}

/// Queue a reply or note written by this workspace's agent — unless the case changed
/// since they opened it (`seen`) and they have not said to send anyway: then nothing is
/// queued and the changes are returned for them to read first.
///
/// `then` holds the case changes of the macro the reply was written with (its status
/// and tags): they are queued right after the reply, so they reach the CRM after it.
pub fn send_reply(
    store: &mut Store,
    reply: &crate::store::OutgoingReply,
    seen: Option<&SeenCase>,
    send_anyway: bool,
    then: Option<&CaseEdit>,
    now: DateTime<Utc>,
) -> Result<SendOutcome> {
    let author = agent_name(store)?;
    if let (Some(seen), false) = (seen, send_anyway) {
        let current = store.case_detail(&reply.case_id)?;
        let changes = changes_since(seen, &current, &author);
        if !changes.is_empty() {
            return Ok(SendOutcome::CaseChanged { changes });
        }
    }
    let message = store.queue_reply(reply, &author, now)?;
    if let Some(edit) = then {
        store.queue_case_edit(&reply.case_id, edit, now)?;
    }
    Ok(SendOutcome::Queued { message })
}

/// The case changes a macro asks for when it is sent (see `locales/macros.toml`).
pub fn macro_actions(meta: &crate::replies::MacroMeta) -> CaseEdit {
    CaseEdit {
        status: meta.status,
        add_tags: meta.tags.clone(),
        ..CaseEdit::default()
    }
}

/// Escalate a case as this workspace's agent (see `Store::queue_escalation`).
pub fn escalate(
    store: &mut Store,
    escalation: &crate::store::Escalation,
    now: DateTime<Utc>,
) -> Result<crate::domain::Message> {
    let author = agent_name(store)?;
    store.queue_escalation(escalation, &author, now)
}

/// Save the agent's UI language choice (`en`, `pt-BR` or `zh-Hans`).
pub fn set_ui_language(store: &mut Store, tag: &str) -> Result<()> {
    let tag = shipped(tag).ok_or_else(|| {
        CoreError::invalid_input(format!(
            "'{tag}' is not a UI language Polydesk ships (choose one of: {})",
            UI_LANGUAGES.join(", ")
        ))
    })?;
    store.set_setting(setting::UI_LANGUAGE, tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn ui_language_choice_is_validated_and_persisted() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(
            status(&store, Some("pt_BR.UTF-8")).unwrap().ui_language,
            "pt-BR"
        );
        set_ui_language(&mut store, "zh-Hans").unwrap();
        assert_eq!(
            status(&store, Some("pt_BR.UTF-8")).unwrap().ui_language,
            "zh-Hans"
        );
        let err = set_ui_language(&mut store, "fr").unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
    }

    #[test]
    fn demo_seeds_an_empty_cache_once() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let written = seed_demo(&mut store, now).unwrap();
        assert!(written >= 300, "{written}");
        let st = status(&store, None).unwrap();
        assert_eq!(st.case_count as usize, written);
        assert_eq!(st.last_sync.as_deref(), Some(DEMO_SYNC_MARK));
        assert_eq!(st.agent_name.as_deref(), Some(DEMO_AGENT));
        assert_eq!(
            seed_demo(&mut store, now).unwrap(),
            0,
            "second seed is a no-op"
        );
        store.integrity_check().unwrap();
    }
}

#[cfg(test)]
mod reply_context_tests {
    use super::*;
    use crate::domain::ReplyLanguage;
    use crate::replies::{reply_context, SuggestionSource};
    use chrono::TimeZone;

    #[test]
    fn demo_cases_prefill_the_composer() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        seed_demo(
            &mut store,
            Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
        )
        .unwrap();
        let hit = &store.search("退款", 1).unwrap()[0];
        let ctx = reply_context(&store, &hit.case_id).unwrap();
        assert_eq!(
            ctx.args.0.get("agent_name").map(String::as_str),
            Some(DEMO_AGENT)
        );
        assert!(ctx.args.0.contains_key("customer_surname"));
        assert!(matches!(
            ctx.suggestion.language,
            ReplyLanguage::ZhHans | ReplyLanguage::ZhHant
        ));
        assert_eq!(ctx.suggestion.source, SuggestionSource::CustomerLocale);
        store
            .set_reply_language(&hit.case_id, ReplyLanguage::En, Utc::now())
            .unwrap();
        let ctx = reply_context(&store, &hit.case_id).unwrap();
        assert_eq!(
            (ctx.suggestion.language, ctx.suggestion.source),
            (ReplyLanguage::En, SuggestionSource::Agent)
        );
    }
}
