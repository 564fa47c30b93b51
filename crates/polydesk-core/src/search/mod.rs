//! Search over case subjects and messages in Portuguese, English and Chinese.
//! Pure text logic here; the index itself lives in the store.

mod fold;
mod snippet;
mod terms;

pub use fold::{fold, fold_with_offsets, is_cjk};
pub use snippet::snippet;
pub use terms::{
    document_terms, fts_expression, matches_text, parse_query, singular_candidates, QueryPart,
};
