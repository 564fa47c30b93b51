//! How an RT instance's own vocabulary maps onto Polydesk's: lifecycle statuses, the
//! 0–100 priority scale, and which custom fields carry order ids, creator ids, the
//! customer's kind and tags. Every RT site configures these differently, so nothing here
//! is hard-wired in the connector.

use std::collections::BTreeMap;
use std::time::Duration;

use polydesk_core::domain::{CustomerKind, Priority, Status};
use serde::{Deserialize, Serialize};

/// RT's priority (0–100) as Polydesk's four levels, and the number sent for each level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PriorityScale {
    /// Priorities at or above this are `normal` (below: `low`).
    pub normal_from: i64,
    pub high_from: i64,
    pub urgent_from: i64,
    /// The number written to RT for each level (RT's own names: Low 0, Medium 50, High 100).
    pub low: i64,
    pub normal: i64,
    pub high: i64,
    pub urgent: i64,
}

impl Default for PriorityScale {
    fn default() -> Self {
        PriorityScale {
            normal_from: 25,
            high_from: 65,
            urgent_from: 90,
            low: 0,
            normal: 50,
            high: 75,
            urgent: 100,
        }
    }
}

impl PriorityScale {
    pub fn level(&self, rt_priority: i64) -> Priority {
        if rt_priority >= self.urgent_from {
            Priority::Urgent
        } else if rt_priority >= self.high_from {
            Priority::High
        } else if rt_priority >= self.normal_from {
            Priority::Normal
        } else {
            Priority::Low
        }
    }

    pub fn value(&self, level: Priority) -> i64 {
        match level {
            Priority::Low => self.low,
            Priority::Normal => self.normal,
            Priority::High => self.high,
            Priority::Urgent => self.urgent,
        }
    }
}

/// The mapping between one RT site and Polydesk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RtConfig {
    /// RT status -> Polydesk status. Statuses not listed (custom lifecycles) read as
    /// `open`; `deleted` tickets leave the cache whatever this says.
    pub statuses: BTreeMap<String, Status>,
    /// Polydesk status -> the RT status written for it. A status without an entry
    /// cannot be set in RT (the change is rejected, naming it).
    pub statuses_out: BTreeMap<Status, String>,
    pub priority: PriorityScale,
    /// RT custom field name -> Polydesk key in `Case::custom_fields`.
    pub custom_fields: BTreeMap<String, String>,
    /// A custom field holding `creator`, `seller` or `viewer`, read first.
    pub kind_field: Option<String>,
    /// Otherwise the customer's kind follows the queue; unlisted queues mean `viewer`.
    pub kind_by_queue: BTreeMap<String, CustomerKind>,
    /// RT has no tags: a multi-value custom field stands in for them. Without one (or
    /// on a queue the field is not applied to), tag changes are rejected.
    pub tags_field: Option<String>,
    /// Clock difference tolerated between this computer and RT when looking for a
    /// reply whose answer was lost.
    #[serde(with = "secs")]
    pub find_slack: Duration,
}

mod secs {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::time::Duration;

    pub fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u64(d.as_secs())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        u64::deserialize(d).map(Duration::from_secs)
    }
}

impl Default for RtConfig {
    fn default() -> Self {
        let statuses = [
            ("new", Status::New),
            ("open", Status::Open),
            ("stalled", Status::OnHold),
            ("resolved", Status::Solved),
            ("rejected", Status::Closed),
        ];
        let out = [
            (Status::New, "new"),
            (Status::Open, "open"),
            (Status::OnHold, "stalled"),
            (Status::Solved, "resolved"),
            (Status::Closed, "rejected"),
        ];
        RtConfig {
            statuses: statuses.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            statuses_out: out.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            priority: PriorityScale::default(),
            custom_fields: [("Order ID", "order_id"), ("Creator ID", "creator_id")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            kind_field: Some("Customer Kind".into()),
            kind_by_queue: BTreeMap::new(),
            tags_field: Some("Tags".into()),
            find_slack: Duration::from_secs(10 * 60),
        }
    }
}

impl RtConfig {
    /// The Polydesk status of an RT status; `None` for `deleted`.
    pub fn status(&self, rt_status: &str) -> Option<Status> {
        if rt_status == "deleted" {
            return None;
        }
        Some(
            self.statuses
                .get(rt_status)
                .copied()
                .unwrap_or(Status::Open),
        )
    }

    /// Why the configuration cannot work, if it cannot: every level written must read
    /// back as itself, and every status written must read back as itself.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for level in Priority::ALL {
            let value = self.priority.value(*level);
            if self.priority.level(value) != *level {
                out.push(format!(
                    "priority {level} is written as {value}, which reads back as {}",
                    self.priority.level(value)
                ));
            }
        }
        for (status, rt) in &self.statuses_out {
            if self.status(rt) != Some(*status) {
                out.push(format!(
                    "status {status} is written as '{rt}', which does not read back as {status}"
                ));
            }
        }
        out
    }
}
