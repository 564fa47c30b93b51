//! Choosing a case's reply language: a pure decision over what is known about the case.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::detect::{detect, portuguese_variety};
use super::locale::reply_language_for;
use crate::domain::ReplyLanguage;

/// Where a suggestion came from (shown to the agent beside the language switcher).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SuggestionSource {
    /// The agent chose it for this case; it sticks.
    Agent,
    /// The customer's locale in the CRM.
    CustomerLocale,
    /// Detected from the customer's messages.
    Detected,
    /// Nothing to go on: the case's current language.
    Current,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LanguageSuggestion {
    pub language: ReplyLanguage,
    pub source: SuggestionSource,
}

/// What the suggestion is made from.
pub struct CaseLanguageFacts<'a> {
    /// The agent's own choice for this case, if they made one.
    pub agent_choice: Option<ReplyLanguage>,
    pub customer_locale: Option<&'a str>,
    pub customer_country: Option<&'a str>,
    pub customer_phone: Option<&'a str>,
    /// The customer's messages, oldest first.
    pub inbound_texts: &'a [&'a str],
    pub current: ReplyLanguage,
}

/// In order: the agent's choice (sticky), the customer's locale, detection over the
/// customer's messages (with country and phone prefix breaking Brazil/Portugal ties),
/// else the current language.
pub fn suggest_reply_language(facts: &CaseLanguageFacts<'_>) -> LanguageSuggestion {
    let pick = |language, source| LanguageSuggestion { language, source };
    if let Some(choice) = facts.agent_choice {
        return pick(choice, SuggestionSource::Agent);
    }
    if let Some(lang) = facts
        .customer_locale
        .and_then(|l| reply_language_for(l, facts.customer_country).ok().flatten())
    {
        return pick(lang, SuggestionSource::CustomerLocale);
    }
    let text = facts.inbound_texts.join("\n");
    let detection = detect(&text);
    match detection.locale {
        Some(ReplyLanguage::PtBr) | Some(ReplyLanguage::PtPt) => {
            let variety = portuguese_variety(&text)
                .or_else(|| portugal_by_contact(facts))
                .unwrap_or(ReplyLanguage::PtBr);
            pick(variety, SuggestionSource::Detected)
        }
        Some(lang) => pick(lang, SuggestionSource::Detected),
        None => pick(facts.current, SuggestionSource::Current),
    }
}

fn portugal_by_contact(facts: &CaseLanguageFacts<'_>) -> Option<ReplyLanguage> {
    let country = facts
        .customer_country
        .map(|c| c.trim().to_ascii_uppercase());
    let phone = facts
        .customer_phone
        .map(|p| p.replace([' ', '-', '(', ')'], ""));
    match (country.as_deref(), phone.as_deref()) {
        (Some("PT"), _) => Some(ReplyLanguage::PtPt),
        (Some("BR"), _) => Some(ReplyLanguage::PtBr),
        (_, Some(p)) if p.starts_with("+351") || p.starts_with("00351") => {
            Some(ReplyLanguage::PtPt)
        }
        (_, Some(p)) if p.starts_with("+55") || p.starts_with("0055") => Some(ReplyLanguage::PtBr),
        _ => None,
    }
}

/// A draft whose own language differs from the case's reply language, if it does.
pub fn draft_language_mismatch(draft: &str, reply: ReplyLanguage) -> Option<String> {
    // Too short to judge reliably ("ok", "obrigado") is not flagged.
    if draft.split_whitespace().count() < 4
        && draft.chars().filter(|c| crate::search::is_cjk(*c)).count() < 6
    {
        return None;
    }
    let d = detect(draft);
    if d.language == "und" {
        return None;
    }
    let same = match d.locale {
        Some(l) => l.language_code() == reply.language_code() && (d.language != "zh" || l == reply),
        None => false,
    };
    (!same).then(|| match d.locale {
        Some(l) => l.as_str().to_string(),
        None => d.language,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReplyLanguage::*;

    fn facts<'a>(texts: &'a [&'a str]) -> CaseLanguageFacts<'a> {
        CaseLanguageFacts {
            agent_choice: None,
            customer_locale: None,
            customer_country: None,
            customer_phone: None,
            inbound_texts: texts,
            current: En,
        }
    }

    #[test]
    fn the_agents_choice_sticks() {
        let mut f = facts(&["我的退款还没有到账"]);
        f.agent_choice = Some(PtPt);
        f.customer_locale = Some("zh-CN");
        assert_eq!(
            suggest_reply_language(&f),
            LanguageSuggestion {
                language: PtPt,
                source: SuggestionSource::Agent
            }
        );
    }

    #[test]
    fn customer_locale_comes_before_detection() {
        let mut f = facts(&["I need help with my payout please"]);
        f.customer_locale = Some("zh-TW");
        assert_eq!(suggest_reply_language(&f).language, ZhHant);
        assert_eq!(
            suggest_reply_language(&f).source,
            SuggestionSource::CustomerLocale
        );
    }

    #[test]
    fn detection_with_country_and_phone_hints() {
        let texts = ["Não recebi o dinheiro da transferência"];
        let mut f = facts(&texts);
        assert_eq!(suggest_reply_language(&f).language, PtBr);
        f.customer_phone = Some("+351 912 345 678");
        assert_eq!(suggest_reply_language(&f).language, PtPt);
        f.customer_country = Some("BR");
        assert_eq!(suggest_reply_language(&f).language, PtBr);
        let texts = ["Estou a aguardar a encomenda há duas semanas"];
        assert_eq!(
            suggest_reply_language(&facts(&texts)),
            LanguageSuggestion {
                language: PtPt,
                source: SuggestionSource::Detected
            }
        );
    }

    #[test]
    fn spanish_or_nothing_keeps_the_current_language() {
        assert_eq!(
            suggest_reply_language(&facts(&["No recibí mi reembolso todavía"])).source,
            SuggestionSource::Current
        );
        assert_eq!(suggest_reply_language(&facts(&[])).language, En);
    }

    #[test]
    fn drafts_in_another_language_are_flagged() {
        assert_eq!(
            draft_language_mismatch(
                "Olá, já verificamos o seu pedido e o reembolso foi aprovado",
                En
            ),
            Some("pt-BR".into())
        );
        assert_eq!(
            draft_language_mismatch(
                "Olá, já verificamos o seu pedido e o reembolso foi aprovado",
                PtPt
            ),
            None
        );
        assert_eq!(
            draft_language_mismatch("您好，您的退款已经处理完毕，请注意查收", ZhHant),
            Some("zh-Hans".into())
        );
        assert_eq!(draft_language_mismatch("ok", ZhHans), None);
    }
}
