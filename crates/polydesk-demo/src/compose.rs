//! Writing a thread's messages: picks templates for each step (without repeating one in
//! the same thread while fresh ones are left), fills the slots and wraps agent replies in
//! a greeting and a sign-off.

use rand::seq::IndexedRandom;
use rand::Rng;

use super::people::native_language;
use super::scenario::Scenario;
use super::text::{language_text, LanguageText, ScenarioText, Slots};
use super::text_en;
use super::thread::Step;
use polydesk_core::domain::ReplyLanguage;

/// Which template list a template came from (to avoid repeats within a thread).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pool {
    FollowUp,
    Nudge,
    Reply,
    Update,
    Resolution,
    Thanks,
    ScenarioNote,
    EnglishNote,
    NativeNote,
}

/// Writes the messages of one case.
pub struct Composer {
    language: ReplyLanguage,
    text: &'static LanguageText,
    scenario_text: &'static ScenarioText,
    scenario: Scenario,
    /// The case's slot values (`agent` is set per message).
    pub slots: Slots,
    /// How the customer signs, if they do.
    signature: Option<String>,
    used: Vec<(Pool, usize)>,
}

impl Composer {
    pub fn new(
        language: ReplyLanguage,
        scenario: Scenario,
        slots: Slots,
        signature: Option<String>,
    ) -> Composer {
        let text = language_text(language);
        Composer {
            language,
            text,
            scenario_text: (text.scenario)(scenario),
            scenario,
            slots,
            signature,
            used: Vec::new(),
        }
    }

    /// The case subject.
    pub fn subject(&self, rng: &mut impl Rng) -> String {
        self.slots
            .fill(self.scenario_text.subjects.choose(rng).unwrap())
    }

    /// A template from `list` not used yet in this thread, if any is left.
    fn fresh(
        &mut self,
        rng: &mut impl Rng,
        pool: Pool,
        list: &'static [&'static str],
    ) -> Option<&'static str> {
        let unused: Vec<usize> = (0..list.len())
            .filter(|i| !self.used.contains(&(pool, *i)))
            .collect();
        let index = *unused.choose(rng)?;
        self.used.push((pool, index));
        Some(list[index])
    }

    /// The first template of `list` not used yet in this thread (for lists that tell a
    /// story in order: first ask for details, then escalate).
    fn next_in_order(&mut self, pool: Pool, list: &'static [&'static str]) -> Option<&'static str> {
        let index = (0..list.len()).find(|i| !self.used.contains(&(pool, *i)))?;
        self.used.push((pool, index));
        Some(list[index])
    }

    /// A template from `list`, fresh if possible.
    fn any(
        &mut self,
        rng: &mut impl Rng,
        pool: Pool,
        list: &'static [&'static str],
    ) -> &'static str {
        match self.fresh(rng, pool, list) {
            Some(template) => template,
            None => list.choose(rng).unwrap(),
        }
    }

    /// The text of a customer or agent message for `step`, written by `author`
    /// (for notes: the language the note is written in, too).
    pub fn write(
        &mut self,
        rng: &mut impl Rng,
        step: Step,
        author: &str,
    ) -> (String, ReplyLanguage) {
        let (t, s) = (self.text, self.scenario_text);
        let body = match step {
            Step::Opening => {
                let opening = self.slots.fill(s.openings.choose(rng).unwrap());
                return (self.signed(rng, opening, 0.45), self.language);
            }
            Step::FollowUp => {
                let template = match self.fresh(rng, Pool::FollowUp, s.follow_ups) {
                    Some(template) => template,
                    None => self.any(rng, Pool::Nudge, t.nudges),
                };
                let text = self.slots.fill(template);
                return (self.signed(rng, text, 0.2), self.language);
            }
            Step::Nudge => {
                let template = self.any(rng, Pool::Nudge, t.nudges);
                return (self.slots.fill(template), self.language);
            }
            Step::Thanks => {
                let template = self.any(rng, Pool::Thanks, t.thanks);
                return (self.slots.fill(template), self.language);
            }
            Step::Note => return self.note(rng, author),
            Step::Reply => match self.next_in_order(Pool::Reply, s.replies) {
                Some(template) => template,
                None => self.any(rng, Pool::Update, t.updates),
            },
            Step::Update => match self.fresh(rng, Pool::Update, t.updates) {
                Some(template) => template,
                None => self.any(rng, Pool::Reply, s.replies),
            },
            Step::Resolution => self.any(rng, Pool::Resolution, s.resolutions),
        };
        self.slots.agent = author.to_string();
        let text = format!(
            "{}\n\n{}\n\n{}",
            self.slots.fill(t.greeting),
            self.slots.fill(body),
            self.slots.fill(t.sign_off)
        );
        (text, self.language)
    }

    /// `text`, signed with the customer's name with probability `p` (if they sign at all).
    fn signed(&self, rng: &mut impl Rng, text: String, p: f64) -> String {
        match &self.signature {
            Some(name) if rng.random_bool(p) => format!("{text}\n\n{name}"),
            _ => text,
        }
    }

    /// An internal note: in English, or now and then in the author's own language when
    /// that is the case's language.
    fn note(&mut self, rng: &mut impl Rng, author: &str) -> (String, ReplyLanguage) {
        if native_language(author) == Some(self.language) && rng.random_bool(0.35) {
            let template = self.any(rng, Pool::NativeNote, self.text.notes);
            return (self.slots.fill(template), self.language);
        }
        let scenario_notes = text_en::scenario_notes(self.scenario);
        let template = if rng.random_bool(0.65) {
            self.fresh(rng, Pool::ScenarioNote, scenario_notes)
        } else {
            None
        };
        let template = match template {
            Some(template) => template,
            None => self.any(rng, Pool::EnglishNote, text_en::TEXT.notes),
        };
        (self.slots.fill(template), ReplyLanguage::En)
    }
}
