//! The desk itself: every user, group, ticket, comment and audit, and the server clock.
//! How cases change is in [`crate::change`].

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Value};

use crate::change::NewComment;
use crate::clock::Clock;
use crate::model::{html_from_text, Audit, Comment, Group, Role, Ticket, User};

/// First ids of each kind of record (Zendesk-sized, distinct ranges so mix-ups show).
const FIRST_USER_ID: u64 = 5_000_000_001;
const FIRST_GROUP_ID: u64 = 360_000_001;
const FIRST_COMMENT_ID: u64 = 10_000_000_001;
const FIRST_AUDIT_ID: u64 = 20_000_000_001;
const FIRST_EVENT_ID: u64 = 30_000_000_001;
const FIRST_FILE_ID: u64 = 40_000_000_001;

/// Every record of the desk.
#[derive(Debug)]
pub struct Store {
    pub base_url: String,
    pub users: BTreeMap<u64, User>,
    pub groups: BTreeMap<u64, Group>,
    pub tickets: BTreeMap<u64, Ticket>,
    pub comments: HashMap<u64, Vec<Comment>>,
    pub audits: HashMap<u64, Vec<Audit>>,
    /// Uploads not yet attached to a comment, by token.
    pub uploads: HashMap<String, Vec<UploadedFile>>,
    /// Every file attached to a comment, by the token in its `content_url`.
    pub files: HashMap<String, UploadedFile>,
    /// Background jobs (merges) by id, as `GET /job_statuses/{id}` shows them.
    pub jobs: HashMap<String, Value>,
    /// The authenticated agent.
    pub me: u64,
    pub clock: Clock,
    next_user: u64,
    next_group: u64,
    next_comment: u64,
    next_audit: u64,
    next_event: u64,
    next_file: u64,
}

/// A file sent to `POST /api/v2/uploads.json`.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub id: u64,
    /// The file's own token (its download address), not the upload's.
    pub token: String,
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl UploadedFile {
    pub fn to_json(&self, base_url: &str) -> Value {
        let name: String =
            serde_urlencoded::to_string([("name", &self.file_name)]).unwrap_or_default();
        json!({
            "id": self.id,
            "file_name": self.file_name,
            "content_url": format!("{base_url}/attachments/token/{}/?{name}", self.token),
            "content_type": self.content_type,
            "size": self.bytes.len(),
            "inline": false,
        })
    }
}

impl Store {
    /// An empty desk whose only user is `me`.
    pub fn new(base_url: String, clock: Clock, me: (&str, &str, Role)) -> Self {
        let mut store = Store {
            base_url,
            users: BTreeMap::new(),
            groups: BTreeMap::new(),
            tickets: BTreeMap::new(),
            comments: HashMap::new(),
            audits: HashMap::new(),
            uploads: HashMap::new(),
            files: HashMap::new(),
            jobs: HashMap::new(),
            me: 0,
            clock,
            next_user: FIRST_USER_ID,
            next_group: FIRST_GROUP_ID,
            next_comment: FIRST_COMMENT_ID,
            next_audit: FIRST_AUDIT_ID,
            next_event: FIRST_EVENT_ID,
            next_file: FIRST_FILE_ID,
        };
        let (name, email, role) = me;
        store.me = store.add_user(name, Some(email.to_string()), role, "en-US", 0);
        store
    }

    pub fn add_user(
        &mut self,
        name: &str,
        email: Option<String>,
        role: Role,
        locale: &str,
        created_at: i64,
    ) -> u64 {
        let id = self.next_user;
        self.next_user += 1;
        let user = User {
            id,
            name: name.to_string(),
            email,
            role,
            locale: locale.to_string(),
            created_at,
        };
        self.users.insert(id, user);
        id
    }

    /// The agent called `name`, added to the team if new.
    pub fn agent_named(&mut self, name: &str, created_at: i64) -> u64 {
        let found = self
            .users
            .values()
            .find(|u| u.role.is_staff() && u.name == name);
        if let Some(user) = found {
            return user.id;
        }
        let email = agent_email(name, self.next_user);
        self.add_user(name, Some(email), Role::Agent, "en-US", created_at)
    }

    /// The group called `name`, created if new.
    pub fn group_named(&mut self, name: &str, created_at: i64) -> u64 {
        if let Some(group) = self.groups.values().find(|g| g.name == name) {
            return group.id;
        }
        let id = self.next_group;
        self.next_group += 1;
        let name = name.to_string();
        self.groups.insert(
            id,
            Group {
                id,
                name,
                created_at,
            },
        );
        id
    }

    /// Add a comment (with its audit) to a seeded thread, as it was written at `at`.
    pub fn seed_comment(&mut self, ticket_id: u64, author: u64, comment: NewComment, at: i64) {
        self.record(ticket_id, author, at, Some(comment), Vec::new(), json!({}));
    }

    /// Keep an uploaded file under upload `token` (a new upload when `None`); returns
    /// the upload's token and every file it holds so far.
    pub fn upload(
        &mut self,
        token: Option<&str>,
        file_name: String,
        content_type: String,
        bytes: Vec<u8>,
    ) -> Option<(String, Vec<Value>)> {
        let upload_token = match token {
            Some(t) if self.uploads.contains_key(t) => t.to_string(),
            Some(_) => return None,
            None => format!("up{}", self.next_file),
        };
        let file = UploadedFile {
            id: self.next_file,
            token: format!("f{}", self.next_file),
            file_name,
            content_type,
            bytes,
        };
        self.next_file += 1;
        let files = self.uploads.entry(upload_token.clone()).or_default();
        files.push(file);
        let listed = files.iter().map(|f| f.to_json(&self.base_url)).collect();
        Some((upload_token, listed))
    }

    /// Mark a case deleted: it leaves the API but shows as `deleted` in exports.
    pub fn delete(&mut self, ticket_id: u64) -> bool {
        let Some(ticket) = self.tickets.get(&ticket_id) else {
            return false;
        };
        let stamp = self.clock.stamp_after(ticket.updated_at);
        let ticket = self.tickets.get_mut(&ticket_id).expect("checked above");
        ticket.status = crate::model::DELETED.to_string();
        ticket.updated_at = stamp;
        ticket.generated_timestamp = stamp;
        true
    }

    /// Write the audit (and comment, if any) of a change; returns the audit as JSON.
    pub(crate) fn record(
        &mut self,
        ticket_id: u64,
        author: u64,
        at: i64,
        comment: Option<NewComment>,
        mut events: Vec<Value>,
        custom: Value,
    ) -> Value {
        let audit_id = self.next_audit;
        self.next_audit += 1;
        if let Some(new) = comment {
            let attachments = new
                .uploads
                .iter()
                .filter_map(|token| self.uploads.remove(token))
                .flatten()
                .map(|file| {
                    let json = file.to_json(&self.base_url);
                    self.files.insert(file.token.clone(), file);
                    json
                })
                .collect();
            let comment = Comment {
                id: self.next_comment,
                author_id: author,
                html_body: new.html_body.unwrap_or_else(|| html_from_text(&new.body)),
                body: new.body,
                public: new.public,
                created_at: at,
                audit_id,
                attachments,
            };
            self.next_comment += 1;
            events.insert(0, comment.event_json(0));
            self.comments.entry(ticket_id).or_default().push(comment);
        }
        for event in &mut events {
            event["id"] = json!(self.next_event);
            self.next_event += 1;
        }
        let audit = Audit {
            id: audit_id,
            ticket_id,
            author_id: author,
            created_at: at,
            custom,
            events,
        };
        let json = audit.to_json();
        self.audits.entry(ticket_id).or_default().push(audit);
        json
    }
}

/// `bruno.alves@example.com`, or `agent-<id>@example.com` for names without Latin letters.
fn agent_email(name: &str, id: u64) -> String {
    let local: String = name
        .split_whitespace()
        .map(|part| part.to_lowercase())
        .collect::<Vec<_>>()
        .join(".");
    if !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
        format!("{local}@example.com")
    } else {
        format!("agent-{id}@example.com")
    }
}
