//! Workspace-level actions over the cache: the status bar's facts, the agent's settings,
//! and what the agent does to a case as one action (send a reply with the macro's case
//! changes, escalate, follow up, resolve, solve).

use chrono::{DateTime, Utc};

use crate::domain::AgentGender;
use crate::error::Result;
use crate::language::{pick_ui_language, UiLanguage};
use crate::read_model::SeenCase;
use crate::read_model::WorkspaceStatus;
use crate::reply_guard::{changes_since, SendOutcome};
use crate::store::{setting, CaseEdit, Store};

/// What the status bar shows. `os_locale` decides the UI language when the agent has
/// not chosen one.
pub fn status(store: &Store, os_locale: Option<&str>) -> Result<WorkspaceStatus> {
    let saved = store.setting(setting::UI_LANGUAGE)?;
    Ok(WorkspaceStatus {
        case_count: store.case_count()?,
        cache_bytes: store.size_on_disk(),
        last_sync: store.setting(setting::LAST_SYNC)?,
        agent_name: store.setting(setting::AGENT_NAME)?,
        ui_language: pick_ui_language(saved.as_deref(), os_locale),
        agent_gender: agent_gender(store)?,
        file_problems: store.file_problems().to_vec(),
    })
}

/// The agent's grammatical gender, if they said.
pub fn agent_gender(store: &Store) -> Result<Option<AgentGender>> {
    Ok(store
        .setting(setting::AGENT_GENDER)?
        .and_then(|g| g.parse().ok()))
}

/// Save the agent's grammatical gender.
pub fn set_agent_gender(store: &mut Store, gender: AgentGender) -> Result<()> {
    store.set_setting(setting::AGENT_GENDER, gender.as_str())
}

/// The name this workspace's agent writes under (the CRM user, else "Agent").
pub fn agent_name(store: &Store) -> Result<String> {
    store.agent_name()
}

/// Queue a reply or note written by this workspace's agent — unless the case changed
/// since they opened it (`seen`) and they have not said to send anyway: then nothing is
/// queued and the changes are returned for them to read first.
///
/// `then` holds the case changes of the macro the reply was written with (its status
/// and tags): they are queued with the reply in one transaction, both or neither, and
/// reach the CRM after it.
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
    let message = store.queue_reply_with_edit(reply, then, &author, now)?;
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

/// Note a follow-up on a case's open escalation as this workspace's agent.
pub fn follow_up(
    store: &mut Store,
    follow_up: &crate::store::FollowUp,
    now: DateTime<Utc>,
) -> Result<crate::domain::Message> {
    let author = agent_name(store)?;
    store.follow_up_escalation(follow_up, &author, now)
}

/// Resolve an escalation with its outcome as this workspace's agent.
pub fn resolve_escalation(
    store: &mut Store,
    escalation_id: &str,
    outcome: &str,
    now: DateTime<Utc>,
) -> Result<crate::domain::Message> {
    let author = agent_name(store)?;
    store.resolve_escalation(escalation_id, outcome, &author, now)
}

/// Link two cases as this workspace's agent (see `Store::queue_link`).
pub fn link_cases(
    store: &mut Store,
    case_id: &str,
    other_id: &str,
    now: DateTime<Utc>,
) -> Result<crate::domain::Message> {
    let author = agent_name(store)?;
    store.queue_link(case_id, other_id, &author, now)
}

/// Merge a case into another as this workspace's agent (see `Store::queue_merge`).
pub fn merge_cases(
    store: &mut Store,
    case_id: &str,
    into_id: &str,
    now: DateTime<Utc>,
) -> Result<crate::domain::Message> {
    let author = agent_name(store)?;
    store.queue_merge(case_id, into_id, &author, now)
}

/// Solve a case as this workspace's agent (see `Store::solve_case`).
pub fn solve(
    store: &mut Store,
    solve: &crate::store::Solve,
    taxonomy: &crate::root_cause::Taxonomy,
    now: DateTime<Utc>,
) -> Result<Option<crate::domain::Message>> {
    let author = agent_name(store)?;
    store.solve_case(solve, taxonomy, &author, now)
}

/// Save the agent's UI language choice.
pub fn set_ui_language(store: &mut Store, language: UiLanguage) -> Result<()> {
    store.set_setting(setting::UI_LANGUAGE, language.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_language_choice_is_persisted_over_the_os_locale() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(
            status(&store, Some("pt_BR.UTF-8")).unwrap().ui_language,
            UiLanguage::PtBr
        );
        set_ui_language(&mut store, UiLanguage::ZhHans).unwrap();
        assert_eq!(
            status(&store, Some("pt_BR.UTF-8")).unwrap().ui_language,
            UiLanguage::ZhHans
        );
        assert_eq!(status(&store, None).unwrap().agent_gender, None);
        set_agent_gender(&mut store, AgentGender::Female).unwrap();
        assert_eq!(
            status(&store, None).unwrap().agent_gender,
            Some(AgentGender::Female)
        );
    }
}
