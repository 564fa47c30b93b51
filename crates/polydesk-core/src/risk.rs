//! Risk prompts, pure: a customer's message that uses a configured term (a lawyer, a
//! consumer-protection body, the police, self-harm, a chargeback, the press) raises a
//! risk flag, named with the term it matched, so the agent is offered to escalate. The
//! rules are `risk-rules.toml` in the data folder, else the shipped ones
//! (`crates/polydesk-core/defaults/risk-rules.toml`).

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{Direction, Message};
use crate::error::{CoreError, Result};
use crate::escalation::RiskFlag;
use crate::search::{fold, is_cjk};

/// The file's name in the data folder.
pub const RULES_FILE: &str = "risk-rules.toml";
/// The rules Polydesk ships with.
pub const DEFAULT_RULES: &str = include_str!("../defaults/risk-rules.toml");

/// A term a message matched (or a tag that flags the customer), and the flag it raises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskMatch {
    pub flag: RiskFlag,
    /// The term as the rules write it, or the customer's tag.
    pub term: String,
    /// The customer's message it was found in; null for a customer flag (a tag).
    pub message_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    customer: Vec<CustomerRule>,
}

/// Case tags that flag the customer (Zendesk copies the customer's and their
/// organization's tags onto each of their tickets).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerRule {
    flag: RiskFlag,
    tags: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    flag: RiskFlag,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    pt: Vec<String>,
    #[serde(default)]
    zh: Vec<String>,
}

/// The team's risk rules: each term, folded for matching, with its flag.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskRules {
    terms: Vec<(RiskFlag, String, String)>,
    /// (flag, tag in lowercase) for customer flags.
    customer_tags: Vec<(RiskFlag, String)>,
}

fn invalid(what: impl std::fmt::Display) -> CoreError {
    CoreError::invalid_input(format!("{RULES_FILE}: {what}"))
}

impl RiskRules {
    /// Reads rules from TOML text; errors name the file and the problem.
    pub fn parse(text: &str) -> Result<RiskRules> {
        let file: RuleFile = toml::from_str(text).map_err(invalid)?;
        let mut terms = Vec::new();
        for rule in file.rule {
            for term in rule.en.iter().chain(&rule.pt).chain(&rule.zh) {
                let folded = fold(term.trim());
                if folded.is_empty() {
                    return Err(invalid(format!("a {} rule has an empty term", rule.flag)));
                }
                terms.push((rule.flag, term.trim().to_string(), folded));
            }
        }
        let mut customer_tags = Vec::new();
        for rule in file.customer {
            for tag in rule.tags {
                let tag = tag.trim().to_lowercase();
                if tag.is_empty() {
                    return Err(invalid(format!(
                        "a {} customer rule has an empty tag",
                        rule.flag
                    )));
                }
                customer_tags.push((rule.flag, tag));
            }
        }
        Ok(RiskRules {
            terms,
            customer_tags,
        })
    }

    /// What a case's rules match: the customer's messages (the first match of each flag,
    /// oldest message first), then the case's tags that flag the customer. The agent's
    /// own replies and notes are not read: quoting a rule's term is no risk.
    pub fn case_risks(&self, messages: &[Message], tags: &[String]) -> Vec<RiskMatch> {
        let mut found: Vec<RiskMatch> = Vec::new();
        for m in messages
            .iter()
            .filter(|m| m.direction == Direction::Inbound)
        {
            for (flag, term) in self.find(&m.body_text) {
                if !found.iter().any(|f| f.flag == flag) {
                    found.push(RiskMatch {
                        flag,
                        term: term.to_string(),
                        message_id: Some(m.id.clone()),
                    });
                }
            }
        }
        for (flag, tag) in &self.customer_tags {
            if !found.iter().any(|f| f.flag == *flag)
                && tags.iter().any(|t| t.to_lowercase() == *tag)
            {
                found.push(RiskMatch {
                    flag: *flag,
                    term: tag.clone(),
                    message_id: None,
                });
            }
        }
        found
    }

    /// The rules Polydesk ships with.
    pub fn shipped() -> RiskRules {
        RiskRules::parse(DEFAULT_RULES).expect("the shipped risk rules are valid")
    }

    /// The data folder's `risk-rules.toml`, else the shipped rules.
    pub fn load(data_dir: &Path) -> Result<RiskRules> {
        match std::fs::read_to_string(data_dir.join(RULES_FILE)) {
            Ok(text) => RiskRules::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(RiskRules::shipped()),
            Err(e) => Err(invalid(format!("cannot be read ({e})"))),
        }
    }

    /// The terms `text` uses, each flag once (its first term), in the rules' order.
    pub fn find(&self, text: &str) -> Vec<(RiskFlag, &str)> {
        let folded = fold(text);
        let mut found: Vec<(RiskFlag, &str)> = Vec::new();
        for (flag, term, needle) in &self.terms {
            if found.iter().any(|(f, _)| f == flag) {
                continue;
            }
            if contains_term(&folded, needle) {
                found.push((*flag, term.as_str()));
            }
        }
        found
    }
}

/// Whether `haystack` holds `needle` as whole words (Chinese: anywhere).
fn contains_term(haystack: &str, needle: &str) -> bool {
    if needle.chars().any(is_cjk) {
        return haystack.contains(needle);
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !is_cjk(c));
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        if !word(haystack[..start].chars().next_back()) && !word(haystack[end..].chars().next()) {
            return true;
        }
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_match_whole_words_without_case_or_accents_in_three_languages() {
        let rules = RiskRules::shipped();
        assert_eq!(
            rules.find("Vou entrar com uma AÇÃO JUDICIAL e falar com o Procon."),
            [(RiskFlag::Legal, "acao judicial")]
        );
        assert_eq!(
            rules.find("再不处理我就去12315投诉，还要找媒体曝光"),
            [
                (RiskFlag::Legal, "12315"),
                (RiskFlag::PublicAttention, "媒体")
            ]
        );
        assert_eq!(
            rules.find("I filed a chargeback and my lawyer will call."),
            [
                (RiskFlag::Legal, "lawyer"),
                (RiskFlag::CreatorRevenue, "chargeback")
            ]
        );
        assert_eq!(
            rules.find("Às vezes penso em me matar."),
            [(RiskFlag::Safety, "me matar")]
        );
        // Part of another word is no match: "courtesy" is not "court", "suer" not "sue".
        assert!(rules
            .find("Thanks for the courtesy, the pressure is off.")
            .is_empty());
        assert!(rules.find("Olá, meu pagamento atrasou.").is_empty());
    }

    #[test]
    fn mistakes_in_the_file_are_named() {
        let err = RiskRules::parse("[[rule]]\nflag = \"money\"\nen = [\"x\"]\n").unwrap_err();
        assert!(err.to_string().starts_with("risk-rules.toml:"), "{err}");
        assert!(err.to_string().contains("money"), "{err}");
        let err = RiskRules::parse("[[rule]]\nflag = \"legal\"\nen = [\" \"]\n").unwrap_err();
        assert!(err.to_string().contains("empty term"), "{err}");
        assert!(RiskRules::parse("[[rule]]\nflag = \"vip\"\nes = [\"x\"]\n").is_err());
    }

    fn message(id: &str, direction: Direction, text: &str) -> Message {
        Message {
            id: id.into(),
            case_id: "c".into(),
            author: "x".into(),
            direction,
            body_text: text.into(),
            body_html: None,
            language: None,
            created_at: chrono::DateTime::UNIX_EPOCH,
            delivery: crate::domain::Delivery::Sent,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn a_case_s_risks_come_from_the_customer_s_messages_and_tags() {
        let rules = RiskRules::shipped();
        let thread = [
            message(
                "m1",
                Direction::Inbound,
                "Meu repasse sumiu, vou chamar meu advogado.",
            ),
            message(
                "m2",
                Direction::Outbound,
                "Não precisa de advogado nem de imprensa.",
            ),
            message(
                "m3",
                Direction::Inbound,
                "Já falei com um jornalista e com outro advogado.",
            ),
        ];
        let tags = ["VIP-Creator".to_string(), "payout".to_string()];
        let found = rules.case_risks(&thread, &tags);
        let seen: Vec<(RiskFlag, &str, Option<&str>)> = found
            .iter()
            .map(|m| (m.flag, m.term.as_str(), m.message_id.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                (RiskFlag::Legal, "advogado", Some("m1")),
                (RiskFlag::PublicAttention, "jornalista", Some("m3")),
                (RiskFlag::Vip, "vip-creator", None),
            ],
            "the agent's reply quoting terms raises nothing; one match per flag"
        );
        assert!(rules.case_risks(&thread[1..2], &[]).is_empty());
        let err = RiskRules::parse("[[customer]]\nflag = \"vip\"\ntags = [\"\"]\n").unwrap_err();
        assert!(err.to_string().contains("empty tag"), "{err}");
    }
}
