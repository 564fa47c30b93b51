//! Every language decision Polydesk makes, in one place and pure: which language a
//! message is written in ([`detect`], [`message_language`]), which locale to reply in
//! ([`suggest_reply_language`], from the customer's locale, country, phone and messages),
//! whether a draft is in the wrong one, how a customer locale maps onto the five reply
//! locales and falls back, and which UI language the agent sees ([`ui`]). The store
//! calls these when it writes a case; connectors and the UI never decide a language
//! themselves.

pub mod choice;
pub mod detect;
pub mod locale;
pub mod ui;

pub use choice::{
    draft_language_mismatch, suggest_reply_language, CaseLanguageFacts, LanguageSuggestion,
    SuggestionSource,
};
pub use detect::{detect, portuguese_variety, Detection};
pub use locale::{fallback_chain, parse_tag, reply_language_for};
pub use ui::{pick_ui_language, UiLanguage};

use crate::domain::ReplyLanguage;

/// How a message whose language could not be told is kept (BCP 47 "undetermined").
pub const UNDETERMINED: &str = "und";

/// The language tag a message is kept with: a reply locale (`pt-BR`, `zh-Hant`) when it
/// is one Polydesk writes (Portuguese told apart by its vocabulary, Brazilian when
/// nothing says Portugal), else the ISO 639-1 language (`es`), else `und`.
pub fn message_language(text: &str) -> String {
    let d = detect(text);
    match d.locale {
        Some(ReplyLanguage::PtBr | ReplyLanguage::PtPt) => portuguese_variety(text)
            .unwrap_or(ReplyLanguage::PtBr)
            .as_str()
            .to_string(),
        Some(l) => l.as_str().to_string(),
        None => d.language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_kept_with_a_reply_locale_or_a_language_or_und() {
        assert_eq!(
            message_language("Olá, não recebi os diamantes da minha recarga de ontem."),
            "pt-BR"
        );
        assert_eq!(
            message_language(
                "Olá, não consigo levantar o dinheiro, estou farto de esperar pelo pagamento."
            ),
            "pt-PT"
        );
        assert_eq!(
            message_language("我的退款什么时候到账？已经等了一个星期了。"),
            "zh-Hans"
        );
        assert_eq!(
            message_language("我的退款什麼時候到帳？已經等了一個星期了。"),
            "zh-Hant"
        );
        assert_eq!(
            message_language("Hola, no he recibido el reembolso de mi pedido todavía."),
            "es"
        );
        assert_eq!(message_language("12345 !!!"), UNDETERMINED);
    }
}
