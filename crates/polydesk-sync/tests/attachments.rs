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
    assert_eq!(found, attachment);

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
