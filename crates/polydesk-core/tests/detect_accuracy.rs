//! Language detection on short customer messages (tests/data/detect_lang.tsv): at least
//! 98% right on messages of four words or more, Spanish never taken for Portuguese, and
//! the script right for every Chinese message.

use polydesk_core::language::detect;

struct Sample {
    language: String,
    locale: String,
    text: String,
}

fn samples() -> Vec<Sample> {
    let data = include_str!("data/detect_lang.tsv");
    data.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            Sample {
                language: cols.next().unwrap().to_string(),
                locale: cols.next().unwrap().to_string(),
                text: cols.next().expect("three columns").to_string(),
            }
        })
        .collect()
}

fn long_enough(s: &Sample) -> bool {
    s.language == "zh" || s.text.split_whitespace().count() >= 4
}

#[test]
fn language_accuracy_is_at_least_98_percent() {
    let all = samples();
    assert!(all.len() >= 200, "{} samples", all.len());
    let mut wrong = Vec::new();
    let scored: Vec<&Sample> = all.iter().filter(|s| long_enough(s)).collect();
    for s in &scored {
        let d = detect(&s.text);
        if d.language != s.language {
            wrong.push(format!(
                "{} -> {} ({:.2}): {}",
                s.language, d.language, d.confidence, s.text
            ));
        }
    }
    let accuracy = 1.0 - wrong.len() as f64 / scored.len() as f64;
    assert!(
        accuracy >= 0.98,
        "accuracy {accuracy:.3}; wrong:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn spanish_is_never_taken_for_portuguese() {
    for s in samples().iter().filter(|s| s.language == "es") {
        assert_ne!(detect(&s.text).language, "pt", "{}", s.text);
    }
}

#[test]
fn chinese_script_is_always_right() {
    for s in samples().iter().filter(|s| s.language == "zh") {
        let d = detect(&s.text);
        assert_eq!(
            d.locale.map(|l| l.as_str().to_string()).as_deref(),
            Some(s.locale.as_str()),
            "{}",
            s.text
        );
    }
}

#[test]
fn marked_portuguese_varieties_are_told_apart() {
    let mut wrong = Vec::new();
    let marked: Vec<Sample> = samples()
        .into_iter()
        .filter(|s| s.locale == "pt-BR" || s.locale == "pt-PT")
        .collect();
    for s in &marked {
        let got = detect(&s.text)
            .locale
            .map(|l| l.as_str().to_string())
            .unwrap_or_default();
        if got != s.locale {
            wrong.push(format!("{} -> {got}: {}", s.locale, s.text));
        }
    }
    let accuracy = 1.0 - wrong.len() as f64 / marked.len() as f64;
    assert!(
        accuracy >= 0.95,
        "accuracy {accuracy:.3}; wrong:\n{}",
        wrong.join("\n")
    );
}
