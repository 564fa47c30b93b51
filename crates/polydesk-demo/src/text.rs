//! The shape of the demo's message templates, and slot filling.
//!
//! Templates contain `{slot}` placeholders (see [`Slots::get`]) that are filled per case.

use super::scenario::Scenario;
use super::{text_en, text_pt_br, text_pt_pt, text_zh_hans, text_zh_hant};
use polydesk_core::domain::ReplyLanguage;

/// What customers and agents write about one scenario, in one language.
pub struct ScenarioText {
    /// Case subjects.
    pub subjects: &'static [&'static str],
    /// The customer's first message.
    pub openings: &'static [&'static str],
    /// Later customer messages with new details.
    pub follow_ups: &'static [&'static str],
    /// Agent replies while the case is being worked (body only, no greeting/sign-off).
    pub replies: &'static [&'static str],
    /// Agent replies that resolve the case.
    pub resolutions: &'static [&'static str],
}

/// Everything the demo writes in one language.
pub struct LanguageText {
    /// Agent greeting line, with `{name}`.
    pub greeting: &'static str,
    /// Agent sign-off, with `{agent}`.
    pub sign_off: &'static str,
    /// Customer chasers with no new detail.
    pub nudges: &'static [&'static str],
    /// Customer thanks after a resolution.
    pub thanks: &'static [&'static str],
    /// Agent holding replies ("still with the team").
    pub updates: &'static [&'static str],
    /// Internal notes agents write in this language.
    pub notes: &'static [&'static str],
    /// LIVE gift names as shown in the app.
    pub gifts: &'static [&'static str],
    /// LIVE stream titles.
    pub streams: &'static [&'static str],
    /// Shop products.
    pub products: &'static [&'static str],
    /// Per-scenario templates.
    pub scenario: fn(Scenario) -> &'static ScenarioText,
}

/// The templates for `language`.
pub fn language_text(language: ReplyLanguage) -> &'static LanguageText {
    match language {
        ReplyLanguage::En => &text_en::TEXT,
        ReplyLanguage::PtBr => &text_pt_br::TEXT,
        ReplyLanguage::PtPt => &text_pt_pt::TEXT,
        ReplyLanguage::ZhHans => &text_zh_hans::TEXT,
        ReplyLanguage::ZhHant => &text_zh_hant::TEXT,
    }
}

/// The values a case's templates are filled with (already formatted for the market).
#[derive(Debug, Clone, Default)]
pub struct Slots {
    pub name: String,
    pub agent: String,
    pub order: String,
    pub amount: String,
    pub date: String,
    pub time: String,
    pub gift: String,
    pub diamonds: String,
    pub coins: String,
    pub stream: String,
    pub reference: String,
    pub tracking: String,
    pub carrier: String,
    pub product: String,
    pub days: String,
    pub hours: String,
    pub withdrawal: String,
}

impl Slots {
    /// The value of placeholder `{key}`, if it is one.
    pub fn get(&self, key: &str) -> Option<&str> {
        let value = match key {
            "name" => &self.name,
            "agent" => &self.agent,
            "order" => &self.order,
            "amount" => &self.amount,
            "date" => &self.date,
            "time" => &self.time,
            "gift" => &self.gift,
            "diamonds" => &self.diamonds,
            "coins" => &self.coins,
            "stream" => &self.stream,
            "ref" => &self.reference,
            "tracking" => &self.tracking,
            "carrier" => &self.carrier,
            "product" => &self.product,
            "days" => &self.days,
            "hours" => &self.hours,
            "withdrawal" => &self.withdrawal,
            _ => return None,
        };
        Some(value)
    }

    /// `template` with every known `{slot}` replaced; unknown ones are left as they are
    /// (the tests look for leftovers).
    pub fn fill(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after
                .find('}')
                .and_then(|close| Some((close, self.get(&after[..close])?)))
            {
                Some((close, value)) => {
                    out.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_slots_and_keeps_unknown_ones() {
        let slots = Slots {
            name: "Ana".into(),
            order: "5801".into(),
            ..Slots::default()
        };
        assert_eq!(
            slots.fill("Olá, {name}! Pedido {order}."),
            "Olá, Ana! Pedido 5801."
        );
        assert_eq!(slots.fill("{nope} {name}"), "{nope} Ana");
        assert_eq!(slots.fill("open { only"), "open { only");
    }
}
