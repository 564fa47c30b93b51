//! The cache schema as a list of migrations. Append new ones; never edit a released one.
//! `rusqlite_migration` tracks progress in SQLite's `user_version`.

use rusqlite_migration::{Migrations, M};

/// Times are stored as Unix milliseconds (UTC); generated columns give the views
/// index-friendly keys so each view's first page is a plain index range scan.
const V1_CASES: &str = r#"
CREATE TABLE customers (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    handle   TEXT,
    email    TEXT,
    kind     TEXT NOT NULL,
    locale   TEXT,
    country  TEXT
) STRICT;

CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    crm_id          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    status          TEXT NOT NULL,
    priority        TEXT NOT NULL,
    customer_id     TEXT NOT NULL REFERENCES customers(id),
    assignee        TEXT,
    group_name      TEXT,
    tags            TEXT NOT NULL DEFAULT '[]',
    reply_language  TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    sla_due_at      INTEGER,
    -- new/open/pending/on-hold: someone still has to act
    unsolved  INTEGER GENERATED ALWAYS AS (status IN ('new', 'open', 'pending', 'on-hold')) VIRTUAL,
    -- new/open: the SLA clock is running on the agent
    active    INTEGER GENERATED ALWAYS AS (status IN ('new', 'open')) VIRTUAL,
    done      INTEGER GENERATED ALWAYS AS (status IN ('solved', 'closed')) VIRTUAL,
    -- cases without an SLA clock sort after every dated one
    due_key   INTEGER GENERATED ALWAYS AS (coalesce(sla_due_at, 9223372036854775807)) VIRTUAL,
    UNIQUE (source, crm_id)
) STRICT;

CREATE INDEX cases_by_updated    ON cases (updated_at);
CREATE INDEX cases_by_assignee   ON cases (assignee, unsolved, due_key);
CREATE INDEX cases_by_due        ON cases (active, due_key);
CREATE INDEX cases_by_status     ON cases (status, updated_at);
CREATE INDEX cases_by_done       ON cases (done, updated_at);
CREATE INDEX cases_by_customer   ON cases (customer_id);

CREATE TABLE messages (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    direction   TEXT NOT NULL,
    body_text   TEXT NOT NULL,
    body_html   TEXT,
    language    TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX messages_by_case ON messages (case_id, created_at);

CREATE TABLE drafts (
    case_id     TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
"#;

/// Search documents: one per case subject and one per message. `doc_id` is derived from
/// the document's time so that newest-first is the FTS index's own (descending rowid)
/// order: no ranking pass over every match.
const V1_SEARCH: &str = r#"
CREATE TABLE search_docs (
    doc_id      INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    message_id  TEXT
) STRICT;

CREATE INDEX search_docs_by_case ON search_docs (case_id);

CREATE VIRTUAL TABLE search_terms USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
"#;

/// The agent's own writes: replies queued for the CRM (a durable outbox written in the
/// same transaction as the message row) and per-case choices such as the reply language.
const V3_LOCAL_WRITES: &str = r#"
ALTER TABLE messages ADD COLUMN delivery TEXT NOT NULL DEFAULT 'sent';

CREATE TABLE case_prefs (
    case_id         TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    reply_language  TEXT NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,          -- client-made UUIDv7, sent to the CRM
    case_id     TEXT NOT NULL REFERENCES cases(id),
    message_id  TEXT,
    kind        TEXT NOT NULL,                 -- reply | note
    payload     TEXT NOT NULL,                 -- JSON
    state       TEXT NOT NULL DEFAULT 'pending',
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX outbox_by_case ON outbox (case_id, seq);
"#;

/// Sync bookkeeping: when a failed push may be tried again, what the CRM called the
/// result, and each change stream's cursor (saved with the page it covers).
const V4_SYNC: &str = r#"
ALTER TABLE outbox ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN remote_id TEXT;

CREATE TABLE sync_cursors (
    stream      TEXT PRIMARY KEY,
    cursor      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
"#;

/// Each view's index ends with the case id, the tie-breaker of its order, so a first page
/// is read straight off the index instead of sorting every case.
const V5_VIEW_INDEXES: &str = r#"
DROP INDEX cases_by_updated;
DROP INDEX cases_by_assignee;
DROP INDEX cases_by_due;
DROP INDEX cases_by_status;
DROP INDEX cases_by_done;
CREATE INDEX cases_by_updated  ON cases (updated_at, id);
CREATE INDEX cases_by_assignee ON cases (assignee, unsolved, due_key, id);
CREATE INDEX cases_by_due      ON cases (active, due_key, id);
CREATE INDEX cases_by_status   ON cases (status, updated_at, id);
CREATE INDEX cases_by_done     ON cases (done, updated_at, id);
"#;

/// The CRM's custom fields the team maps (order id, creator id), as a JSON object.
const V6_CUSTOM_FIELDS: &str = r#"
ALTER TABLE cases ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}';
"#;

/// Files attached to messages (listed as JSON; the bytes stay in the CRM until opened).
const V7_ATTACHMENTS: &str = r#"
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
"#;

/// Files the agent sent with a queued reply, kept with its message until the CRM's copy
/// of the message (with the CRM's own links to the files) replaces it.
const V8_REPLY_FILES: &str = r#"
CREATE TABLE message_files (
    message_id    TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    PRIMARY KEY (message_id, seq)
) STRICT;
"#;

/// The kind of an outbox item's last failure (an `ErrorCode`), beside its message, so the
/// outbox shows why by code. Items failed before this version keep only the message.
const V9_OUTBOX_ERROR_CODE: &str = r#"
ALTER TABLE outbox ADD COLUMN last_error_code TEXT;
"#;

/// Escalations as the case's notes and tags tell them (see `escalation::rebuild`), kept
/// per case so the `escalated` view and the escalation list need not read every thread.
/// Rebuilt whenever the case's thread or the agent's queued notes change.
const V10_ESCALATIONS: &str = r#"
CREATE TABLE escalations (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    state       TEXT NOT NULL,
    due_at      INTEGER,
    created_at  INTEGER NOT NULL,
    data        TEXT NOT NULL
) STRICT;
CREATE INDEX escalations_by_case ON escalations (case_id);
CREATE INDEX escalations_by_due  ON escalations (state, due_at);
-- When the case's open escalation is due (the `escalated` view's order); NULL when none is open.
ALTER TABLE cases ADD COLUMN escalation_due INTEGER;
CREATE INDEX cases_by_escalation ON cases (escalation_due, id) WHERE escalation_due IS NOT NULL;
"#;

/// SLA clocks over the cache (`sla_index.rs`): the statuses each case was seen in, and
/// the earliest due time of its open targets (the `breaching` view's order; NULL when
/// no target runs); the reminders shown.
const V11_SLA: &str = r#"
CREATE TABLE case_statuses (
    case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    status   TEXT NOT NULL,
    PRIMARY KEY (case_id, at)
) STRICT, WITHOUT ROWID;
ALTER TABLE cases ADD COLUMN sla_next_due INTEGER;
CREATE INDEX cases_by_sla ON cases (sla_next_due, id) WHERE sla_next_due IS NOT NULL;
-- Reminders the agent was shown (`reminders.rs`): each reminds once.
CREATE TABLE reminders (
    key            TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    escalation_id  TEXT,
    due_at         INTEGER NOT NULL,
    shown_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX reminders_by_escalation ON reminders (escalation_id) WHERE escalation_id IS NOT NULL;
"#;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1_CASES),
        M::up(V1_SEARCH),
        M::up(V3_LOCAL_WRITES),
        M::up(V4_SYNC),
        M::up(V5_VIEW_INDEXES),
        M::up(V6_CUSTOM_FIELDS),
        M::up(V7_ATTACHMENTS),
        M::up(V8_REPLY_FILES),
        M::up(V9_OUTBOX_ERROR_CODE),
        M::up(V10_ESCALATIONS),
        M::up(V11_SLA),
    ])
}

/// The schema version this build writes (the number of migrations).
pub fn latest_version() -> i64 {
    11
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn latest_version_matches_migration_count() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, latest_version());
    }
}
