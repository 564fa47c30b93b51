//! Talking to REST2: addresses, credentials, JSON answers, paging, and the reads every
//! part of the connector shares (one ticket, users).

use std::collections::HashMap;

use futures::future::join_all;
use polydesk_core::crm::ConnectorError;
use reqwest::{RequestBuilder, Response, StatusCode, Url};
use serde::de::DeserializeOwned;

use super::wire::{Page, Ticket, User};
use super::{Rt, RtAuth, TicketRead, MAX_PAGES, PER_PAGE};
use crate::http::{read_error, status_error};

impl Rt {
    pub(super) fn lock_users(&self) -> std::sync::MutexGuard<'_, HashMap<String, User>> {
        self.users.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `…/REST/2.0/<segments>`, each segment escaped (user names hold `@` and spaces).
    pub(super) fn url(&self, segments: &[&str]) -> Result<Url, ConnectorError> {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|()| ConnectorError::Setup("the RT address cannot take a path".into()))?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    pub(super) fn authed(&self, req: RequestBuilder) -> RequestBuilder {
        match &self.auth {
            RtAuth::Basic { user, password } => req.basic_auth(user, Some(password)),
            RtAuth::Token(token) => req.header("Authorization", format!("token {token}")),
        }
    }

    pub(super) async fn get(&self, url: Url) -> Result<Response, ConnectorError> {
        self.authed(self.http.get(url))
            .send()
            .await
            .map_err(read_error)
    }

    pub(super) async fn get_json<T: DeserializeOwned>(
        &self,
        url: Url,
        what: &str,
    ) -> Result<T, ConnectorError> {
        let resp = self.get(url).await?;
        if !resp.status().is_success() {
            return Err(status_error(&resp));
        }
        read_body(resp, what).await
    }

    /// Every page of a collection (REST2 gives no totals to non-admins: a page shorter
    /// than `per_page` is the last).
    pub(super) async fn all_pages<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        params: &[(&str, &str)],
        what: &str,
    ) -> Result<Vec<T>, ConnectorError> {
        let mut all = Vec::new();
        for page in 1..=MAX_PAGES {
            let mut url = self.url(segments)?;
            url.query_pairs_mut()
                .extend_pairs(params)
                .append_pair("per_page", &PER_PAGE.to_string())
                .append_pair("page", &page.to_string());
            let items = self.get_json::<Page<T>>(url, what).await?.items;
            let last = items.len() < PER_PAGE;
            all.extend(items);
            if last {
                break;
            }
        }
        Ok(all)
    }

    /// One page of a search (`tickets` or `transactions`) in RT's query language.
    pub(super) async fn search<T: DeserializeOwned>(
        &self,
        collection: &str,
        query: &str,
        params: &[(&str, &str)],
    ) -> Result<Vec<T>, ConnectorError> {
        let mut url = self.url(&[collection])?;
        url.query_pairs_mut()
            .append_pair("query", query)
            .extend_pairs(params)
            .append_pair("per_page", &PER_PAGE.to_string());
        Ok(self.get_json::<Page<T>>(url, collection).await?.items)
    }

    pub(super) async fn read_ticket(&self, id: &str) -> Result<TicketRead, ConnectorError> {
        let mut url = self.url(&["ticket", id])?;
        url.query_pairs_mut().append_pair("fields[Queue]", "Name");
        let resp = self.get(url).await?;
        match resp.status() {
            StatusCode::NOT_FOUND | StatusCode::FORBIDDEN => return Ok(TicketRead::Gone),
            s if !s.is_success() => return Err(status_error(&resp)),
            _ => {}
        }
        let etag = resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        let ticket: Ticket = read_body(resp, &format!("ticket/{id}")).await?;
        // A merged ticket answers as the ticket it was merged into.
        if ticket.id.to_string() != id {
            return Ok(TicketRead::Gone);
        }
        Ok(TicketRead::Live {
            ticket: Box::new(ticket),
            etag,
        })
    }

    /// Learn the users not seen yet; one RT will not show is kept by name alone.
    pub(super) async fn learn_users(
        &self,
        names: impl IntoIterator<Item = String>,
    ) -> Result<(), ConnectorError> {
        let mut missing: Vec<String> = {
            let known = self.lock_users();
            names
                .into_iter()
                .filter(|n| !n.is_empty() && !known.contains_key(n))
                .collect()
        };
        missing.sort();
        missing.dedup();
        let reads = join_all(missing.iter().map(|name| async move {
            let resp = self.get(self.url(&["user", name])?).await?;
            if resp.status().is_success() {
                read_body::<User>(resp, "user").await
            } else if matches!(resp.status(), StatusCode::NOT_FOUND | StatusCode::FORBIDDEN) {
                Ok(User {
                    name: Some(name.clone()),
                    ..User::default()
                })
            } else {
                Err(status_error(&resp))
            }
        }))
        .await;
        let mut known = self.lock_users();
        for (name, user) in missing.into_iter().zip(reads) {
            known.insert(name, user?);
        }
        Ok(())
    }
}

/// A success answer's JSON body, or a protocol error naming what was read.
pub(super) async fn read_body<T: DeserializeOwned>(
    resp: Response,
    what: &str,
) -> Result<T, ConnectorError> {
    let bytes = resp.bytes().await.map_err(read_error)?;
    serde_json::from_slice(&bytes).map_err(|e| ConnectorError::malformed(format!("RT {what}"), e))
}
