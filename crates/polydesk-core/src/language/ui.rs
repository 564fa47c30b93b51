//! Which language the agent's own UI speaks: their choice, else the OS locale's best match.

crate::choice_enum! {
    /// A language Polydesk's UI ships in (`locales/<tag>/ui/`).
    UiLanguage { En => "en", PtBr => "pt-BR", ZhHans => "zh-Hans" }
}

/// The UI language to use: a saved choice wins if it is one we ship; otherwise the OS
/// locale is matched by language (any Portuguese -> `pt-BR`, any Chinese -> `zh-Hans`);
/// otherwise English.
pub fn pick_ui_language(saved: Option<&str>, os_locale: Option<&str>) -> UiLanguage {
    if let Some(tag) = saved.and_then(|s| s.parse::<UiLanguage>().ok()) {
        return tag;
    }
    os_locale.map(match_os_locale).unwrap_or(UiLanguage::En)
}

fn match_os_locale(locale: &str) -> UiLanguage {
    // OS locales come as `pt_BR.UTF-8`, `zh-Hant-TW`, `en-US`...
    let lang = locale
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match lang.as_str() {
        "pt" => UiLanguage::PtBr,
        "zh" => UiLanguage::ZhHans,
        _ => UiLanguage::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UiLanguage::*;

    #[test]
    fn saved_choice_wins_over_os_locale() {
        assert_eq!(
            pick_ui_language(Some("zh-Hans"), Some("pt_BR.UTF-8")),
            ZhHans
        );
    }

    #[test]
    fn unknown_saved_choice_falls_back_to_os() {
        assert_eq!(pick_ui_language(Some("fr"), Some("pt_PT.UTF-8")), PtBr);
    }

    #[test]
    fn os_locales_map_by_language() {
        assert_eq!(pick_ui_language(None, Some("zh_TW.UTF-8")), ZhHans);
        assert_eq!(pick_ui_language(None, Some("en-GB")), En);
        assert_eq!(pick_ui_language(None, Some("de_DE")), En);
        assert_eq!(pick_ui_language(None, None), En);
    }
}
