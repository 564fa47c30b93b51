//! The RT connector and the sync engine against a real Request Tracker 5 (made and
//! seeded by scripts/rt/rt-peer.sh): multilingual tickets pulled whole, a reply queued
//! while RT is down arriving once, stale field changes meeting RT's 412 and rebased or
//! kept as conflicts, a lost answer found instead of sent twice, deletions, files
//! (rt_live/attachments.rs), escalations between two caches (rt_live/escalations.rs),
//! linked tickets (rt_live/links.rs).

#[path = "rt_live/attachments.rs"]
mod attachments;
#[path = "rt_live/escalations.rs"]
mod escalations;
#[path = "rt_live/links.rs"]
mod links;
mod rt_support;

use std::sync::Mutex;

use chrono::Utc;
use polydesk_connectors::rt::{case_id, Rt, RtAuth, RtConfig};
use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::domain::*;
use polydesk_core::store::{setting, CaseEdit, OutgoingReply, Store};
use polydesk_core::views::ViewSlug;
use polydesk_sync::reconcile;
use rt_support::proxy::{Fault, Proxy};
use rt_support::{peer, rita, serial, settings, store, sync, Colleague};
use serde_json::json;

fn all_cases(store: &Mutex<Store>) -> Vec<polydesk_core::read_model::CaseSummary> {
    store
        .lock()
        .unwrap()
        .list_cases(ViewSlug::All, 0, 500, Utc::now())
        .unwrap()
        .cases
}

fn detail(store: &Mutex<Store>, subject: &str) -> polydesk_core::read_model::CaseDetail {
    let id = all_cases(store)
        .into_iter()
        .find(|c| c.subject == subject)
        .unwrap_or_else(|| panic!("no case '{subject}' in the cache"))
        .id;
    store.lock().unwrap().case_detail(&id).unwrap()
}

fn queue_reply(store: &Mutex<Store>, ticket: u64, body: &str, internal: bool) {
    let reply = OutgoingReply {
        case_id: case_id(ticket),
        body: body.into(),
        internal,
        language: ReplyLanguage::En,
        files: Vec::new(),
    };
    store
        .lock()
        .unwrap()
        .queue_reply(&reply, "rita", Utc::now())
        .unwrap();
}

fn queue_edit(store: &Mutex<Store>, ticket: u64, edit: CaseEdit) {
    let queued = store
        .lock()
        .unwrap()
        .queue_case_edit(&case_id(ticket), &edit, Utc::now())
        .unwrap();
    assert!(!queued.is_empty(), "{edit:?} changes nothing");
}

/// A fresh ticket of the test's own, pulled into a fresh cache.
async fn own_ticket(
    rt: &Rt,
    colleague: &Colleague,
    subject: &str,
) -> (tempfile::TempDir, Mutex<Store>, u64) {
    let id = colleague
        .create_ticket(
            "Tier 1",
            "lucas.almeida@exemplo.com.br",
            subject,
            "Minha LIVE caiu no meio da transmissão.",
        )
        .await;
    let (dir, store) = store();
    let report = sync(&store, rt).await;
    assert!(report.cases_changed >= 1, "{report:?}");
    store.lock().unwrap().case_detail(&case_id(id)).unwrap();
    (dir, store, id)
}

#[tokio::test]
async fn multilingual_tickets_arrive_whole_and_a_quiet_sync_is_one_request() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let proxy = Proxy::start(peer.port).await;
    let rt = rita(&proxy.url).await;
    assert_eq!(rt.agent().name, "rita");
    let host = proxy
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/');
    assert_eq!(
        (rt.stream(), rt.source()),
        (format!("rt:transactions:{host}"), "rt".into()),
        "the stream names the RT it reads"
    );
    let hint = rt.case_count_hint().await.unwrap_or(0);
    assert!(hint >= 5, "{hint}");
    let (_dir, store) = store();
    store
        .lock()
        .unwrap()
        .set_setting(setting::AGENT_NAME, &rt.agent().name)
        .unwrap();
    let first = sync(&store, &rt).await;
    assert!(first.cases_changed >= 5 && !first.offline(), "{first:?}");
    assert!(
        all_cases(&store)
            .iter()
            .all(|c| c.subject != "Internal: not for agents"),
        "tickets in queues rita cannot see stay out"
    );

    let pt_br = detail(&store, "Presentes da LIVE não creditados");
    let c = &pt_br.case;
    assert_eq!(
        (c.source.as_str(), c.status, c.priority),
        ("rt", Status::Open, Priority::High)
    );
    assert_eq!(
        (c.assignee.as_deref(), c.group.as_deref()),
        (Some("rita"), Some("Tier 1"))
    );
    assert_eq!(c.reply_language, ReplyLanguage::PtBr);
    assert_eq!(
        c.custom_fields.get("creator_id").map(String::as_str),
        Some("CR-1001")
    );
    assert_eq!(c.customer.kind, CustomerKind::Creator);
    assert_eq!(
        (c.customer.name.as_str(), c.customer.email.as_deref()),
        ("Ana Souza", Some("ana.souza@exemplo.com.br"))
    );
    assert_eq!(c.tags, vec!["live-gifts", "vip"]);
    let thread: Vec<(Direction, &str)> = pt_br
        .messages
        .iter()
        .map(|m| (m.direction, m.author.as_str()))
        .collect();
    assert_eq!(
        thread,
        vec![
            (Direction::Inbound, "Ana Souza"),
            (Direction::Outbound, "Rita Lin"),
            (Direction::Inbound, "Ana Souza"),
            (Direction::Note, "Marco Silva"),
        ]
    );
    assert!(pt_br.messages[0]
        .body_text
        .starts_with("Oi, tudo bem? Fiz uma LIVE ontem"));
    assert_eq!(pt_br.messages[0].language.as_deref(), Some("pt-BR"));
    assert!(pt_br.messages[3].body_text.contains("antifraude"));

    let pt_pt = detail(&store, "Reembolso da encomenda ainda não recebido");
    let c = &pt_pt.case;
    assert_eq!(
        (c.status, c.priority, c.reply_language),
        (Status::OnHold, Priority::Normal, ReplyLanguage::PtPt)
    );
    assert_eq!(
        (c.assignee.as_deref(), c.group.as_deref()),
        (Some("marco"), Some("Payments"))
    );
    assert_eq!(
        c.custom_fields.get("order_id").map(String::as_str),
        Some("PT-884213")
    );
    assert_eq!(c.customer.kind, CustomerKind::Seller);
    assert!(pt_pt.messages[0].body_text.contains("telemóvel"));

    let hans = detail(&store, "直播礼物没有到账");
    let c = &hans.case;
    assert_eq!(
        (c.status, c.priority, c.reply_language),
        (Status::Open, Priority::Urgent, ReplyLanguage::ZhHans)
    );
    assert_eq!(
        c.custom_fields.get("creator_id").map(String::as_str),
        Some("CR-2002")
    );
    assert_eq!(hans.messages.len(), 3);
    assert_eq!(hans.messages[2].body_text, "好的，谢谢你们。");
    assert_eq!(hans.messages[0].language.as_deref(), Some("zh-Hans"));

    let hant = detail(&store, "訂單退款還沒收到");
    let c = &hant.case;
    assert_eq!(
        (c.status, c.priority, c.reply_language),
        (Status::Solved, Priority::Low, ReplyLanguage::ZhHant)
    );
    assert_eq!(
        (c.assignee.as_deref(), c.customer.kind),
        (None, CustomerKind::Viewer)
    );
    assert_eq!(
        c.custom_fields.get("order_id").map(String::as_str),
        Some("TW-55120")
    );
    assert_eq!(hant.messages[1].direction, Direction::Outbound);

    let en = detail(&store, "Payout delayed for October");
    assert_eq!(
        (en.case.status, en.case.reply_language),
        (Status::New, ReplyLanguage::En)
    );
    assert_eq!(en.messages.len(), 1);

    let mine: Vec<String> = store
        .lock()
        .unwrap()
        .list_cases(ViewSlug::Mine, 0, 500, Utc::now())
        .unwrap()
        .cases
        .into_iter()
        .map(|c| c.subject)
        .collect();
    for subject in ["Presentes da LIVE não creditados", "直播礼物没有到账"] {
        assert!(mine.iter().any(|s| s == subject), "{subject} in {mine:?}");
    }
    assert!(
        !mine
            .iter()
            .any(|s| s == "Reembolso da encomenda ainda não recebido"),
        "{mine:?}"
    );

    proxy.take_seen();
    let quiet = sync(&store, &rt).await;
    assert_eq!(
        (quiet.cases_changed, quiet.pulled_pages),
        (0, 1),
        "{quiet:?}"
    );
    let seen = proxy.take_seen();
    assert_eq!(
        seen.len(),
        1,
        "a sync with nothing new is one request: {seen:?}"
    );
    assert!(
        seen[0].path.starts_with("/REST/2.0/transactions?"),
        "{seen:?}"
    );
}

#[tokio::test]
async fn a_reply_queued_while_rt_is_down_arrives_once_when_it_is_back() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = own_ticket(&rt, &colleague, "LIVE caiu durante a transmissão").await;
    let body = "Oi, Lucas! Já reiniciamos a sua LIVE. Pode tentar de novo?";
    queue_reply(&store, id, body, false);

    peer.stop();
    let down = sync(&store, &rt).await;
    peer.start();
    assert!(down.offline(), "{down:?}");
    let items = store.lock().unwrap().outbox_items().unwrap();
    assert_eq!((items.len(), items[0].attempts), (1, 0), "{items:?}");

    let back = sync(&store, &rt).await;
    assert_eq!((back.pushed, back.left_unsent), (1, 0), "{back:?}");
    assert_eq!(colleague.count_messages(id, "Correspond", body).await, 1);
    let again = sync(&store, &rt).await;
    assert_eq!((again.pushed, again.left_unsent), (0, 0), "{again:?}");
    assert_eq!(colleague.count_messages(id, "Correspond", body).await, 1);
    let thread = store
        .lock()
        .unwrap()
        .case_detail(&case_id(id))
        .unwrap()
        .messages;
    let copies: Vec<&Message> = thread.iter().filter(|m| m.body_text == body).collect();
    assert_eq!(copies.len(), 1, "{thread:?}");
    assert_eq!(
        (copies[0].delivery, copies[0].direction),
        (Delivery::Sent, Direction::Outbound)
    );
    assert!(
        copies[0].id.starts_with(&format!("rt-{id}-txn")),
        "RT's copy replaced the local one"
    );
}

/// A colleague's edit of `fields` on `id`, made just before the request reaches RT.
fn colleague_first(peer: &'static rt_support::Peer, id: u64, fields: serde_json::Value) -> Fault {
    Fault::Before(Box::new(move || {
        Box::pin(async move {
            Colleague::new(peer).update(id, fields).await;
        })
    }))
}

fn puts(seen: &[rt_support::proxy::Seen], id: u64) -> Vec<Option<u16>> {
    seen.iter()
        .filter(|s| s.method == "PUT" && s.path.starts_with(&format!("/REST/2.0/ticket/{id}")))
        .map(|s| s.status)
        .collect()
}

#[tokio::test]
async fn an_edit_made_between_read_and_write_meets_412_and_the_change_is_rebased() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let proxy = Proxy::start(peer.port).await;
    let rt = rita(&proxy.url).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = own_ticket(&rt, &colleague, "Saque bloqueado após recurso").await;
    queue_edit(
        &store,
        id,
        CaseEdit {
            status: Some(Status::OnHold),
            ..CaseEdit::default()
        },
    );
    proxy.on(
        "PUT",
        &format!("/REST/2.0/ticket/{id}"),
        colleague_first(peer, id, json!({"Priority": 80})),
    );
    proxy.take_seen();

    let report = sync(&store, &rt).await;
    assert_eq!(
        (report.pushed, report.conflicts, report.left_unsent),
        (1, 0, 0),
        "{report:?}"
    );
    assert_eq!(
        puts(&proxy.take_seen(), id),
        vec![Some(412), Some(200)],
        "RT refused the first write (If-Match), the rebased one went through"
    );
    let now = colleague.ticket(id).await;
    assert_eq!(
        (now["Status"].as_str(), now["Priority"].as_str()),
        (Some("stalled"), Some("80"))
    );
    let case = store
        .lock()
        .unwrap()
        .case_detail(&case_id(id))
        .unwrap()
        .case;
    assert_eq!(
        (case.status, case.priority),
        (Status::OnHold, Priority::High)
    );
}

#[tokio::test]
async fn the_same_field_changed_in_rt_ends_in_a_conflict_with_both_values() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let proxy = Proxy::start(peer.port).await;
    let rt = rita(&proxy.url).await;
    let colleague = Colleague::new(peer);

    // Between rita's read and her write: RT's 412.
    let (_d1, store, racing) = own_ticket(&rt, &colleague, "Encomenda parada na alfândega").await;
    queue_edit(
        &store,
        racing,
        CaseEdit {
            status: Some(Status::OnHold),
            ..CaseEdit::default()
        },
    );
    proxy.on(
        "PUT",
        &format!("/REST/2.0/ticket/{racing}"),
        colleague_first(peer, racing, json!({"Status": "resolved"})),
    );
    proxy.take_seen();
    let report = sync(&store, &rt).await;
    assert_eq!((report.conflicts, report.pushed), (1, 0), "{report:?}");
    assert_eq!(puts(&proxy.take_seen(), racing), vec![Some(412)]);

    // Before rita's read (a later second: RT's stamps have one-second resolution): the
    // version check refuses it without writing.
    let (_d2, store2, earlier) =
        own_ticket(&rt, &colleague, "Encomenda devolvida sem reembolso").await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    colleague
        .update(earlier, json!({"Status": "resolved"}))
        .await;
    queue_edit(
        &store2,
        earlier,
        CaseEdit {
            status: Some(Status::OnHold),
            ..CaseEdit::default()
        },
    );
    proxy.take_seen();
    let report = sync(&store2, &rt).await;
    assert_eq!((report.conflicts, report.pushed), (1, 0), "{report:?}");
    assert!(
        puts(&proxy.take_seen(), earlier).is_empty(),
        "nothing was written"
    );

    for (store, id) in [(&store, racing), (&store2, earlier)] {
        let items = store.lock().unwrap().outbox_items().unwrap();
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!(items[0].state, "conflict");
        let c = &items[0].conflicts;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            (
                c[0].field.as_str(),
                c[0].base.as_deref(),
                c[0].mine.as_deref(),
                c[0].theirs.as_deref()
            ),
            ("status", Some("new"), Some("on-hold"), Some("solved"))
        );
        assert_eq!(
            colleague.ticket(id).await["Status"],
            "resolved",
            "RT keeps the colleague's value"
        );
        let case = store.lock().unwrap().case_detail(&case_id(id)).unwrap();
        assert_eq!(case.conflicts.len(), 1);
    }
}

#[tokio::test]
async fn a_reply_whose_answer_was_lost_is_found_in_rt_not_sent_twice() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let proxy = Proxy::start(peer.port).await;
    let rt = rita(&proxy.url).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = own_ticket(&rt, &colleague, "Pagamento em dobro na loja").await;
    let body = "Olá! O estorno do pagamento em dobro já foi pedido.";
    queue_reply(&store, id, body, false);
    proxy.on(
        "POST",
        &format!("/REST/2.0/ticket/{id}/correspond"),
        Fault::DropAnswer,
    );

    let lost = sync(&store, &rt).await;
    assert_eq!(lost.retrying, 1, "{lost:?}");
    assert_eq!(
        colleague.count_messages(id, "Correspond", body).await,
        1,
        "RT applied it"
    );
    assert_eq!(store.lock().unwrap().outbox_items().unwrap()[0].attempts, 1);

    proxy.take_seen();
    let found = sync(&store, &rt).await;
    assert_eq!(
        (found.found_applied, found.pushed, found.left_unsent),
        (1, 0, 0),
        "{found:?}"
    );
    assert!(
        !proxy.take_seen().iter().any(|s| s.method == "POST"),
        "found by reading RT, not sent again"
    );
    assert_eq!(colleague.count_messages(id, "Correspond", body).await, 1);
    let thread = store
        .lock()
        .unwrap()
        .case_detail(&case_id(id))
        .unwrap()
        .messages;
    assert_eq!(
        thread.iter().filter(|m| m.body_text == body).count(),
        1,
        "{thread:?}"
    );

    // A note never sent is not "found".
    let never = polydesk_core::domain::Mutation {
        id: "never".into(),
        case_id: case_id(id),
        crm_id: id.to_string(),
        kind: polydesk_core::domain::MutationKind::Note {
            body: "Never sent".into(),
            files: Vec::new(),
        },
        base_version: None,
        attempts: 1,
        queued_at_ms: Utc::now().timestamp_millis(),
    };
    assert_eq!(rt.find_applied(&never).await.unwrap(), None);
}

#[tokio::test]
async fn a_ticket_deleted_in_rt_leaves_the_cache() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = own_ticket(&rt, &colleague, "Conta restrita sem motivo").await;
    colleague.delete(id).await;
    let report = sync(&store, &rt).await;
    assert_eq!(report.cases_changed, 1, "{report:?}");
    assert!(
        store.lock().unwrap().case_detail(&case_id(id)).is_err(),
        "rt-{id} is still cached"
    );
    assert_eq!(rt.fetch_case(&id.to_string()).await.unwrap(), None);

    // Moved to a queue rita cannot see: RT answers 403, which reads as gone. (The feed
    // cannot tell her: RT hides the move's own transaction from her too.)
    let moved = colleague
        .create_ticket(
            "Tier 2",
            "wang.fang@example.cn",
            "礼物记录不见了",
            "我的礼物记录不见了。",
        )
        .await;
    assert!(rt.fetch_case(&moved.to_string()).await.unwrap().is_some());
    sync(&store, &rt).await;
    store.lock().unwrap().case_detail(&case_id(moved)).unwrap();
    colleague.update(moved, json!({"Queue": "General"})).await;
    assert_eq!(rt.fetch_case(&moved.to_string()).await.unwrap(), None);
    // The periodic reconcile asks RT which cached tickets the agent still has.
    let missing = rt
        .missing_cases(&[moved.to_string(), "1".into(), "x".into()])
        .await
        .unwrap();
    assert_eq!(missing, Some(vec![moved.to_string(), "x".to_string()]));
    assert_eq!(reconcile(&store, &rt).await.unwrap(), 1);
    assert!(store.lock().unwrap().case_detail(&case_id(moved)).is_err());
}

#[tokio::test]
async fn rt_refusals_are_rejected_by_field_and_tags_live_in_their_custom_field() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = own_ticket(&rt, &colleague, "Produto removido por política").await;

    queue_edit(
        &store,
        id,
        CaseEdit {
            assignee: Some("nobody-such".into()),
            ..CaseEdit::default()
        },
    );
    let r = sync(&store, &rt).await;
    assert_eq!(r.rejected, 1, "{r:?}");
    let item = store.lock().unwrap().outbox_items().unwrap().remove(0);
    assert_eq!(item.state, "rejected");
    let error = item.last_error.unwrap_or_default();
    assert!(
        error.contains("assignee") && error.contains("does not exist"),
        "{error}"
    );
    store.lock().unwrap().discard_outbox_item(&item.id).unwrap();

    queue_edit(
        &store,
        id,
        CaseEdit {
            status: Some(Status::Pending),
            ..CaseEdit::default()
        },
    );
    let r = sync(&store, &rt).await;
    assert_eq!(r.rejected, 1, "{r:?}");
    let item = store.lock().unwrap().outbox_items().unwrap().remove(0);
    assert!(item.last_error.unwrap_or_default().contains("pending"));
    store.lock().unwrap().discard_outbox_item(&item.id).unwrap();

    queue_edit(
        &store,
        id,
        CaseEdit {
            add_tags: vec!["policy-review".into()],
            priority: Some(Priority::Urgent),
            ..CaseEdit::default()
        },
    );
    let r = sync(&store, &rt).await;
    assert_eq!((r.pushed, r.left_unsent), (1, 0), "{r:?}");
    let now = colleague.ticket(id).await;
    assert_eq!(now["Priority"], "100");
    let tags = now["CustomFields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Tags")
        .map(|f| f["values"].clone());
    assert_eq!(tags, Some(json!(["policy-review"])));
    let case = store
        .lock()
        .unwrap()
        .case_detail(&case_id(id))
        .unwrap()
        .case;
    assert_eq!(
        (case.tags, case.priority),
        (vec!["policy-review".to_string()], Priority::Urgent)
    );
}

#[tokio::test]
async fn tokens_sign_in_and_refused_credentials_are_named() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let token = peer.token("rita");
    let rt = Rt::connect(
        &peer.url(),
        RtAuth::Token(token.clone()),
        &settings(),
        RtConfig::default(),
    )
    .await
    .unwrap();
    assert_eq!(rt.agent().name, "rita");
    assert!(rt.pull(None).await.is_ok());

    let forged = format!("{}0", token);
    for auth in [
        RtAuth::Basic {
            user: "rita".into(),
            password: "wrong".into(),
        },
        RtAuth::Token(forged),
        RtAuth::Token("not-a-token".into()),
    ] {
        let err = Rt::connect(&peer.url(), auth.clone(), &settings(), RtConfig::default())
            .await
            .err();
        assert!(
            matches!(err, Some(ConnectorError::Auth(_))),
            "{auth:?}: {err:?}"
        );
    }
    let down = Rt::connect(
        "http://127.0.0.1:9",
        RtAuth::Token(token),
        &settings(),
        RtConfig::default(),
    )
    .await
    .err();
    assert!(matches!(down, Some(ConnectorError::Offline(_))), "{down:?}");
}

#[tokio::test]
async fn malformed_answers_are_protocol_errors_naming_what_was_read() {
    // No RT needed: a stand-in answers what RT never would.
    let me = r#"{"id": 40, "Name": "rita", "RealName": "Rita Lin", "Privileged": 1}"#;
    let url = rt_support::proxy::canned(vec![
        ("/REST/2.0/user/rita", me),
        ("/REST/2.0/transactions", r#"{"items": "not a list"}"#),
        ("/REST/2.0/ticket/7", r#"{"id": "seven", "Status": "open"}"#),
    ])
    .await;
    let rt = rita(&url).await;
    for (what, err) in [
        ("transactions", rt.pull(Some("rt1:feed:10")).await.err()),
        ("ticket/7", rt.fetch_case("7").await.err()),
    ] {
        match err {
            Some(ConnectorError::Malformed { endpoint, .. }) => {
                assert!(endpoint.contains(what), "{endpoint}")
            }
            other => panic!("{what}: {other:?}"),
        }
    }
    let broken =
        rt_support::proxy::canned(vec![("/REST/2.0/user/rita", "<html>oops</html>")]).await;
    let auth = RtAuth::Basic {
        user: "rita".into(),
        password: "x".into(),
    };
    let err = Rt::connect(&broken, auth, &settings(), RtConfig::default())
        .await
        .err();
    assert!(
        matches!(&err, Some(ConnectorError::Malformed { endpoint, .. }) if endpoint.contains("signed-in user")),
        "{err:?}"
    );
}
