//! Turning text into search terms, for documents and for queries alike.
//!
//! - Words (Latin and other spaced scripts) are folded (see [`super::fold`]) and, because
//!   agents search "reembolso" for "reembolsos" and "devolução" for "devoluções", a word
//!   also stands for its singular candidates ([`singular_candidates`]). A document holds
//!   a word and its candidates; a query word matches any of its own forms.
//! - Chinese (and other unspaced scripts) is indexed as every single character and every
//!   adjacent pair. A one-character query looks up the character; a longer one is a
//!   phrase of its consecutive pairs, so 退款 and 退款申请 both match exactly where those
//!   characters stand together.

use super::fold::{fold, is_cjk};

/// A piece of a parsed query; every part must match for a document to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryPart {
    /// A word: matches a document holding any of these forms.
    Word(Vec<String>),
    /// A run of unspaced-script characters (one or more).
    Run(Vec<char>),
}

impl QueryPart {
    /// The folded text to look for when cutting a snippet.
    pub fn needle(&self) -> String {
        match self {
            // The shortest form is a prefix of the others: it finds singular and plural.
            QueryPart::Word(forms) => forms
                .iter()
                .min_by_key(|f| f.len())
                .cloned()
                .unwrap_or_default(),
            QueryPart::Run(chars) => chars.iter().collect(),
        }
    }
}

enum Segment<'a> {
    Word(&'a str),
    Run(&'a str),
}

/// Split folded text into words and unspaced-script runs.
fn segments(folded: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in folded.char_indices() {
        let kind = if is_cjk(c) {
            Some(true)
        } else if c.is_alphanumeric() {
            Some(false)
        } else {
            None
        };
        match (start, kind) {
            (Some((_, cjk)), Some(k)) if cjk == k => {}
            (Some((s, cjk)), _) => {
                out.push(segment(&folded[s..i], cjk));
                start = kind.map(|k| (i, k));
            }
            (None, _) => start = kind.map(|k| (i, k)),
        }
    }
    if let Some((s, cjk)) = start {
        out.push(segment(&folded[s..], cjk));
    }
    out
}

fn segment(text: &str, cjk: bool) -> Segment<'_> {
    if cjk {
        Segment::Run(text)
    } else {
        Segment::Word(text)
    }
}

/// The terms a document is indexed under, space-separated, in an order where each run's
/// character pairs stand next to each other (single characters come last).
pub fn document_terms(text: &str) -> String {
    let folded = fold(text);
    let mut terms = String::with_capacity(folded.len() * 2);
    let mut singles = String::new();
    let push = |out: &mut String, t: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    };
    for seg in segments(&folded) {
        match seg {
            Segment::Word(w) => {
                push(&mut terms, w);
                for form in singular_candidates(w) {
                    push(&mut terms, &form);
                }
            }
            Segment::Run(run) => {
                let chars: Vec<char> = run.chars().collect();
                for pair in chars.windows(2) {
                    let gram: String = pair.iter().collect();
                    push(&mut terms, &gram);
                }
                // A boundary term keeps the pairs of different runs from standing adjacent
                // (a private-use character: no query ever produces it).
                push(&mut terms, RUN_BOUNDARY);
                for c in &chars {
                    push(&mut singles, c.encode_utf8(&mut [0u8; 4]));
                }
            }
        }
    }
    if !singles.is_empty() {
        push(&mut terms, &singles);
    }
    terms
}

const RUN_BOUNDARY: &str = "\u{E000}";

/// Parse a search box query. Empty when it holds no searchable characters.
pub fn parse_query(query: &str) -> Vec<QueryPart> {
    let folded = fold(query);
    segments(&folded)
        .into_iter()
        .map(|seg| match seg {
            Segment::Word(w) => {
                let mut forms = vec![w.to_string()];
                forms.extend(singular_candidates(w));
                QueryPart::Word(forms)
            }
            Segment::Run(run) => QueryPart::Run(run.chars().collect()),
        })
        .collect()
}

/// The query as an FTS5 MATCH expression over the terms [`document_terms`] writes.
pub fn fts_expression(parts: &[QueryPart]) -> Option<String> {
    if parts.is_empty() {
        return None;
    }
    let quoted = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    let groups: Vec<String> = parts
        .iter()
        .map(|part| match part {
            QueryPart::Word(forms) => {
                let alts: Vec<String> = forms.iter().map(|f| quoted(f)).collect();
                format!("({})", alts.join(" OR "))
            }
            QueryPart::Run(chars) if chars.len() == 1 => quoted(&chars[0].to_string()),
            QueryPart::Run(chars) => {
                let grams: Vec<String> = chars.windows(2).map(|p| p.iter().collect()).collect();
                quoted(&grams.join(" "))
            }
        })
        .collect();
    Some(groups.join(" AND "))
}

/// Whether a document's text matches the query, decided by scanning the text directly.
/// The reference the index is checked against (tests and the benchmark's recall).
pub fn matches_text(parts: &[QueryPart], text: &str) -> bool {
    if parts.is_empty() {
        return false;
    }
    let folded = fold(text);
    let segs = segments(&folded);
    parts.iter().all(|part| match part {
        QueryPart::Word(forms) => segs.iter().any(|s| match s {
            Segment::Word(w) => {
                let doc_forms: Vec<String> = std::iter::once(w.to_string())
                    .chain(singular_candidates(w))
                    .collect();
                forms.iter().any(|f| doc_forms.contains(f))
            }
            Segment::Run(_) => false,
        }),
        QueryPart::Run(chars) => {
            let needle: String = chars.iter().collect();
            segs.iter()
                .any(|s| matches!(s, Segment::Run(r) if r.contains(&needle)))
        }
    })
}

/// Singular forms a (folded) Portuguese or English word may be the plural of:
/// `reembolsos -> reembolso`, `devolucoes -> devolucao`, `ordens -> ordem`,
/// `papeis -> papel`, `deliveries -> delivery`, `valores -> valor`.
/// Over-generation is harmless: the same rule runs on documents and queries.
pub fn singular_candidates(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if word.chars().count() <= 3 || !word.ends_with('s') || word.ends_with("ss") {
        return out;
    }
    let stem = |n: usize| &word[..word.len() - n];
    let mut add = |form: String| {
        if !out.contains(&form) {
            out.push(form);
        }
    };
    add(stem(1).to_string());
    if word.ends_with("es") {
        add(stem(2).to_string());
    }
    for (plural, singular) in [
        ("oes", "ao"),
        ("aes", "ao"),
        ("ais", "al"),
        ("eis", "el"),
        ("ois", "ol"),
        ("uis", "ul"),
        ("ns", "m"),
        ("ies", "y"),
    ] {
        if word.ends_with(plural) {
            add(format!("{}{}", stem(plural.len()), singular));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(query: &str, text: &str) -> bool {
        matches_text(&parse_query(query), text)
    }

    #[test]
    fn portuguese_accents_and_plurals() {
        assert!(q("nao", "Eu não recebi"));
        assert!(q("não", "eu nao recebi"));
        assert!(q("reembolso", "Cadê meus reembolsos?"));
        assert!(q("reembolsos", "Pedi um reembolso ontem"));
        assert!(q("devolução", "As devoluções estão atrasadas"));
        assert!(q("ordem", "duas ordens de pagamento"));
        assert!(!q("reembolso", "Pedi uma troca"));
    }

    #[test]
    fn english_plurals() {
        assert!(q("refund", "Where are my refunds?"));
        assert!(q("delivery", "two deliveries late"));
        assert!(q("case", "three cases"));
    }

    #[test]
    fn chinese_one_two_and_four_characters() {
        let text = "我的退款申请还没有到账";
        assert!(q("退", text));
        assert!(q("退款", text));
        assert!(q("退款申请", text));
        assert!(!q("款退", text));
        assert!(!q("退款到账", text));
    }

    #[test]
    fn every_part_must_match() {
        assert!(q("refund order", "The refund for order 123"));
        assert!(!q("refund parcel", "The refund for order 123"));
    }

    #[test]
    fn documents_hold_pairs_adjacent_and_singles_after() {
        assert_eq!(
            document_terms("退款了 ok"),
            "退款 款了 \u{E000} ok 退 款 了"
        );
        assert_eq!(document_terms("Reembolsos"), "reembolsos reembolso");
    }

    #[test]
    fn runs_do_not_join_across_punctuation() {
        // 款 ends one run and 款 starts the next: "退款项" must not match.
        let terms = document_terms("退款。款项");
        assert_eq!(terms, "退款 \u{E000} 款项 \u{E000} 退 款 款 项");
        assert!(!q("退款项", "退款。款项"));
    }

    #[test]
    fn fts_expression_shapes() {
        let parts = parse_query("Reembolsos 退款申请 钱");
        assert_eq!(
            fts_expression(&parts).unwrap(),
            "(\"reembolsos\" OR \"reembolso\") AND \"退款 款申 申请\" AND \"钱\""
        );
        assert!(fts_expression(&parse_query(" ,.; ")).is_none());
    }
}
