//! The support scenarios the demo inbox is made of, and what each implies for
//! routing (group, tags, priority) and for the money involved.

use rand::Rng;

use polydesk_core::domain::{CustomerKind, Priority};

/// What a case is about. Each scenario belongs to one kind of customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Creator: LIVE gifts / diamonds not credited after a stream.
    LiveGiftsMissing,
    /// Creator: payout or withdrawal delayed / pending.
    PayoutDelayed,
    /// Creator: stream interrupted, throttled or ended unexpectedly.
    StreamInterrupted,
    /// Creator: account restricted / LIVE ban, appeal.
    AccountRestricted,
    /// Seller: buyer opened a dispute on an order.
    OrderDispute,
    /// Seller: a refund (fees, shipping, return label) not received.
    RefundMissing,
    /// Seller: parcel stuck, carrier delays, missed pickups.
    ParcelStuck,
    /// Seller: listing removed for a policy violation.
    ListingRemoved,
    /// Viewer: coin recharge not credited.
    RechargeMissing,
}

impl Scenario {
    /// Every scenario, in declaration order.
    pub const ALL: [Scenario; 9] = [
        Scenario::LiveGiftsMissing,
        Scenario::PayoutDelayed,
        Scenario::StreamInterrupted,
        Scenario::AccountRestricted,
        Scenario::OrderDispute,
        Scenario::RefundMissing,
        Scenario::ParcelStuck,
        Scenario::ListingRemoved,
        Scenario::RechargeMissing,
    ];

    /// The kind of customer who writes in about this.
    pub fn kind(self) -> CustomerKind {
        match self {
            Scenario::LiveGiftsMissing
            | Scenario::PayoutDelayed
            | Scenario::StreamInterrupted
            | Scenario::AccountRestricted => CustomerKind::Creator,
            Scenario::OrderDispute
            | Scenario::RefundMissing
            | Scenario::ParcelStuck
            | Scenario::ListingRemoved => CustomerKind::Seller,
            Scenario::RechargeMissing => CustomerKind::Viewer,
        }
    }

    /// How often this comes in, relative to the other scenarios of the same customer kind.
    fn frequency(self) -> u32 {
        match self {
            Scenario::LiveGiftsMissing => 32,
            Scenario::PayoutDelayed => 28,
            Scenario::StreamInterrupted | Scenario::AccountRestricted => 20,
            Scenario::OrderDispute | Scenario::ParcelStuck => 25,
            Scenario::RefundMissing => 30,
            Scenario::ListingRemoved => 20,
            Scenario::RechargeMissing => 1,
        }
    }

    /// Pick a scenario for a customer of `kind`, weighted by how often each comes in.
    pub fn pick(rng: &mut impl Rng, kind: CustomerKind) -> Scenario {
        let weighted: Vec<(Scenario, u32)> = Scenario::ALL
            .iter()
            .filter(|s| s.kind() == kind)
            .map(|&s| (s, s.frequency()))
            .collect();
        pick_weighted(rng, &weighted)
    }

    /// Tags the CRM's triage puts on such a case; the first is the scenario's own.
    pub fn tags(self) -> &'static [&'static str] {
        match self {
            Scenario::LiveGiftsMissing => &["live-gifts", "diamonds"],
            Scenario::PayoutDelayed => &["payout", "withdrawal"],
            Scenario::StreamInterrupted => &["live-stream", "technical"],
            Scenario::AccountRestricted => &["appeal", "account-restriction"],
            Scenario::OrderDispute => &["order-dispute", "shop"],
            Scenario::RefundMissing => &["refund", "shop"],
            Scenario::ParcelStuck => &["logistics", "shop"],
            Scenario::ListingRemoved => &["policy", "listing"],
            Scenario::RechargeMissing => &["recharge", "coins"],
        }
    }

    /// The groups such a case gets routed to.
    pub fn groups(self) -> &'static [&'static str] {
        match self {
            Scenario::LiveGiftsMissing => &["Payments", "Tier 2", "Tier 1"],
            Scenario::PayoutDelayed => &["Payments", "Payments", "Tier 2"],
            Scenario::StreamInterrupted => &["Tier 1", "Tier 2"],
            Scenario::AccountRestricted => &["Trust & Safety", "Trust & Safety", "Tier 2"],
            Scenario::OrderDispute => &["Seller Support", "Seller Support", "Tier 1"],
            Scenario::RefundMissing => &["Payments", "Seller Support"],
            Scenario::ParcelStuck => &["Logistics", "Logistics", "Seller Support"],
            Scenario::ListingRemoved => &["Trust & Safety", "Seller Support"],
            Scenario::RechargeMissing => &["Payments", "Tier 1"],
        }
    }

    /// Base priority weights, in the order low, normal, high, urgent.
    fn priority_weights(self) -> [u32; 4] {
        match self {
            Scenario::AccountRestricted => [5, 30, 35, 30],
            Scenario::PayoutDelayed => [5, 45, 35, 15],
            Scenario::LiveGiftsMissing => [10, 50, 30, 10],
            Scenario::OrderDispute | Scenario::ParcelStuck => [15, 55, 25, 5],
            Scenario::StreamInterrupted | Scenario::ListingRemoved => [15, 55, 25, 5],
            Scenario::RefundMissing | Scenario::RechargeMissing => [20, 55, 20, 5],
        }
    }

    /// A priority for such a case; VIP creators and large sums are bumped one step.
    pub fn priority(self, rng: &mut impl Rng, bump: bool) -> Priority {
        let w = self.priority_weights();
        let base = pick_weighted(rng, &[(0usize, w[0]), (1, w[1]), (2, w[2]), (3, w[3])]);
        let level = if bump { (base + 1).min(3) } else { base };
        [
            Priority::Low,
            Priority::Normal,
            Priority::High,
            Priority::Urgent,
        ][level]
    }

    /// The sum of money the case is about, in US cents (converted per market later).
    pub fn amount_usd_cents(self, rng: &mut impl Rng) -> u64 {
        match self {
            Scenario::PayoutDelayed => {
                if rng.random_bool(0.3) {
                    rng.random_range(60_000..500_000)
                } else {
                    rng.random_range(5_000..60_000)
                }
            }
            Scenario::OrderDispute | Scenario::ParcelStuck => rng.random_range(800..25_000),
            Scenario::RefundMissing => rng.random_range(200..6_000),
            _ => rng.random_range(500..20_000),
        }
    }
}

/// Choose one item with probability proportional to its weight.
pub fn pick_weighted<T: Copy>(rng: &mut impl Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (item, weight) in items {
        if roll < *weight {
            return *item;
        }
        roll -= weight;
    }
    items[items.len() - 1].0
}
