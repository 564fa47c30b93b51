//! Reads from the cache: view pages and counts, one case with its thread, status.
//! No network on this path, ever.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension, Row};

use super::codec::{from_millis, to_millis};
use super::write::setting;
use super::Store;
use crate::domain::FieldChange;
use crate::domain::{Case, Customer, Message};
use crate::error::{CoreError, Result};
use crate::language::{self, UNDETERMINED};
use crate::merge::apply_changes;
use crate::read_model::{
    CaseDetail, CasePage, CaseSummary, CustomerRef, Draft, SeenCase, ViewCount,
};
use crate::views::{ViewOrder, ViewSlug, DUE_SOON_WINDOW_HOURS};

/// The most rows one page may ask for.
pub const MAX_PAGE: u32 = 500;

/// A view's filter as SQL over `cases c`, with its two parameters: the agent's name and
/// the view's horizon (see [`horizon`]; unused parameters are harmless).
pub(super) fn view_filter_sql(view: ViewSlug) -> &'static str {
    match view {
        ViewSlug::All => "1",
        ViewSlug::Mine => "c.assignee = ?1 AND c.unsolved = 1",
        ViewSlug::Unassigned => "c.assignee IS NULL AND c.unsolved = 1",
        ViewSlug::DueSoon => "c.active = 1 AND c.due_key <= ?2",
        ViewSlug::Pending => "c.status = 'pending'",
        ViewSlug::Solved => "c.done = 1",
        ViewSlug::Escalated => "c.escalation_due IS NOT NULL",
        ViewSlug::Breaching => "c.sla_next_due IS NOT NULL AND c.sla_next_due <= ?2",
    }
}

pub(super) fn view_order_sql(view: ViewSlug) -> &'static str {
    match view.order() {
        ViewOrder::UpdatedDesc => "c.updated_at DESC, c.id DESC",
        ViewOrder::SlaDueAsc => "c.due_key ASC, c.id ASC",
        ViewOrder::EscalationDueAsc => "c.escalation_due ASC, c.id ASC",
        ViewOrder::SlaNextDueAsc => "c.sla_next_due ASC, c.id ASC",
    }
}

/// How far ahead a view looks for due times: "Due soon" a day for the CRM's, "Breaching"
/// the policy's warning window.
fn horizon(view: ViewSlug, now: DateTime<Utc>, warning: Duration) -> i64 {
    to_millis(match view {
        ViewSlug::Breaching => now + warning,
        _ => now + Duration::hours(DUE_SOON_WINDOW_HOURS),
    })
}

impl Store {
    /// A list row with the agent's pending field changes on top.
    fn overlay_summary(&self, summary: &mut CaseSummary) -> Result<()> {
        let (changes, _) = self.pending_field_changes(&summary.id)?;
        for change in &changes {
            match change {
                FieldChange::Status { to, .. } => summary.status = *to,
                FieldChange::Priority { to, .. } => summary.priority = *to,
                FieldChange::Assignee { to, .. } => summary.assignee = to.clone(),
                FieldChange::Group { to, .. } => summary.group = to.clone(),
                FieldChange::Tags { .. } | FieldChange::Custom { .. } => {}
            }
        }
        Ok(())
    }

    fn agent(&self) -> Result<String> {
        Ok(self.setting(setting::AGENT_NAME)?.unwrap_or_default())
    }

    /// The data folder the cache lives in (the team's files sit beside it).
    pub(super) fn data_dir(&self) -> &std::path::Path {
        self.path.parent().unwrap_or(std::path::Path::new("."))
    }

    /// The name this workspace's agent writes under (the CRM user, else "Agent").
    pub fn agent_name(&self) -> Result<String> {
        Ok(self
            .setting(setting::AGENT_NAME)?
            .unwrap_or_else(|| "Agent".into()))
    }

    /// A window of a view, in the view's order.
    pub fn list_cases(
        &self,
        view: ViewSlug,
        offset: u32,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<CasePage> {
        if limit == 0 || limit > MAX_PAGE {
            return Err(CoreError::invalid_input(format!(
                "page size {limit} is out of range (1 to {MAX_PAGE})"
            )));
        }
        let horizon = horizon(view, now, self.sla.warning);
        let agent = self.agent()?;
        let sql = format!(
            "SELECT c.id, c.subject, c.status, c.priority,
                    coalesce((SELECT p.reply_language FROM case_prefs p WHERE p.case_id = c.id), c.reply_language),
                    c.customer_id,
                    cu.name, c.assignee, c.group_name, c.updated_at, c.sla_due_at,
                    EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = c.id),
                    (SELECT count(*) FROM outbox o WHERE o.case_id = c.id),
                    c.sla_next_due
             FROM cases c JOIN customers cu ON cu.id = c.customer_id
             WHERE {} ORDER BY {} LIMIT ?3 OFFSET ?4",
            view_filter_sql(view),
            view_order_sql(view)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut cases = stmt
            .query_map(params![agent, horizon, limit, offset], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for summary in cases.iter_mut().filter(|c| c.pending > 0) {
            self.overlay_summary(summary)?;
        }
        Ok(CasePage {
            view,
            total: self.count_view(view, &agent, horizon)?,
            offset,
            cases,
        })
    }

    /// A view's size, remembered until the next write (counting walks the view's index;
    /// the due-soon horizon is kept to the minute).
    fn count_view(&self, view: ViewSlug, agent: &str, horizon: i64) -> Result<u32> {
        let key = (view, horizon / 60_000);
        if let Some(n) = self.view_totals.borrow().get(&key) {
            return Ok(*n);
        }
        let n = self.count_view_uncached(view, agent, horizon)?;
        self.view_totals.borrow_mut().insert(key, n);
        Ok(n)
    }

    fn count_view_uncached(&self, view: ViewSlug, agent: &str, horizon: i64) -> Result<u32> {
        let sql = format!(
            "SELECT count(*) FROM cases c WHERE {}",
            view_filter_sql(view)
        );
        // Only the parameters the filter names may be bound.
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let n = match view {
            ViewSlug::Mine => stmt.query_row(params![agent], |r| r.get(0))?,
            ViewSlug::DueSoon | ViewSlug::Breaching => {
                stmt.query_row(params![rusqlite::types::Null, horizon], |r| r.get(0))?
            }
            _ => stmt.query_row([], |r| r.get(0))?,
        };
        Ok(n)
    }

    /// Every built-in view with its case count.
    pub fn view_counts(&self, now: DateTime<Utc>) -> Result<Vec<ViewCount>> {
        let agent = self.agent()?;
        ViewSlug::ALL
            .into_iter()
            .map(|slug| {
                Ok(ViewCount {
                    slug,
                    count: self.count_view(slug, &agent, horizon(slug, now, self.sla.warning))?,
                })
            })
            .collect()
    }

    /// One case with its thread (oldest first), the agent's draft, and their pending
    /// field changes shown on top of the synced values.
    pub fn case_detail(&self, id: &str) -> Result<CaseDetail> {
        let mut detail = self.case_detail_synced(id)?;
        show_message_languages(&mut detail.messages);
        let (changes, conflicts) = self.pending_field_changes(id)?;
        apply_changes(&mut detail.case, &changes);
        detail.pending_changes = changes;
        detail.conflicts = conflicts;
        detail.pending = self.pending_count(id)?;
        detail.seen = SeenCase::of(&detail.case, &detail.messages);
        detail.escalations = self.case_escalations(id)?;
        detail.root_cause = crate::root_cause::root_cause_of(&detail.case.tags).map(String::from);
        let now = Utc::now();
        (detail.customer_history, detail.repeat_of) = self.customer_history(&detail.case, now)?;
        detail.sla = self.case_sla(id, now)?;
        detail.risks = self
            .risk_rules
            .case_risks(&detail.messages, &detail.case.tags);
        Ok(detail)
    }

    /// How many outbox items a case has (replies, notes, field changes).
    fn pending_count(&self, id: &str) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached("SELECT count(*) FROM outbox WHERE case_id = ?1")?
            .query_row([id], |r| r.get(0))?)
    }

    /// The case as the CRM last sent it (no overlay), without its thread.
    pub(super) fn synced_case(&self, id: &str) -> Result<Case> {
        self.conn
            .prepare_cached(
                "SELECT c.id, c.source, c.crm_id, c.subject, c.status, c.priority, c.assignee,
                        c.group_name, c.tags, coalesce(p.reply_language, c.reply_language),
                        c.created_at, c.updated_at,
                        c.sla_due_at,
                        cu.id, cu.name, cu.handle, cu.email, cu.kind, cu.locale, cu.country,
                        c.custom_fields
                 FROM cases c JOIN customers cu ON cu.id = c.customer_id
                 LEFT JOIN case_prefs p ON p.case_id = c.id
                 WHERE c.id = ?1",
            )?
            .query_row([id], case_from_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("no case with id {id}")))
    }

    /// The case as the CRM last sent it (no overlay), with its thread and draft.
    fn case_detail_synced(&self, id: &str) -> Result<CaseDetail> {
        let case = self.synced_case(id)?;
        let messages = self
            .conn
            .prepare_cached(
                "SELECT id, case_id, author, direction, body_text, body_html, language, created_at, delivery,
                        attachments
                 FROM messages WHERE case_id = ?1 ORDER BY created_at, id",
            )?
            .query_map([id], |r| {
                Ok(Message {
                    id: r.get(0)?,
                    case_id: r.get(1)?,
                    author: r.get(2)?,
                    direction: r.get(3)?,
                    body_text: r.get(4)?,
                    body_html: r.get(5)?,
                    language: r.get(6)?,
                    created_at: from_millis(r.get(7)?),
                    delivery: r.get(8)?,
                    attachments: serde_json::from_str(&r.get::<_, String>(9)?).unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let draft = self
            .conn
            .prepare_cached("SELECT body, updated_at FROM drafts WHERE case_id = ?1")?
            .query_row([id], |r| {
                Ok(Draft {
                    case_id: id.to_string(),
                    body: r.get(0)?,
                    updated_at: from_millis(r.get(1)?),
                })
            })
            .optional()?;
        Ok(CaseDetail {
            seen: SeenCase::of(&case, &messages),
            case,
            messages,
            draft,
            pending: 0,
            pending_changes: Vec::new(),
            conflicts: Vec::new(),
            escalations: Vec::new(),
            root_cause: None,
            customer_history: Default::default(),
            repeat_of: Vec::new(),
            sla: None,
            risks: Vec::new(),
        })
    }

    /// Teams cases are routed to (with those `teams.toml` lists), and agents they are
    /// assigned to, as the cache knows them (choices for assigning and escalating),
    /// alphabetically.
    pub fn known_groups_and_assignees(&self) -> Result<(Vec<String>, Vec<String>)> {
        let list = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
        };
        let seen =
            list("SELECT DISTINCT group_name FROM cases WHERE group_name IS NOT NULL ORDER BY 1")?;
        Ok((
            crate::escalation::teams::merge_teams(seen, &self.teams),
            list("SELECT DISTINCT assignee FROM cases WHERE assignee IS NOT NULL ORDER BY 1")?,
        ))
    }

    /// How many cases the cache holds.
    pub fn case_count(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?)
    }
}

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        id: r.get(0)?,
        subject: r.get(1)?,
        status: r.get(2)?,
        priority: r.get(3)?,
        reply_language: r.get(4)?,
        customer: CustomerRef {
            id: r.get(5)?,
            name: r.get(6)?,
        },
        assignee: r.get(7)?,
        group: r.get(8)?,
        updated_at: from_millis(r.get(9)?),
        sla_due_at: r.get::<_, Option<i64>>(10)?.map(from_millis),
        has_draft: r.get(11)?,
        pending: r.get(12)?,
        sla_next_due: r.get::<_, Option<i64>>(13)?.map(from_millis),
    })
}

fn case_from_row(r: &Row<'_>) -> rusqlite::Result<Case> {
    let tags: String = r.get(8)?;
    Ok(Case {
        id: r.get(0)?,
        source: r.get(1)?,
        crm_id: r.get(2)?,
        subject: r.get(3)?,
        status: r.get(4)?,
        priority: r.get(5)?,
        assignee: r.get(6)?,
        group: r.get(7)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        reply_language: r.get(9)?,
        created_at: from_millis(r.get(10)?),
        updated_at: from_millis(r.get(11)?),
        sla_due_at: r.get::<_, Option<i64>>(12)?.map(from_millis),
        custom_fields: serde_json::from_str(&r.get::<_, String>(20)?).unwrap_or_default(),
        customer: Customer {
            id: r.get(13)?,
            name: r.get(14)?,
            handle: r.get(15)?,
            email: r.get(16)?,
            kind: r.get(17)?,
            locale: r.get(18)?,
            country: r.get(19)?,
        },
    })
}

/// Messages as the thread shows them: `und` (no language could be told) shows none. A
/// message written without a language (by an older Polydesk, or by a first sync whose
/// languages are still being told) gets one detected for display; reads never write.
fn show_message_languages(messages: &mut [Message]) {
    for m in messages.iter_mut() {
        let language = match m.language.take() {
            Some(l) => l,
            None => language::message_language(&m.body_text),
        };
        m.language = (language != UNDETERMINED).then_some(language);
    }
}
