//! The macro library: Fluent resources per reply locale (the built-in library plus team
//! packs), each macro's metadata, and what the picker lists.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::syntax::{message_variables, resource_messages};
use crate::domain::{ReplyLanguage, Status};
use crate::error::{CoreError, Result};

/// Messages in `shared.ftl` that are building blocks, not macros.
pub const SHARED_MESSAGES: [&str; 3] = ["greeting", "closing", "signature"];

macro_rules! builtin_locale {
    ($tag:literal) => {
        [
            (
                concat!($tag, "/macros/shared.ftl"),
                include_str!(concat!("../../../../locales/", $tag, "/macros/shared.ftl")),
            ),
            (
                concat!($tag, "/macros/creators.ftl"),
                include_str!(concat!(
                    "../../../../locales/",
                    $tag,
                    "/macros/creators.ftl"
                )),
            ),
            (
                concat!($tag, "/macros/sellers.ftl"),
                include_str!(concat!("../../../../locales/", $tag, "/macros/sellers.ftl")),
            ),
            (
                concat!($tag, "/macros/general.ftl"),
                include_str!(concat!("../../../../locales/", $tag, "/macros/general.ftl")),
            ),
        ]
    };
}

/// The built-in library, compiled in: (path under `locales/`, text) per reply locale.
fn builtin_sources() -> [(ReplyLanguage, [(&'static str, &'static str); 4]); 5] {
    [
        (ReplyLanguage::En, builtin_locale!("en")),
        (ReplyLanguage::PtBr, builtin_locale!("pt-BR")),
        (ReplyLanguage::PtPt, builtin_locale!("pt-PT")),
        (ReplyLanguage::ZhHans, builtin_locale!("zh-Hans")),
        (ReplyLanguage::ZhHant, builtin_locale!("zh-Hant")),
    ]
}

const BUILTIN_METADATA: &str = include_str!("../../../../locales/macros.toml");

/// What a macro does besides inserting text (as helpdesk macros do).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MacroMeta {
    pub category: Option<String>,
    /// The status the case moves to when the macro is applied.
    pub status: Option<Status>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// A macro as the picker and `macros list` show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MacroSummary {
    pub id: String,
    /// Title in the language asked for (falling back along that locale's chain).
    pub title: String,
    pub category: Option<String>,
    pub status: Option<Status>,
    pub tags: Vec<String>,
    /// The reply locales that have a variant, in Polydesk's order.
    pub locales: Vec<ReplyLanguage>,
    /// Variables the source variant uses (including those of `greeting`/`closing`).
    pub variables: Vec<String>,
    /// Where it comes from: `built-in` or the team pack's folder name.
    pub origin: String,
}

/// A team pack file that could not be used, with where and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PackProblem {
    pub file: String,
    /// 1-based line of the first problem, when it has one.
    pub line: Option<u32>,
    pub message: String,
}

/// The team pack folder in use and what could not be loaded from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MacroPackStatus {
    pub dir: Option<String>,
    pub problems: Vec<PackProblem>,
    /// How many macros the library holds (built-in and packs).
    pub macro_count: u32,
}

pub(super) type Bundle = FluentBundle<Arc<FluentResource>>;

/// The loaded library. Cheap to share (`Arc`) and `Sync`: rendering never mutates it.
pub struct MacroLibrary {
    pub(super) bundles: HashMap<ReplyLanguage, Bundle>,
    /// Parsed resources per locale, kept for variable analysis.
    pub(super) resources: HashMap<ReplyLanguage, Vec<Arc<FluentResource>>>,
    macros: BTreeMap<String, MacroEntry>,
    problems: Vec<PackProblem>,
}

struct MacroEntry {
    meta: MacroMeta,
    locales: BTreeSet<ReplyLanguage>,
    origin: String,
}

impl MacroLibrary {
    /// The built-in library only.
    pub fn builtin() -> MacroLibrary {
        Self::load(None).expect("the built-in library is checked by the lint test")
    }

    /// The built-in library plus the team packs in `pack_dir` (`<dir>/<locale>/*.ftl`, with
    /// an optional `<dir>/macros.toml`). A broken pack file is skipped and reported in
    /// [`MacroLibrary::problems`]; the rest still load.
    pub fn load(pack_dir: Option<&Path>) -> Result<MacroLibrary> {
        let mut lib = MacroLibrary {
            bundles: HashMap::new(),
            resources: HashMap::new(),
            macros: BTreeMap::new(),
            problems: Vec::new(),
        };
        let mut meta: BTreeMap<String, MacroMeta> = toml::from_str(BUILTIN_METADATA)
            .map_err(|e| CoreError::invalid_input(format!("locales/macros.toml: {e}")))?;
        for (lang, files) in builtin_sources() {
            for (path, text) in files {
                let res = parse(path, text.to_string()).map_err(|p| {
                    CoreError::invalid_input(format!("built-in {}: {}", p.file, p.message))
                })?;
                lib.add(lang, res, "built-in", false);
            }
        }
        if let Some(dir) = pack_dir {
            lib.load_pack(dir, &mut meta)?;
        }
        for (id, entry) in lib.macros.iter_mut() {
            entry.meta = meta.get(id).cloned().unwrap_or_default();
        }
        Ok(lib)
    }

    /// A library made of one resource, for template authors testing their own file
    /// (`polydesk-cli render --resource`). The built-in `greeting`, `closing` and
    /// `signature` stay available unless the file defines its own.
    pub fn with_resource(lang: ReplyLanguage, path: &Path) -> Result<MacroLibrary> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CoreError::invalid_input(format!("cannot read {}: {e}", path.display()))
        })?;
        let res = parse(&path.display().to_string(), text).map_err(|p| {
            CoreError::invalid_input(match p.line {
                Some(line) => format!("{}:{line}: {}", p.file, p.message),
                None => format!("{}: {}", p.file, p.message),
            })
        })?;
        let mut lib = MacroLibrary::builtin();
        lib.macros.clear();
        lib.add(lang, res, "resource", true);
        Ok(lib)
    }

    fn load_pack(&mut self, dir: &Path, meta: &mut BTreeMap<String, MacroMeta>) -> Result<()> {
        let origin = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "team pack".into());
        let meta_path = dir.join("macros.toml");
        if let Ok(text) = std::fs::read_to_string(&meta_path) {
            match toml::from_str::<BTreeMap<String, MacroMeta>>(&text) {
                Ok(extra) => meta.extend(extra),
                Err(e) => self.problems.push(PackProblem {
                    file: meta_path.display().to_string(),
                    line: e.span().map(|s| line_of(&text, s.start)),
                    message: e.message().to_string(),
                }),
            }
        }
        for lang in ReplyLanguage::ALL {
            let locale_dir = dir.join(lang.as_str());
            let Ok(entries) = std::fs::read_dir(&locale_dir) else {
                continue;
            };
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for file in files {
                let shown = file.display().to_string();
                let loaded = std::fs::read_to_string(&file)
                    .map_err(|e| PackProblem {
                        file: shown.clone(),
                        line: None,
                        message: e.to_string(),
                    })
                    .and_then(|text| parse(&shown, text));
                match loaded {
                    Ok(res) => self.add(*lang, res, &origin, true),
                    Err(problem) => self.problems.push(problem),
                }
            }
        }
        Ok(())
    }

    fn add(
        &mut self,
        lang: ReplyLanguage,
        res: Arc<FluentResource>,
        origin: &str,
        overriding: bool,
    ) {
        for id in resource_messages(&res) {
            if SHARED_MESSAGES.contains(&id) {
                continue;
            }
            let entry = self
                .macros
                .entry(id.to_string())
                .or_insert_with(|| MacroEntry {
                    meta: MacroMeta::default(),
                    locales: BTreeSet::new(),
                    origin: origin.to_string(),
                });
            entry.locales.insert(lang);
            if overriding {
                entry.origin = origin.to_string();
            }
        }
        let bundle = self.bundles.entry(lang).or_insert_with(|| {
            let mut b = FluentBundle::new_concurrent(vec![lang.langid()]);
            // Text that leaves the app carries no bidi isolation marks.
            b.set_use_isolating(false);
            b
        });
        if overriding {
            bundle.add_resource_overriding(res.clone());
        } else if let Err(errors) = bundle.add_resource(res.clone()) {
            debug_assert!(errors.is_empty(), "built-in duplicates: {errors:?}");
        }
        self.resources.entry(lang).or_default().push(res);
    }

    /// The pack status for the settings screen.
    pub fn pack_status(&self, dir: Option<&Path>) -> MacroPackStatus {
        MacroPackStatus {
            dir: dir.map(|d| d.display().to_string()),
            problems: self.problems.clone(),
            macro_count: self.macros.len() as u32,
        }
    }

    /// Team pack files that could not be loaded.
    pub fn problems(&self) -> &[PackProblem] {
        &self.problems
    }

    pub fn contains(&self, id: &str) -> bool {
        self.macros.contains_key(id)
    }

    pub fn meta(&self, id: &str) -> Option<&MacroMeta> {
        self.macros.get(id).map(|e| &e.meta)
    }

    /// The locales that have a variant of macro `id`.
    pub fn locales_of(&self, id: &str) -> Vec<ReplyLanguage> {
        self.macros
            .get(id)
            .map(|e| e.locales.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Every macro, titled in `title_lang` (falling back along its chain).
    pub fn list(&self, title_lang: ReplyLanguage) -> Vec<MacroSummary> {
        self.macros
            .iter()
            .map(|(id, e)| MacroSummary {
                id: id.clone(),
                title: self.title(id, title_lang).unwrap_or_else(|| id.clone()),
                category: e.meta.category.clone(),
                status: e.meta.status,
                tags: e.meta.tags.clone(),
                locales: e.locales.iter().copied().collect(),
                variables: self.variables(id),
                origin: e.origin.clone(),
            })
            .collect()
    }

    fn title(&self, id: &str, lang: ReplyLanguage) -> Option<String> {
        crate::language::fallback_chain(lang).iter().find_map(|l| {
            let bundle = self.bundles.get(l)?;
            let attr = bundle.get_message(id)?.get_attribute("title")?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(attr.value(), None, &mut errors);
            errors.is_empty().then(|| text.into_owned())
        })
    }

    /// The variables macro `id` uses in its source variant (English, else the first locale
    /// that has it), following references to other messages.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let lang = if self.locales_of(id).contains(&ReplyLanguage::En) {
            Some(ReplyLanguage::En)
        } else {
            self.locales_of(id).first().copied()
        };
        lang.and_then(|l| self.resources.get(&l))
            .map(|res| message_variables(res, id).into_iter().collect())
            .unwrap_or_default()
    }
}

fn parse(file: &str, text: String) -> std::result::Result<Arc<FluentResource>, PackProblem> {
    match FluentResource::try_new(text) {
        Ok(res) => Ok(Arc::new(res)),
        Err((res, errors)) => {
            let first = &errors[0];
            // The broken entry's first line (where the parser gave up can be lines later).
            let at = first.slice.as_ref().map_or(first.pos.start, |s| s.start);
            Err(PackProblem {
                file: file.to_string(),
                line: Some(line_of(res.source(), at)),
                message: format!("{} ({} problem(s) in the file)", first.kind, errors.len()),
            })
        }
    }
}

fn line_of(text: &str, byte: usize) -> u32 {
    let end = byte.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u32
        + 1
}
