//! Files sent with a reply or note: checked and decoded when the agent sends, kept in
//! the cache with the queued message (one transaction with it), and read back when the
//! outbox pushes it or the agent opens one before the CRM's copy arrives.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rusqlite::{params, OptionalExtension};

use super::outbox::{ReplyFile, MAX_REPLY_FILES, MAX_REPLY_FILE_BYTES, MAX_REPLY_TOTAL_BYTES};
use super::Store;
use crate::domain::Attachment;
use crate::domain::OutgoingFile;
use crate::error::{CoreError, Result};

/// The type given to a file whose computer named none (or something that is no type).
const UNKNOWN_TYPE: &str = "application/octet-stream";

/// Check and decode what the composer sent: every problem names the file.
pub(super) fn decode_reply_files(files: &[ReplyFile]) -> Result<Vec<OutgoingFile>> {
    if files.len() > MAX_REPLY_FILES {
        return Err(CoreError::invalid_input(format!(
            "{} files are attached: at most {MAX_REPLY_FILES} can go with one reply",
            files.len()
        )));
    }
    let mut total = 0;
    let mut decoded = Vec::with_capacity(files.len());
    for file in files {
        let name = clean_file_name(&file.file_name).ok_or_else(|| {
            CoreError::invalid_input("an attached file has no name: attach it again")
        })?;
        let bytes = STANDARD.decode(file.content_base64.trim()).map_err(|e| {
            CoreError::invalid_input(format!("{name} could not be read ({e}): attach it again"))
        })?;
        if bytes.is_empty() {
            return Err(CoreError::invalid_input(format!(
                "{name} is empty: attach a file with something in it"
            )));
        }
        if bytes.len() > MAX_REPLY_FILE_BYTES {
            return Err(CoreError::invalid_input(format!(
                "{name} is {} bytes: a file can be at most {MAX_REPLY_FILE_BYTES} bytes",
                bytes.len()
            )));
        }
        total += bytes.len();
        if total > MAX_REPLY_TOTAL_BYTES {
            return Err(CoreError::invalid_input(format!(
                "the attached files come to more than {MAX_REPLY_TOTAL_BYTES} bytes: send some with another reply"
            )));
        }
        decoded.push(OutgoingFile {
            file_name: name,
            content_type: clean_content_type(&file.content_type),
            bytes,
        });
    }
    Ok(decoded)
}

/// The name without any folder part or control characters; `None` if nothing is left.
fn clean_file_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    let cleaned = cleaned.trim();
    (!cleaned.is_empty() && cleaned != "." && cleaned != "..").then(|| cleaned.to_string())
}

/// `type/subtype` (parameters dropped), or the catch-all type.
fn clean_content_type(given: &str) -> String {
    let essence = given.split(';').next().unwrap_or_default().trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&^_.+-".contains(c))
    };
    match essence.split_once('/') {
        Some((t, sub)) if token(t) && token(sub) => essence.to_ascii_lowercase(),
        _ => UNKNOWN_TYPE.to_string(),
    }
}

/// The id a file sent from here has in its message's attachment list.
fn attachment_id(message_id: &str, seq: usize) -> String {
    format!("{message_id}-{seq}")
}

/// How the thread lists the files of a queued message.
pub(super) fn listed(message_id: &str, files: &[OutgoingFile]) -> Vec<Attachment> {
    files
        .iter()
        .enumerate()
        .map(|(seq, f)| Attachment {
            id: attachment_id(message_id, seq + 1),
            file_name: f.file_name.clone(),
            content_type: Some(f.content_type.clone()),
            size: Some(f.bytes.len() as u64),
            url: None,
        })
        .collect()
}

/// Keep the files of message `message_id` (in the transaction that queues it; the
/// message row lists them, see [`listed`]).
pub(super) fn insert(
    tx: &rusqlite::Transaction<'_>,
    message_id: &str,
    files: &[OutgoingFile],
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO message_files (message_id, seq, file_name, content_type, bytes) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (seq, f) in files.iter().enumerate() {
        stmt.execute(params![
            message_id,
            seq as i64 + 1,
            f.file_name,
            f.content_type,
            f.bytes
        ])?;
    }
    Ok(())
}

/// The files kept for message `message_id`, in the order they were attached.
fn load(conn: &rusqlite::Connection, message_id: &str) -> Result<Vec<OutgoingFile>> {
    let mut stmt = conn.prepare_cached(
        "SELECT file_name, content_type, bytes FROM message_files WHERE message_id = ?1 ORDER BY seq",
    )?;
    let files = stmt
        .query_map([message_id], |r| {
            Ok(OutgoingFile {
                file_name: r.get(0)?,
                content_type: r.get(1)?,
                bytes: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(files)
}

impl Store {
    /// The files kept with message `message_id` (sent with its reply or note), in the
    /// order they were attached.
    pub fn sent_files(&self, message_id: &str) -> Result<Vec<OutgoingFile>> {
        load(&self.conn, message_id)
    }

    /// The bytes of attachment `attachment_id` if it is a file sent from this computer
    /// that the cache still keeps (its message not yet replaced by the CRM's copy).
    pub fn sent_file(&self, message_id: &str, attachment_id: &str) -> Result<Option<Vec<u8>>> {
        let Some(seq) = attachment_id
            .strip_prefix(message_id)
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|n| n.parse::<i64>().ok())
        else {
            return Ok(None);
        };
        Ok(self
            .conn
            .query_row(
                "SELECT bytes FROM message_files WHERE message_id = ?1 AND seq = ?2",
                params![message_id, seq],
                |r| r.get(0),
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The limits as TypeScript, for the composer to check before the core does.
    fn limits_ts() -> String {
        format!(
            "// Generated from polydesk-core (store/outbox.rs, store/reply_files.rs) by its tests. Do not edit.\n\
             \n\
             /** At most this many files go with one reply. */\n\
             export const MAX_REPLY_FILES = {MAX_REPLY_FILES};\n\
             /** Each file at most this many bytes. */\n\
             export const MAX_REPLY_FILE_BYTES = {MAX_REPLY_FILE_BYTES};\n\
             /** All files of one reply together at most this many bytes. */\n\
             export const MAX_REPLY_TOTAL_BYTES = {MAX_REPLY_TOTAL_BYTES};\n\
             /** The type of a file the computer gave none. */\n\
             export const UNKNOWN_CONTENT_TYPE = '{UNKNOWN_TYPE}';\n"
        )
    }

    /// Written beside the ts-rs bindings when they differ; under `CI` a stale file fails
    /// instead, naming the limits the UI would have checked wrongly.
    #[test]
    fn the_limits_are_exported_to_the_ui() {
        let Ok(dir) = std::env::var("TS_RS_EXPORT_DIR") else {
            return; // not run through the workspace's cargo config
        };
        let path = std::path::Path::new(&dir).join("replyFileLimits.ts");
        let text = limits_ts();
        let committed = std::fs::read_to_string(&path).ok();
        if committed.as_deref() == Some(text.as_str()) {
            return;
        }
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is stale: run cargo test and commit it.\nExpected:\n{text}",
            path.display()
        );
        std::fs::write(&path, &text).unwrap();
    }

    fn file(name: &str, content_type: &str, bytes: &[u8]) -> ReplyFile {
        ReplyFile {
            file_name: name.into(),
            content_type: content_type.into(),
            content_base64: STANDARD.encode(bytes),
        }
    }

    #[test]
    fn names_lose_folders_and_control_characters() {
        assert_eq!(
            clean_file_name("C:\\Users\\ana\\nota.pdf").unwrap(),
            "nota.pdf"
        );
        assert_eq!(
            clean_file_name("/home/ana/截图 1.png").unwrap(),
            "截图 1.png"
        );
        assert_eq!(clean_file_name("a\u{0}b\n.txt").unwrap(), "ab.txt");
        assert_eq!(clean_file_name("dir/"), None);
        assert_eq!(clean_file_name(" .. "), None);
    }

    #[test]
    fn content_types_are_kept_only_when_well_formed() {
        assert_eq!(clean_content_type("image/PNG"), "image/png");
        assert_eq!(
            clean_content_type("text/plain; charset=utf-8"),
            "text/plain"
        );
        assert_eq!(clean_content_type(""), UNKNOWN_TYPE);
        assert_eq!(clean_content_type("pdf"), UNKNOWN_TYPE);
        assert_eq!(clean_content_type("text/<script>"), UNKNOWN_TYPE);
    }

    #[test]
    fn files_decode_and_every_refusal_names_the_file() {
        let ok = decode_reply_files(&[file("recibo.pdf", "application/pdf", b"%PDF-1.7")]).unwrap();
        assert_eq!(ok[0].bytes, b"%PDF-1.7");
        assert_eq!(ok[0].content_type, "application/pdf");

        let empty = decode_reply_files(&[file("vazio.txt", "text/plain", b"")]).unwrap_err();
        assert!(empty.to_string().contains("vazio.txt"), "{empty}");

        let mut garbled = file("x.png", "image/png", b"x");
        garbled.content_base64 = "not base64!".into();
        let err = decode_reply_files(&[garbled]).unwrap_err();
        assert!(err.to_string().contains("x.png"), "{err}");

        let big = vec![7u8; MAX_REPLY_FILE_BYTES + 1];
        let err = decode_reply_files(&[file("video.mp4", "video/mp4", &big)]).unwrap_err();
        assert!(err.to_string().contains("video.mp4"), "{err}");

        let many: Vec<_> = (0..=MAX_REPLY_FILES)
            .map(|i| file(&format!("{i}.txt"), "text/plain", b"a"))
            .collect();
        assert!(decode_reply_files(&many).is_err());

        let chunk = vec![1u8; MAX_REPLY_FILE_BYTES];
        let three: Vec<_> = (0..3)
            .map(|i| file(&format!("{i}.bin"), "", &chunk))
            .collect();
        assert!(
            decode_reply_files(&three).is_err(),
            "the total is limited too"
        );
    }
}
