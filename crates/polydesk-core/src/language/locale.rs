//! Reply locales: mapping any customer locale onto the five Polydesk writes, and the
//! explicit fallback chain used when a macro has no variant in the wanted locale.

use unic_langid::LanguageIdentifier;

use crate::domain::ReplyLanguage;
use crate::error::{CoreError, Result};

/// Countries whose Portuguese follows European norms (everything else: Brazilian).
const EUROPEAN_PORTUGUESE_COUNTRIES: [&str; 7] = ["PT", "AO", "MZ", "CV", "GW", "ST", "TL"];
/// Regions where Chinese is written in Traditional script.
const TRADITIONAL_CHINESE_REGIONS: [&str; 3] = ["TW", "HK", "MO"];

/// Parse a BCP 47 tag (underscores accepted, as OSes write them), naming it on failure.
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier> {
    let cleaned = tag
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    cleaned
        .parse::<LanguageIdentifier>()
        .ok()
        .filter(|id| !id.language.is_empty())
        .ok_or_else(|| CoreError::invalid_input(format!("'{tag}' is not a valid language tag")))
}

/// The reply locale for a customer locale (`zh-TW` -> zh-Hant, `pt` -> pt-BR unless the
/// country says Portugal). `None` when the customer's language is not one Polydesk
/// writes; an error when the tag is not a language tag at all.
pub fn reply_language_for(locale: &str, country: Option<&str>) -> Result<Option<ReplyLanguage>> {
    let id = parse_tag(locale)?;
    let region = id
        .region
        .map(|r| r.as_str().to_ascii_uppercase())
        .or_else(|| country.map(|c| c.trim().to_ascii_uppercase()));
    let region = region.as_deref();
    Ok(match id.language.as_str() {
        "en" => Some(ReplyLanguage::En),
        "pt" => Some(match region {
            Some(r) if EUROPEAN_PORTUGUESE_COUNTRIES.contains(&r) => ReplyLanguage::PtPt,
            _ => ReplyLanguage::PtBr,
        }),
        "zh" | "cmn" | "yue" => Some(match (id.script.map(|s| s.as_str().to_string()), region) {
            (Some(s), _) if s == "Hant" => ReplyLanguage::ZhHant,
            (Some(s), _) if s == "Hans" => ReplyLanguage::ZhHans,
            (_, Some(r)) if TRADITIONAL_CHINESE_REGIONS.contains(&r) => ReplyLanguage::ZhHant,
            _ if id.language.as_str() == "yue" => ReplyLanguage::ZhHant,
            _ => ReplyLanguage::ZhHans,
        }),
        _ => None,
    })
}

/// The locales a reply in `lang` may fall back to, in order (the first is `lang`).
/// pt-BR and pt-PT differ in address and vocabulary, Simplified and Traditional in script:
/// any step past the first is shown to the agent before sending.
pub fn fallback_chain(lang: ReplyLanguage) -> &'static [ReplyLanguage] {
    use ReplyLanguage::*;
    match lang {
        En => &[En],
        PtBr => &[PtBr, PtPt, En],
        PtPt => &[PtPt, PtBr, En],
        ZhHans => &[ZhHans, ZhHant, En],
        ZhHant => &[ZhHant, ZhHans, En],
    }
}

impl ReplyLanguage {
    /// The language identifier (for Fluent's plural rules and ICU4X).
    pub fn langid(self) -> LanguageIdentifier {
        self.as_str()
            .parse()
            .expect("reply language tags are valid")
    }

    /// The ISO 639-1 language (`pt`, `zh`, `en`).
    pub fn language_code(self) -> &'static str {
        &self.as_str()[..2]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReplyLanguage::*;

    fn map(locale: &str, country: Option<&str>) -> Option<ReplyLanguage> {
        reply_language_for(locale, country).unwrap()
    }

    #[test]
    fn chinese_regions_and_scripts_map_to_their_script() {
        for (tag, want) in [
            ("zh-CN", ZhHans),
            ("zh-SG", ZhHans),
            ("zh-MY", ZhHans),
            ("zh", ZhHans),
            ("zh-TW", ZhHant),
            ("zh-HK", ZhHant),
            ("zh_TW.UTF-8", ZhHant),
            ("zh-Hant", ZhHant),
            ("zh-Hans-HK", ZhHans),
            ("zh-Hant-CN", ZhHant),
        ] {
            assert_eq!(map(tag, None), Some(want), "{tag}");
        }
    }

    #[test]
    fn portuguese_is_brazilian_unless_the_country_says_otherwise() {
        assert_eq!(map("pt", None), Some(PtBr));
        assert_eq!(map("pt-BR", None), Some(PtBr));
        assert_eq!(map("pt-PT", None), Some(PtPt));
        assert_eq!(map("pt", Some("PT")), Some(PtPt));
        assert_eq!(map("pt", Some("ao")), Some(PtPt));
        // A region in the tag outranks the country field.
        assert_eq!(map("pt-BR", Some("PT")), Some(PtBr));
    }

    #[test]
    fn other_languages_have_no_reply_locale_and_bad_tags_are_named() {
        assert_eq!(map("en-GB", None), Some(En));
        assert_eq!(map("es-MX", None), None);
        let err = reply_language_for("not a tag!", None).unwrap_err();
        assert!(err
            .to_string()
            .contains("'not a tag!' is not a valid language tag"));
        assert!(reply_language_for("", None).is_err());
    }

    #[test]
    fn fallback_chains_start_with_the_locale_and_end_in_english() {
        for lang in ReplyLanguage::ALL {
            let chain = fallback_chain(*lang);
            assert_eq!(chain[0], *lang);
            assert_eq!(*chain.last().unwrap(), En);
        }
        assert_eq!(fallback_chain(PtPt)[1], PtBr);
    }

    /// Why Polydesk maps regions itself: fluent-langneg without its `cldr` feature does not
    /// expand zh-TW to zh-Hant. It matches zh-TW to every `zh` by language alone and keeps
    /// the available order, so negotiation would hand a Taiwanese customer Simplified Chinese.
    #[test]
    fn langneg_without_cldr_does_not_expand_zh_tw() {
        use fluent_langneg::{negotiate_languages, NegotiationStrategy};
        let available: Vec<LanguageIdentifier> = ["zh-Hans", "zh-Hant"]
            .iter()
            .map(|t| t.parse().unwrap())
            .collect();
        let requested: Vec<LanguageIdentifier> = vec!["zh-TW".parse().unwrap()];
        let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
        assert_eq!(
            chosen.first().map(|l| l.to_string()).as_deref(),
            Some("zh-Hans"),
            "langneg now picks by region: {chosen:?}"
        );
        assert_eq!(map("zh-TW", None), Some(ZhHant));
    }
}
