//! Rendering a macro in a reply locale. Any Fluent error refuses the text: `{$name}` never
//! reaches a customer. A fallback to another locale is reported, never silent.

use std::collections::BTreeSet;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentError, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::library::MacroLibrary;
use crate::domain::ReplyLanguage;
use crate::error::{CoreError, Result};
use crate::language::fallback_chain;

/// A rendered reply, with the locale it was actually written in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RenderedReply {
    pub macro_id: String,
    pub text: String,
    pub requested: ReplyLanguage,
    pub used: ReplyLanguage,
    /// Set when `used` differs from `requested`: what the agent must be told before sending.
    pub fallback: Option<String>,
}

/// Values for a macro's variables, as the composer or the CLI gives them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReplyArgs(pub std::collections::BTreeMap<String, String>);

impl ReplyArgs {
    pub fn set(&mut self, key: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.0.insert(key.into(), value.into());
        self
    }

    /// As Fluent arguments. Plain decimals (`0`, `12`, `3.5`; not `00123` or `+1`) become
    /// numbers so plural selectors work; everything else stays text.
    pub fn to_fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.0.len());
        for (k, v) in &self.0 {
            let value = if is_plain_decimal(v) {
                v.parse::<FluentNumber>()
                    .map(FluentValue::Number)
                    .unwrap_or_else(|_| FluentValue::from(v.as_str()))
            } else {
                FluentValue::from(v.as_str())
            };
            args.set(k.as_str(), value);
        }
        args
    }
}

/// `0`, `12`, `3.5`, `-2` — but not `00123`, `1.`, `.5`, `1e3` or an order id's leading zeros.
pub fn is_plain_decimal(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let int_ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'))
        && int.len() <= 15;
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    int_ok && frac_ok
}

impl MacroLibrary {
    /// Render macro `id` for a reply in `lang`, following the fallback chain when `lang` has
    /// no variant. Refuses (error `TEMPLATE`) on any Fluent error, naming what is missing.
    pub fn render(&self, id: &str, lang: ReplyLanguage, args: &ReplyArgs) -> Result<RenderedReply> {
        let used = fallback_chain(lang)
            .iter()
            .copied()
            .find(|l| self.bundles.get(l).is_some_and(|b| b.has_message(id)))
            .ok_or_else(|| {
                CoreError::invalid_input(format!("there is no macro '{id}' in the library"))
            })?;
        let text = self.format(used, id, args)?;
        let fallback = (used != lang).then(|| {
            format!(
                "'{id}' has no {} variant; this text is in {}. Check forms of address and vocabulary before sending.",
                lang.as_str(),
                used.as_str()
            )
        });
        Ok(RenderedReply {
            macro_id: id.to_string(),
            text,
            requested: lang,
            used,
            fallback,
        })
    }

    /// The agent's signature in `lang`.
    pub fn signature(&self, lang: ReplyLanguage, args: &ReplyArgs) -> Result<String> {
        let used = fallback_chain(lang)
            .iter()
            .copied()
            .find(|l| {
                self.bundles
                    .get(l)
                    .is_some_and(|b| b.has_message("signature"))
            })
            .ok_or_else(|| CoreError::invalid_input("the library has no signature"))?;
        self.format(used, "signature", args)
    }

    fn format(&self, lang: ReplyLanguage, id: &str, args: &ReplyArgs) -> Result<String> {
        let bundle = &self.bundles[&lang];
        let message = bundle.get_message(id).expect("checked by the caller");
        let pattern = message.value().ok_or_else(|| {
            CoreError::Template(format!("macro '{id}' ({}) has no text", lang.as_str()))
        })?;
        let fluent_args = args.to_fluent();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        check_output(id, lang, &text, &errors)?;
        Ok(text.into_owned())
    }
}

fn check_output(id: &str, lang: ReplyLanguage, text: &str, errors: &[FluentError]) -> Result<()> {
    if !errors.is_empty() {
        return Err(CoreError::Template(describe_errors(id, lang, errors)));
    }
    if text.contains("{$") || text.contains('\u{2068}') || text.contains('\u{2069}') {
        return Err(CoreError::Template(format!(
            "macro '{id}' ({}) rendered with a placeholder or isolation mark left in it",
            lang.as_str()
        )));
    }
    Ok(())
}

/// "macro 'x' (pt-BR) cannot be rendered: missing variable $amount, $days; unknown message foo"
pub fn describe_errors(id: &str, lang: ReplyLanguage, errors: &[FluentError]) -> String {
    use fluent_bundle::resolver::{errors::ReferenceKind, ResolverError};
    let mut missing_vars = BTreeSet::new();
    let mut other = BTreeSet::new();
    for e in errors {
        match e {
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                id,
            })) => {
                missing_vars.insert(format!("${id}"));
            }
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message {
                id,
                ..
            })) => {
                other.insert(format!("unknown message {id}"));
            }
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term {
                id,
                ..
            })) => {
                other.insert(format!("unknown term -{id}"));
            }
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Function {
                id,
            })) => {
                other.insert(format!("unknown function {id}()"));
            }
            e => {
                other.insert(e.to_string());
            }
        }
    }
    let mut parts = Vec::new();
    if !missing_vars.is_empty() {
        let names: Vec<String> = missing_vars.into_iter().collect();
        parts.push(format!("missing variable {}", names.join(", ")));
    }
    parts.extend(other);
    format!(
        "macro '{id}' ({}) cannot be rendered: {}",
        lang.as_str(),
        parts.join("; ")
    )
}
