//! Two tickets about one request, linked through Request Tracker: each refers to the
//! other (`RefersTo`, RT's own link) with a comment naming it, delivered once; a second
//! agent's cache sees them linked; a merge is refused before anything is queued.

use chrono::Utc;
use polydesk_connectors::rt::case_id;
use polydesk_core::ErrorCode;
use serde_json::Value;

use crate::rt_support::{peer, rita, serial, store, sync, Colleague};

/// The ids of the tickets `ticket` refers to, as RT lists its links.
fn refers_to(ticket: &Value) -> Vec<String> {
    ticket["_hyperlinks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|l| l["ref"] == "refers-to")
        .filter_map(|l| match &l["id"] {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn linked_tickets_refer_to_each_other_in_rt_with_one_comment_each() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let requestor = "bruno.reis@exemplo.com.br";
    let a = colleague
        .create_ticket(
            "Tier 1",
            requestor,
            "Saque não caiu na conta",
            "Pedi o saque há 5 dias.",
        )
        .await;
    let b = colleague
        .create_ticket(
            "Tier 1",
            requestor,
            "Saque nao caiu ainda",
            "Continuo sem o saque.",
        )
        .await;
    let (_dir, mine) = store();
    sync(&mine, &rt).await;

    let err = mine
        .lock()
        .unwrap()
        .queue_merge(&case_id(a), &case_id(b), "rita", Utc::now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    let note = mine
        .lock()
        .unwrap()
        .queue_link(&case_id(a), &case_id(b), "rita", Utc::now())
        .unwrap()
        .body_text;
    let on_b = mine
        .lock()
        .unwrap()
        .case_detail(&case_id(b))
        .unwrap()
        .messages
        .into_iter()
        .map(|m| m.body_text)
        .find(|t| t.starts_with(&format!("Linked to #{a}: ")))
        .expect("the other ticket's note is queued with it");
    let r = sync(&mine, &rt).await;
    assert_eq!((r.pushed, r.left_unsent), (2, 0), "{r:?}");
    // Nothing is sent twice by later syncs.
    let again = sync(&mine, &rt).await;
    assert_eq!(again.pushed, 0, "{again:?}");

    let (ta, tb) = (colleague.ticket(a).await, colleague.ticket(b).await);
    assert_eq!(refers_to(&ta), [b.to_string()], "{ta}");
    assert_eq!(refers_to(&tb), [a.to_string()], "{tb}");
    assert_eq!(colleague.count_messages(a, "Comment", &note).await, 1);
    assert!(note.starts_with(&format!("Linked to #{b}: ")), "{note}");
    assert_eq!(colleague.count_messages(b, "Comment", &on_b).await, 1);

    // A colleague's Polydesk shows them linked.
    let (_other_dir, theirs) = store();
    sync(&theirs, &rt).await;
    let history = theirs
        .lock()
        .unwrap()
        .case_detail(&case_id(a))
        .unwrap()
        .customer_history;
    let listed = history
        .cases
        .iter()
        .find(|c| c.id == case_id(b))
        .expect("the same requestor");
    assert!(listed.linked && listed.duplicate, "{listed:?}");
}
