//! Files attached to RT messages. RT keeps every MIME part of a message as an
//! "attachment" record: multipart containers, the text/plain and text/html bodies, and
//! the files, which are the parts with a `Filename`. A thread is read in two queries over
//! the ticket's records, so that opening a case never carries the files' bytes: the
//! text bodies with their content, and the files without it (name, type, size). A file's
//! bytes come on demand from `GET /attachment/{id}`, which answers JSON with the content
//! base64-encoded.

use base64::Engine;
use polydesk_core::crm::ConnectorError;
use polydesk_core::domain;
use reqwest::{StatusCode, Url};
use serde::Deserialize;

use super::wire::{number, Attachment};
use super::Rt;
use crate::http::{read_error, status_error};

/// REST2's JSON limits for a ticket's or transaction's attachments: the text bodies
/// (no file name, a `text/…` type), asked for with their content…
pub const BODY_PARTS: &str = r#"[{"field":"Filename","operator":"IS","value":"NULL"},{"field":"ContentType","operator":"LIKE","value":"text/"}]"#;
pub const BODY_FIELDS: &str = "TransactionId,ContentType,Content,Filename";
/// …and the files, asked for without it.
pub const FILE_PARTS: &str = r#"[{"field":"Filename","operator":"IS NOT","value":"NULL"}]"#;
pub const FILE_FIELDS: &str = "TransactionId,ContentType,Filename,ContentLength";

/// Whether a part is a file the agent can open (rather than a body or a container).
pub fn is_file(part: &Attachment) -> bool {
    part.filename
        .as_deref()
        .is_some_and(|f| !f.trim().is_empty())
}

/// Where REST2 serves attachment `id` under `base` (`…/REST/2.0/`).
pub fn attachment_url(base: &Url, id: &str) -> Option<String> {
    base.join(&format!("attachment/{id}"))
        .ok()
        .map(String::from)
}

/// The files of transaction `txn`, in RT's order.
pub fn files_of(txn: u64, parts: &[Attachment], base: &Url) -> Vec<domain::Attachment> {
    parts
        .iter()
        .filter(|a| number(&a.transaction_id) == Some(txn as i64) && is_file(a))
        .filter_map(|a| {
            let id = number(&a.id).filter(|n| *n > 0)?.to_string();
            Some(domain::Attachment {
                url: attachment_url(base, &id),
                id,
                file_name: a.filename.as_deref().unwrap_or_default().trim().to_string(),
                content_type: Some(a.content_type.trim().to_string()).filter(|t| !t.is_empty()),
                size: number(&a.content_length).and_then(|n| u64::try_from(n).ok()),
            })
        })
        .collect()
}

/// `GET /attachment/{id}`, as much as a download reads.
#[derive(Debug, Deserialize)]
struct AttachmentRecord {
    #[serde(rename = "Content", default)]
    content: Option<String>,
}

/// The bytes of an attachment record's base64 `Content` (RT wraps it in lines).
fn decode(body: &[u8], id: &str) -> Result<Vec<u8>, ConnectorError> {
    let record: AttachmentRecord = serde_json::from_slice(body)
        .map_err(|e| ConnectorError::malformed(format!("RT attachment/{id}"), e))?;
    let text: String = record
        .content
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| ConnectorError::malformed(format!("RT attachment/{id} (Content)"), e))
}

impl Rt {
    /// The bytes of a file RT listed. The credentials only go to this RT's own address
    /// (built from the id, whatever URL the cache holds). Text files come back as RT
    /// holds them: in UTF-8.
    pub(super) async fn download(
        &self,
        attachment: &domain::Attachment,
    ) -> Result<Vec<u8>, ConnectorError> {
        let id = attachment.id.trim();
        let name = &attachment.file_name;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ConnectorError::NotFound(format!(
                "{name}: '{id}' is not an RT attachment id"
            )));
        }
        let resp = self.get(self.url(&["attachment", id])?).await?;
        let agent = &self.agent.name;
        match resp.status() {
            s if s.is_success() => {}
            StatusCode::FORBIDDEN => {
                return Err(ConnectorError::Forbidden(format!(
                    "RT does not let {agent} see attachment {id} ({name}): its ticket or comment is hidden from them"
                )))
            }
            StatusCode::NOT_FOUND => {
                return Err(ConnectorError::NotFound(format!(
                    "RT has no attachment {id} ({name})"
                )))
            }
            // RT 5.0.3 answers 500 (not 404) for an attachment id it does not have.
            StatusCode::INTERNAL_SERVER_ERROR => {
                return Err(ConnectorError::NotFound(format!(
                    "RT could not serve attachment {id} ({name}): 500 (RT 5.0 answers so for an attachment that does not exist)"
                )))
            }
            _ => return Err(status_error(&resp)),
        }
        let body = resp.bytes().await.map_err(read_error)?;
        decode(&body, id)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn part(
        id: u64,
        txn: u64,
        content_type: &str,
        filename: Option<&str>,
        len: &str,
    ) -> Attachment {
        serde_json::from_value(json!({
            "id": id.to_string(), "TransactionId": txn.to_string(), "ContentType": content_type,
            "Filename": filename, "ContentLength": len,
            "_url": format!("http://127.0.0.1/REST/2.0/attachment/{id}"), "type": "attachment"
        }))
        .unwrap()
    }

    #[test]
    fn files_are_the_parts_with_a_name_not_bodies_or_containers() {
        let base = Url::parse("http://127.0.0.1:8080/rt/REST/2.0/").unwrap();
        // A customer's mail: a container, the text body, a PDF and a text file; then
        // RT's autoreply (a container with text and HTML bodies).
        let parts = vec![
            part(68, 148, "multipart/mixed", Some(""), "0"),
            part(69, 148, "text/plain", None, "29"),
            part(70, 148, "application/pdf", Some("nota fiscal.pdf"), "51"),
            part(71, 148, "text/plain", Some("nota.txt"), "37"),
            part(72, 149, "multipart/alternative", Some(""), "0"),
            part(73, 149, "text/plain", Some(""), "563"),
            part(74, 149, "text/html", Some("  "), "617"),
            part(75, 150, "image/png", Some("截图.png"), "not a number"),
        ];
        let files = files_of(148, &parts, &base);
        let names: Vec<_> = files.iter().map(|f| f.file_name.as_str()).collect();
        assert_eq!(names, ["nota fiscal.pdf", "nota.txt"]);
        assert_eq!(
            files[0],
            domain::Attachment {
                id: "70".into(),
                file_name: "nota fiscal.pdf".into(),
                content_type: Some("application/pdf".into()),
                size: Some(51),
                url: Some("http://127.0.0.1:8080/rt/REST/2.0/attachment/70".into()),
            },
            "the address is this RT's own, not RT's _url (which drops the port)"
        );
        assert_eq!(files[1].content_type.as_deref(), Some("text/plain"));
        assert!(
            files_of(149, &parts, &base).is_empty(),
            "bodies are not files"
        );
        let odd = files_of(150, &parts, &base);
        assert_eq!((odd[0].file_name.as_str(), odd[0].size), ("截图.png", None));
        assert!(files_of(151, &parts, &base).is_empty());
    }

    #[test]
    fn the_body_and_file_queries_split_the_parts() {
        for q in [BODY_PARTS, FILE_PARTS] {
            let v: serde_json::Value = serde_json::from_str(q).unwrap();
            assert!(v.as_array().is_some_and(|a| !a.is_empty()), "{q}");
        }
        assert!(BODY_FIELDS.contains("Content") && !FILE_FIELDS.contains("Content,"));
        assert!(FILE_FIELDS.contains("ContentLength") && FILE_FIELDS.contains("Filename"));
        assert!(
            !BODY_FIELDS.contains("Parent") && !FILE_FIELDS.contains("Parent"),
            "RT 5.0.3 answers 500 to fields=Parent"
        );
    }

    #[test]
    fn downloads_decode_rt_s_wrapped_base64() {
        let body = json!({"id": 64, "Filename": "print.png", "ContentType": "image/png",
            "Content": "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x\n0F8jngAAAABJRU5ErkJggg==\n"});
        let bytes = decode(body.to_string().as_bytes(), "64").unwrap();
        assert_eq!(bytes.len(), 73);
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.ends_with(b"IEND\xaeB`\x82"));
        assert_eq!(decode(br#"{"Content": ""}"#, "1").unwrap(), b"");
        assert_eq!(decode(br#"{"id": 1}"#, "1").unwrap(), b"", "an empty file");
        for bad in [&br#"{"Content": "%%%"}"#[..], b"<html>"] {
            let e = decode(bad, "9").unwrap_err();
            assert!(
                matches!(&e, ConnectorError::Malformed { endpoint, .. } if endpoint.contains("attachment/9")),
                "{e}"
            );
        }
    }
}
