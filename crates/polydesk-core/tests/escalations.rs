//! Escalations that close the loop, through the store: opened with the CRM's terms
//! (group, priority by severity, tags, a note), followed up, resolved with an outcome;
//! solving refused while one is open unless the outcome comes with it; the root cause
//! required to solve; and the state rebuilt from what a pull brings.

use chrono::{Duration, TimeZone, Utc};
use polydesk_core::domain::{CaseRecord, Delivery, Direction, Message, Priority, Status};
use polydesk_core::escalation::{EscalationNote, EscalationState, RiskFlag, Severity};
use polydesk_core::root_cause::{self, Taxonomy};
use polydesk_core::store::{CaseEdit, Escalation, FollowUp, OutgoingReply, Solve, Store};
use polydesk_core::views::ViewSlug;
use polydesk_core::{workspace, ErrorCode};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0).unwrap()
}

fn store_with_case() -> (tempfile::TempDir, Store, CaseRecord) {
    let dir = tempfile::TempDir::new().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut records = polydesk_demo::generate(6, 3, now() - Duration::days(1));
    for r in &mut records {
        r.case.status = Status::Open;
        r.case.priority = Priority::Normal;
        r.case
            .tags
            .retain(|t| !t.starts_with("rc-") && t != "escalated");
    }
    store.put_case_records(&records).unwrap();
    (dir, store, records.remove(0))
}

fn escalation(case_id: &str) -> Escalation {
    Escalation {
        case_id: case_id.into(),
        group: "Payments".into(),
        priority: None,
        reason: "Lawyer wrote about the missing payout".into(),
        severity: Some(Severity::Critical),
        risks: Some(vec![RiskFlag::Legal, RiskFlag::CreatorRevenue]),
        due_at: Some(now() + Duration::hours(4)),
    }
}

fn outbox_kinds(store: &Store) -> Vec<String> {
    store
        .outbox_items()
        .unwrap()
        .into_iter()
        .map(|i| i.kind.as_str().to_string())
        .collect()
}

fn shipped() -> Taxonomy {
    Taxonomy::shipped()
}

#[test]
fn an_escalation_goes_out_in_the_crm_s_terms_and_lists_as_open() {
    let (_d, mut store, record) = store_with_case();
    let id = &record.case.id;
    store
        .queue_escalation(&escalation(id), "Rita", now())
        .unwrap();
    assert_eq!(outbox_kinds(&store), ["fields", "note"]);
    let detail = store.case_detail(id).unwrap();
    assert_eq!(detail.case.group.as_deref(), Some("Payments"));
    assert_eq!(detail.case.priority, Priority::Urgent, "critical → urgent");
    for tag in [
        "escalated",
        "severity-critical",
        "risk-legal",
        "risk-creator-revenue",
    ] {
        assert!(
            detail.case.tags.contains(&tag.to_string()),
            "{tag}: {:?}",
            detail.case.tags
        );
    }
    let e = &detail.escalations[0];
    assert_eq!(
        (e.id.clone(), e.state),
        (format!("{id}:1"), EscalationState::Open)
    );
    assert_eq!(e.due_at, Some(now() + Duration::hours(4)));
    assert_eq!(e.created_by, "Rita");
    assert!(e.log[0].queued);
    assert_eq!(store.list_escalations(true).unwrap().len(), 1);
    let view = store.list_cases(ViewSlug::Escalated, 0, 50, now()).unwrap();
    assert_eq!(
        view.cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        [id.as_str()]
    );

    let again = store
        .queue_escalation(&escalation(id), "Rita", now())
        .unwrap_err();
    assert_eq!(again.code(), ErrorCode::InvalidInput);
    assert!(again.to_string().contains("already escalated"), "{again}");
}

/// The reply a macro sends with the case's solving.
fn payout_reply(case_id: &str) -> OutgoingReply {
    OutgoingReply {
        case_id: case_id.to_owned(),
        body: "Your payout is on its way.".into(),
        internal: false,
        language: polydesk_core::domain::ReplyLanguage::En,
        files: Vec::new(),
    }
}

#[test]
fn solving_with_an_open_escalation_needs_its_outcome_in_the_same_action() {
    let (_d, mut store, record) = store_with_case();
    let id = &record.case.id;
    store
        .queue_escalation(&escalation(id), "Rita", now())
        .unwrap();
    let queued = store.outbox_items().unwrap().len();

    let edit = CaseEdit {
        status: Some(Status::Solved),
        ..CaseEdit::default()
    };
    let err = store.queue_case_edit(id, &edit, now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::EscalationOpen, "{err}");
    // A macro that solves the case refuses the whole send: no reply is queued either.
    let reply = payout_reply(id);
    let with_cause = CaseEdit {
        root_cause: Some("payout-delay".into()),
        ..edit.clone()
    };
    let err = workspace::send_reply(&mut store, &reply, None, false, Some(&with_cause), now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::EscalationOpen);
    let solve = Solve {
        case_id: id.clone(),
        root_cause: Some("payout-delay".into()),
        ..Solve::default()
    };
    let err = store
        .solve_case(&solve, &shipped(), "Ana", now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::EscalationOpen);
    assert_eq!(
        store.outbox_items().unwrap().len(),
        queued,
        "nothing queued"
    );

    let solve = Solve {
        outcome: Some("Payout released; creator told by phone".into()),
        ..solve
    };
    let note = store.solve_case(&solve, &shipped(), "Ana", now()).unwrap();
    assert!(note.unwrap().body_text.starts_with("Escalation resolved"));
    let detail = store.case_detail(id).unwrap();
    assert_eq!(detail.case.status, Status::Solved);
    assert_eq!(detail.root_cause.as_deref(), Some("payout-delay"));
    assert!(detail
        .case
        .tags
        .contains(&"escalation-resolved".to_string()));
    let e = &detail.escalations[0];
    assert_eq!(e.state, EscalationState::Resolved);
    assert_eq!(
        e.outcome.as_deref(),
        Some("Payout released; creator told by phone")
    );
    assert_eq!(e.resolved_by.as_deref(), Some("Ana"));
    assert!(store.list_escalations(true).unwrap().is_empty());
    assert!(store
        .list_cases(ViewSlug::Escalated, 0, 50, now())
        .unwrap()
        .cases
        .is_empty());
}

#[test]
fn a_macro_that_solves_with_the_outcome_queues_reply_solve_and_resolution_in_one_action() {
    let (_d, mut store, record) = store_with_case();
    let id = &record.case.id;
    store
        .queue_escalation(&escalation(id), "Rita", now())
        .unwrap();
    let queued = store.outbox_items().unwrap().len();
    let reply = payout_reply(id);
    let macro_edit = CaseEdit {
        status: Some(Status::Solved),
        add_tags: vec!["payout".into()],
        outcome: Some("Payout released".into()),
        ..CaseEdit::default()
    };
    let send = |store: &mut Store, edit: &CaseEdit| {
        workspace::send_reply(store, &reply, None, false, Some(edit), now())
    };
    // A root cause named with it must be one of the team's.
    let unknown = CaseEdit {
        root_cause: Some("no-such-cause".into()),
        ..macro_edit.clone()
    };
    let err = send(&mut store, &unknown).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    assert_eq!(
        store.outbox_items().unwrap().len(),
        queued,
        "nothing queued"
    );

    let whole = CaseEdit {
        root_cause: Some("payout-delay".into()),
        ..macro_edit
    };
    send(&mut store, &whole).unwrap();
    let kinds: Vec<String> = outbox_kinds(&store)[queued..].to_vec();
    assert_eq!(
        kinds,
        ["reply", "fields", "note"],
        "the reply, the solve, the resolution"
    );
    let detail = store.case_detail(id).unwrap();
    assert_eq!(detail.case.status, Status::Solved);
    assert_eq!(detail.root_cause.as_deref(), Some("payout-delay"));
    assert!(detail.case.tags.contains(&"payout".to_string()));
    assert_eq!(detail.escalations[0].state, EscalationState::Resolved);
    assert_eq!(
        detail.escalations[0].outcome.as_deref(),
        Some("Payout released")
    );
}

#[test]
fn a_macro_that_solves_asks_for_the_root_cause_unless_the_team_s_file_says_otherwise() {
    let (dir, mut store, record) = store_with_case();
    let id = &record.case.id;
    let reply = payout_reply(id);
    let solves = CaseEdit {
        status: Some(Status::Solved),
        add_tags: vec!["payout".into()],
        ..CaseEdit::default()
    };
    let err =
        workspace::send_reply(&mut store, &reply, None, false, Some(&solves), now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::RootCauseRequired, "{err}");
    assert!(
        store.outbox_items().unwrap().is_empty(),
        "not even the reply"
    );

    // A macro that leaves the case open asks for nothing.
    let pending = CaseEdit {
        status: Some(Status::Pending),
        ..solves.clone()
    };
    workspace::send_reply(&mut store, &reply, None, false, Some(&pending), now()).unwrap();
    assert_eq!(outbox_kinds(&store), ["reply", "fields"]);

    std::fs::write(
        dir.path().join(root_cause::TAXONOMY_FILE),
        root_cause::DEFAULT_TAXONOMY.replace("required = true", "required = false"),
    )
    .unwrap();
    workspace::send_reply(&mut store, &reply, None, false, Some(&solves), now()).unwrap();
    let detail = store.case_detail(id).unwrap();
    assert_eq!(detail.case.status, Status::Solved);
    assert_eq!(detail.root_cause, None);
}

#[test]
fn solving_needs_a_known_root_cause_unless_the_taxonomy_says_otherwise() {
    let (_d, mut store, record) = store_with_case();
    let id = &record.case.id;
    let bare = Solve {
        case_id: id.clone(),
        ..Solve::default()
    };
    let err = store
        .solve_case(&bare, &shipped(), "Ana", now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::RootCauseRequired, "{err}");
    let unknown = Solve {
        root_cause: Some("moon-phase".into()),
        ..bare.clone()
    };
    let err = store
        .solve_case(&unknown, &shipped(), "Ana", now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("moon-phase"), "{err}");
    assert!(store.outbox_items().unwrap().is_empty());

    let optional = Taxonomy {
        required: false,
        ..shipped()
    };
    assert_eq!(
        store.solve_case(&bare, &optional, "Ana", now()).unwrap(),
        None
    );
    assert_eq!(store.case_detail(id).unwrap().case.status, Status::Solved);
}

#[test]
fn a_follow_up_moves_the_due_time_and_a_discarded_escalation_is_gone() {
    let (_d, mut store, record) = store_with_case();
    let id = &record.case.id;
    let follow_up = FollowUp {
        case_id: id.clone(),
        note: "Asked Payments for an ETA".into(),
        due_at: now() + Duration::hours(30),
    };
    let err = store
        .follow_up_escalation(&follow_up, "Rita", now())
        .unwrap_err();
    assert!(err.to_string().contains("no open escalation"), "{err}");
    store
        .queue_escalation(&escalation(id), "Rita", now())
        .unwrap();
    store
        .follow_up_escalation(&follow_up, "Rita", now() + Duration::hours(1))
        .unwrap();
    let e = &store.case_escalations(id).unwrap()[0];
    assert_eq!(e.due_at, Some(now() + Duration::hours(30)));
    assert_eq!(e.log.len(), 2);

    for item in store.outbox_items().unwrap() {
        store.discard_outbox_item(&item.id).unwrap();
    }
    assert!(store.case_escalations(id).unwrap().is_empty());
    assert!(store
        .list_cases(ViewSlug::Escalated, 0, 50, now())
        .unwrap()
        .cases
        .is_empty());
}

/// A note as the CRM gives it back on pull.
fn crm_note(record: &CaseRecord, n: u32, author: &str, text: String, hour: i64) -> Message {
    Message {
        id: format!("{}-n{n}", record.case.id),
        case_id: record.case.id.clone(),
        author: author.into(),
        direction: Direction::Note,
        body_text: text,
        body_html: None,
        language: None,
        created_at: now() + Duration::hours(hour),
        delivery: Delivery::Sent,
        attachments: Vec::new(),
    }
}

#[test]
fn a_pull_rebuilds_a_colleague_s_escalation_from_its_notes_and_tags() {
    let (_d, mut store, mut record) = store_with_case();
    let opened = EscalationNote::Opened {
        team: "Payments".into(),
        severity: Severity::High,
        risks: vec![RiskFlag::Vip],
        due_at: Some(now() + Duration::hours(8)),
        reason: "VIP creator, third payout delay".into(),
    };
    record
        .case
        .tags
        .extend(["escalated", "severity-high", "risk-vip"].map(String::from));
    record.case.updated_at = now() + Duration::hours(1);
    record
        .messages
        .push(crm_note(&record, 1, "Rita", opened.text(), 1));
    store
        .put_case_records(std::slice::from_ref(&record))
        .unwrap();
    let open = store.open_escalation(&record.case.id).unwrap().unwrap();
    assert_eq!(
        (open.severity, open.team.as_str()),
        (Severity::High, "Payments")
    );
    assert_eq!(open.due_at, Some(now() + Duration::hours(8)));
    assert!(!open.log[0].queued);

    record.case.tags.push("escalation-resolved".into());
    record.case.updated_at = now() + Duration::hours(2);
    let resolved = EscalationNote::Resolved {
        outcome: "Paid out".into(),
    };
    record
        .messages
        .push(crm_note(&record, 2, "Ana", resolved.text(), 2));
    store
        .put_case_records(std::slice::from_ref(&record))
        .unwrap();
    assert!(store.open_escalation(&record.case.id).unwrap().is_none());
    let all = store.list_escalations(false).unwrap();
    assert_eq!(all[0].outcome.as_deref(), Some("Paid out"));
    assert_eq!(all[0].resolved_by.as_deref(), Some("Ana"));

    // Tags alone (escalated in the CRM's own screen).
    let mut other = record.clone();
    other.case.id = "zd-tags-only".into();
    other.case.crm_id = "tags-only".into();
    other.messages.clear();
    other.case.tags = vec!["escalated".into(), "severity-critical".into()];
    store.put_case_records(&[other]).unwrap();
    let open = store.open_escalation("zd-tags-only").unwrap().unwrap();
    assert_eq!(open.severity, Severity::Critical);
}

#[test]
fn the_due_time_follows_the_crm_s_field_and_a_follow_up_written_here_whatever_the_clocks() {
    let (_d, mut store, mut record) = store_with_case();
    let due = now() + Duration::hours(8);
    let opened = EscalationNote::Opened {
        team: "Payments".into(),
        severity: Severity::High,
        risks: vec![],
        due_at: Some(due),
        reason: "Payout bounced".into(),
    };
    record
        .case
        .tags
        .extend(["escalated", "severity-high"].map(String::from));
    // The CRM's clock runs an hour ahead of this computer's.
    record.case.updated_at = now() + Duration::hours(1);
    record
        .messages
        .push(crm_note(&record, 1, "Rita", opened.text(), 1));
    store
        .put_case_records(std::slice::from_ref(&record))
        .unwrap();
    assert_eq!(
        store
            .open_escalation(&record.case.id)
            .unwrap()
            .unwrap()
            .due_at,
        Some(due)
    );

    // A colleague moved the due time in the CRM's mapped field: it wins over the note.
    let moved = due + Duration::hours(20);
    record.case.updated_at = now() + Duration::hours(2);
    record.case.custom_fields.insert(
        polydesk_core::escalation::DUE_FIELD.into(),
        moved.to_rfc3339(),
    );
    store
        .put_case_records(std::slice::from_ref(&record))
        .unwrap();
    assert_eq!(
        store
            .open_escalation(&record.case.id)
            .unwrap()
            .unwrap()
            .due_at,
        Some(moved)
    );

    // A follow-up written here, at a time the CRM's clock has already passed, is newer still.
    let next = due + Duration::hours(30);
    let follow_up = FollowUp {
        case_id: record.case.id.clone(),
        note: "Asked payments again".into(),
        due_at: next,
    };
    store
        .follow_up_escalation(&follow_up, "Rita", now())
        .unwrap();
    let open = store.open_escalation(&record.case.id).unwrap().unwrap();
    assert_eq!(open.due_at, Some(next));
    assert_eq!(open.log.len(), 2, "{:?}", open.log);
    // It queued the field's new value with its note.
    let items = store.outbox_items().unwrap();
    let fields = items
        .iter()
        .find(|i| i.kind.as_str() == "fields")
        .expect("a field change");
    assert!(fields.changes.iter().any(|c| matches!(c,
        polydesk_core::domain::FieldChange::Custom { key, to: Some(to), .. }
            if key == polydesk_core::escalation::DUE_FIELD && to.starts_with(&next.format("%Y-%m-%dT%H:%M").to_string()))));
}

#[test]
fn a_risky_message_is_named_on_the_case_and_the_time_to_escalate_is_kept() {
    let (_d, mut store, mut record) = store_with_case();
    let id = record.case.id.clone();
    record.case.updated_at = now();
    record.case.tags.push("top-creator".into());
    record.messages.push(Message {
        id: format!("{id}-lawyer"),
        case_id: id.clone(),
        author: "Creator".into(),
        direction: Direction::Inbound,
        body_text: "Se não resolverem hoje, meu ADVOGADO vai entrar com uma ação judicial.".into(),
        body_html: None,
        language: None,
        created_at: now() - Duration::minutes(5),
        delivery: Delivery::Sent,
        attachments: Vec::new(),
    });
    store.put_case_records(&[record.clone()]).unwrap();
    let detail = store.case_detail(&id).unwrap();
    let risks: Vec<(RiskFlag, &str, Option<&str>)> = detail
        .risks
        .iter()
        .map(|r| (r.flag, r.term.as_str(), r.message_id.as_deref()))
        .collect();
    let lawyer = format!("{id}-lawyer");
    assert_eq!(
        risks,
        [
            (RiskFlag::Legal, "advogado", Some(lawyer.as_str())),
            (RiskFlag::Vip, "top-creator", None)
        ]
    );

    store
        .queue_escalation(&escalation(&id), "Rita", now())
        .unwrap();
    let e = store.open_escalation(&id).unwrap().unwrap();
    assert_eq!(
        e.since_arrival_secs,
        (now() - record.case.created_at).num_seconds(),
        "from the case's arrival to the escalation"
    );
}

#[test]
fn teams_listed_in_teams_toml_are_offered_with_the_crm_s_groups() {
    let dir = tempfile::TempDir::new().unwrap();
    std::fs::write(
        dir.path().join("teams.toml"),
        "teams = [\"Legal\", \"Trust & Safety\"]",
    )
    .unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store
        .put_case_records(&polydesk_demo::generate(6, 3, now()))
        .unwrap();
    let (teams, _) = store.known_groups_and_assignees().unwrap();
    assert!(teams.contains(&"Legal".to_string()), "{teams:?}");
    assert!(teams.contains(&"Trust & Safety".to_string()));
    assert!(teams.len() > 2, "and the CRM's groups: {teams:?}");
    assert!(store.file_problems().is_empty());
    drop(store);
    // A broken file is named in the status bar; the CRM's groups are still offered.
    std::fs::write(dir.path().join("teams.toml"), "teams = 3").unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(
        store
            .file_problems()
            .iter()
            .any(|p| p.starts_with("teams.toml")),
        "{:?}",
        store.file_problems()
    );
    let (teams, _) = store.known_groups_and_assignees().unwrap();
    assert!(!teams.is_empty() && !teams.contains(&"Legal".to_string()));
}
