//! `render`, `macros list` and `detect-lang`: the reply library from the command line.

use std::io::Read;
use std::path::Path;

use polydesk_core::domain::ReplyLanguage;
use polydesk_core::language::{detect, reply_language_for};
use polydesk_core::replies::{MacroLibrary, MacroSummary, ReplyArgs};
use polydesk_core::CoreError;

/// A reply locale from what the user typed (`pt-BR`, `zh_TW`, `pt`...).
fn reply_language(tag: &str) -> Result<ReplyLanguage, CoreError> {
    if let Ok(exact) = tag.parse::<ReplyLanguage>() {
        return Ok(exact);
    }
    reply_language_for(tag, None)?.ok_or_else(|| {
        CoreError::invalid_input(format!(
            "'{tag}' is not a reply locale (choose one of: en, pt-BR, pt-PT, zh-Hans, zh-Hant)"
        ))
    })
}

pub fn render(
    id: &str,
    lang: &str,
    resource: Option<&Path>,
    raw_args: &[String],
) -> Result<(), CoreError> {
    let lang = reply_language(lang)?;
    let mut args = ReplyArgs::default();
    for raw in raw_args {
        let (k, v) = raw
            .split_once('=')
            .ok_or_else(|| CoreError::invalid_input(format!("--arg '{raw}' is not KEY=VALUE")))?;
        if k.is_empty() {
            return Err(CoreError::invalid_input(format!(
                "--arg '{raw}' has no name"
            )));
        }
        args.set(k, v);
    }
    let library = match resource {
        Some(file) => MacroLibrary::with_resource(lang, file)?,
        None => MacroLibrary::builtin(),
    };
    let rendered = library.render(id, lang, &args)?;
    if let Some(notice) = &rendered.fallback {
        eprintln!("polydesk-cli: note: {notice}");
    }
    println!("{}", rendered.text);
    Ok(())
}

pub fn list(lang: &str) -> Result<Vec<MacroSummary>, CoreError> {
    Ok(MacroLibrary::builtin().list(reply_language(lang)?))
}

pub fn detect_lang(text: Option<String>) -> Result<(), CoreError> {
    let text = match text.as_deref() {
        None | Some("-") => {
            let mut buf = String::new();
            std::io::stdin().read_to_string(&mut buf)?;
            buf
        }
        Some(t) => t.to_string(),
    };
    let detection = detect(&text);
    let json = serde_json::json!({
        "language": detection.language,
        "locale": detection.locale.map(|l| l.as_str()),
        "script": detection.script,
        "confidence": (detection.confidence * 1000.0).round() / 1000.0,
    });
    println!("{json}");
    Ok(())
}
