//! The demo workspace: a realistic multilingual inbox generated deterministically by code.
//!
//! The inbox belongs to a support team of a live-streaming and shopping platform: creators
//! asking about LIVE gifts, payouts, interrupted streams and bans; sellers about disputes,
//! refunds, parcels and removed listings; viewers about coin recharges. Customers write in
//! Brazilian and European Portuguese, Simplified and Traditional Chinese and English.
//!
//! Everything comes from one seeded RNG, so the same `(count, seed, now)` always gives the
//! same cases. Module map: `scenario` (what cases are about), `market` (country
//! formats), `people` (names, team), `text_*` (templates per language), `thread`
//! (thread shape and timing), `compose` (writing messages), `html`; [`seed`] fills an
//! empty cache with it. Used by the app, the command line, the simulated CRM and the
//! benchmarks; the core itself knows nothing of it.

mod compose;
mod html;
mod market;
mod names;
mod people;
mod scenario;
mod text;
mod text_en;
mod text_pt_br;
mod text_pt_pt;
mod text_zh_hans;
mod text_zh_hant;
mod thread;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_text;

mod seed;
pub use seed::{seed, DEMO_SEED, DEMO_SYNC_MARK};

use chrono::{DateTime, Duration, Utc};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use compose::Composer;
use market::{digits, Market};
use polydesk_core::domain::{
    Case, CaseRecord, Customer, CustomerKind, Delivery, Direction, Message, ReplyLanguage, Status,
};
use scenario::{pick_weighted, Scenario};
use text::{language_text, Slots};

/// The agent the demo workspace belongs to (the `mine` view shows their open cases).
pub const DEMO_AGENT: &str = "Rita Lin";

/// How many cases the demo workspace holds.
pub const DEMO_CASES: usize = 320;

/// First CRM id of the demo cases.
const FIRST_CRM_ID: usize = 1001;

const LANGUAGE_WEIGHTS: &[(ReplyLanguage, u32)] = &[
    (ReplyLanguage::PtBr, 25),
    (ReplyLanguage::PtPt, 15),
    (ReplyLanguage::ZhHans, 20),
    (ReplyLanguage::ZhHant, 10),
    (ReplyLanguage::En, 30),
];

const STATUS_WEIGHTS: &[(Status, u32)] = &[
    (Status::New, 18),
    (Status::Open, 34),
    (Status::Pending, 16),
    (Status::OnHold, 8),
    (Status::Solved, 16),
    (Status::Closed, 8),
];

/// Coin packages viewers buy: (coins, price in US cents).
const COIN_PACKAGES: &[(u64, u64)] = &[
    (70, 99),
    (350, 499),
    (700, 999),
    (1_400, 1_999),
    (3_500, 4_999),
    (7_000, 9_999),
    (17_500, 24_999),
];

/// A customer of the demo, reused now and then for a second case.
struct Profile {
    customer: Customer,
    language: ReplyLanguage,
    market: Market,
    vip: bool,
    address_name: String,
    signature: Option<String>,
}

/// Generate `count` cases with their threads. Same `count`, `seed` and `now` -> same output.
pub fn generate(count: usize, seed: u64, now: DateTime<Utc>) -> Vec<CaseRecord> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut profiles: Vec<Profile> = Vec::new();
    (0..count)
        .map(|index| {
            let profile = pick_profile(&mut rng, &mut profiles);
            build_case(&mut rng, FIRST_CRM_ID + index, &profiles[profile], now)
        })
        .collect()
}

/// An existing customer (about one case in ten) or a new one; returns its index.
fn pick_profile(rng: &mut impl Rng, profiles: &mut Vec<Profile>) -> usize {
    let language = pick_weighted(rng, LANGUAGE_WEIGHTS);
    if rng.random_bool(0.1) {
        let known: Vec<usize> = (0..profiles.len())
            .filter(|&i| profiles[i].language == language)
            .collect();
        if let Some(&index) = known.choose(rng) {
            return index;
        }
    }
    let market = Market::pick(rng, language);
    let kind = pick_weighted(
        rng,
        &[
            (CustomerKind::Creator, 45),
            (CustomerKind::Seller, 40),
            (CustomerKind::Viewer, 15),
        ],
    );
    let who = people::identity(rng, market, kind);
    let customer = Customer {
        id: format!("demo-cust-{}", profiles.len() + 1),
        name: who.full_name,
        handle: Some(who.handle),
        email: who.email,
        kind,
        locale: Some(market.locale().to_string()),
        country: Some(market.country().to_string()),
    };
    let vip = kind == CustomerKind::Creator && rng.random_bool(0.18);
    profiles.push(Profile {
        customer,
        language,
        market,
        vip,
        address_name: who.address_name,
        signature: who.signature,
    });
    profiles.len() - 1
}

fn minutes(m: i64) -> Duration {
    Duration::minutes(m)
}

/// How long ago a case in `status` was opened (recent ones more likely while still open).
fn case_age(rng: &mut impl Rng, status: Status) -> Duration {
    const DAY: i64 = 24 * 60;
    let (low, high, skew) = match status {
        Status::New => (15, 2 * DAY, 1.5),
        Status::Open => (30, 21 * DAY, 1.6),
        Status::Pending => (2 * 60, 25 * DAY, 1.3),
        Status::OnHold => (6 * 60, 28 * DAY, 1.0),
        Status::Solved => (DAY, 30 * DAY, 1.0),
        Status::Closed => (7 * DAY, 30 * DAY - 1, 1.0),
    };
    let u: f64 = rng.random::<f64>().powf(skew);
    let secs = (low * 60) as f64 + u * ((high - low) * 60) as f64;
    Duration::seconds(secs as i64)
}

/// Time from the first to the last message of a thread of `size` messages.
fn thread_span(rng: &mut impl Rng, status: Status, age: Duration, size: usize) -> Duration {
    if size == 1 {
        return Duration::zero();
    }
    let span = match status {
        Status::New => minutes(rng.random_range(15..=24 * 60)),
        Status::Open | Status::Pending | Status::OnHold => {
            Duration::seconds((age.num_seconds() as f64 * rng.random_range(0.4..1.0)) as i64)
        }
        Status::Solved => minutes(rng.random_range(2 * 60..=6 * 24 * 60)),
        // Closed cases sat solved for a few days before closing.
        Status::Closed => {
            minutes(rng.random_range(2 * 60..=5 * 24 * 60)).min(age - Duration::days(4))
        }
    };
    span.max(minutes(15)).min(age)
}

/// When the next SLA target is breached: open work has a clock (some already breached),
/// waiting cases sometimes, finished ones never.
fn sla_due(
    rng: &mut impl Rng,
    status: Status,
    created: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    match status {
        Status::New | Status::Open => {
            let roll: u32 = rng.random_range(0..100);
            let due = match roll {
                0..=19 => now - minutes(rng.random_range(5..=180)),
                20..=64 => now + minutes(rng.random_range(10..=24 * 60)),
                _ => now + minutes(rng.random_range(24 * 60..=48 * 60)),
            };
            Some(if due > created {
                due
            } else {
                now + minutes(rng.random_range(30..=24 * 60))
            })
        }
        Status::Pending | Status::OnHold if rng.random_bool(0.5) => {
            Some(now + minutes(rng.random_range(60..=72 * 60)))
        }
        _ => None,
    }
}

/// Who the case is assigned to: the demo agent, a teammate, or nobody yet.
fn assignee(rng: &mut impl Rng, status: Status, language: ReplyLanguage) -> Option<String> {
    let roll: f64 = rng.random();
    match status {
        Status::New if roll < 0.1 => Some(DEMO_AGENT.to_string()),
        Status::New => None,
        _ if roll < 0.11 => None,
        _ if roll < 0.51 => Some(DEMO_AGENT.to_string()),
        _ => Some(people::colleague_for(rng, language).to_string()),
    }
}

/// The case's slot values, formatted for the customer's market and language.
/// Also returns the sum involved, in US cents.
fn slots(
    rng: &mut impl Rng,
    profile: &Profile,
    scenario: Scenario,
    created: DateTime<Utc>,
) -> (Slots, u64) {
    let market = profile.market;
    let text = language_text(profile.language);
    let (coins, package_price) = *COIN_PACKAGES.choose(rng).unwrap();
    let usd_cents = match scenario {
        Scenario::RechargeMissing => package_price,
        _ => scenario.amount_usd_cents(rng),
    };
    let amount = match scenario {
        Scenario::RechargeMissing => market.price(usd_cents),
        _ => market.money(usd_cents),
    };
    let event_date = (created - Duration::days(rng.random_range(0..=4))).date_naive();
    let slots = Slots {
        name: profile.address_name.clone(),
        agent: String::new(),
        order: format!("58{}", digits(rng, 11)),
        amount,
        date: market.date(event_date),
        time: market.clock(rng.random_range(17..=23), rng.random_range(0..12) * 5),
        gift: text.gifts.choose(rng).unwrap().to_string(),
        diamonds: market.count(rng.random_range(50..=6_000u64) * 10),
        coins: market.count(coins),
        stream: text.streams.choose(rng).unwrap().to_string(),
        reference: format!("ESC-{}", rng.random_range(1000..10_000)),
        tracking: market.tracking(rng),
        carrier: market.carrier(rng),
        product: text.products.choose(rng).unwrap().to_string(),
        days: rng.random_range(3..=14).to_string(),
        hours: ["24", "48", "72"].choose(rng).unwrap().to_string(),
        withdrawal: format!("WD{}", digits(rng, 10)),
    };
    (slots, usd_cents)
}

fn build_case(
    rng: &mut impl Rng,
    crm_id: usize,
    profile: &Profile,
    now: DateTime<Utc>,
) -> CaseRecord {
    let case_id = format!("demo-{crm_id}");
    let language = profile.language;
    let scenario = Scenario::pick(rng, profile.customer.kind);
    let status = pick_weighted(rng, STATUS_WEIGHTS);
    let age = case_age(rng, status);
    let created_at = now - age;
    let assignee = assignee(rng, status, language);

    let steps = thread::plan(rng, status);
    let span = thread_span(rng, status, age, steps.len());
    let times = thread::timestamps(rng, created_at, span, steps.len());

    let (slots, usd_cents) = slots(rng, profile, scenario, created_at);
    let mut composer = Composer::new(language, scenario, slots, profile.signature.clone());
    let subject = composer.subject(rng);

    // Who answers: the assignee, or whoever picked it up; sometimes a teammate wrote first.
    let primary = assignee
        .clone()
        .unwrap_or_else(|| people::colleague_for(rng, language).to_string());
    let first_replier = if steps.len() >= 4 && rng.random_bool(0.2) {
        people::colleague_for(rng, language).to_string()
    } else {
        primary.clone()
    };
    let mut replied = false;
    let mut messages = Vec::with_capacity(steps.len());
    for (k, (&step, &at)) in steps.iter().zip(&times).enumerate() {
        let direction = step.direction();
        let author = match direction {
            Direction::Inbound => profile.customer.name.clone(),
            Direction::Outbound if !replied => first_replier.clone(),
            Direction::Outbound => primary.clone(),
            Direction::Note if rng.random_bool(0.7) => primary.clone(),
            Direction::Note => {
                let team: Vec<&str> = std::iter::once(DEMO_AGENT)
                    .chain(people::COLLEAGUES.iter().map(|c| c.name))
                    .collect();
                team.choose(rng).unwrap().to_string()
            }
        };
        replied |= direction == Direction::Outbound;
        let (body_text, written_in) = composer.write(rng, step, &author);
        let html_chance = match direction {
            Direction::Outbound => 0.18,
            Direction::Inbound => 0.05,
            Direction::Note => 0.0,
        };
        let body_html = rng.random_bool(html_chance).then(|| {
            html::to_html(
                &body_text,
                &[&composer.slots.order, &composer.slots.reference],
            )
        });
        messages.push(Message {
            id: format!("{case_id}-{}", k + 1),
            case_id: case_id.clone(),
            author,
            direction,
            body_text,
            body_html,
            language: Some(written_in.as_str().to_string()),
            created_at: at,
            delivery: Delivery::Sent,
            attachments: Vec::new(),
        });
    }

    let escalated = messages
        .iter()
        .any(|m| m.body_text.contains(&composer.slots.reference));
    // Payouts above US$1,500 get looked at sooner.
    let high_value = scenario == Scenario::PayoutDelayed && usd_cents > 150_000;
    let priority = scenario.priority(rng, profile.vip || high_value);
    let mut group = *scenario.groups().choose(rng).unwrap();
    if escalated && group == "Tier 1" {
        group = "Tier 2";
    }
    let mut tags: Vec<String> = scenario.tags().iter().map(|t| t.to_string()).collect();
    if profile.vip {
        tags.push("vip-creator".to_string());
    }
    if escalated {
        tags.push("escalated".to_string());
    }
    tags.push(language.as_str().to_lowercase());

    let updated_at = messages.last().map(|m| m.created_at).unwrap_or(created_at);
    let sla_due_at = sla_due(rng, status, created_at, now);
    CaseRecord {
        case: Case {
            id: case_id,
            source: "demo".to_string(),
            crm_id: crm_id.to_string(),
            subject,
            status,
            priority,
            customer: profile.customer.clone(),
            assignee,
            group: Some(group.to_string()),
            tags,
            reply_language: language,
            created_at,
            updated_at,
            sla_due_at,
            custom_fields: Default::default(),
        },
        messages,
    }
}
