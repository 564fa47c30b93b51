//! Zendesk Support API v2 JSON shapes (only the fields Polydesk reads).

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone, Deserialize)]
pub struct User {
    pub id: u64,
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    pub id: u64,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Ticket {
    pub id: u64,
    #[serde(default)]
    pub subject: Option<String>,
    pub status: String,
    #[serde(default)]
    pub priority: Option<String>,
    pub requester_id: u64,
    #[serde(default)]
    pub assignee_id: Option<u64>,
    #[serde(default)]
    pub group_id: Option<u64>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub custom_fields: Vec<CustomFieldValue>,
    /// Sideloaded with `include=slas` where the account has SLA policies.
    #[serde(default)]
    pub slas: Option<TicketSlas>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TicketSlas {
    #[serde(default)]
    pub policy_metrics: Vec<SlaMetric>,
}

/// One SLA target on a ticket: `stage` is `active`, `paused` or `achieved`.
#[derive(Debug, Clone, Deserialize)]
pub struct SlaMetric {
    #[serde(default)]
    pub breach_at: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CustomFieldValue {
    pub id: u64,
    #[serde(default)]
    pub value: serde_json::Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CommentAttachment {
    pub id: u64,
    pub file_name: String,
    #[serde(default)]
    pub content_url: Option<String>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub size: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Comment {
    pub id: u64,
    pub author_id: u64,
    #[serde(default)]
    pub attachments: Vec<CommentAttachment>,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub html_body: Option<String>,
    #[serde(default = "yes")]
    pub public: bool,
    pub created_at: String,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
pub struct MeResponse {
    pub user: User,
}

#[derive(Debug, Deserialize)]
pub struct IncrementalPage {
    pub tickets: Vec<Ticket>,
    #[serde(default)]
    pub users: Vec<User>,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub after_cursor: Option<String>,
    pub end_of_stream: bool,
}

#[derive(Debug, Deserialize)]
pub struct CursorMeta {
    pub has_more: bool,
    #[serde(default)]
    pub after_cursor: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct SearchExportPage {
    pub results: Vec<Ticket>,
    pub meta: CursorMeta,
}

#[derive(Debug, Deserialize)]
pub struct CommentsPage {
    pub comments: Vec<Comment>,
    #[serde(default)]
    pub meta: Option<CursorMeta>,
}

#[derive(Debug, Deserialize)]
pub struct UsersPage {
    pub users: Vec<User>,
}

#[derive(Debug, Deserialize)]
pub struct GroupsPage {
    pub groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
pub struct Audit {
    pub id: u64,
    #[serde(default)]
    pub metadata: Value,
}

#[derive(Debug, Deserialize)]
pub struct AuditsPage {
    pub audits: Vec<Audit>,
}

#[derive(Debug, Deserialize)]
pub struct UpdateResponse {
    #[serde(default)]
    pub audit: Option<Audit>,
}

#[derive(Debug, Deserialize)]
pub struct TicketResponse {
    pub ticket: Ticket,
}

#[derive(Debug, Deserialize)]
pub struct TicketCount {
    pub count: CountValue,
}

#[derive(Debug, Deserialize)]
pub struct CountValue {
    pub value: u64,
}

#[derive(Debug, Deserialize)]
pub struct TicketsPage {
    pub tickets: Vec<Ticket>,
}

/// A background job's state (`POST /tickets/{id}/merge` answers with one).
#[derive(Debug, Deserialize)]
pub struct JobStatusResponse {
    pub job_status: JobStatus,
}

#[derive(Debug, Deserialize)]
pub struct JobStatus {
    pub id: String,
    /// `queued`, `working`, `failed`, `completed` or `killed`.
    pub status: String,
    #[serde(default)]
    pub message: Option<String>,
}
