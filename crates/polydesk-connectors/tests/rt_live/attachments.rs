//! Files on RT messages: listed with the thread (name, type, size; never their bytes),
//! downloaded on demand byte for byte, and refused by name where the agent may not see
//! them. The seeded ticket "Encomenda chegou danificada" came through RT's mail gateway:
//! a customer's mail with a PDF, then a mail that is only a photo.

use base64::Engine;
use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::domain::{Attachment, Direction};
use reqwest::Url;
use serde_json::json;

use crate::rt_support::proxy::{Proxy, Seen};
use crate::rt_support::{peer, rita, serial, store, sync, Colleague};
use crate::{all_cases, detail};

const PDF: &[u8] = include_bytes!("../../../../scripts/rt/files/nota-fiscal-4521.pdf");
const PNG: &[u8] = include_bytes!("../../../../scripts/rt/files/caixa-danificada.png");

/// The `fields` and JSON `query` of a request for attachment records.
fn fields_and_query(seen: &Seen) -> (String, String) {
    let url = Url::parse(&format!("http://rt{}", seen.path)).unwrap();
    let get = |k: &str| {
        url.query_pairs()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.to_string())
            .unwrap_or_default()
    };
    (get("fields"), get("query"))
}

#[tokio::test]
async fn files_are_listed_with_their_messages_and_downloaded_byte_for_byte() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let proxy = Proxy::start(peer.port).await;
    let rt = rita(&proxy.url).await;
    let (_dir, store) = store();
    sync(&store, &rt).await;

    let case = detail(&store, "Encomenda chegou danificada");
    let thread: Vec<(Direction, &str, usize)> = case
        .messages
        .iter()
        .map(|m| (m.direction, m.author.as_str(), m.attachments.len()))
        .collect();
    assert_eq!(
        thread,
        [
            (Direction::Inbound, "Carla Mendes", 1),
            (Direction::Inbound, "Carla Mendes", 1)
        ]
    );
    assert!(
        case.messages[0].body_text.starts_with("Olá! A encomenda"),
        "{:?}",
        case.messages[0].body_text
    );
    assert_eq!(
        case.messages[1].body_text, "",
        "a mail of files alone has no text: the message lists its file"
    );
    let pdf = &case.messages[0].attachments[0];
    let png = &case.messages[1].attachments[0];
    for (file, name, kind, bytes) in [
        (pdf, "nota fiscal nº 4521.pdf", "application/pdf", PDF),
        (png, "caixa danificada.png", "image/png", PNG),
    ] {
        assert_eq!(
            (
                file.file_name.as_str(),
                file.content_type.as_deref(),
                file.size
            ),
            (name, Some(kind), Some(bytes.len() as u64)),
            "{file:?}"
        );
        assert!(
            file.id.parse::<u64>().is_ok(),
            "RT's attachment id: {file:?}"
        );
        assert_eq!(
            file.url.as_deref(),
            Some(format!("{}/REST/2.0/attachment/{}", proxy.url, file.id).as_str())
        );
    }
    // Text bodies, containers and RT's own mail are not files.
    for summary in all_cases(&store) {
        let other = store.lock().unwrap().case_detail(&summary.id).unwrap();
        let files: usize = other.messages.iter().map(|m| m.attachments.len()).sum();
        let expected = if summary.subject == "Encomenda chegou danificada" {
            2
        } else {
            0
        };
        assert_eq!(files, expected, "{}", summary.subject);
    }
    // The thread never carries the files' bytes: content is asked for text bodies only.
    let seen = proxy.take_seen();
    assert!(
        !seen.iter().any(|s| s.path.contains("/attachment/")),
        "nothing is downloaded by a sync: {seen:?}"
    );
    let parts: Vec<(String, String)> = seen
        .iter()
        .filter(|s| s.path.contains("/attachments?"))
        .map(fields_and_query)
        .collect();
    assert!(!parts.is_empty());
    for (fields, query) in &parts {
        if fields.split(',').any(|f| f == "Content") {
            assert!(
                query.contains(r#""field":"Filename","operator":"IS","value":"NULL""#),
                "content only for bodies: {fields} {query}"
            );
        }
    }

    for (file, bytes) in [(pdf, PDF), (png, PNG)] {
        let got = rt.download_attachment(file).await.unwrap();
        assert_eq!(got, bytes, "{} byte for byte", file.file_name);
    }
    let downloads: Vec<String> = proxy.take_seen().into_iter().map(|s| s.path).collect();
    assert_eq!(
        downloads,
        [
            format!("/REST/2.0/attachment/{}", pdf.id),
            format!("/REST/2.0/attachment/{}", png.id)
        ],
        "one request per file"
    );

    // The credentials only go to RT's own address, whatever URL the cache holds.
    let elsewhere = Attachment {
        url: Some("http://127.0.0.1:9/steal".into()),
        ..png.clone()
    };
    assert_eq!(rt.download_attachment(&elsewhere).await.unwrap(), PNG);
}

#[tokio::test]
async fn a_file_the_agent_may_not_see_is_refused_by_name_not_as_bad_credentials() {
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let root = Colleague::new(peer);
    // A ticket with a file in General, a queue rita cannot see.
    let (status, made) = root
        .call(
            reqwest::Method::POST,
            "/ticket",
            Some(json!({
                "Queue": "General", "Requestor": "someone@example.org",
                "Subject": "Contrato (interno)", "Content": "Segue o contrato.",
                "ContentType": "text/plain",
                "Attachments": [{"FileName": "contrato.pdf", "FileType": "application/pdf",
                    "FileContent": base64::engine::general_purpose::STANDARD.encode(PDF)}]
            })),
        )
        .await;
    assert_eq!(status, 201, "{made}");
    let ticket = made["id"]
        .as_str()
        .map(String::from)
        .unwrap_or(made["id"].to_string());
    let (_, parts) = root
        .call(
            reqwest::Method::GET,
            &format!("/ticket/{ticket}/attachments?fields=Filename"),
            None,
        )
        .await;
    let id = parts["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["Filename"] == "contrato.pdf")
        .and_then(|p| p["id"].as_str())
        .unwrap()
        .to_string();
    let hidden = Attachment {
        id: id.clone(),
        file_name: "contrato.pdf".into(),
        content_type: Some("application/pdf".into()),
        size: None,
        url: None,
    };
    match rt.download_attachment(&hidden).await {
        Err(ConnectorError::Forbidden(m)) => {
            assert!(
                m.contains("does not let rita see")
                    && m.contains(&id)
                    && m.contains("contrato.pdf"),
                "{m}"
            )
        }
        other => panic!("expected a refusal naming the file, got {other:?}"),
    }

    let gone = Attachment {
        id: "987654321".into(),
        ..hidden.clone()
    };
    match rt.download_attachment(&gone).await {
        Err(ConnectorError::NotFound(m)) => assert!(m.contains("987654321"), "{m}"),
        other => panic!("expected an error naming the attachment, got {other:?}"),
    }
    let odd = Attachment {
        id: "../ticket/1".into(),
        ..hidden
    };
    assert!(matches!(
        rt.download_attachment(&odd).await,
        Err(ConnectorError::NotFound(m)) if m.contains("not an RT attachment id")
    ));
}

/// Files the agent attaches go inline with the correspond / comment (one transaction:
/// the reply and its files arrive together or not at all), once, byte for byte, and
/// come back with the thread as RT's own attachments.
#[tokio::test]
async fn files_sent_with_a_reply_and_a_note_arrive_once_byte_for_byte() {
    use polydesk_core::domain::ReplyLanguage;
    use polydesk_core::store::{OutgoingReply, ReplyFile};
    let Some(peer) = peer() else { return };
    let _turn = serial().await;
    let rt = rita(&peer.url()).await;
    let colleague = Colleague::new(peer);
    let (_dir, store, id) = crate::own_ticket(&rt, &colleague, "Nota fiscal errada").await;
    let encode = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let sent = [
        (
            "Segue a nota fiscal corrigida.",
            false,
            "nota fiscal nº 4521.pdf",
            "application/pdf",
            PDF,
        ),
        (
            "Foto da caixa, para o time de logística.",
            true,
            "caixa 包裹.png",
            "image/png",
            PNG,
        ),
    ];
    for (body, internal, name, kind, bytes) in sent {
        let reply = OutgoingReply {
            case_id: polydesk_connectors::rt::case_id(id),
            body: body.into(),
            internal,
            language: ReplyLanguage::PtBr,
            files: vec![ReplyFile {
                file_name: name.into(),
                content_type: kind.into(),
                content_base64: encode(bytes),
            }],
        };
        store
            .lock()
            .unwrap()
            .queue_reply(&reply, "rita", chrono::Utc::now())
            .unwrap();
    }

    let report = sync(&store, &rt).await;
    assert_eq!((report.pushed, report.left_unsent), (2, 0), "{report:?}");
    let again = sync(&store, &rt).await;
    assert_eq!(again.pushed, 0, "{again:?}");
    assert_eq!(
        colleague.count_messages(id, "Correspond", sent[0].0).await,
        1
    );
    assert_eq!(colleague.count_messages(id, "Comment", sent[1].0).await, 1);

    let case = store
        .lock()
        .unwrap()
        .case_detail(&polydesk_connectors::rt::case_id(id))
        .unwrap();
    for (body, internal, name, kind, bytes) in sent {
        let message = case
            .messages
            .iter()
            .find(|m| m.body_text == body)
            .unwrap_or_else(|| panic!("{body} in {:?}", case.messages));
        assert!(!message.id.starts_with("local-"), "RT's copy: {message:?}");
        let expected = if internal {
            Direction::Note
        } else {
            Direction::Outbound
        };
        assert_eq!(message.direction, expected);
        assert_eq!(message.attachments.len(), 1, "{message:?}");
        let file = &message.attachments[0];
        assert_eq!(
            (
                file.file_name.as_str(),
                file.content_type.as_deref(),
                file.size
            ),
            (name, Some(kind), Some(bytes.len() as u64))
        );
        assert_eq!(rt.download_attachment(file).await.unwrap(), bytes);
    }
}
