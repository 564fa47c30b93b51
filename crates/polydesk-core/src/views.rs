//! Built-in case views: which cases each shows and in what order.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};

/// A built-in view of the case list. The slug is its stable name (CLI, settings, UI ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ViewSlug {
    All,
    Mine,
    Unassigned,
    DueSoon,
    Pending,
    Solved,
    /// Cases with an open escalation, the soonest due first.
    Escalated,
    /// Cases past an SLA target or due within the policy's warning window, the soonest
    /// due first.
    Breaching,
}

/// How a view orders its cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewOrder {
    /// Most recently updated first.
    UpdatedDesc,
    /// Earliest SLA breach first (cases without a clock last).
    SlaDueAsc,
    /// The open escalation due soonest first.
    EscalationDueAsc,
    /// The SLA target (policy or CRM) due soonest first.
    SlaNextDueAsc,
}

/// How long ahead "Due soon" looks for SLA breaches (already breached ones included).
pub const DUE_SOON_WINDOW_HOURS: i64 = 24;

impl ViewSlug {
    pub const ALL: [ViewSlug; 8] = [
        ViewSlug::All,
        ViewSlug::Mine,
        ViewSlug::Unassigned,
        ViewSlug::DueSoon,
        ViewSlug::Pending,
        ViewSlug::Solved,
        ViewSlug::Escalated,
        ViewSlug::Breaching,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ViewSlug::All => "all",
            ViewSlug::Mine => "mine",
            ViewSlug::Unassigned => "unassigned",
            ViewSlug::DueSoon => "due-soon",
            ViewSlug::Pending => "pending",
            ViewSlug::Solved => "solved",
            ViewSlug::Escalated => "escalated",
            ViewSlug::Breaching => "breaching",
        }
    }

    /// The English name; the UI shows the localized `view-<slug>` message instead.
    pub fn english_name(self) -> &'static str {
        match self {
            ViewSlug::All => "All",
            ViewSlug::Mine => "My open",
            ViewSlug::Unassigned => "Unassigned",
            ViewSlug::DueSoon => "Due soon",
            ViewSlug::Pending => "Pending",
            ViewSlug::Solved => "Solved",
            ViewSlug::Escalated => "Escalated",
            ViewSlug::Breaching => "Breaching SLA",
        }
    }

    pub fn order(self) -> ViewOrder {
        match self {
            ViewSlug::Mine | ViewSlug::Unassigned | ViewSlug::DueSoon => ViewOrder::SlaDueAsc,
            ViewSlug::All | ViewSlug::Pending | ViewSlug::Solved => ViewOrder::UpdatedDesc,
            ViewSlug::Escalated => ViewOrder::EscalationDueAsc,
            ViewSlug::Breaching => ViewOrder::SlaNextDueAsc,
        }
    }
}

impl crate::choice::Choice for ViewSlug {
    fn all() -> &'static [Self] {
        &Self::ALL
    }
    fn text(self) -> &'static str {
        self.as_str()
    }
}

impl std::str::FromStr for ViewSlug {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self> {
        ViewSlug::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                let known: Vec<&str> = ViewSlug::ALL.iter().map(|v| v.as_str()).collect();
                CoreError::invalid_input(format!(
                    "unknown view '{s}' (expected one of: {})",
                    known.join(", ")
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_unknown_is_rejected() {
        for v in ViewSlug::ALL {
            assert_eq!(v.as_str().parse::<ViewSlug>().unwrap(), v);
        }
        let err = "overdue".parse::<ViewSlug>().unwrap_err();
        assert!(err.to_string().contains("unknown view 'overdue'"), "{err}");
    }
}
