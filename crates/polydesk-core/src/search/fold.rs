//! Text folding shared by indexing and querying: compatibility decomposition, accents
//! and other combining marks dropped, lower case. "Não" and "nao" fold alike, and so do
//! full-width and ASCII Latin letters.

use unicode_general_category::{get_general_category, GeneralCategory};
use unicode_normalization::UnicodeNormalization;

/// Fold `text`, also returning for every byte of the result the byte offset of the
/// original character it came from (so matches can be mapped back for snippets).
pub fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (at, ch) in text.char_indices() {
        for d in std::iter::once(ch).nfkd() {
            if is_mark(d) {
                continue;
            }
            for l in d.to_lowercase() {
                let s = l.encode_utf8(&mut buf);
                folded.push_str(s);
                offsets.extend(std::iter::repeat_n(at, s.len()));
            }
        }
    }
    (folded, offsets)
}

/// Fold `text` (see the module docs).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for d in text.nfkd() {
        if !is_mark(d) {
            folded.extend(d.to_lowercase());
        }
    }
    folded
}

fn is_mark(c: char) -> bool {
    // Fast path: ASCII is never a mark.
    !c.is_ascii()
        && matches!(
            get_general_category(c),
            GeneralCategory::NonspacingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::EnclosingMark
        )
}

/// Characters written without spaces between words (Han, kana, Hangul). Searched by
/// one- and two-character grams rather than by words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF        // Hiragana, Katakana
        | 0x3400..=0x4DBF      // CJK Extension A
        | 0x4E00..=0x9FFF      // CJK Unified Ideographs
        | 0xAC00..=0xD7AF      // Hangul syllables
        | 0xF900..=0xFAFF      // CJK Compatibility Ideographs
        | 0x20000..=0x3134F    // Extensions B..G
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(fold("Não recebi as DEVOLUÇÕES"), "nao recebi as devolucoes");
        assert_eq!(fold("ＡＢＣ１２"), "abc12");
        assert_eq!(fold("退款，谢谢"), "退款,谢谢");
    }

    #[test]
    fn offsets_point_back_to_original_characters() {
        let text = "Olá, não";
        let (folded, offsets) = fold_with_offsets(text);
        assert_eq!(folded, "ola, nao");
        let at = folded.find("nao").unwrap();
        assert_eq!(&text[offsets[at]..], "não");
    }
}
