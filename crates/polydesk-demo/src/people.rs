//! Who is in the demo: customers (names, handles, e-mails per market) and the support team.

use rand::seq::IndexedRandom;
use rand::Rng;

use super::market::{digits, Market};
use super::names::*;
use super::DEMO_AGENT;
use polydesk_core::domain::{CustomerKind, ReplyLanguage};

/// A support agent on the demo team and the languages they work in (first = native).
pub struct Colleague {
    pub name: &'static str,
    pub languages: &'static [ReplyLanguage],
}

/// The demo agent's teammates.
pub const COLLEAGUES: &[Colleague] = &[
    Colleague {
        name: "Bruno Alves",
        languages: &[ReplyLanguage::PtBr, ReplyLanguage::PtPt],
    },
    Colleague {
        name: "Sofia Marques",
        languages: &[ReplyLanguage::PtPt, ReplyLanguage::PtBr],
    },
    Colleague {
        name: "陈思远",
        languages: &[ReplyLanguage::ZhHans, ReplyLanguage::ZhHant],
    },
    Colleague {
        name: "林佩君",
        languages: &[ReplyLanguage::ZhHant, ReplyLanguage::ZhHans],
    },
    Colleague {
        name: "James Carter",
        languages: &[ReplyLanguage::En],
    },
    Colleague {
        name: "Priya Nair",
        languages: &[ReplyLanguage::En],
    },
];

/// A teammate who can answer in `language` (most of the time), or any teammate.
pub fn colleague_for(rng: &mut impl Rng, language: ReplyLanguage) -> &'static str {
    let speakers: Vec<&Colleague> = COLLEAGUES
        .iter()
        .filter(|c| c.languages.contains(&language))
        .collect();
    match speakers.choose(rng) {
        Some(c) if rng.random_bool(0.8) => c.name,
        _ => COLLEAGUES.choose(rng).map(|c| c.name).unwrap_or(DEMO_AGENT),
    }
}

/// The language an agent writes internal notes in when not writing English.
pub fn native_language(agent: &str) -> Option<ReplyLanguage> {
    COLLEAGUES
        .iter()
        .find(|c| c.name == agent)
        .map(|c| c.languages[0])
}

/// A generated customer identity.
pub struct Identity {
    pub full_name: String,
    /// How an agent addresses them in a greeting ("Lucas", "张伟").
    pub address_name: String,
    /// How they sign their e-mails, if they do (Western names only).
    pub signature: Option<String>,
    pub handle: String,
    pub email: Option<String>,
}

/// A believable customer for `market`.
pub fn identity(rng: &mut impl Rng, market: Market, kind: CustomerKind) -> Identity {
    let pick = |rng: &mut _, list: &[&'static str]| -> &'static str { list.choose(rng).unwrap() };
    let pair = |rng: &mut _, list: &[(&'static str, &'static str)]| *list.choose(rng).unwrap();
    let western = |first: &str, last: &str| (format!("{first} {last}"), first.to_string());

    // (full name, address name, signature, romanized given, romanized family)
    let (full, address, signature, given_ascii, family_ascii) = match market {
        Market::Br | Market::Us | Market::Gb => {
            let (firsts, lasts) = match market {
                Market::Br => (BR_FIRST, BR_LAST),
                Market::Us => (US_FIRST, US_LAST),
                _ => (GB_FIRST, GB_LAST),
            };
            let (first, last) = (pick(rng, firsts), pick(rng, lasts));
            let (full, address) = western(first, last);
            (
                full,
                address.clone(),
                Some(address),
                fold(first),
                fold(last),
            )
        }
        Market::Pt => {
            let first = pick(rng, PT_FIRST);
            let last = pick(rng, PT_LAST);
            let full = if rng.random_bool(0.4) {
                format!("{first} {} {last}", pick(rng, PT_LAST))
            } else {
                format!("{first} {last}")
            };
            (
                full,
                first.to_string(),
                Some(first.to_string()),
                fold(first),
                fold(last),
            )
        }
        Market::Sg => {
            let (first, last) = pair(rng, SG_NAMES);
            let (full, address) = western(first, last);
            (
                full,
                address.clone(),
                Some(address),
                fold(first),
                fold(last),
            )
        }
        Market::Cn | Market::Tw | Market::Hk => {
            let (families, givens) = match market {
                Market::Cn => (CN_FAMILY, CN_GIVEN),
                Market::Tw => (TW_FAMILY, TW_GIVEN),
                _ => (HK_FAMILY, HK_GIVEN),
            };
            let (family, family_rom) = pair(rng, families);
            let (given, given_rom) = pair(rng, givens);
            let full = format!("{family}{given}");
            let given_ascii = if market == Market::Hk && rng.random_bool(0.6) {
                pick(rng, HK_ENGLISH).to_string()
            } else {
                given_rom.to_string()
            };
            (
                full.clone(),
                full,
                None,
                given_ascii,
                family_rom.to_string(),
            )
        }
    };

    let handle = handle(rng, market, kind, &given_ascii, &family_ascii);
    let email = if rng.random_bool(0.92) {
        Some(email(rng, market, &given_ascii, &family_ascii))
    } else {
        None
    };
    Identity {
        full_name: full,
        address_name: address,
        signature,
        handle,
        email,
    }
}

fn handle(rng: &mut impl Rng, market: Market, kind: CustomerKind, f: &str, l: &str) -> String {
    let n = rng.random_range(1..100u32);
    let portuguese = matches!(market, Market::Br | Market::Pt);
    let options: Vec<String> = match kind {
        CustomerKind::Creator => {
            let mut v = vec![
                format!("{f}.live"),
                format!("{f}{l}"),
                format!("{f}.{l}"),
                format!("{f}tv"),
                format!("{l}.{f}{n}"),
            ];
            if portuguese {
                v.push(format!("{f}_oficial"));
            }
            v
        }
        CustomerKind::Seller => {
            let mut v = vec![
                format!("{f}{l}.shop"),
                format!("{l}.store"),
                format!("{f}_{l}_store"),
                format!("{f}.studio"),
            ];
            if portuguese {
                v.push(format!("loja.{f}{l}"));
            }
            v
        }
        CustomerKind::Viewer => {
            vec![format!("{f}{l}{n}"), format!("{f}.{n}"), format!("{f}_{l}")]
        }
    };
    format!("@{}", options.choose(rng).unwrap())
}

fn email(rng: &mut impl Rng, market: Market, f: &str, l: &str) -> String {
    let domain = EMAIL_DOMAINS.choose(rng).unwrap();
    if market == Market::Cn && rng.random_bool(0.35) {
        let first = rng.random_range(1..10u8);
        return format!("{first}{}@{domain}", digits(rng, 8));
    }
    let n = rng.random_range(1..1000u32);
    match rng.random_range(0..3u8) {
        0 => format!("{f}.{l}@{domain}"),
        1 => format!("{f}{l}{n}@{domain}"),
        _ => format!("{f}_{l}@{domain}"),
    }
}

/// Lowercase ASCII form of a Latin name ("Letícia" -> "leticia", "Jia Hui" -> "jiahui").
pub fn fold(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let base = match c {
                'á' | 'à' | 'â' | 'ã' | 'ä' | 'Á' | 'À' | 'Â' | 'Ã' => 'a',
                'é' | 'ê' | 'è' | 'É' | 'Ê' => 'e',
                'í' | 'Í' => 'i',
                'ó' | 'ô' | 'õ' | 'Ó' | 'Ô' | 'Õ' => 'o',
                'ú' | 'ü' | 'Ú' => 'u',
                'ç' | 'Ç' => 'c',
                c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
                _ => return None,
            };
            Some(base)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_handles_ascii() {
        assert_eq!(fold("Letícia"), "leticia");
        assert_eq!(fold("Gonçalo"), "goncalo");
        assert_eq!(fold("Jia Hui"), "jiahui");
        assert_eq!(fold("João"), "joao");
    }
}
