//! Which language a customer (or a draft) wrote in: a maintained detector (lingua)
//! restricted to the languages in play plus Spanish, so Spanish is not taken for
//! Portuguese; script decides Simplified vs Traditional; vocabulary and grammar markers
//! hint Brazil vs Portugal.

use std::sync::OnceLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::ReplyLanguage;
use crate::search::{fold, is_cjk};

/// Below this confidence the answer is `und`.
const MIN_CONFIDENCE: f64 = 0.5;

/// What the detector made of a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Detection {
    /// ISO 639-1 (`pt`, `zh`, `en`, `es`) or `und`.
    pub language: String,
    /// The reply locale it suggests, when the language is one Polydesk writes.
    pub locale: Option<ReplyLanguage>,
    /// `Hans` or `Hant` for Chinese.
    pub script: Option<String>,
    /// 0..1.
    pub confidence: f64,
}

impl Detection {
    fn undetermined() -> Detection {
        Detection {
            language: "und".into(),
            locale: None,
            script: None,
            confidence: 0.0,
        }
    }
}

fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        LanguageDetectorBuilder::from_languages(&[
            Language::Portuguese,
            Language::English,
            Language::Chinese,
            Language::Spanish,
        ])
        .build()
    })
}

/// Detect the language of `text`.
pub fn detect(text: &str) -> Detection {
    if !text.chars().any(char::is_alphabetic) {
        return Detection::undetermined();
    }
    let han = text.chars().filter(|c| is_cjk(*c)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    // Mostly Han characters: Chinese, whatever Latin product names are mixed in.
    let (language, confidence) = if han * 2 >= letters {
        (Language::Chinese, 1.0)
    } else {
        let values = detector().compute_language_confidence_values(text);
        match values.first() {
            Some((lang, conf)) if *conf >= MIN_CONFIDENCE => (*lang, *conf),
            _ => return Detection::undetermined(),
        }
    };
    match language {
        Language::Chinese => {
            let script = chinese_script(text);
            Detection {
                language: "zh".into(),
                locale: Some(if script == "Hant" {
                    ReplyLanguage::ZhHant
                } else {
                    ReplyLanguage::ZhHans
                }),
                script: Some(script.into()),
                confidence,
            }
        }
        Language::Portuguese => Detection {
            language: "pt".into(),
            locale: Some(portuguese_variety(text).unwrap_or(ReplyLanguage::PtBr)),
            script: None,
            confidence,
        },
        Language::English => Detection {
            language: "en".into(),
            locale: Some(ReplyLanguage::En),
            script: None,
            confidence,
        },
        _ => Detection {
            language: "es".into(),
            locale: None,
            script: None,
            confidence,
        },
    }
}

/// `Hant` when the text has more Traditional-only than Simplified-only characters.
pub fn chinese_script(text: &str) -> &'static str {
    let mut buf = [0u8; 4];
    let (mut simplified, mut traditional) = (0usize, 0usize);
    for c in text.chars().filter(|c| is_cjk(*c)) {
        let s = c.encode_utf8(&mut buf);
        let is_t = character_converter::is_traditional(s);
        let is_s = character_converter::is_simplified(s);
        if is_t && !is_s {
            traditional += 1;
        } else if is_s && !is_t {
            simplified += 1;
        }
    }
    if traditional > simplified {
        "Hant"
    } else {
        "Hans"
    }
}

/// Words and constructions that mark Brazilian or European Portuguese (folded: no accents).
const BRAZIL_MARKERS: &[&str] = &[
    "voce",
    "voces",
    "vc",
    "vcs",
    "celular",
    "tela",
    "equipe",
    "onibus",
    "cade",
    "pra",
    "ta",
    "to",
    "a gente",
    "trem",
    "banheiro",
    "geladeira",
    "legal",
    "oi",
    "pedido",
    "sumiu",
];
const PORTUGAL_MARKERS: &[&str] = &[
    "telemovel",
    "ecra",
    "equipa",
    "encomenda",
    "portes",
    "autocarro",
    "obrigadinho",
    "pa",
    "fixe",
    "casa de banho",
    "frigorifico",
    "consigo",
    "utente",
    "montra",
];
const GERUND_AUXILIARIES: &[&str] = &[
    "estou", "esta", "estamos", "estao", "estava", "fico", "continuo", "ando",
];

/// Brazil or Portugal, when the text says; `None` when it carries no marker.
pub fn portuguese_variety(text: &str) -> Option<ReplyLanguage> {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    let count = |markers: &[&str]| {
        markers
            .iter()
            .filter(|m| joined.contains(&format!(" {m} ")))
            .count()
    };
    let (mut brazil, mut portugal) = (count(BRAZIL_MARKERS), count(PORTUGAL_MARKERS));
    // "estou esperando" (Brazil) vs "estou a esperar" (Portugal).
    for pair in words.windows(2) {
        if GERUND_AUXILIARIES.contains(&pair[0]) {
            let next = pair[1];
            if next.ends_with("ando") || next.ends_with("endo") || next.ends_with("indo") {
                brazil += 1;
            }
            if next == "a" {
                portugal += 1;
            }
        }
    }
    match brazil.cmp(&portugal) {
        std::cmp::Ordering::Greater => Some(ReplyLanguage::PtBr),
        std::cmp::Ordering::Less => Some(ReplyLanguage::PtPt),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_languages_in_play() {
        assert_eq!(
            detect("Não recebi os diamantes da minha LIVE de ontem").language,
            "pt"
        );
        assert_eq!(
            detect("I still have not received my payout for October").language,
            "en"
        );
        assert_eq!(
            detect("No recibí mi reembolso y mi pedido no llegó").language,
            "es"
        );
        let zh = detect("我的退款还没有到账，请帮我查一下");
        assert_eq!(
            (zh.language.as_str(), zh.script.as_deref()),
            ("zh", Some("Hans"))
        );
        let zht = detect("我的退款還沒有到帳，請幫我查一下");
        assert_eq!(zht.locale, Some(ReplyLanguage::ZhHant));
    }

    #[test]
    fn nothing_to_read_is_undetermined() {
        assert_eq!(detect("12345 !!! :)").language, "und");
        assert_eq!(detect("").language, "und");
    }

    #[test]
    fn portuguese_varieties_by_markers() {
        assert_eq!(
            portuguese_variety("vc pode ver meu celular?"),
            Some(ReplyLanguage::PtBr)
        );
        assert_eq!(
            portuguese_variety("Estou esperando o reembolso"),
            Some(ReplyLanguage::PtBr)
        );
        assert_eq!(
            portuguese_variety("Estou a aguardar a encomenda"),
            Some(ReplyLanguage::PtPt)
        );
        assert_eq!(
            portuguese_variety("O ecrã do telemóvel"),
            Some(ReplyLanguage::PtPt)
        );
        assert_eq!(portuguese_variety("Não recebi o dinheiro"), None);
    }
}
