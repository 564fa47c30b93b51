//! The Zendesk connector and the sync engine against the CRM simulator, one fault at a
//! time: every reply reaches the CRM exactly once, pulls converge, errors are classified;
//! escalations between two caches (zendesk_sim/escalation_round_trip.rs), linked and
//! merged tickets (zendesk_sim/links.rs).

use std::sync::Mutex;

use chrono::Utc;
use crm_sim::{ColleagueEdit, FaultPlan, Role, RunningSim, SimConfig};
use polydesk_connectors::zendesk::{case_id, Zendesk, ZendeskAuth, CLIENT_ID_KEY};
use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::domain::ReplyLanguage;
use polydesk_core::store::{OutgoingReply, Store};
use polydesk_sync::{sync_once, SyncOptions};

#[path = "zendesk_sim/escalation_round_trip.rs"]
mod escalation_round_trip;
#[path = "zendesk_sim/links.rs"]
mod links;
mod support;
use support::{connect, settings, sim, store, sync, CASES};

fn queue(store: &Mutex<Store>, ticket: u64, body: &str) {
    store
        .lock()
        .unwrap()
        .queue_reply(
            &OutgoingReply {
                case_id: case_id(ticket),
                body: body.into(),
                internal: false,
                language: ReplyLanguage::En,
                files: Vec::new(),
            },
            "Rita Lin",
            Utc::now(),
        )
        .unwrap();
}

async fn count_comments(sim: &RunningSim, ticket: u64, body: &str) -> usize {
    sim.state()
        .comments(ticket)
        .await
        .iter()
        .filter(|c| c["body"] == body)
        .count()
}

#[tokio::test]
async fn first_sync_pulls_every_case_and_a_noop_sync_costs_one_request() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let host = sim
        .base_url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert_eq!(zd.stream(), format!("zendesk:incremental:{host}"));
    // Another desk never shares its cursor.
    let other = crm_sim::start(crm_sim::SimConfig::default()).await.unwrap();
    assert_ne!(connect(&other).await.stream(), zd.stream());
    other.shutdown().await;
    let (_dir, store) = store();
    let first = sync(&store, &zd).await;
    assert_eq!(first.cases_changed, CASES);
    assert_eq!(store.lock().unwrap().case_count().unwrap() as usize, CASES);
    let id = sim.state().ticket_ids().await[0];
    let detail = store.lock().unwrap().case_detail(&case_id(id)).unwrap();
    assert_eq!(detail.messages.len(), sim.state().comments(id).await.len());

    let before = sim.state().stats().await.requests.values().sum::<u64>();
    let noop = sync(&store, &zd).await;
    let after = sim.state().stats().await.requests.values().sum::<u64>();
    assert_eq!((noop.cases_changed, noop.pulled_pages), (0, 1));
    assert_eq!(after - before, 1, "a sync with nothing new is one request");
}

#[tokio::test]
async fn a_reply_queued_offline_arrives_once_when_the_crm_is_back() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let id = sim.state().ticket_ids().await[1];
    queue(&store, id, "Olá! Já estamos verificando.");

    // The CRM goes away: nothing is attempted, nothing is counted.
    let down = Zendesk::connect(
        &sim.base_url,
        ZendeskAuth::Bearer("sim-token".into()),
        &settings(),
    )
    .await
    .unwrap();
    let base = sim.base_url.clone();
    sim.shutdown().await;
    let report = sync(&store, &down).await;
    assert!(report.offline(), "{report:?}");
    let items = store.lock().unwrap().outbox_items().unwrap();
    assert_eq!((items.len(), items[0].attempts), (1, 0));

    // Back on the same address.
    let port = base
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let sim = crm_sim::start_on(
        SimConfig {
            cases: CASES,
            ..SimConfig::default()
        },
        port,
    )
    .await
    .unwrap();
    let report = sync(&store, &down).await;
    assert_eq!((report.pushed, report.left_unsent), (1, 0), "{report:?}");
    assert_eq!(
        count_comments(&sim, id, "Olá! Já estamos verificando.").await,
        1
    );
    let audits = sim.state().audits(id).await;
    assert!(audits
        .iter()
        .any(|a| a["metadata"]["custom"][CLIENT_ID_KEY].is_string()));
    let _ = zd;
}

#[tokio::test]
async fn an_answer_lost_after_the_crm_applied_it_is_found_not_sent_twice() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let id = sim.state().ticket_ids().await[2];
    queue(&store, id, "Reply that loses its answer");
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
    assert_eq!(
        count_comments(&sim, id, "Reply that loses its answer").await,
        1
    );
    let thread = store
        .lock()
        .unwrap()
        .case_detail(&case_id(id))
        .unwrap()
        .messages;
    assert_eq!(
        thread
            .iter()
            .filter(|m| m.body_text == "Reply that loses its answer")
            .count(),
        1
    );
}

/// Files go up as uploads first, then the comment names their tokens: a failed upload
/// or a lost answer to the comment never puts a file (or the reply) on the ticket twice.
#[tokio::test]
async fn files_with_a_reply_arrive_once_intact_through_failures() {
    use base64::Engine;
    use polydesk_core::store::ReplyFile;
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let id = sim.state().ticket_ids().await[4];
    let photo: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let files = [
        ("foto do pedido.jpg", "image/jpeg", photo.clone()),
        ("日志.txt", "text/plain", "订单 123\n".as_bytes().to_vec()),
    ];
    let body = "Anexei a foto e o registro.";
    store
        .lock()
        .unwrap()
        .queue_reply(
            &OutgoingReply {
                case_id: case_id(id),
                body: body.into(),
                internal: false,
                language: ReplyLanguage::PtBr,
                files: files
                    .iter()
                    .map(|(name, kind, bytes)| ReplyFile {
                        file_name: name.to_string(),
                        content_type: kind.to_string(),
                        content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
                    })
                    .collect(),
            },
            "Rita Lin",
            Utc::now(),
        )
        .unwrap();

    sim.state().set_faults("500".parse().unwrap()).await;
    let failed = sync(&store, &zd).await;
    assert_eq!(failed.retrying, 1, "{failed:?}");
    assert_eq!(count_comments(&sim, id, body).await, 0);

    sim.state()
        .set_faults("drop-after-apply".parse().unwrap())
        .await;
    let lost = sync(&store, &zd).await;
    assert_eq!(lost.retrying, 1, "{lost:?}");
    sim.state().set_faults(FaultPlan::default()).await;
    let found = sync(&store, &zd).await;
    assert_eq!((found.found_applied, found.pushed), (1, 0), "{found:?}");

    let comments = sim.state().comments(id).await;
    let ours: Vec<_> = comments.iter().filter(|c| c["body"] == body).collect();
    assert_eq!(ours.len(), 1, "exactly once");
    let attached = ours[0]["attachments"].as_array().unwrap();
    assert_eq!(attached.len(), files.len());
    for ((name, kind, bytes), listed) in files.iter().zip(attached) {
        assert_eq!(listed["file_name"], *name);
        assert_eq!(listed["content_type"], *kind);
        let attachment = polydesk_core::domain::Attachment {
            id: listed["id"].to_string(),
            file_name: name.to_string(),
            content_type: Some(kind.to_string()),
            size: listed["size"].as_u64(),
            url: listed["content_url"].as_str().map(String::from),
        };
        assert_eq!(&zd.download_attachment(&attachment).await.unwrap(), bytes);
    }
}

#[tokio::test]
async fn requests_are_paced_by_the_rate_limit_headers_and_never_refused() {
    let sim = crm_sim::start(SimConfig {
        cases: CASES,
        role: Role::Admin,
        faults: "rate-limit:10/1s,export-limit:1/1s".parse().unwrap(),
        ..SimConfig::default()
    })
    .await
    .unwrap();
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    let first = sync(&store, &zd).await;
    assert_eq!(first.cases_changed, CASES);
    // A second export right away is over the export allowance: it waits instead.
    let again = sync(&store, &zd).await;
    assert_eq!(again.pulled_pages, 1);
    let stats = sim.state().stats().await;
    let sent: u64 = stats.requests.values().sum();
    assert!(
        sent > 4 * 10,
        "more requests than four windows allow: {sent}"
    );
    assert_eq!(stats.requests["incremental_tickets"], 2);
    assert_eq!(
        stats.faults.get("rate-limit"),
        None,
        "no request met the limit: {stats:?}"
    );
}

#[tokio::test]
async fn rate_limits_and_server_errors_retry_and_then_deliver() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let id = sim.state().ticket_ids().await[3];
    for (spec, body) in [
        ("429:7", "after a 429"),
        ("500", "after a 500"),
        ("timeout:3s", "after a timeout"),
    ] {
        queue(&store, id, body);
        sim.state().set_faults(spec.parse().unwrap()).await;
        let r = sync(&store, &zd).await;
        assert!(r.retrying == 1 || r.offline(), "{spec}: {r:?}");
        let item = &store.lock().unwrap().outbox_items().unwrap()[0];
        assert!(item.last_error.is_some(), "{spec}");
        sim.state().set_faults(FaultPlan::default()).await;
        let r = sync(&store, &zd).await;
        assert_eq!(r.left_unsent, 0, "{spec}: {r:?}");
        assert_eq!(count_comments(&sim, id, body).await, 1, "{spec}");
    }
}

#[tokio::test]
async fn duplicated_and_overlapping_pages_change_nothing_twice() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sim.state()
        .set_faults("duplicate-pages,overlap-pages".parse().unwrap())
        .await;
    sync(&store, &zd).await;
    assert_eq!(store.lock().unwrap().case_count().unwrap() as usize, CASES);
    store.lock().unwrap().integrity_check().unwrap();
}

#[tokio::test]
async fn malformed_answers_fail_the_pull_without_moving_the_cursor() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sim.state().set_faults("malformed".parse().unwrap()).await;
    let report = sync_once(
        &store,
        &zd,
        &SyncOptions {
            ignore_backoff: true,
            now: Utc::now(),
        },
    )
    .await
    .unwrap();
    let stopped = report.stopped.expect("a malformed answer stops the pull");
    assert_eq!(stopped.code(), polydesk_core::ErrorCode::CrmMalformed);
    assert!(
        stopped.to_string().contains("/api/v2/"),
        "names the endpoint: {stopped}"
    );
    assert!(store
        .lock()
        .unwrap()
        .sync_cursor(&zd.stream())
        .unwrap()
        .is_none());
    sim.state().set_faults(FaultPlan::default()).await;
    assert_eq!(sync(&store, &zd).await.cases_changed, CASES);
}

#[tokio::test]
async fn a_colleagues_edit_arrives_with_the_next_pull() {
    let sim = sim(Role::Admin).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let id = sim.state().ticket_ids().await[4];
    let note = "Escalated to Tier 2 Payments, ref ESC-1";
    sim.state()
        .colleague_edit(
            id,
            ColleagueEdit {
                status: Some("pending".into()),
                comment: Some(note.into()),
                tags: None,
                priority: None,
            },
        )
        .await
        .unwrap();
    sim.state().advance(120).await;
    let r = sync(&store, &zd).await;
    assert!(r.cases_changed >= 1, "{r:?}");
    let detail = store.lock().unwrap().case_detail(&case_id(id)).unwrap();
    assert_eq!(detail.case.status, polydesk_core::domain::Status::Pending);
    assert!(detail.messages.iter().any(|m| m.body_text == note));
}

/// The running SLA target the desk reports for `id`, as RFC 3339.
async fn active_sla(sim: &RunningSim, id: u64) -> Option<String> {
    let ticket = sim.state().ticket(id).await.unwrap();
    let metrics = ticket["slas"]["policy_metrics"].as_array().unwrap().clone();
    metrics
        .iter()
        .find(|m| m["stage"] == "active")
        .map(|m| m["breach_at"].as_str().unwrap().to_string())
}

fn cached_sla(store: &Mutex<Store>, id: u64) -> Option<String> {
    let detail = store.lock().unwrap().case_detail(&case_id(id)).unwrap();
    detail
        .case
        .sla_due_at
        .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

#[tokio::test]
async fn sla_targets_arrive_with_the_cases_and_stop_once_solved() {
    for role in [Role::Admin, Role::Agent] {
        let sim = sim(role).await;
        let zd = connect(&sim).await;
        let (_dir, store) = store();
        sync(&store, &zd).await;
        let mut running = Vec::new();
        for id in sim.state().ticket_ids().await {
            let expected = active_sla(&sim, id).await;
            assert_eq!(cached_sla(&store, id), expected, "{role:?} ticket {id}");
            if expected.is_some() {
                running.push(id);
            }
        }
        assert!(running.len() >= 5, "{role:?}: {running:?}");

        let id = running[0];
        let solved = ColleagueEdit {
            status: Some("solved".into()),
            comment: None,
            tags: None,
            priority: None,
        };
        sim.state().colleague_edit(id, solved).await.unwrap();
        sim.state().advance(600).await;
        sync(&store, &zd).await;
        assert_eq!(active_sla(&sim, id).await, None);
        assert_eq!(cached_sla(&store, id), None, "{role:?}: solved, no clock");
    }
}

#[tokio::test]
async fn agents_pull_through_search_export() {
    let sim = sim(Role::Agent).await;
    let zd = connect(&sim).await;
    let host = sim
        .base_url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert_eq!(zd.stream(), format!("zendesk:search:{host}"));
    let (_dir, store) = store();
    let r = sync(&store, &zd).await;
    assert_eq!(r.cases_changed, CASES, "{r:?}");
    let again = sync(&store, &zd).await;
    assert_eq!(
        again.cases_changed, 0,
        "the overlapping window re-reads but changes nothing"
    );
}

#[tokio::test]
async fn the_periodic_reconcile_catches_deletions_the_search_export_cannot_report() {
    let sim = sim(Role::Agent).await;
    let zd = connect(&sim).await;
    let (_dir, store) = store();
    sync(&store, &zd).await;
    let victim = sim.state().ticket_ids().await[3];
    assert!(sim.state().delete_ticket(victim).await);
    sync(&store, &zd).await;
    assert!(
        store.lock().unwrap().case_detail(&case_id(victim)).is_ok(),
        "the search export does not report deletions"
    );
    let removed = polydesk_sync::reconcile(&store, &zd).await.unwrap();
    assert_eq!(removed, 1);
    assert!(store.lock().unwrap().case_detail(&case_id(victim)).is_err());
    assert_eq!(
        store.lock().unwrap().case_count().unwrap() as usize,
        CASES - 1
    );
    // Admins' incremental export reports deletions itself: nothing to reconcile.
    let admin_sim = crate::sim(Role::Admin).await;
    let admin = connect(&admin_sim).await;
    assert_eq!(admin.missing_cases(&["1".into()]).await.unwrap(), None);
}

#[tokio::test]
async fn refused_credentials_are_named() {
    let sim = sim(Role::Admin).await;
    let auth = ZendeskAuth::ApiToken {
        email: "rita.lin@example.com".into(),
        token: "wrong".into(),
    };
    let err = Zendesk::connect(&sim.base_url, auth, &settings())
        .await
        .err()
        .unwrap();
    assert!(matches!(err, ConnectorError::Auth(_)), "{err:?}");
}
