//! Zendesk Support API v2. Admins pull through the incremental ticket export (cursor
//! based; it leaves out the last minute, so pages overlap and duplicates are no-ops);
//! agents, who get 403 there, pull through Export Search Results with an overlapping
//! `updated>` window. Replies go out as ticket updates carrying the client id in the
//! audit's custom metadata, which is how an unanswered attempt is found again.

mod mapping;
mod merge;
mod pacing;
mod push;
mod uploads;
mod wire;

use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine as _;
use chrono::{DateTime, Duration as ChronoDuration, Utc};
use futures::StreamExt;
use pacing::{Bucket, Pacer};
use polydesk_core::crm::{Connector, ConnectorError, CrmAgent, PullPage, PushOutcome};
use polydesk_core::domain::CaseRecord;
use polydesk_core::domain::{Mutation, MutationKind};
use reqwest::{RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::http::{read_error, status_error, HttpSettings};
pub use mapping::case_id;
use wire::*;

/// The key under which the client id travels in the audit's custom metadata.
pub const CLIENT_ID_KEY: &str = "polydesk_client_id";
/// How far back an agent's search window reaches before the last one (search indexing lags).
const SEARCH_OVERLAP_MINUTES: i64 = 5;
const PAGE_SIZE: u32 = 100;
/// Comment threads fetched at once while pulling a page.
const THREADS_IN_FLIGHT: usize = 8;

/// How to sign in.
#[derive(Debug, Clone)]
pub enum ZendeskAuth {
    /// `EMAIL/token` with an API token (HTTP basic).
    ApiToken { email: String, token: String },
    /// An OAuth access token.
    Bearer(String),
}

pub struct Zendesk {
    base: String,
    auth: ZendeskAuth,
    http: reqwest::Client,
    agent: CrmAgent,
    /// Users and groups seen so far (names for authors, assignees and groups).
    users: Mutex<HashMap<u64, User>>,
    groups: Mutex<HashMap<u64, Group>>,
    fields: mapping::FieldMap,
    /// What the rate-limit headers say is left; shared by every request.
    pacer: Pacer,
}

impl Zendesk {
    /// Sign in and learn who the agent is (which decides the change stream).
    pub async fn connect(
        base_url: &str,
        auth: ZendeskAuth,
        settings: &HttpSettings,
    ) -> Result<Zendesk, ConnectorError> {
        let mut zd = Zendesk {
            base: base_url.trim_end_matches('/').to_string(),
            auth,
            http: settings.client()?,
            agent: CrmAgent {
                id: String::new(),
                name: String::new(),
                email: None,
                is_admin: false,
            },
            users: Mutex::new(HashMap::new()),
            groups: Mutex::new(HashMap::new()),
            fields: mapping::FieldMap {
                source: mapping::DEFAULT_SOURCE.into(),
                custom_fields: HashMap::new(),
            },
            pacer: Pacer::default(),
        };
        let me: MeResponse = zd.get_json("/api/v2/users/me.json").await?;
        zd.agent = CrmAgent {
            id: me.user.id.to_string(),
            name: me.user.name.clone(),
            email: me.user.email.clone(),
            is_admin: me.user.role.as_deref() == Some("admin"),
        };
        if let Ok(groups) = zd.get_json::<GroupsPage>("/api/v2/groups.json").await {
            zd.groups
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend(groups.groups.into_iter().map(|g| (g.id, g)));
        }
        Ok(zd)
    }

    /// Keep cases under another `source` than `zendesk` (the demo's simulated CRM).
    pub fn with_source(mut self, source: &str) -> Self {
        self.fields.source = source.to_string();
        self
    }

    /// Read the team's custom fields: Zendesk field id -> Polydesk key (`order_id`, ...).
    pub fn with_custom_fields(mut self, fields: HashMap<u64, String>) -> Self {
        self.fields.custom_fields = fields;
        self
    }

    pub fn agent(&self) -> &CrmAgent {
        &self.agent
    }

    /// The id of the staff member called `name` (assignees are shown by name).
    fn user_id_named(&self, name: &str) -> Option<u64> {
        if name == self.agent.name {
            return self.agent.id.parse().ok();
        }
        let users = self.users.lock().unwrap_or_else(|p| p.into_inner());
        users
            .values()
            .filter(|u| matches!(u.role.as_deref(), Some("agent" | "admin")))
            .find(|u| u.name == name)
            .map(|u| u.id)
    }

    fn group_id_named(&self, name: &str) -> Option<u64> {
        let groups = self.groups.lock().unwrap_or_else(|p| p.into_inner());
        groups.values().find(|g| g.name == name).map(|g| g.id)
    }

    fn authed(&self, req: RequestBuilder) -> RequestBuilder {
        match &self.auth {
            ZendeskAuth::ApiToken { email, token } => {
                let raw = format!("{email}/token:{token}");
                req.header(
                    "Authorization",
                    format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(raw)
                    ),
                )
            }
            ZendeskAuth::Bearer(token) => req.bearer_auth(token),
        }
    }

    /// Send a request to the desk, paced by what its rate-limit headers said. A request
    /// that would wait longer than [`pacing::PATIENCE`] is not sent.
    async fn send(&self, req: RequestBuilder, bucket: Bucket) -> Result<Response, SendFailure> {
        self.pacer
            .ready(bucket, pacing::PATIENCE)
            .await
            .map_err(SendFailure::Paced)?;
        let resp = self
            .authed(req)
            .send()
            .await
            .map_err(SendFailure::Transport)?;
        self.pacer.observe(bucket, resp.status(), resp.headers());
        Ok(resp)
    }

    async fn get_json<T: DeserializeOwned>(
        &self,
        path_and_query: &str,
    ) -> Result<T, ConnectorError> {
        let url = format!("{}{}", self.base, path_and_query);
        let bucket = match path_and_query.starts_with("/api/v2/incremental/") {
            true => Bucket::Export,
            false => Bucket::Api,
        };
        let resp = self
            .send(self.http.get(&url), bucket)
            .await
            .map_err(SendFailure::read)?;
        if !resp.status().is_success() {
            return Err(status_error(&resp));
        }
        let bytes = resp.bytes().await.map_err(read_error)?;
        serde_json::from_slice(&bytes).map_err(|e| ConnectorError::malformed(path_and_query, e))
    }

    async fn remember_users(
        &self,
        ids: impl IntoIterator<Item = u64>,
    ) -> Result<(), ConnectorError> {
        let missing: Vec<String> = {
            let known = self.users.lock().unwrap_or_else(|p| p.into_inner());
            let mut ids: Vec<u64> = ids
                .into_iter()
                .filter(|id| !known.contains_key(id))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter().map(|i| i.to_string()).collect()
        };
        for chunk in missing.chunks(100) {
            let page: UsersPage = self
                .get_json(&format!(
                    "/api/v2/users/show_many.json?ids={}",
                    chunk.join(",")
                ))
                .await?;
            self.users
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend(page.users.into_iter().map(|u| (u.id, u)));
        }
        Ok(())
    }

    async fn comments(&self, ticket: u64) -> Result<Vec<Comment>, ConnectorError> {
        let mut all = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let mut path = format!("/api/v2/tickets/{ticket}/comments.json?page[size]={PAGE_SIZE}");
            if let Some(a) = &after {
                path.push_str(&format!("&page[after]={a}"));
            }
            let page: CommentsPage = self.get_json(&path).await?;
            all.extend(page.comments);
            match page.meta {
                Some(CursorMeta {
                    has_more: true,
                    after_cursor: Some(next),
                }) => after = Some(next),
                _ => break,
            }
        }
        Ok(all)
    }

    /// Tickets as case records (threads fetched), de-duplicated within the page.
    async fn records(&self, tickets: Vec<Ticket>) -> Result<PullPage, ConnectorError> {
        let mut latest: HashMap<u64, Ticket> = HashMap::new();
        for t in tickets {
            match latest.get(&t.id) {
                Some(seen) if mapping::time(&seen.updated_at) > mapping::time(&t.updated_at) => {}
                _ => {
                    latest.insert(t.id, t);
                }
            }
        }
        let mut page = PullPage::default();
        let (deleted, live): (Vec<Ticket>, Vec<Ticket>) =
            latest.into_values().partition(|t| t.status == "deleted");
        page.deleted = deleted
            .iter()
            .map(|t| mapping::case_id_in(&self.fields.source, t.id))
            .collect();
        // Threads are fetched a few at a time: one round trip each, several in flight.
        let ids: Vec<u64> = live.iter().map(|t| t.id).collect();
        let fetched: Vec<Result<Vec<Comment>, ConnectorError>> = futures::stream::iter(ids)
            .map(|id| self.comments(id))
            .buffered(THREADS_IN_FLIGHT)
            .collect()
            .await;
        let mut with_comments = Vec::with_capacity(live.len());
        for (ticket, comments) in live.into_iter().zip(fetched) {
            with_comments.push((ticket, comments?));
        }
        let authors = with_comments.iter().flat_map(|(t, cs)| {
            cs.iter()
                .map(|c| c.author_id)
                .chain([t.requester_id])
                .chain(t.assignee_id)
        });
        self.remember_users(authors.collect::<Vec<_>>()).await?;
        // Map under the locks: the known users grow with every page, so copying them per
        // page would make a first sync quadratic in the number of customers.
        {
            let users = self.users.lock().unwrap_or_else(|p| p.into_inner());
            let groups = self.groups.lock().unwrap_or_else(|p| p.into_inner());
            page.cases = with_comments
                .iter()
                .map(|(t, cs)| mapping::case_record(t, cs, &users, &groups, &self.fields))
                .collect();
        }
        page.cases.sort_by_key(|r| r.case.updated_at);
        Ok(page)
    }

    async fn pull_incremental(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        let path = match cursor {
            None => format!("/api/v2/incremental/tickets/cursor.json?start_time=0&include=users,groups,slas&per_page={PAGE_SIZE}"),
            Some(c) => format!("/api/v2/incremental/tickets/cursor.json?cursor={c}&include=users,groups,slas&per_page={PAGE_SIZE}"),
        };
        let resp: IncrementalPage = self.get_json(&path).await?;
        self.users
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(resp.users.into_iter().map(|u| (u.id, u)));
        self.groups
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(resp.groups.into_iter().map(|g| (g.id, g)));
        let mut page = self.records(resp.tickets).await?;
        page.cursor = resp
            .after_cursor
            .or_else(|| cursor.map(String::from))
            .unwrap_or_default();
        page.has_more = !resp.end_of_stream;
        Ok(page)
    }

    /// Agents' stream. Cursor: `<window start RFC 3339>|<page cursor>|<newest seen>`.
    async fn pull_search(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        let mut parts = cursor.unwrap_or("").splitn(3, '|');
        let since = parts
            .next()
            .filter(|s| !s.is_empty())
            .map(mapping::time)
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
        let after = parts.next().filter(|s| !s.is_empty()).map(String::from);
        let newest = parts
            .next()
            .filter(|s| !s.is_empty())
            .map(mapping::time)
            .unwrap_or(since);
        let stamp = since.format("%Y-%m-%dT%H:%M:%SZ");
        let mut path = format!(
            "/api/v2/search/export?filter[type]=ticket&include=tickets(slas)&query=type:ticket%20updated%3E{stamp}&page[size]={PAGE_SIZE}"
        );
        if let Some(a) = &after {
            path.push_str(&format!("&page[after]={a}"));
        }
        let resp: SearchExportPage = self.get_json(&path).await?;
        let newest = resp
            .results
            .iter()
            .map(|t| mapping::time(&t.updated_at))
            .fold(newest, DateTime::max);
        let has_more = resp.meta.has_more;
        let mut page = self.records(resp.results).await?;
        page.has_more = has_more;
        page.cursor = if has_more {
            format!(
                "{}|{}|{}",
                since.to_rfc3339(),
                resp.meta.after_cursor.unwrap_or_default(),
                newest.to_rfc3339()
            )
        } else {
            // The next window starts a little before the newest change seen: indexing lags.
            let start = (newest - ChronoDuration::minutes(SEARCH_OVERLAP_MINUTES)).max(since);
            format!("{}||{}", start.to_rfc3339(), newest.to_rfc3339())
        };
        Ok(page)
    }
}

impl Connector for Zendesk {
    /// The stream names the desk (its host), so a cursor saved for one desk is never
    /// used with another; the demo's desk moves port with every start, and is one desk.
    fn stream(&self) -> String {
        let kind = if self.agent.is_admin {
            "incremental"
        } else {
            "search"
        };
        match self.fields.source.as_str() {
            "zendesk" => format!("zendesk:{kind}:{}", host_of(&self.base)),
            source => format!("{source}:{kind}"),
        }
    }

    async fn whoami(&self) -> Result<CrmAgent, ConnectorError> {
        Ok(self.agent.clone())
    }

    fn source(&self) -> String {
        self.fields.source.clone()
    }

    async fn download_attachment(
        &self,
        attachment: &polydesk_core::domain::Attachment,
    ) -> Result<Vec<u8>, ConnectorError> {
        let url = attachment.url.as_deref().ok_or_else(|| {
            ConnectorError::NotFound(format!("{} has no download address", attachment.file_name))
        })?;
        // Zendesk serves attachments from its own host (or a CDN it redirects to); the
        // credentials only go to the desk's own address.
        let resp = if url.starts_with(&self.base) {
            self.send(self.http.get(url), Bucket::Api)
                .await
                .map_err(SendFailure::read)?
        } else {
            self.http.get(url).send().await.map_err(read_error)?
        };
        if !resp.status().is_success() {
            return Err(status_error(&resp));
        }
        Ok(resp.bytes().await.map_err(read_error)?.to_vec())
    }

    async fn missing_cases(
        &self,
        crm_ids: &[String],
    ) -> Result<Option<Vec<String>>, ConnectorError> {
        // The incremental export reports deletions; the search export does not.
        if self.agent.is_admin {
            return Ok(None);
        }
        let mut missing = Vec::new();
        for chunk in crm_ids.chunks(100) {
            let page: TicketsPage = self
                .get_json(&format!(
                    "/api/v2/tickets/show_many.json?ids={}",
                    chunk.join(",")
                ))
                .await?;
            let live: Vec<String> = page
                .tickets
                .iter()
                .filter(|t| t.status != "deleted")
                .map(|t| t.id.to_string())
                .collect();
            missing.extend(chunk.iter().filter(|id| !live.contains(id)).cloned());
        }
        Ok(Some(missing))
    }

    async fn case_count_hint(&self) -> Option<u64> {
        let count: TicketCount = self.get_json("/api/v2/tickets/count.json").await.ok()?;
        Some(count.count.value)
    }

    async fn pull(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        if self.agent.is_admin {
            self.pull_incremental(cursor).await
        } else {
            self.pull_search(cursor).await
        }
    }

    async fn fetch_case(&self, crm_id: &str) -> Result<Option<CaseRecord>, ConnectorError> {
        let url = format!("{}/api/v2/tickets/{crm_id}.json?include=slas", self.base);
        let resp = self
            .send(self.http.get(&url), Bucket::Api)
            .await
            .map_err(SendFailure::read)?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(status_error(&resp));
        }
        let ticket = resp
            .json::<TicketResponse>()
            .await
            .map_err(|e| ConnectorError::malformed(format!("/api/v2/tickets/{crm_id}.json"), e))?
            .ticket;
        let page = self.records(vec![ticket]).await?;
        Ok(page.cases.into_iter().next())
    }

    async fn push(&self, m: &Mutation) -> PushOutcome {
        if let MutationKind::Merge {
            into,
            note,
            into_note,
        } = &m.kind
        {
            return self.merge(m, into, note, into_note).await;
        }
        if let MutationKind::Fields { changes } = &m.kind {
            if !self.reaches_desk(changes) {
                return PushOutcome::Done { remote_id: None };
            }
        }
        let uploads = match self.upload_files(m.kind.files()).await {
            Ok(tokens) => tokens,
            Err(outcome) => return outcome,
        };
        match self.update_payload(m, &uploads) {
            Ok(payload) => self.send_update(m, &payload).await,
            Err(reason) => PushOutcome::Failed(ConnectorError::Rejected(reason)),
        }
    }

    async fn find_applied(&self, m: &Mutation) -> Result<Option<String>, ConnectorError> {
        if let MutationKind::Merge { .. } = m.kind {
            return self.merge_applied(m).await;
        }
        let audits: AuditsPage = self
            .get_json(&format!("/api/v2/tickets/{}/audits.json", m.crm_id))
            .await?;
        Ok(audits
            .audits
            .iter()
            .find(|a| a.metadata["custom"][CLIENT_ID_KEY].as_str() == Some(m.id.as_str()))
            .map(|a| a.id.to_string()))
    }
}

/// `acme.zendesk.com` (with its port, when it has one) of a base address.
fn host_of(base: &str) -> &str {
    let rest = base.split_once("://").map_or(base, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// Why a request to the desk got no answer.
enum SendFailure {
    /// It went (or tried to), and the transport failed.
    Transport(reqwest::Error),
    /// It did not go: the rate limit says to wait this long first.
    Paced(std::time::Duration),
}

impl SendFailure {
    /// As a read's failure.
    fn read(self) -> ConnectorError {
        match self {
            SendFailure::Transport(e) => read_error(e),
            SendFailure::Paced(wait) => ConnectorError::RateLimited {
                retry_after: Some(wait),
            },
        }
    }

    /// As a write's outcome (a paced write was never sent).
    fn write(self) -> PushOutcome {
        match self {
            SendFailure::Transport(e) => crate::http::write_error(e),
            SendFailure::Paced(wait) => PushOutcome::Failed(ConnectorError::RateLimited {
                retry_after: Some(wait),
            }),
        }
    }
}
