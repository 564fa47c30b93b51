//! SLA clocks: the team's targets per priority, the business calendar they count in, and
//! where each of a case's targets stands. Pure decisions (no cache, no clock): the time
//! now and the case's history come in as arguments.

pub mod calendar;
pub mod clock;
pub mod policy;

pub use calendar::{BusinessCalendar, OpeningHours};
pub use clock::{clocks, CaseHistory, SlaClocks, SlaSource, TargetClock, TargetState};
pub use policy::{SlaPolicy, Targets, DEFAULT_POLICY, POLICY_FILE};
