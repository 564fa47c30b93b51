//! Root causes: why a case happened, chosen when it is solved. The team's taxonomy is
//! `root-causes.toml` in the data folder, else the one shipped with Polydesk
//! (`crates/polydesk-core/defaults/root-causes.toml`). A case carries its cause to the
//! CRM as the tag `rc-<slug>` (Zendesk lowercases tags, so slugs are lowercase).

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{CoreError, Result};
use crate::language::UiLanguage;

/// The file's name in the data folder.
pub const TAXONOMY_FILE: &str = "root-causes.toml";

/// The taxonomy Polydesk ships with.
pub const DEFAULT_TAXONOMY: &str = include_str!("../defaults/root-causes.toml");

/// What a root cause's tag starts with.
pub const TAG_PREFIX: &str = "rc-";

/// One root cause: its slug, group and title in each UI language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct RootCause {
    pub slug: String,
    /// The kind of customer or area it belongs to (`creators`, `sellers`).
    pub group: String,
    pub en: String,
    #[serde(rename = "pt-BR")]
    pub pt_br: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
}

impl RootCause {
    /// Its title in the agent's UI language.
    pub fn title(&self, language: UiLanguage) -> &str {
        match language {
            UiLanguage::En => &self.en,
            UiLanguage::PtBr => &self.pt_br,
            UiLanguage::ZhHans => &self.zh_hans,
        }
    }

    /// The tag that carries it in the CRM.
    pub fn tag(&self) -> String {
        format!("{TAG_PREFIX}{}", self.slug)
    }
}

/// The root causes a team chooses from, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    pub causes: Vec<RootCause>,
    /// Whether solving a case needs its root cause (`required = false` in the file turns
    /// that off; on by default).
    pub required: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    #[serde(default = "yes")]
    required: bool,
    #[serde(default)]
    cause: Vec<RootCause>,
}

fn yes() -> bool {
    true
}

fn invalid(what: impl std::fmt::Display) -> CoreError {
    CoreError::invalid_input(format!("{TAXONOMY_FILE}: {what}"))
}

/// Whether a slug is lowercase `[a-z0-9-]`, starting and ending with a letter or digit.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

impl Taxonomy {
    /// Reads a taxonomy from TOML text; errors name the file and the entry.
    pub fn parse(text: &str) -> Result<Taxonomy> {
        let file: TaxonomyFile = toml::from_str(text).map_err(invalid)?;
        let mut seen = BTreeSet::new();
        for cause in &file.cause {
            if !is_valid_slug(&cause.slug) {
                return Err(invalid(format!(
                    "slug \"{}\" must be lowercase letters, digits and '-' (it becomes the CRM tag rc-<slug>)",
                    cause.slug
                )));
            }
            if !seen.insert(cause.slug.as_str()) {
                return Err(invalid(format!("slug \"{}\" is listed twice", cause.slug)));
            }
            for (language, title) in [
                ("en", &cause.en),
                ("pt-BR", &cause.pt_br),
                ("zh-Hans", &cause.zh_hans),
            ] {
                if title.trim().is_empty() {
                    return Err(invalid(format!(
                        "\"{}\" has no {language} title",
                        cause.slug
                    )));
                }
            }
        }
        if file.cause.is_empty() {
            return Err(invalid(
                "no root cause is listed: add at least one [[cause]]",
            ));
        }
        Ok(Taxonomy {
            causes: file.cause,
            required: file.required,
        })
    }

    /// The taxonomy Polydesk ships with.
    pub fn shipped() -> Taxonomy {
        Taxonomy::parse(DEFAULT_TAXONOMY).expect("the shipped root causes are valid")
    }

    /// The data folder's `root-causes.toml`, else the shipped taxonomy.
    pub fn load(data_dir: &Path) -> Result<Taxonomy> {
        match std::fs::read_to_string(data_dir.join(TAXONOMY_FILE)) {
            Ok(text) => Taxonomy::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Taxonomy::shipped()),
            Err(e) => Err(invalid(format!("cannot be read ({e})"))),
        }
    }

    pub fn get(&self, slug: &str) -> Option<&RootCause> {
        self.causes.iter().find(|c| c.slug == slug)
    }

    /// The cause a slug names, or an error listing a few it could be.
    pub fn require(&self, slug: &str) -> Result<&RootCause> {
        self.get(slug).ok_or_else(|| {
            let known: Vec<&str> = self.causes.iter().map(|c| c.slug.as_str()).collect();
            CoreError::invalid_input(format!(
                "unknown root cause '{slug}' (known: {})",
                known.join(", ")
            ))
        })
    }
}

/// The root cause a case's tags carry (the first `rc-` tag), as a slug. A cause the
/// taxonomy does not know still comes back: a colleague's taxonomy may list it.
pub fn root_cause_of(tags: &[String]) -> Option<&str> {
    tags.iter()
        .filter_map(|t| t.strip_prefix(TAG_PREFIX))
        .find(|slug| is_valid_slug(slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_taxonomy_covers_creators_and_sellers() {
        let taxonomy = Taxonomy::shipped();
        let groups: BTreeSet<&str> = taxonomy.causes.iter().map(|c| c.group.as_str()).collect();
        assert_eq!(groups, BTreeSet::from(["creators", "sellers"]));
        let gift = taxonomy.require("gift-processor-delay").unwrap();
        assert_eq!(gift.tag(), "rc-gift-processor-delay");
        assert_eq!(
            gift.title(UiLanguage::PtBr),
            "Presente não creditado: atraso do processador de pagamento"
        );
        assert_eq!(gift.title(UiLanguage::ZhHans), "礼物未到账：支付处理方延迟");
        for cause in &taxonomy.causes {
            assert!(is_valid_slug(&cause.slug), "{}", cause.slug);
        }
        assert!(
            taxonomy.required,
            "solving asks for a root cause by default"
        );
        let optional = DEFAULT_TAXONOMY.replace("required = true", "required = false");
        assert!(!Taxonomy::parse(&optional).unwrap().required);
        let unsaid = DEFAULT_TAXONOMY.replace("required = true", "");
        assert!(Taxonomy::parse(&unsaid).unwrap().required);
        let err = taxonomy.require("gift").unwrap_err();
        assert!(
            err.to_string().contains("unknown root cause 'gift'"),
            "{err}"
        );
    }

    #[test]
    fn a_cause_comes_back_from_its_tag() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            root_cause_of(&tags(&["escalated", "rc-carrier-delay"])),
            Some("carrier-delay")
        );
        assert_eq!(root_cause_of(&tags(&["rc-", "rc-Bad", "vip"])), None);
        assert_eq!(root_cause_of(&tags(&[])), None);
    }

    #[test]
    fn mistakes_in_the_file_are_named() {
        let entry = |slug: &str, zh: &str| {
            format!("[[cause]]\nslug = \"{slug}\"\ngroup = \"sellers\"\nen = \"A\"\npt-BR = \"B\"\nzh-Hans = \"{zh}\"\n")
        };
        let cases = [
            (entry("Carrier Delay", "物流"), "lowercase"),
            (
                entry("carrier-delay", "物流") + &entry("carrier-delay", "物流"),
                "listed twice",
            ),
            (entry("carrier-delay", " "), "no zh-Hans title"),
            (
                entry("carrier-delay", "物流").replace("group", "team"),
                "team",
            ),
            (String::new(), "no root cause"),
        ];
        for (text, expected) in cases {
            let err = Taxonomy::parse(&text).unwrap_err();
            let message = err.to_string();
            assert!(
                message.starts_with(TAXONOMY_FILE) && message.contains(expected),
                "{message} / {expected}"
            );
        }
    }

    #[test]
    fn a_taxonomy_in_the_data_folder_replaces_the_shipped_one() {
        let dir = tempfile::TempDir::new().unwrap();
        assert_eq!(Taxonomy::load(dir.path()).unwrap(), Taxonomy::shipped());
        std::fs::write(
            dir.path().join(TAXONOMY_FILE),
            "[[cause]]\nslug = \"late-boleto\"\ngroup = \"sellers\"\nen = \"Late boleto\"\npt-BR = \"Boleto atrasado\"\nzh-Hans = \"Boleto 逾期\"\n",
        )
        .unwrap();
        let taxonomy = Taxonomy::load(dir.path()).unwrap();
        assert_eq!(taxonomy.causes.len(), 1);
        assert!(taxonomy.get("carrier-delay").is_none());
    }
}
