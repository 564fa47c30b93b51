//! What the reply composer needs for one case: the reply language suggestion, variables
//! prefilled from the case, and the final text with the agent's signature.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::library::MacroLibrary;
use super::render::ReplyArgs;
use crate::domain::{Direction, ReplyLanguage};
use crate::error::Result;
use crate::language::{suggest_reply_language, CaseLanguageFacts, LanguageSuggestion};
use crate::read_model::CaseDetail;
use crate::store::{setting, Store};

/// Prefix of per-language signature overrides (`signature.pt-BR`).
pub const SIGNATURE_PREFIX: &str = "signature.";

/// Everything the composer shows when a case opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReplyContext {
    pub suggestion: LanguageSuggestion,
    /// Variables prefilled from the case and the agent's profile.
    pub args: ReplyArgs,
}

/// The reply language suggestion and prefilled variables for a case.
pub fn reply_context(store: &Store, case_id: &str) -> Result<ReplyContext> {
    let detail = store.case_detail(case_id)?;
    let inbound: Vec<&str> = detail
        .messages
        .iter()
        .filter(|m| m.direction == Direction::Inbound)
        .map(|m| m.body_text.as_str())
        .collect();
    let customer = &detail.case.customer;
    let suggestion = suggest_reply_language(&CaseLanguageFacts {
        agent_choice: store.reply_language_choice(case_id)?,
        customer_locale: customer.locale.as_deref(),
        customer_country: customer.country.as_deref(),
        customer_phone: None,
        inbound_texts: &inbound,
        current: detail.case.reply_language,
    });
    Ok(ReplyContext {
        suggestion,
        args: prefill(store, &detail)?,
    })
}

fn prefill(store: &Store, detail: &CaseDetail) -> Result<ReplyArgs> {
    let mut args = ReplyArgs::default();
    let name = detail.case.customer.name.trim();
    let (first, surname) = split_name(name);
    args.set("customer_name", name)
        .set("customer_first_name", first)
        .set("customer_surname", surname)
        .set("customer_gender", "unknown")
        .set("formality", "formal")
        .set("case_ref", detail.case.crm_id.clone());
    if let Some(agent) = store.setting(setting::AGENT_NAME)? {
        args.set("agent_name", agent);
    }
    args.set(
        "agent_gender",
        store
            .setting(setting::AGENT_GENDER)?
            .unwrap_or_else(|| "unknown".into()),
    );
    if let Some(order) = detail
        .messages
        .iter()
        .filter(|m| m.direction == Direction::Inbound)
        .find_map(|m| order_number(&m.body_text))
        .or_else(|| order_number(&detail.case.subject))
    {
        args.set("order_id", order);
    }
    if let Some(team) = &detail.case.group {
        args.set("team", team.clone());
    }
    Ok(args)
}

/// Given name and family name. Chinese names are family name first, without spaces.
pub fn split_name(name: &str) -> (String, String) {
    if name.chars().all(|c| crate::search::is_cjk(c) || c == '·') && name.chars().count() >= 2 {
        let mut chars = name.chars();
        let surname: String = chars.next().into_iter().collect();
        return (chars.collect(), surname);
    }
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or(name).to_string();
    let last = name.split_whitespace().last().unwrap_or(name).to_string();
    (first, last)
}

/// The first run of 10 to 16 digits: the form order numbers take on the platform.
pub fn order_number(text: &str) -> Option<String> {
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            if (10..=16).contains(&run.len()) {
                return Some(run);
            }
            run.clear();
        }
    }
    None
}

/// The agent's own signature for each reply language (empty: the library's is used).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgentSignature {
    pub language: ReplyLanguage,
    /// The agent's own text; `None` when the library's signature is used.
    pub custom: Option<String>,
    /// What replies in this language end with now.
    pub effective: String,
}

/// Every reply language's signature as the agent will send it.
pub fn signatures(store: &Store, library: &MacroLibrary) -> Result<Vec<AgentSignature>> {
    let mut args = ReplyArgs::default();
    if let Some(agent) = store.setting(setting::AGENT_NAME)? {
        args.set("agent_name", agent);
    }
    ReplyLanguage::ALL
        .iter()
        .map(|lang| {
            let custom = store
                .setting(&format!("{SIGNATURE_PREFIX}{}", lang.as_str()))?
                .filter(|s| !s.trim().is_empty());
            Ok(AgentSignature {
                language: *lang,
                effective: signature(store, library, *lang, &args)?,
                custom,
            })
        })
        .collect()
}

/// Set (or, with blank text, clear) the agent's own signature for `lang`.
pub fn set_signature(store: &mut Store, lang: ReplyLanguage, text: &str) -> Result<()> {
    if text.chars().count() > 2_000 {
        return Err(crate::error::CoreError::invalid_input(
            "a signature can be at most 2,000 characters",
        ));
    }
    store.set_setting(
        &format!("{SIGNATURE_PREFIX}{}", lang.as_str()),
        text.trim_end(),
    )
}

/// The agent's signature in `lang`: their own for that language if set, else the library's.
pub fn signature(
    store: &Store,
    library: &MacroLibrary,
    lang: ReplyLanguage,
    args: &ReplyArgs,
) -> Result<String> {
    if let Some(own) = store.setting(&format!("{SIGNATURE_PREFIX}{}", lang.as_str()))? {
        if !own.trim().is_empty() {
            return Ok(own);
        }
    }
    library.signature(lang, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agents_own_signatures_replace_the_librarys_per_language() {
        let dir = tempfile::TempDir::new().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store.set_setting(setting::AGENT_NAME, "Rita Lin").unwrap();
        let lib = MacroLibrary::builtin();
        let before = signatures(&store, &lib).unwrap();
        assert!(before
            .iter()
            .all(|s| s.custom.is_none() && s.effective.contains("Rita Lin")));
        set_signature(
            &mut store,
            ReplyLanguage::PtBr,
            "Abraços,\nRita — Suporte a Criadores\n",
        )
        .unwrap();
        let after = signatures(&store, &lib).unwrap();
        let pt = after
            .iter()
            .find(|s| s.language == ReplyLanguage::PtBr)
            .unwrap();
        assert_eq!(pt.effective, "Abraços,\nRita — Suporte a Criadores");
        let en = after
            .iter()
            .find(|s| s.language == ReplyLanguage::En)
            .unwrap();
        assert_eq!(
            en,
            before
                .iter()
                .find(|s| s.language == ReplyLanguage::En)
                .unwrap()
        );
        set_signature(&mut store, ReplyLanguage::PtBr, "  ").unwrap();
        assert!(signatures(&store, &lib)
            .unwrap()
            .iter()
            .all(|s| s.custom.is_none()));
        assert!(set_signature(&mut store, ReplyLanguage::En, &"x".repeat(2001)).is_err());
    }

    #[test]
    fn names_split_by_convention() {
        assert_eq!(
            split_name("Ana Clara Souza"),
            ("Ana".into(), "Souza".into())
        );
        assert_eq!(split_name("王小明"), ("小明".into(), "王".into()));
        assert_eq!(split_name("Madonna"), ("Madonna".into(), "Madonna".into()));
    }

    #[test]
    fn order_numbers_are_found_in_text() {
        assert_eq!(
            order_number("订单5818695886627：买家说没收到货").as_deref(),
            Some("5818695886627")
        );
        assert_eq!(order_number("pedido 123 e 4567"), None);
        assert_eq!(
            order_number("order #5801234567890."),
            Some("5801234567890".into())
        );
    }
}
