//! Request Tracker 5 through its REST2 API (`/REST/2.0`).
//!
//! * Change feed: RT's transactions, read by increasing id (`ObjectType = 'RT::Ticket'
//!   AND id > N`). Ids are RT's own, so the cursor never compares clocks, survives
//!   restarts as text, and sees deletions (a `Status` transaction to `deleted`), which
//!   ticket searches never return. A first sync notes the newest transaction, walks the
//!   tickets by id, then follows the feed from the noted id. Nothing new costs one request.
//! * Threads: a ticket's Create, Correspond and Comment transactions with the text of
//!   their bodies; their files are listed (name, type, size) and downloaded on demand.
//! * Writes: replies and notes go to `correspond` / `comment` (which answer 412 to any
//!   `If-Match`, so the ticket is read first to refuse deleted ones); field changes are a
//!   `PUT` with `If-Match` of the ETag read just before, after checking that the ticket
//!   is still at the version the agent saw.
//! * Names: assignees are RT user names (`rita`), both ways; authors and customers are
//!   shown by their real names.

mod answers;
mod client;
mod config;
mod files;
mod find;
mod mapping;
mod pull;
mod push;
mod wire;

use std::collections::HashMap;
use std::sync::Mutex;

use polydesk_core::crm::{Connector, ConnectorError, CrmAgent, PullPage, PushOutcome};
use polydesk_core::domain::CaseRecord;
use polydesk_core::domain::Mutation;
use reqwest::Url;

use crate::http::HttpSettings;
pub use config::{PriorityScale, RtConfig};
pub use mapping::{case_id, ticketsql_time};
use wire::{Ticket, User};

/// The largest page REST2 serves.
const PER_PAGE: usize = 100;
/// A bound on pages read in one go, against a server that never stops paging.
const MAX_PAGES: u32 = 10_000;
/// The ticket fields a case is made from.
const TICKET_FIELDS: &str =
    "Subject,Status,Priority,Owner,Queue,Requestor,Created,LastUpdated,Due,CustomFields";

/// How to sign in.
#[derive(Debug, Clone)]
pub enum RtAuth {
    /// An RT user name and password (HTTP basic).
    Basic { user: String, password: String },
    /// An RT auth token (`Authorization: token …`), made in RT's web UI.
    Token(String),
}

pub struct Rt {
    /// `…/REST/2.0`
    base: Url,
    auth: RtAuth,
    http: reqwest::Client,
    config: RtConfig,
    agent: CrmAgent,
    /// Users seen so far, by RT user name.
    users: Mutex<HashMap<String, User>>,
}

/// A ticket read on its own: live (with its ETag), or gone for this agent.
enum TicketRead {
    Live {
        ticket: Box<Ticket>,
        etag: Option<String>,
    },
    /// Missing (404) or no longer visible to the agent (403, e.g. moved to a queue
    /// they cannot see).
    Gone,
}

impl Rt {
    /// Sign in and learn who the agent is.
    pub async fn connect(
        url: &str,
        auth: RtAuth,
        settings: &HttpSettings,
        config: RtConfig,
    ) -> Result<Rt, ConnectorError> {
        let problems = config.problems();
        if !problems.is_empty() {
            return Err(ConnectorError::Setup(format!(
                "the RT mapping cannot work: {}",
                problems.join("; ")
            )));
        }
        let base = Url::parse(&format!("{}/REST/2.0/", url.trim_end_matches('/')))
            .map_err(|e| ConnectorError::Setup(format!("RT address '{url}': {e}")))?;
        // The user to look up: the basic-auth name, or the owner id inside a token
        // (RT writes tokens as `<version>-<user id>-<secret>`).
        let who = match &auth {
            RtAuth::Basic { user, .. } => user.clone(),
            RtAuth::Token(token) => token
                .split('-')
                .nth(1)
                .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                .map(String::from)
                .ok_or_else(|| {
                    ConnectorError::Auth(
                        "that is not an RT auth token (expected N-N-secret)".into(),
                    )
                })?,
        };
        let mut rt = Rt {
            base,
            auth,
            http: settings.client()?,
            config,
            agent: CrmAgent {
                id: String::new(),
                name: String::new(),
                email: None,
                is_admin: false,
            },
            users: Mutex::new(HashMap::new()),
        };
        let me: User = rt
            .get_json(rt.url(&["user", &who])?, "the signed-in user")
            .await?;
        let name = me.name.clone().filter(|n| !n.is_empty()).ok_or_else(|| {
            ConnectorError::malformed("RT user", "it did not say the signed-in user's name")
        })?;
        rt.agent = CrmAgent {
            id: wire::number(&me.id)
                .map(|n| n.to_string())
                .unwrap_or_else(|| name.clone()),
            name: name.clone(),
            email: me.email_address.clone().filter(|e| !e.is_empty()),
            is_admin: false,
        };
        rt.lock_users().insert(name, me);
        Ok(rt)
    }

    pub fn agent(&self) -> &CrmAgent {
        &self.agent
    }

    pub fn config(&self) -> &RtConfig {
        &self.config
    }

    /// A ticket with its whole thread as a case (`None` once deleted).
    async fn record(&self, ticket: Ticket) -> Result<Option<CaseRecord>, ConnectorError> {
        if self.config.status(&ticket.status).is_none() {
            return Ok(None);
        }
        let id = ticket.id.to_string();
        let attachments_path = ["ticket", id.as_str(), "attachments"];
        let query = format!(
            "ObjectType = 'RT::Ticket' AND ObjectId = {id} AND (Type = 'Create' OR Type = 'Correspond' OR Type = 'Comment')"
        );
        let txn_params = [
            ("query", query.as_str()),
            ("fields", "Type,Creator,Created"),
            ("orderby", "id"),
        ];
        // The text bodies with their content, the files without (fetched on demand).
        let body_params = [
            ("query", files::BODY_PARTS),
            ("fields", files::BODY_FIELDS),
            ("orderby", "id"),
        ];
        let file_params = [
            ("query", files::FILE_PARTS),
            ("fields", files::FILE_FIELDS),
            ("orderby", "id"),
        ];
        let (txns, bodies, files) = futures::join!(
            self.all_pages::<wire::Transaction>(&["transactions"], &txn_params, "transactions"),
            self.all_pages::<wire::Attachment>(&attachments_path, &body_params, "attachments"),
            self.all_pages::<wire::Attachment>(&attachments_path, &file_params, "attachments")
        );
        let (txns, mut attachments) = (txns?, bodies?);
        attachments.extend(files?);
        let names = txns
            .iter()
            .filter_map(|t| wire::ref_id(&t.creator))
            .chain(ticket.requestors())
            .collect::<Vec<_>>();
        self.learn_users(names).await?;
        let users = self.lock_users();
        let messages = mapping::thread(&ticket, &txns, &attachments, &users, &self.base);
        Ok(mapping::case_record(
            &ticket,
            messages,
            &users,
            &self.config,
        ))
    }
}

impl Connector for Rt {
    /// The stream names the RT (its host and port), so a cursor saved for one RT is
    /// never used with another.
    fn stream(&self) -> String {
        let host = self.base.host_str().unwrap_or_default();
        match self.base.port() {
            Some(port) => format!("rt:transactions:{host}:{port}"),
            None => format!("rt:transactions:{host}"),
        }
    }

    async fn whoami(&self) -> Result<CrmAgent, ConnectorError> {
        Ok(self.agent.clone())
    }

    async fn pull(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        self.pull_page(cursor).await
    }

    /// Ticket searches tell agents their total (transaction searches do not).
    async fn case_count_hint(&self) -> Option<u64> {
        let mut url = self.url(&["tickets"]).ok()?;
        url.query_pairs_mut()
            .append_pair("query", "id > 0")
            .append_pair("per_page", "1");
        let page: wire::Page<wire::Ticket> = self.get_json(url, "tickets").await.ok()?;
        wire::number(&page.total).and_then(|n| u64::try_from(n).ok())
    }

    /// The feed reports deletions, but not a ticket moved into a queue the agent cannot
    /// see: RT hides that move's own transaction from them. A search by id finds the
    /// tickets still there for the agent; deleted and hidden ones never match.
    async fn missing_cases(
        &self,
        crm_ids: &[String],
    ) -> Result<Option<Vec<String>>, ConnectorError> {
        let mut missing = Vec::new();
        for chunk in crm_ids.chunks(PER_PAGE) {
            let ids: Vec<u64> = chunk.iter().filter_map(|id| id.parse().ok()).collect();
            let live: Vec<Ticket> = if ids.is_empty() {
                Vec::new()
            } else {
                let query = ids
                    .iter()
                    .map(|id| format!("id = {id}"))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                self.search("tickets", &query, &[("fields", "Status")])
                    .await?
            };
            missing.extend(
                chunk
                    .iter()
                    .filter(|id| !live.iter().any(|t| t.id.to_string() == **id))
                    .cloned(),
            );
        }
        Ok(Some(missing))
    }

    /// RT's `GET /attachment/{id}` (base64 in JSON); a file the agent may not see is
    /// named as such, not as refused credentials.
    async fn download_attachment(
        &self,
        attachment: &polydesk_core::domain::Attachment,
    ) -> Result<Vec<u8>, ConnectorError> {
        self.download(attachment).await
    }

    async fn fetch_case(&self, crm_id: &str) -> Result<Option<CaseRecord>, ConnectorError> {
        match self.read_ticket(crm_id).await? {
            TicketRead::Gone => Ok(None),
            TicketRead::Live { ticket, .. } => self.record(*ticket).await,
        }
    }

    async fn push(&self, m: &Mutation) -> PushOutcome {
        self.push_mutation(m).await
    }

    async fn find_applied(&self, m: &Mutation) -> Result<Option<String>, ConnectorError> {
        self.find_mutation(m).await
    }
}
