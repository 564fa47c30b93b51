//! Property test of the sync engine against an in-memory CRM that misbehaves: random
//! interleavings of local replies, colleagues' edits and faults must end with the cache
//! equal to the CRM, every queued reply in the CRM exactly once, and the pull cursor
//! never moving backwards.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use polydesk_core::domain::*;
use polydesk_core::store::{OutgoingReply, Store};
use polydesk_core::sync::*;
use proptest::prelude::*;

#[derive(Debug, Clone, Copy)]
enum Fault {
    None,
    Offline,
    ServerError,
    RateLimited,
    DropAfterApply,
}

#[derive(Debug, Clone)]
struct Comment {
    body: String,
    client_id: Option<String>,
    agent: bool,
}

#[derive(Default)]
struct FakeState {
    tickets: BTreeMap<u32, (u64, Vec<Comment>)>, // crm id -> (version, comments)
    clock: u64,
    faults: Vec<Fault>,
    duplicate_pages: bool,
    cursors_seen: Vec<u64>,
}

struct FakeCrm(Mutex<FakeState>);

impl FakeCrm {
    fn next_fault(&self) -> Fault {
        let mut s = self.0.lock().unwrap();
        if s.faults.is_empty() {
            Fault::None
        } else {
            s.faults.remove(0)
        }
    }
    fn bump(s: &mut FakeState, id: u32) {
        s.clock += 1;
        let clock = s.clock;
        s.tickets.get_mut(&id).unwrap().0 = clock;
    }
    fn record(id: u32, version: u64, comments: &[Comment]) -> CaseRecord {
        let at = |v: u64| {
            Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap()
                + chrono::Duration::milliseconds(v as i64 * 10)
        };
        let case_id = format!("fake-{id}");
        CaseRecord {
            case: Case {
                id: case_id.clone(),
                source: "fake".into(),
                crm_id: id.to_string(),
                subject: format!("Ticket {id}"),
                status: Status::Open,
                priority: Priority::Normal,
                customer: Customer {
                    id: format!("fc-{id}"),
                    name: "C".into(),
                    handle: None,
                    email: None,
                    kind: CustomerKind::Seller,
                    locale: None,
                    country: None,
                },
                assignee: None,
                group: None,
                tags: vec![],
                reply_language: ReplyLanguage::En,
                created_at: at(0),
                updated_at: at(version),
                sla_due_at: None,
                custom_fields: Default::default(),
            },
            messages: comments
                .iter()
                .enumerate()
                .map(|(k, c)| Message {
                    id: format!("{case_id}-{k}"),
                    case_id: case_id.clone(),
                    author: if c.agent {
                        "Agent".into()
                    } else {
                        "Customer".into()
                    },
                    direction: if c.agent {
                        Direction::Outbound
                    } else {
                        Direction::Inbound
                    },
                    body_text: c.body.clone(),
                    body_html: None,
                    language: None,
                    created_at: at(k as u64),
                    delivery: Delivery::Sent,
                })
                .collect(),
        }
    }
}

impl Connector for FakeCrm {
    fn stream(&self) -> String {
        "fake".into()
    }
    async fn whoami(&self) -> Result<CrmAgent, ConnectorError> {
        Ok(CrmAgent {
            id: "1".into(),
            name: "Agent".into(),
            email: None,
            is_admin: true,
        })
    }
    async fn pull(&self, cursor: Option<&str>) -> Result<PullPage, ConnectorError> {
        if let Fault::Offline = self.next_fault() {
            return Err(ConnectorError::Offline("down".into()));
        }
        let mut s = self.0.lock().unwrap();
        let after: u64 = cursor.map(|c| c.parse().unwrap()).unwrap_or(0);
        s.cursors_seen.push(after);
        let mut changed: Vec<(u32, u64)> = s
            .tickets
            .iter()
            .filter(|(_, (v, _))| *v > after)
            .map(|(id, (v, _))| (*id, *v))
            .collect();
        changed.sort_by_key(|(_, v)| *v);
        let page: Vec<(u32, u64)> = changed.iter().take(3).cloned().collect();
        let has_more = changed.len() > 3;
        let mut cases: Vec<CaseRecord> = page
            .iter()
            .map(|(id, v)| Self::record(*id, *v, &s.tickets[id].1))
            .collect();
        if s.duplicate_pages {
            cases.extend(cases.clone());
        }
        let cursor = page.last().map(|(_, v)| *v).unwrap_or(after);
        Ok(PullPage {
            cases,
            deleted: vec![],
            cursor: cursor.to_string(),
            has_more,
        })
    }
    async fn push(&self, m: &Mutation) -> PushOutcome {
        let fault = self.next_fault();
        let mut s = self.0.lock().unwrap();
        let body = match &m.kind {
            MutationKind::Reply { body } | MutationKind::Note { body } => body.clone(),
        };
        let apply = |s: &mut FakeState| {
            let id: u32 = m.crm_id.parse().unwrap();
            s.tickets.get_mut(&id).unwrap().1.push(Comment {
                body: body.clone(),
                client_id: Some(m.id.clone()),
                agent: true,
            });
            FakeCrm::bump(s, id);
        };
        match fault {
            Fault::None => {
                apply(&mut s);
                PushOutcome::Done { remote_id: None }
            }
            Fault::DropAfterApply => {
                apply(&mut s);
                PushOutcome::Unknown {
                    reason: "connection dropped".into(),
                }
            }
            Fault::Offline => PushOutcome::Offline {
                reason: "down".into(),
            },
            Fault::ServerError => PushOutcome::RetryLater {
                after: None,
                reason: "500".into(),
            },
            Fault::RateLimited => PushOutcome::RetryLater {
                after: Some(Duration::from_secs(1)),
                reason: "429".into(),
            },
        }
    }
    async fn find_applied(&self, m: &Mutation) -> Result<Option<String>, ConnectorError> {
        let s = self.0.lock().unwrap();
        let id: u32 = m.crm_id.parse().unwrap();
        Ok(s.tickets[&id]
            .1
            .iter()
            .any(|c| c.client_id.as_deref() == Some(m.id.as_str()))
            .then(|| m.id.clone()))
    }
}

#[derive(Debug, Clone)]
enum Step {
    LocalReply(u32),
    ColleagueEdit(u32),
    Sync(Vec<u8>, bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u32..5).prop_map(Step::LocalReply),
        (0u32..5).prop_map(Step::ColleagueEdit),
        (proptest::collection::vec(0u8..5, 0..4), any::<bool>())
            .prop_map(|(f, d)| Step::Sync(f, d)),
    ]
}

fn fault(n: u8) -> Fault {
    [
        Fault::None,
        Fault::Offline,
        Fault::ServerError,
        Fault::RateLimited,
        Fault::DropAfterApply,
    ][n as usize]
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    futures::executor::block_on(f)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]
    #[test]
    fn sync_converges_exactly_once(steps in proptest::collection::vec(step(), 1..25)) {
        let dir = tempfile::TempDir::new().unwrap();
        let store = Mutex::new(Store::open(dir.path()).unwrap());
        let crm = FakeCrm(Mutex::new(FakeState::default()));
        {
            let mut s = crm.0.lock().unwrap();
            for id in 0..5u32 {
                s.clock += 1;
                let clock = s.clock;
                s.tickets.insert(id, (clock, vec![Comment { body: format!("hello {id}"), client_id: None, agent: false }]));
            }
        }
        let opts = |force| SyncOptions { ignore_backoff: force, now: Utc::now() };
        block_on(sync_once(&store, &crm, &opts(true))).unwrap();
        let mut queued = Vec::new();
        for (n, st) in steps.iter().enumerate() {
            match st {
                Step::LocalReply(id) => {
                    let body = format!("reply {n} to {id}");
                    store.lock().unwrap().queue_reply(&OutgoingReply { case_id: format!("fake-{id}"), body: body.clone(), internal: false, language: ReplyLanguage::En }, "Agent", Utc::now()).unwrap();
                    queued.push(body);
                }
                Step::ColleagueEdit(id) => {
                    let mut s = crm.0.lock().unwrap();
                    s.tickets.get_mut(id).unwrap().1.push(Comment { body: format!("customer again {n}"), client_id: None, agent: false });
                    FakeCrm::bump(&mut s, *id);
                }
                Step::Sync(faults, dup) => {
                    {
                        let mut s = crm.0.lock().unwrap();
                        s.faults = faults.iter().map(|f| fault(*f)).collect();
                        s.duplicate_pages = *dup;
                    }
                    block_on(sync_once(&store, &crm, &opts(false))).unwrap();
                }
            }
        }
        // The network heals: sync until the outbox is empty.
        {
            let mut s = crm.0.lock().unwrap();
            s.faults.clear();
            s.duplicate_pages = false;
        }
        for _ in 0..5 {
            let r = block_on(sync_once(&store, &crm, &opts(true))).unwrap();
            if r.left_unsent == 0 { break; }
        }
        let st = store.lock().unwrap();
        prop_assert!(st.outbox_items().unwrap().is_empty());
        let s = crm.0.lock().unwrap();
        for body in &queued {
            let n = s.tickets.values().flat_map(|(_, c)| c).filter(|c| &c.body == body).count();
            prop_assert_eq!(n, 1, "{} reached the CRM {} times", body, n);
        }
        for (id, (_, comments)) in &s.tickets {
            let local: Vec<String> = st.case_detail(&format!("fake-{id}")).unwrap().messages.into_iter().map(|m| m.body_text).collect();
            let remote: Vec<String> = comments.iter().map(|c| c.body.clone()).collect();
            prop_assert_eq!(local, remote);
        }
        prop_assert!(s.cursors_seen.windows(2).all(|w| w[0] <= w[1]), "cursor went back: {:?}", s.cursors_seen);
        st.integrity_check().unwrap();
    }
}
