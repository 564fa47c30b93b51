//! Attachments against the demo's simulated CRM: listed with their messages after a
//! pull, downloaded on demand with the agent's credentials, then served from disk
//! (also offline).

use std::sync::Mutex;

use chrono::Utc;
use polydesk_connectors::http::HttpSettings;
use polydesk_core::store::Store;
use polydesk_core::views::ViewSlug;
use polydesk_sync::connection::{connect, CrmConnection};
use polydesk_sync::{attachments, demo::DemoCrm};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attachment_is_listed_downloaded_once_and_kept() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Mutex::new(Store::open(dir.path()).unwrap());
    let crm = DemoCrm::start(Utc::now()).await.unwrap();
    crm.fill(&store).await.unwrap();
    let (case_id, message_id, attachment) = {
        let s = store.lock().unwrap();
        let page = s.list_cases(ViewSlug::All, 0, 500, Utc::now()).unwrap();
        page.cases
            .iter()
            .find_map(|c| {
                let detail = s.case_detail(&c.id).unwrap();
                detail.messages.into_iter().find_map(|m| {
                    m.attachments
                        .first()
                        .cloned()
                        .map(|a| (c.id.clone(), m.id.clone(), a))
                })
            })
            .expect("some customer messages carry a screenshot")
    };
    assert!(attachment.file_name.ends_with(".png"));
    assert_eq!(attachment.content_type.as_deref(), Some("image/png"));
    let found = attachments::find(
        &store.lock().unwrap(),
        &case_id,
        &message_id,
        &attachment.id,
    )
    .unwrap();
    assert_eq!(found.attachment, attachment);
    assert_eq!(found.sent_from_here, None, "it came from the CRM");

    let conn = connect(&crm.settings(), &crm.secret(), &HttpSettings::default())
        .await
        .unwrap();
    let path = attachments::fetch(Some(&conn), dir.path(), &attachment)
        .await
        .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], b"\x89PNG");
    assert_eq!(Some(bytes.len() as u64), attachment.size);
    assert!(path.starts_with(dir.path()));

    // Offline: the kept copy is served; an attachment never fetched is a clear error.
    let again = attachments::fetch::<CrmConnection>(None, dir.path(), &attachment)
        .await
        .unwrap();
    assert_eq!(again, path);
    let mut other = attachment.clone();
    other.id = "999999".into();
    let err = attachments::fetch::<CrmConnection>(None, dir.path(), &other)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("cannot be reached"), "{err}");
    assert!(attachments::find(&store.lock().unwrap(), &case_id, &message_id, "nope").is_err());
}

/// A file attached to a reply written offline: kept with the queued reply (and opens
/// from there), uploaded and attached once sync reaches the CRM, byte for byte, and then
/// served through the CRM's own link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_sent_offline_reaches_the_crm_once_intact() {
    use base64::Engine;
    use polydesk_core::crm::Connector;
    use polydesk_core::domain::ReplyLanguage;
    use polydesk_core::store::{OutgoingReply, ReplyFile};
    use polydesk_sync::{sync_once, SyncOptions};

    let dir = tempfile::TempDir::new().unwrap();
    let store = Mutex::new(Store::open(dir.path()).unwrap());
    let crm = DemoCrm::start(Utc::now()).await.unwrap();
    crm.fill(&store).await.unwrap();
    let case = {
        let s = store.lock().unwrap();
        let page = s.list_cases(ViewSlug::All, 0, 1, Utc::now()).unwrap();
        s.case_detail(&page.cases[0].id).unwrap().case
    };
    // Not a valid UTF-8 text: every byte value, so nothing on the way may re-encode it.
    let receipt: Vec<u8> = (0..=255u8).cycle().take(70_001).collect();

    crm.set_reachable(false).await;
    let queued = store
        .lock()
        .unwrap()
        .queue_reply(
            &OutgoingReply {
                case_id: case.id.clone(),
                body: "Segue o comprovante do reembolso.".into(),
                internal: false,
                language: ReplyLanguage::PtBr,
                files: vec![ReplyFile {
                    file_name: "C:\\Users\\ana\\comprovante reembolso.pdf".into(),
                    content_type: "application/pdf".into(),
                    content_base64: base64::engine::general_purpose::STANDARD.encode(&receipt),
                }],
            },
            "Ana",
            Utc::now(),
        )
        .unwrap();
    assert_eq!(queued.attachments.len(), 1);
    let listed = &queued.attachments[0];
    assert_eq!(listed.file_name, "comprovante reembolso.pdf");
    assert_eq!(listed.size, Some(receipt.len() as u64));
    // Offline, before any sync: it opens from the queued reply.
    let found =
        attachments::find(&store.lock().unwrap(), &case.id, &queued.id, &listed.id).unwrap();
    let path = attachments::local_copy::<CrmConnection>(None, dir.path(), &found)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), receipt);

    crm.set_reachable(true).await;
    let conn = connect(&crm.settings(), &crm.secret(), &HttpSettings::default())
        .await
        .unwrap();
    let opts = SyncOptions {
        ignore_backoff: true,
        now: Utc::now(),
    };
    let report = sync_once(&store, &conn, &opts).await.unwrap();
    assert_eq!(report.pushed, 1, "{report:?}");
    sync_once(&store, &conn, &opts).await.unwrap();

    let crm_id: u64 = case.crm_id.parse().unwrap();
    let comments = crm.comments(crm_id).await;
    let ours: Vec<_> = comments
        .iter()
        .filter(|c| c["body"] == "Segue o comprovante do reembolso.")
        .collect();
    assert_eq!(ours.len(), 1, "exactly once");
    let files = ours[0]["attachments"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["file_name"], "comprovante reembolso.pdf");
    assert_eq!(files[0]["content_type"], "application/pdf");

    // The CRM's link serves the same bytes.
    let remote = polydesk_core::domain::Attachment {
        id: files[0]["id"].to_string(),
        file_name: "comprovante reembolso.pdf".into(),
        content_type: Some("application/pdf".into()),
        size: files[0]["size"].as_u64(),
        url: files[0]["content_url"].as_str().map(String::from),
    };
    assert_eq!(conn.download_attachment(&remote).await.unwrap(), receipt);

    // Until a pull brings the CRM's copy (Zendesk's export holds back the last minute),
    // the local one shows as sent and its file still opens from the cache.
    let detail = store.lock().unwrap().case_detail(&case.id).unwrap();
    let local = detail.messages.iter().find(|m| m.id == queued.id).unwrap();
    assert_eq!(local.delivery, polydesk_core::domain::Delivery::Sent);
    let found =
        attachments::find(&store.lock().unwrap(), &case.id, &queued.id, &listed.id).unwrap();
    assert_eq!(found.sent_from_here.as_deref(), Some(receipt.as_slice()));
}
