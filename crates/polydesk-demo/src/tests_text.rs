//! Tests of the templates themselves: every slot fills, each Chinese script stays pure and
//! uses full-width punctuation, each Portuguese variant keeps its own vocabulary.

use super::scenario::Scenario;
use super::text::{language_text, LanguageText, Slots};
use super::text_en;
use polydesk_core::domain::ReplyLanguage;

/// Every template string of a language.
fn all_templates(t: &LanguageText) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = vec![t.greeting, t.sign_off];
    for list in [
        t.nudges, t.thanks, t.updates, t.notes, t.gifts, t.streams, t.products,
    ] {
        assert!(!list.is_empty());
        all.extend(list);
    }
    for scenario in Scenario::ALL {
        let s = (t.scenario)(scenario);
        for list in [
            s.subjects,
            s.openings,
            s.follow_ups,
            s.replies,
            s.resolutions,
        ] {
            assert!(!list.is_empty(), "{scenario:?}");
            all.extend(list);
        }
    }
    all
}

#[test]
fn every_template_fills_completely() {
    let slots = Slots {
        name: "N".into(),
        agent: "A".into(),
        order: "5800000000000".into(),
        amount: "R$ 1,00".into(),
        date: "01/02".into(),
        time: "21:00".into(),
        gift: "G".into(),
        diamonds: "10".into(),
        coins: "70".into(),
        stream: "S".into(),
        reference: "ESC-1000".into(),
        tracking: "AB123456789BR".into(),
        carrier: "C".into(),
        product: "P".into(),
        days: "3".into(),
        hours: "24".into(),
        withdrawal: "WD0000000000".into(),
    };
    let mut templates: Vec<&str> = Vec::new();
    for &language in ReplyLanguage::ALL {
        templates.extend(all_templates(language_text(language)));
    }
    for scenario in Scenario::ALL {
        templates.extend(text_en::scenario_notes(scenario));
    }
    for template in templates {
        let filled = slots.fill(template);
        assert!(!filled.contains('{') && !filled.contains('}'), "{template}");
    }
}

/// Characters only Simplified Chinese uses, and their Traditional counterparts.
const SIMPLIFIED_ONLY: &str = "这还没钱单货账为们么说请问题时经过处费钻礼号币发现样给会对应该务实际将与东关开间帮复态订诉让认证资报户线网络视频绑额确银转达运输动统录检断后";
const TRADITIONAL_ONLY: &str = "這還沒錢單貨帳為們麼說請問題時經過處費鑽禮號幣發現樣給會對應該務實際將與東關開間幫復態訂訴讓認證資報戶線網絡視頻綁額確銀轉達運輸動統錄檢斷後";

#[test]
fn chinese_templates_use_the_right_script_and_full_width_punctuation() {
    let check = |language: ReplyLanguage, foreign: &str| {
        for template in all_templates(language_text(language)) {
            if let Some(c) = template.chars().find(|c| foreign.contains(*c)) {
                panic!("{language}: '{c}' in {template}");
            }
            for ascii in [',', '?', '!', ';', '(', ')', ':'] {
                let outside_url = template.replace("https://", "");
                assert!(
                    !outside_url.contains(ascii),
                    "{language}: '{ascii}' in {template}"
                );
            }
        }
    };
    check(ReplyLanguage::ZhHant, SIMPLIFIED_ONLY);
    check(ReplyLanguage::ZhHans, TRADITIONAL_ONLY);
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

#[test]
fn portuguese_variants_keep_their_own_vocabulary() {
    let check = |language: ReplyLanguage, foreign: &[&str]| {
        for template in all_templates(language_text(language)) {
            let without_slots = Slots::default().fill(template);
            for word in words(&without_slots) {
                assert!(
                    !foreign.contains(&word.as_str()),
                    "{language}: '{word}' in {template}"
                );
            }
        }
    };
    check(
        ReplyLanguage::PtPt,
        &[
            "você", "celular", "equipe", "contato", "registro", "tela", "time", "cadê",
        ],
    );
    check(
        ReplyLanguage::PtBr,
        &[
            "telemóvel",
            "equipa",
            "contacto",
            "registo",
            "ecrã",
            "portes",
        ],
    );
}
