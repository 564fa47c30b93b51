//! Which language the agent's own UI speaks: their choice, else the OS locale's best match.

/// UI languages Polydesk ships (`locales/<tag>/ui/`).
pub const UI_LANGUAGES: [&str; 3] = ["en", "pt-BR", "zh-Hans"];

/// The UI language to use: a saved choice wins if it is one we ship; otherwise the OS
/// locale is matched by language (any Portuguese -> `pt-BR`, any Chinese -> `zh-Hans`);
/// otherwise English.
pub fn pick_ui_language(saved: Option<&str>, os_locale: Option<&str>) -> &'static str {
    if let Some(tag) = saved.and_then(shipped) {
        return tag;
    }
    os_locale.map(match_os_locale).unwrap_or("en")
}

/// The shipped UI language with exactly this tag, if any.
pub fn shipped(tag: &str) -> Option<&'static str> {
    UI_LANGUAGES.iter().copied().find(|t| *t == tag)
}

fn match_os_locale(locale: &str) -> &'static str {
    // OS locales come as `pt_BR.UTF-8`, `zh-Hant-TW`, `en-US`...
    let lang = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match lang.as_str() {
        "pt" => "pt-BR",
        "zh" => "zh-Hans",
        _ => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_choice_wins_over_os_locale() {
        assert_eq!(
            pick_ui_language(Some("zh-Hans"), Some("pt_BR.UTF-8")),
            "zh-Hans"
        );
    }

    #[test]
    fn unknown_saved_choice_falls_back_to_os() {
        assert_eq!(pick_ui_language(Some("fr"), Some("pt_PT.UTF-8")), "pt-BR");
    }

    #[test]
    fn os_locales_map_by_language() {
        assert_eq!(pick_ui_language(None, Some("zh_TW.UTF-8")), "zh-Hans");
        assert_eq!(pick_ui_language(None, Some("en-GB")), "en");
        assert_eq!(pick_ui_language(None, Some("de_DE")), "en");
        assert_eq!(pick_ui_language(None, None), "en");
    }
}
