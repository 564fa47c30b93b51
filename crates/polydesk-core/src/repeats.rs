//! Repeat complaints, pure: a case is a repeat when the same customer had a case within
//! the window (30 days by default) with the same root cause, the same order id, or a
//! similar subject. Similar is lexical, over the search index's own terms: Portuguese
//! without accents and singular or plural (`reembolsos` is `reembolso`), English words,
//! and Chinese character pairs (`退款没到账` is like `退款还没到账`).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use crate::search::{parse_query, QueryPart};

/// How far back an earlier case makes a new one a repeat, by default.
pub const REPEAT_WINDOW_DAYS: i64 = 30;

crate::choice_enum! {
    /// Why a case counts as a repeat of an earlier one.
    RepeatReason { RootCause => "root-cause", OrderId => "order-id", Subject => "subject" }
}

/// What repeat detection reads of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseFacts<'a> {
    pub id: &'a str,
    pub subject: &'a str,
    pub created_at: DateTime<Utc>,
    pub root_cause: Option<&'a str>,
    pub order_id: Option<&'a str>,
}

/// Words that say nothing about what a complaint is about.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "not", "was", "has", "have", "with", "from", "you", "your", "yet",
    "still", "com", "nao", "meu", "minha", "meus", "minhas", "para", "que", "uma", "dos", "das",
    "por", "sem", "foi", "ainda", "sua", "seu",
];

/// The terms a subject is compared by: words of three letters or more (folded, singular)
/// and pairs of Chinese characters (a lone character stands for itself).
pub fn subject_terms(subject: &str) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    for part in parse_query(subject) {
        match part {
            QueryPart::Word(forms) => {
                let Some(word) = forms.iter().min_by_key(|f| f.chars().count()) else {
                    continue;
                };
                if word.chars().count() >= 3 && !STOPWORDS.contains(&word.as_str()) {
                    terms.insert(word.clone());
                }
            }
            QueryPart::Run(chars) if chars.len() == 1 => {
                terms.insert(chars[0].to_string());
            }
            QueryPart::Run(chars) => {
                terms.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
            }
        }
    }
    terms
}

/// Whether two subjects are about the same thing: at least two terms in common, and
/// those are at least half of the shorter subject's terms.
pub fn similar_subjects(a: &str, b: &str) -> bool {
    let (a, b) = (subject_terms(a), subject_terms(b));
    let shared = a.intersection(&b).count();
    shared >= 2 && shared * 2 >= a.len().min(b.len())
}

/// Why `this` repeats `earlier` (the same customer's), if it does: `earlier` came first,
/// within `window` before it, with the same root cause, order id, or a similar subject.
pub fn repeat_reason(
    this: &CaseFacts<'_>,
    earlier: &CaseFacts<'_>,
    window: Duration,
) -> Option<RepeatReason> {
    if earlier.id == this.id
        || earlier.created_at >= this.created_at
        || this.created_at - earlier.created_at > window
    {
        return None;
    }
    let same = |a: Option<&str>, b: Option<&str>| matches!((a, b), (Some(a), Some(b)) if !a.trim().is_empty() && a.trim() == b.trim());
    if same(this.root_cause, earlier.root_cause) {
        Some(RepeatReason::RootCause)
    } else if same(this.order_id, earlier.order_id) {
        Some(RepeatReason::OrderId)
    } else if similar_subjects(this.subject, earlier.subject) {
        Some(RepeatReason::Subject)
    } else {
        None
    }
}

/// Whether `other`, another case of the same customer, is likely the same request as
/// `this`: both still unsolved (`open`), about the same order or with similar subjects.
/// Unlike a repeat, order in time does not matter: either may be merged into the other.
pub fn likely_duplicate(this: &CaseFacts<'_>, other: &CaseFacts<'_>, both_open: bool) -> bool {
    if !both_open || this.id == other.id {
        return false;
    }
    let same_order = matches!((this.order_id, other.order_id),
        (Some(a), Some(b)) if !a.trim().is_empty() && a.trim() == b.trim());
    same_order || similar_subjects(this.subject, other.subject)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, 10, 0, 0).unwrap()
    }

    fn case<'a>(id: &'a str, subject: &'a str, d: u32) -> CaseFacts<'a> {
        CaseFacts {
            id,
            subject,
            created_at: day(d),
            root_cause: None,
            order_id: None,
        }
    }

    #[test]
    fn subjects_match_across_accents_plurals_and_chinese_characters() {
        assert!(similar_subjects(
            "Reembolso não recebido do pedido",
            "reembolsos nao recebidos — pedido"
        ));
        assert!(similar_subjects("我的退款没到账", "退款还没到账"));
        assert!(similar_subjects(
            "我的退款什麼時候到帳",
            "退款什麼時候到帳？"
        ));
        assert!(similar_subjects(
            "Payout still not received",
            "payouts not received"
        ));
        assert!(!similar_subjects(
            "Reembolso não recebido",
            "LIVE travando muito"
        ));
        assert!(!similar_subjects("直播卡顿", "退款没到账"));
        // One word in common is not enough.
        assert!(!similar_subjects(
            "Refund for order",
            "Refund policy question"
        ));
    }

    #[test]
    fn a_repeat_needs_an_earlier_case_within_the_window_for_a_reason() {
        let window = Duration::days(REPEAT_WINDOW_DAYS);
        let this = CaseFacts {
            root_cause: Some("payout-delay"),
            order_id: Some("5810096046285"),
            ..case("zd-9", "Onde está meu pagamento?", 28)
        };
        let by_cause = CaseFacts {
            root_cause: Some("payout-delay"),
            ..case("zd-1", "Transferência atrasada", 20)
        };
        assert_eq!(
            repeat_reason(&this, &by_cause, window),
            Some(RepeatReason::RootCause)
        );
        let by_order = CaseFacts {
            order_id: Some(" 5810096046285 "),
            ..case("zd-2", "Pacote parado", 20)
        };
        assert_eq!(
            repeat_reason(&this, &by_order, window),
            Some(RepeatReason::OrderId)
        );
        let by_subject = case("zd-3", "Onde está o meu pagamento", 20);
        assert_eq!(
            repeat_reason(&this, &by_subject, window),
            Some(RepeatReason::Subject)
        );
        assert_eq!(
            repeat_reason(&this, &case("zd-4", "Conta bloqueada", 20), window),
            None
        );
        // Later, or too long ago, or itself: not a repeat.
        let later = CaseFacts {
            created_at: day(29),
            ..by_cause.clone()
        };
        assert_eq!(repeat_reason(&this, &later, window), None);
        assert_eq!(repeat_reason(&this, &by_cause, Duration::days(5)), None);
        assert_eq!(repeat_reason(&this, &this, window), None);
    }

    #[test]
    fn likely_duplicates_are_open_cases_about_the_same_request_either_way_in_time() {
        let this = case("zd-9", "Presente não creditado na LIVE", 28);
        let earlier = case("zd-1", "presentes nao creditados — live de ontem", 20);
        let later = case("zd-10", "Presentes não creditados na live", 29);
        assert!(likely_duplicate(&this, &earlier, true));
        assert!(likely_duplicate(&this, &later, true));
        assert!(
            !likely_duplicate(&this, &earlier, false),
            "a solved case is no duplicate"
        );
        assert!(!likely_duplicate(&this, &this, true));
        assert!(!likely_duplicate(
            &this,
            &case("zd-2", "Conta bloqueada", 27),
            true
        ));
        let by_order = CaseFacts {
            order_id: Some("5810096046285"),
            ..case("zd-3", "物流没有更新", 27)
        };
        let same_order = CaseFacts {
            order_id: Some("5810096046285 "),
            ..case("zd-4", "Where is my parcel", 28)
        };
        assert!(likely_duplicate(&by_order, &same_order, true));
        assert!(likely_duplicate(
            &case("zd-5", "退款还没到账", 27),
            &case("zd-6", "我的退款没到账", 28),
            true
        ));
    }

    proptest! {
        #[test]
        fn similarity_is_symmetric_and_a_subject_is_like_itself(
            a in "[a-zA-Zçãéõ退款到账直播 ]{0,30}",
            b in "[a-zA-Zçãéõ退款到账直播 ]{0,30}",
        ) {
            prop_assert_eq!(similar_subjects(&a, &b), similar_subjects(&b, &a));
            if subject_terms(&a).len() >= 2 {
                prop_assert!(similar_subjects(&a, &a));
            }
        }
    }
}
