//! Linking and merging cases against the CRM simulator, through the sync engine: a link
//! is an internal note on each ticket, a merge is Zendesk's merge job (the source closed
//! with its note, the target given its own), and each reaches the desk exactly once —
//! also when the answer to the merge is lost after the desk applied it.

use std::sync::Mutex;

use chrono::Utc;
use crm_sim::{FaultPlan, Role, RunningSim};
use polydesk_connectors::zendesk::case_id;
use polydesk_core::domain::Status;
use polydesk_core::store::Store;

use crate::support::{connect, sim, store, sync, unescalated_open_tickets};

/// Two tickets the desk has open and not escalated.
async fn open_tickets(sim: &RunningSim) -> (u64, u64) {
    let open = unescalated_open_tickets(sim).await;
    assert!(open.len() >= 2, "the desk needs two open tickets");
    (open[0], open[1])
}

async fn notes_saying(sim: &RunningSim, ticket: u64, text: &str) -> Vec<serde_json::Value> {
    sim.state()
        .comments(ticket)
        .await
        .into_iter()
        .filter(|c| c["body"].as_str().is_some_and(|b| b.contains(text)))
        .collect()
}

fn status(store: &Mutex<Store>, ticket: u64) -> Status {
    store
        .lock()
        .unwrap()
        .case_detail(&case_id(ticket))
        .unwrap()
        .case
        .status
}

#[tokio::test]
async fn a_link_leaves_one_internal_note_on_each_ticket() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let (a, b) = open_tickets(&sim).await;
    store
        .lock()
        .unwrap()
        .queue_link(&case_id(a), &case_id(b), "Rita Lin", Utc::now())
        .unwrap();
    let report = sync(&store, &zd).await;
    assert_eq!(report.pushed, 2, "{report:?}");
    // The export holds back the last minute.
    sim.state().advance(120).await;
    sync(&store, &zd).await;
    for (on, other) in [(a, b), (b, a)] {
        let notes = notes_saying(&sim, on, &format!("Linked to #{other}: ")).await;
        assert_eq!(notes.len(), 1, "ticket {on}: {notes:?}");
        assert_eq!(notes[0]["public"], false);
        // The pulled note replaces the queued one: shown once.
        let thread = store
            .lock()
            .unwrap()
            .case_detail(&case_id(on))
            .unwrap()
            .messages;
        let shown = thread
            .iter()
            .filter(|m| m.body_text.starts_with(&format!("Linked to #{other}: ")))
            .count();
        assert_eq!(shown, 1, "ticket {on}");
    }
}

#[tokio::test]
async fn a_merge_closes_the_source_once_even_when_its_answer_is_lost() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let (source, target) = open_tickets(&sim).await;
    store
        .lock()
        .unwrap()
        .queue_merge(&case_id(source), &case_id(target), "Rita Lin", Utc::now())
        .unwrap();
    // The desk merges, and the answer never arrives.
    sim.state()
        .set_faults("drop-after-apply".parse().unwrap())
        .await;
    let first = sync(&store, &zd).await;
    assert_eq!(first.retrying, 1, "{first:?}");
    sim.state().set_faults(FaultPlan::default()).await;
    let second = sync(&store, &zd).await;
    assert_eq!(
        (second.found_applied, second.pushed, second.left_unsent),
        (1, 0, 0),
        "{second:?}"
    );
    assert_eq!(sim.state().stats().await.merges, 1, "merged exactly once");
    let ticket = sim.state().ticket(source).await.unwrap();
    assert_eq!(ticket["status"], "closed");
    let merged_away = notes_saying(&sim, source, &format!("Merged into #{target}: ")).await;
    assert_eq!(merged_away.len(), 1);
    assert_eq!(merged_away[0]["public"], false);
    let came_in = notes_saying(
        &sim,
        target,
        &format!("#{source} was merged into this case"),
    )
    .await;
    assert_eq!(came_in.len(), 1);
    // The next pull shows both as the desk has them.
    sim.state().advance(120).await;
    sync(&store, &zd).await;
    assert_eq!(status(&store, source), Status::Closed);
    assert!(status(&store, target).is_open());
    assert!(store.lock().unwrap().outbox_items().unwrap().is_empty());
}

#[tokio::test]
async fn a_merge_the_desk_refuses_is_kept_and_named() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let (source, target) = open_tickets(&sim).await;
    store
        .lock()
        .unwrap()
        .queue_merge(&case_id(source), &case_id(target), "Rita Lin", Utc::now())
        .unwrap();
    // A colleague closes the target first: Zendesk does not merge into a closed ticket.
    sim.state()
        .colleague_edit(
            target,
            crm_sim::ColleagueEdit {
                status: Some("closed".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let report = sync(&store, &zd).await;
    assert_eq!(report.pushed, 0, "{report:?}");
    assert_eq!(sim.state().stats().await.merges, 0);
    let items = store.lock().unwrap().outbox_items().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].state.as_str(), "rejected", "{:?}", items[0]);
    let why = items[0].last_error.clone().unwrap_or_default();
    assert!(why.contains("closed"), "{why}");
}
