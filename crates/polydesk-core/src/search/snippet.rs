//! Cutting the matched text out of a message, with some context, for a search hit.

use super::fold::fold_with_offsets;
use super::terms::QueryPart;

/// Characters of context kept before and after the first match.
const BEFORE: usize = 30;
const AFTER: usize = 90;

/// The part of `text` around the first place any query part matches (the start of the
/// text when none does), with `…` where it was cut. Whitespace runs become one space.
pub fn snippet(text: &str, parts: &[QueryPart]) -> String {
    let (folded, offsets) = fold_with_offsets(text);
    let hit = parts
        .iter()
        .filter_map(|p| {
            let needle = p.needle();
            (!needle.is_empty()).then(|| folded.find(&needle)).flatten()
        })
        .min()
        .map(|at| offsets[at])
        .unwrap_or(0);

    let start = text[..hit]
        .char_indices()
        .rev()
        .nth(BEFORE - 1)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let end = text[hit..]
        .char_indices()
        .nth(AFTER)
        .map(|(i, _)| hit + i)
        .unwrap_or(text.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(
        &text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    );
    if end < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::parse_query;

    #[test]
    fn snippet_centres_on_the_match() {
        let long = format!(
            "{} o reembolso não chegou {}",
            "a".repeat(200),
            "b".repeat(200)
        );
        let s = snippet(&long, &parse_query("nao"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("não chegou"), "{s}");
    }

    #[test]
    fn short_text_is_whole() {
        assert_eq!(
            snippet("退款  还没到账", &parse_query("退款")),
            "退款 还没到账"
        );
    }
}
