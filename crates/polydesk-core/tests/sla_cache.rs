//! SLA clocks through the cache: each case's due time kept as it is pulled, answered,
//! paused and solved; the `breaching` view; the CRM's due time winning over the policy;
//! the policy file read from the data folder (a broken one shown, not fatal); attainment
//! per period.
//!
//! Times: Monday 2026-12-07, 12:00 UTC is 09:00 in São Paulo, inside the shipped
//! calendar's hours (08:00–20:00). Urgent: first response 1h, resolution 8h.

use chrono::{DateTime, Duration, TimeZone, Utc};
use polydesk_core::domain::{CaseRecord, Delivery, Direction, Message, Priority, Status};
use polydesk_core::sla::{SlaSource, TargetState};
use polydesk_core::store::{CaseEdit, OutgoingReply, SlaTargetKind, Store};
use polydesk_core::views::ViewSlug;

fn at(h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, h, m, 0).unwrap()
}

fn inbound(case_id: &str, n: usize, when: DateTime<Utc>) -> Message {
    Message {
        id: format!("{case_id}-m{n}"),
        case_id: case_id.into(),
        author: "Customer".into(),
        direction: Direction::Inbound,
        body_text: "Meu presente não foi creditado".into(),
        body_html: None,
        language: Some("pt".into()),
        created_at: when,
        delivery: Delivery::Sent,
        attachments: Vec::new(),
    }
}

/// `n` urgent open cases, each created at 12:00 with one message from the customer.
fn records(n: usize) -> Vec<CaseRecord> {
    let mut records = polydesk_demo::generate(n, 2, at(12, 0));
    for r in &mut records {
        r.case.status = Status::Open;
        r.case.priority = Priority::Urgent;
        r.case.created_at = at(12, 0);
        r.case.updated_at = at(12, 0);
        r.case.sla_due_at = None;
        r.case.tags.clear();
        r.messages = vec![inbound(&r.case.id, 0, at(12, 0))];
    }
    records
}

fn open_with(records: &[CaseRecord]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store.put_case_records(records).unwrap();
    (dir, store)
}

fn breaching(store: &Store, now: DateTime<Utc>) -> Vec<String> {
    store
        .list_cases(ViewSlug::Breaching, 0, 100, now)
        .unwrap()
        .cases
        .into_iter()
        .map(|c| c.id)
        .collect()
}

/// The list's countdown of the first case.
fn first_due(store: &Store) -> Option<DateTime<Utc>> {
    store
        .list_cases(ViewSlug::All, 0, 10, at(12, 0))
        .unwrap()
        .cases[0]
        .sla_next_due
}

fn reply(case_id: &str) -> OutgoingReply {
    OutgoingReply {
        case_id: case_id.into(),
        body: "Olá! Já verificamos o seu presente.".into(),
        internal: false,
        language: "pt-BR".parse().unwrap(),
        files: Vec::new(),
    }
}

#[test]
fn a_pulled_case_is_due_by_the_policy_and_breaches_in_the_view() {
    let recs = records(2);
    let (_d, store) = open_with(&recs);
    let id = &recs[0].case.id;
    let sla = store.case_sla(id, at(12, 10)).unwrap().unwrap();
    assert_eq!(sla.first_response_due, Some(at(13, 0)));
    assert_eq!(sla.resolution_due, Some(at(20, 0)));
    assert_eq!(sla.source, SlaSource::Policy);
    assert!(!sla.breached && !sla.paused);
    let page = store.list_cases(ViewSlug::All, 0, 10, at(12, 10)).unwrap();
    let row = page.cases.iter().find(|c| &c.id == id).unwrap();
    assert_eq!(row.sla_next_due, Some(at(13, 0)), "the list counts down");

    // Due in 50 minutes is inside the one-hour warning; at 11:50 it was not yet.
    assert!(breaching(&store, at(11, 50)).is_empty());
    assert_eq!(breaching(&store, at(12, 10)).len(), 2);
    let late = store.case_sla(id, at(13, 30)).unwrap().unwrap();
    assert!(late.breached && late.breaching);
    assert_eq!(late.targets[0].kind, SlaTargetKind::FirstResponse);
    assert_eq!(late.targets[0].state, TargetState::Breached);
}

#[test]
fn a_queued_reply_answers_and_pending_pauses_the_clock() {
    let recs = records(2);
    let (_d, mut store) = open_with(&recs);
    let (a, b) = (&recs[0].case.id, &recs[1].case.id);
    store.queue_reply(&reply(a), "Rita", at(12, 20)).unwrap();
    let sla = store.case_sla(a, at(12, 30)).unwrap().unwrap();
    assert_eq!(sla.targets[0].state, TargetState::Met);
    assert_eq!(sla.targets[0].done_at, Some(at(12, 20)));
    assert_eq!(
        breaching(&store, at(12, 30)),
        std::slice::from_ref(b),
        "answered: due at 20:00 now"
    );

    let pending = CaseEdit {
        status: Some(Status::Pending),
        ..Default::default()
    };
    store.queue_case_edit(b, &pending, at(12, 30)).unwrap();
    let paused = store.case_sla(b, at(14, 0)).unwrap().unwrap();
    assert!(paused.paused && !paused.breached);
    assert!(breaching(&store, at(14, 0)).is_empty(), "no clock runs");
}

#[test]
fn solving_stops_every_clock_and_the_crm_due_time_wins() {
    let mut recs = records(2);
    recs[1].case.sla_due_at = Some(at(12, 30));
    let (_d, mut store) = open_with(&recs);
    let crm = store
        .case_sla(&recs[1].case.id, at(12, 10))
        .unwrap()
        .unwrap();
    assert_eq!(crm.source, SlaSource::Crm);
    assert_eq!(crm.first_response_due, Some(at(12, 30)));

    let solved = CaseEdit {
        status: Some(Status::Solved),
        ..Default::default()
    };
    store
        .queue_case_edit(&recs[0].case.id, &solved, at(12, 40))
        .unwrap();
    assert_eq!(
        breaching(&store, at(12, 45)),
        std::slice::from_ref(&recs[1].case.id)
    );
}

#[test]
fn a_policy_file_in_the_data_folder_counts_and_a_broken_one_is_shown() {
    let recs = records(1);
    let dir = tempfile::TempDir::new().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        store.put_case_records(&recs).unwrap();
    }
    let custom = polydesk_core::sla::DEFAULT_POLICY.replace(
        "[targets.urgent]\nfirst_response = \"1h\"",
        "[targets.urgent]\nfirst_response = \"30m\"",
    );
    assert_ne!(custom, polydesk_core::sla::DEFAULT_POLICY);
    std::fs::write(dir.path().join("sla-policy.toml"), custom).unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        assert!(store.file_problems().is_empty());
        assert_eq!(
            first_due(&store),
            Some(at(12, 30)),
            "told again for the new policy"
        );
    }
    std::fs::write(
        dir.path().join("sla-policy.toml"),
        "warning = \"soon\"\n[calendar]\ntime_zone = \"UTC\"\nmonday = \"09:00-17:00\"\n",
    )
    .unwrap();
    let store = Store::open(dir.path()).unwrap();
    let problem = &store.file_problems()[0];
    assert!(
        problem.contains("sla-policy.toml") && problem.contains("warning"),
        "{problem}"
    );
    assert_eq!(
        first_due(&store),
        Some(at(13, 0)),
        "the shipped policy counts"
    );
}

#[test]
fn attainment_counts_met_missed_and_open_targets_of_the_period() {
    let mut recs = records(3);
    // Answered at 12:30 (met) and solved at 14:00 (met); answered at 14:00 (missed);
    // not answered by 15:00 (missed, still open). Resolutions are due at 20:00.
    let answer = |r: &CaseRecord, when| Message {
        direction: Direction::Outbound,
        ..inbound(&r.case.id, 1, when)
    };
    let (first, second) = (answer(&recs[0], at(12, 30)), answer(&recs[1], at(14, 0)));
    recs[0].messages.push(first);
    recs[0].case.status = Status::Solved;
    recs[0].case.updated_at = at(14, 0);
    recs[1].messages.push(second);
    let (_d, store) = open_with(&recs);
    let report = store
        .sla_attainment(at(0, 0), at(0, 0) + Duration::days(1), at(15, 0))
        .unwrap();
    assert_eq!(report.cases, 3);
    assert_eq!(
        (
            report.first_response.met,
            report.first_response.missed,
            report.first_response.open
        ),
        (1, 2, 0)
    );
    assert_eq!(
        (
            report.resolution.met,
            report.resolution.missed,
            report.resolution.open
        ),
        (1, 0, 2)
    );
}

#[test]
fn reminders_come_once_for_a_due_escalation_and_a_case_about_to_breach() {
    use polydesk_core::escalation::EscalationStepKind;
    use polydesk_core::store::{Escalation, FollowUp, ReminderKind};
    let recs = records(2);
    let (_d, mut store) = open_with(&recs);
    let (a, b) = (&recs[0].case.id, &recs[1].case.id);
    // b was answered: only a's first response (due 13:00) can warn.
    store.queue_reply(&reply(b), "Rita", at(12, 5)).unwrap();
    let escalation = Escalation {
        case_id: b.clone(),
        group: "Payments".into(),
        priority: None,
        reason: "Payout missing".into(),
        severity: None,
        risks: None,
        due_at: Some(at(12, 30)),
    };
    store
        .queue_escalation(&escalation, "Rita", at(12, 10))
        .unwrap();

    assert!(
        store.due_reminders(at(11, 50)).unwrap().is_empty(),
        "nothing yet"
    );
    let due = store.due_reminders(at(12, 40)).unwrap();
    let kinds: Vec<(ReminderKind, &str)> =
        due.iter().map(|r| (r.kind, r.case_id.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ReminderKind::EscalationDue, b.as_str()),
            (ReminderKind::SlaWarning, a.as_str())
        ],
        "the soonest due first"
    );
    assert_eq!(due[0].team.as_deref(), Some("Payments"));
    for r in &due {
        store.reminder_shown(r, at(12, 40)).unwrap();
    }
    assert!(
        store.due_reminders(at(12, 45)).unwrap().is_empty(),
        "each once"
    );
    let log: Vec<EscalationStepKind> = store
        .open_escalation(b)
        .unwrap()
        .unwrap()
        .log
        .iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(
        log,
        [EscalationStepKind::Opened, EscalationStepKind::Reminded]
    );

    // A follow-up moves the due time: it reminds again then. A breach long past does not
    // remind at all (the view shows it).
    let follow = FollowUp {
        case_id: b.clone(),
        note: "Asked Payments".into(),
        due_at: at(14, 0),
    };
    store
        .follow_up_escalation(&follow, "Rita", at(12, 50))
        .unwrap();
    let later = store.due_reminders(at(14, 5)).unwrap();
    assert_eq!(later.len(), 1, "{later:?}");
    assert_eq!(later[0].kind, ReminderKind::EscalationDue);
    assert_eq!(later[0].due_at, at(14, 0));
}

#[test]
fn a_bulk_load_leaves_due_times_for_afterwards_and_they_are_told_then() {
    let mut recs = records(4);
    recs[3].case.status = Status::Pending;
    recs[3].case.updated_at = at(12, 5);
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    assert!(
        !store.sla_untold().unwrap(),
        "an empty cache has nothing to tell"
    );
    store.begin_bulk_load().unwrap();
    store.apply_pulled_cases(&recs).unwrap();
    store.end_bulk_load().unwrap();
    assert!(store.sla_untold().unwrap());
    assert_eq!(first_due(&store), None, "not told while the pull wrote");
    assert!(store.tell_all_sla(at(12, 10)).unwrap() > 0);
    assert!(!store.sla_untold().unwrap());
    let rows = store
        .list_cases(ViewSlug::All, 0, 10, at(12, 10))
        .unwrap()
        .cases;
    let row = rows.iter().find(|c| c.id == recs[0].case.id).unwrap();
    assert_eq!(row.sla_next_due, Some(at(13, 0)));
    assert_eq!(
        breaching(&store, at(12, 10)).len(),
        3,
        "the pending one waits"
    );
    let pending = store
        .case_sla(&recs[3].case.id, at(12, 10))
        .unwrap()
        .unwrap();
    assert!(pending.paused, "its status was noted by the pass");
    assert_eq!(pending.targets[0].state, TargetState::Paused);
}
