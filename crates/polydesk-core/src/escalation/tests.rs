use chrono::TimeZone;

use super::*;
use crate::domain::Delivery;

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 5, hour, 0, 0).unwrap()
}

fn note(n: u32, author: &str, text: &str, delivery: Delivery) -> Message {
    Message {
        id: format!("m{n}"),
        case_id: "zd-7".into(),
        author: author.into(),
        direction: Direction::Note,
        body_text: text.into(),
        body_html: None,
        language: None,
        created_at: at(8 + n),
        delivery,
        attachments: Vec::new(),
    }
}

fn facts(tags: &[String]) -> CaseFacts<'_> {
    CaseFacts {
        case_id: "zd-7",
        tags,
        group: Some("Payments"),
        solved: false,
        updated_at: at(20),
        created_at: at(0),
        due_field: None,
    }
}

fn opened(due: DateTime<Utc>) -> String {
    EscalationNote::Opened {
        team: "Payments".into(),
        severity: Severity::High,
        risks: vec![RiskFlag::CreatorRevenue],
        due_at: Some(due),
        reason: "Gifts not credited for 3 days".into(),
    }
    .text()
}

#[test]
fn the_log_follows_the_notes_opened_followed_up_resolved() {
    let messages = vec![
        note(0, "Rita", &opened(at(12)), Delivery::Sent),
        note(1, "Ana", "Called the creator back.", Delivery::Sent),
        note(
            2,
            "Ana",
            &EscalationNote::FollowedUp {
                due_at: Some(at(16)),
                note: "Payments asked for the stream id".into(),
            }
            .text(),
            Delivery::Sent,
        ),
    ];
    let open = rebuild(&facts(&[]), &messages);
    assert_eq!(open.len(), 1);
    let e = &open[0];
    assert_eq!((e.id.as_str(), e.team.as_str()), ("zd-7:1", "Payments"));
    assert_eq!(
        e.since_arrival_secs,
        8 * 3600,
        "opened at 08:00, the case came at 00:00"
    );
    assert_eq!(
        (e.severity, e.state),
        (Severity::High, EscalationState::Open)
    );
    assert_eq!(e.risks, vec![RiskFlag::CreatorRevenue]);
    assert_eq!(e.due_at, Some(at(16)), "a follow-up moves the due time");
    assert_eq!((e.created_by.as_str(), e.created_at), ("Rita", at(8)));
    let kinds: Vec<_> = e.log.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [EscalationStepKind::Opened, EscalationStepKind::FollowedUp]
    );

    let mut messages = messages;
    messages.push(note(
        3,
        "Ana",
        &EscalationNote::Resolved {
            outcome: "Credited 1,200 diamonds".into(),
        }
        .text(),
        Delivery::Queued,
    ));
    let resolved = &rebuild(&facts(&[]), &messages)[0];
    assert_eq!(resolved.state, EscalationState::Resolved);
    assert_eq!(resolved.outcome.as_deref(), Some("Credited 1,200 diamonds"));
    assert_eq!(resolved.resolved_by.as_deref(), Some("Ana"));
    assert_eq!(resolved.resolved_at, Some(at(11)));
    assert!(resolved.log.last().unwrap().queued, "still in the outbox");
}

#[test]
fn a_second_escalation_after_the_first_is_resolved_is_the_case_s_second() {
    let resolved = EscalationNote::Resolved {
        outcome: "done".into(),
    }
    .text();
    let messages = vec![
        note(0, "Rita", &opened(at(12)), Delivery::Sent),
        note(1, "Rita", &resolved, Delivery::Sent),
        note(2, "Rita", &opened(at(18)), Delivery::Sent),
        // A resolution with nothing open is not a step of anything.
        note(3, "Rita", &resolved, Delivery::Sent),
        note(4, "Rita", &resolved, Delivery::Sent),
    ];
    let all = rebuild(&facts(&[]), &messages);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].id, "zd-7:2");
    assert_eq!(all[1].log.len(), 2);
}

#[test]
fn a_case_escalated_in_the_crm_s_own_screen_is_told_by_its_tags() {
    let tags: Vec<String> = [
        "escalated",
        "severity-critical",
        "risk-legal",
        "risk-vip",
        "vip",
    ]
    .map(String::from)
    .to_vec();
    let e = &rebuild(&facts(&tags), &[])[0];
    assert_eq!(
        (e.team.as_str(), e.severity),
        ("Payments", Severity::Critical)
    );
    assert_eq!(e.risks, vec![RiskFlag::Legal, RiskFlag::Vip]);
    assert!(e.is_open());
    let solved = CaseFacts {
        solved: true,
        ..facts(&tags)
    };
    assert!(!rebuild(&solved, &[])[0].is_open(), "ended with the case");
    let mut tags = tags;
    tags.push(RESOLVED_TAG.into());
    assert!(!rebuild(&facts(&tags), &[])[0].is_open());
    assert!(rebuild(&facts(&["vip".to_string()]), &[]).is_empty());
}

#[test]
fn tags_carry_severity_risks_and_state() {
    let (add, remove) = tags_for(
        Severity::Critical,
        &[RiskFlag::Safety],
        EscalationState::Open,
    );
    assert_eq!(add, ["escalated", "severity-critical", "risk-safety"]);
    assert_eq!(
        remove,
        ["severity-high", "severity-normal", "escalation-resolved"]
    );
    let (add, _) = tags_for(Severity::Normal, &[], EscalationState::Resolved);
    assert_eq!(add, ["escalated", "severity-normal", "escalation-resolved"]);
    assert_eq!(Severity::Critical.priority(), Some(Priority::Urgent));
    assert_eq!(Severity::High.priority(), Some(Priority::High));
    assert_eq!(Severity::Normal.priority(), None);
}
