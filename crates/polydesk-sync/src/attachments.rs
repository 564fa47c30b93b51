//! Attachments are listed with their message and downloaded when the agent opens one:
//! fetched from the CRM once, kept in the data directory, and reused after that (also
//! offline).

use std::path::{Path, PathBuf};

use polydesk_core::crm::{Connector, ConnectorError};
use polydesk_core::domain::Attachment;
use polydesk_core::store::Store;
use polydesk_core::{CoreError, Result};

/// An attachment as the cache lists it, with its bytes when it is a file the agent sent
/// from this computer and the CRM's copy has not replaced it yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub attachment: Attachment,
    pub sent_from_here: Option<Vec<u8>>,
}

/// The attachment `attachment_id` of message `message_id`.
pub fn find(store: &Store, case_id: &str, message_id: &str, attachment_id: &str) -> Result<Found> {
    let detail = store.case_detail(case_id)?;
    let attachment = detail
        .messages
        .into_iter()
        .find(|m| m.id == message_id)
        .and_then(|m| m.attachments.into_iter().find(|a| a.id == attachment_id))
        .ok_or_else(|| {
            CoreError::not_found(format!(
                "message {message_id} of case {case_id} has no attachment {attachment_id}"
            ))
        })?;
    let sent_from_here = store.sent_file(message_id, attachment_id)?;
    Ok(Found {
        attachment,
        sent_from_here,
    })
}

/// A file name safe to create: no folders, no dots in front, nothing odd.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "._- ()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "attachment".into()
    } else {
        cleaned.chars().take(120).collect()
    }
}

/// Where an attachment is kept once downloaded.
pub fn local_path(dir: &Path, attachment: &Attachment) -> PathBuf {
    dir.join("attachments")
        .join(safe_file_name(&attachment.id))
        .join(safe_file_name(&attachment.file_name))
}

/// The local copy of a found attachment: written out if it was sent from here,
/// downloaded first if needed.
pub async fn local_copy<C: Connector>(
    crm: Option<&C>,
    dir: &Path,
    found: &Found,
) -> Result<PathBuf> {
    match &found.sent_from_here {
        Some(bytes) => {
            let path = local_path(dir, &found.attachment);
            write_whole(&path, bytes)?;
            Ok(path)
        }
        None => fetch(crm, dir, &found.attachment).await,
    }
}

/// The local copy of `attachment`, downloading it first if needed.
pub async fn fetch<C: Connector>(
    crm: Option<&C>,
    dir: &Path,
    attachment: &Attachment,
) -> Result<PathBuf> {
    let path = local_path(dir, attachment);
    let complete = std::fs::metadata(&path)
        .map(|m| attachment.size.is_none_or(|size| m.len() == size))
        .unwrap_or(false);
    if complete {
        return Ok(path);
    }
    let crm = crm.ok_or_else(|| {
        CoreError::Crm(ConnectorError::Offline(format!(
            "{} has not been downloaded yet and the CRM cannot be reached: try again when online",
            attachment.file_name
        )))
    })?;
    let bytes = crm
        .download_attachment(attachment)
        .await
        .map_err(|e| CoreError::Crm(e.about(&attachment.file_name)))?;
    write_whole(&path, &bytes)?;
    Ok(path)
}

/// Write next to `path` and rename, so a half-written file is never taken for the file.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let partial = path.with_extension("partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_escape_the_folder() {
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name(".bashrc"), "bashrc");
        assert_eq!(safe_file_name("nota fiscal (1).pdf"), "nota fiscal (1).pdf");
        assert_eq!(safe_file_name("截图.png"), "截图.png");
        assert_eq!(safe_file_name("a/b\\c:d"), "a_b_c_d");
        assert_eq!(safe_file_name(""), "attachment");
    }
}
