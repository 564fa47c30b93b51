//! The customer's history beside a case: their other cases from the cache (open ones
//! first, then the most recent solved ones, with root cause and outcome), how many cases
//! and escalations they had in the last 90 days, and which earlier cases make this one a
//! repeat complaint or are likely the same request (`repeats`).

use super::codec::{from_millis, to_millis};
use super::Store;
use crate::domain::{Case, Status};
use crate::error::Result;
use crate::read_model::{CustomerHistory, HistoryCase};
use crate::repeats::{likely_duplicate, repeat_reason, CaseFacts, REPEAT_WINDOW_DAYS};
use crate::root_cause::root_cause_of;
use chrono::{DateTime, Duration, Utc};
use rusqlite::params;

/// How many of the customer's other cases the panel lists.
pub const HISTORY_SHOWN: usize = 20;
/// The span the panel's counts cover.
pub const HISTORY_COUNT_DAYS: i64 = 90;

fn order_id(case_fields: &std::collections::BTreeMap<String, String>) -> Option<&str> {
    case_fields.get("order_id").map(String::as_str)
}

impl Store {
    /// The history of `case`'s customer as of `now`, and the earlier cases `case`
    /// repeats (newest first).
    pub fn customer_history(
        &self,
        case: &Case,
        now: DateTime<Utc>,
    ) -> Result<(CustomerHistory, Vec<String>)> {
        let customer = &case.customer.id;
        let since = to_millis(now - Duration::days(HISTORY_COUNT_DAYS));
        let cases_90d = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM cases WHERE customer_id = ?1 AND created_at >= ?2",
            )?
            .query_row(params![customer, since], |r| r.get(0))?;
        let escalations_90d = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM escalations e JOIN cases c ON c.id = e.case_id
                 WHERE c.customer_id = ?1 AND e.created_at >= ?2",
            )?
            .query_row(params![customer, since], |r| r.get(0))?;
        let this = CaseFacts {
            id: &case.id,
            subject: &case.subject,
            created_at: case.created_at,
            root_cause: root_cause_of(&case.tags),
            order_id: order_id(&case.custom_fields),
        };
        let window = Duration::days(REPEAT_WINDOW_DAYS);
        let linked_to = self.linked_crm_ids(&case.id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, subject, status, created_at, updated_at, tags, custom_fields, crm_id
             FROM cases WHERE customer_id = ?1 AND id <> ?2 ORDER BY updated_at DESC LIMIT 200",
        )?;
        let rows = stmt.query_map(params![customer, case.id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Status>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
            ))
        })?;
        let mut cases = Vec::new();
        for row in rows {
            let (id, subject, status, created_at, updated_at, tags, fields, crm_id) = row?;
            let tags: Vec<String> = serde_json::from_str(&tags).unwrap_or_default();
            let fields: std::collections::BTreeMap<String, String> =
                serde_json::from_str(&fields).unwrap_or_default();
            let earlier = CaseFacts {
                id: &id,
                subject: &subject,
                created_at: from_millis(created_at),
                root_cause: root_cause_of(&tags),
                order_id: order_id(&fields),
            };
            let repeat = repeat_reason(&this, &earlier, window);
            let duplicate =
                likely_duplicate(&this, &earlier, case.status.is_open() && status.is_open());
            let root_cause = root_cause_of(&tags).map(String::from);
            cases.push(HistoryCase {
                repeat,
                duplicate,
                linked: linked_to.contains(&crm_id),
                root_cause,
                subject: subject.clone(),
                status,
                created_at: from_millis(created_at),
                updated_at: from_millis(updated_at),
                outcome: None,
                escalated: false,
                id,
            });
        }
        let repeat_of: Vec<String> = cases
            .iter()
            .filter(|c| c.repeat.is_some())
            .map(|c| c.id.clone())
            .collect();
        // Open ones first; the sort is stable, so each part stays newest first.
        cases.sort_by_key(|c| !c.status.is_open());
        cases.truncate(HISTORY_SHOWN);
        for c in &mut cases {
            let escalations = self.case_escalations(&c.id)?;
            c.escalated = !escalations.is_empty();
            c.outcome = escalations.into_iter().rev().find_map(|e| e.outcome);
        }
        let history = CustomerHistory {
            cases,
            cases_90d,
            escalations_90d,
        };
        Ok((history, repeat_of))
    }
}
