//! Property test of the sync engine against an in-memory CRM that misbehaves: random
//! interleavings of local replies and field edits, colleagues' edits and faults must end
//! with the cache equal to the CRM, every queued reply in the CRM exactly once, every
//! field change either applied or held as a conflict for the agent (never lost, never
//! silently overwriting a colleague), and the pull cursor never moving backwards.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use polydesk_core::crm::*;
use polydesk_core::domain::*;
use polydesk_core::domain::{FieldChange, Mutation, MutationKind};
use polydesk_core::store::{OutgoingReply, Store};
use polydesk_sync::*;
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

#[derive(Debug, Clone)]
struct Ticket {
    version: u64,
    comments: Vec<Comment>,
    status: Status,
    tags: Vec<String>,
}

#[derive(Default)]
struct FakeState {
    tickets: BTreeMap<u32, Ticket>,
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
        s.tickets.get_mut(&id).unwrap().version = clock;
    }
    fn record(id: u32, t: &Ticket) -> CaseRecord {
        let (version, comments) = (t.version, &t.comments);
        // One second per version: the CRM's stamps have one-second resolution.
        let at = |v: u64| {
            Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap()
                + chrono::Duration::seconds(v as i64)
        };
        let case_id = format!("fake-{id}");
        CaseRecord {
            case: Case {
                id: case_id.clone(),
                source: "fake".into(),
                crm_id: id.to_string(),
                subject: format!("Ticket {id}"),
                status: t.status,
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
                tags: t.tags.clone(),
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
                    attachments: Vec::new(),
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
            .filter(|(_, t)| t.version > after)
            .map(|(id, t)| (*id, t.version))
            .collect();
        changed.sort_by_key(|(_, v)| *v);
        let page: Vec<(u32, u64)> = changed.iter().take(3).cloned().collect();
        let has_more = changed.len() > 3;
        let mut cases: Vec<CaseRecord> = page
            .iter()
            .map(|(id, _)| Self::record(*id, &s.tickets[id]))
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
        let id: u32 = m.crm_id.parse().unwrap();
        if let MutationKind::Fields { .. } = &m.kind {
            let current = merge_version(&Self::record(id, &s.tickets[&id]));
            if m.base_version.as_deref() != Some(current.as_str())
                && matches!(fault, Fault::None | Fault::DropAfterApply)
            {
                return PushOutcome::Stale {
                    reason: "409".into(),
                };
            }
        }
        let apply = |s: &mut FakeState| {
            let t = s.tickets.get_mut(&id).unwrap();
            match &m.kind {
                MutationKind::Reply { body, .. } | MutationKind::Note { body, .. } => {
                    t.comments.push(Comment {
                        body: body.clone(),
                        client_id: Some(m.id.clone()),
                        agent: true,
                    })
                }
                MutationKind::Fields { changes } => {
                    for c in changes {
                        match c {
                            FieldChange::Status { to, .. } => t.status = *to,
                            FieldChange::Tags { add, remove } => {
                                t.tags.retain(|x| !remove.contains(x));
                                for a in add {
                                    if !t.tags.contains(a) {
                                        t.tags.push(a.clone());
                                    }
                                }
                            }
                            other => panic!("the fake CRM has no {other:?}"),
                        }
                    }
                    t.comments.len(); // fields leave no comment
                }
                other => panic!("the fake CRM has no {other:?}"),
            }
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
            Fault::Offline => PushOutcome::Failed(ConnectorError::Offline("down".into())),
            Fault::ServerError => PushOutcome::Failed(ConnectorError::Server("500".into())),
            Fault::RateLimited => PushOutcome::Failed(ConnectorError::RateLimited {
                retry_after: Some(Duration::from_secs(1)),
            }),
        }
    }
    async fn fetch_case(&self, crm_id: &str) -> Result<Option<CaseRecord>, ConnectorError> {
        let s = self.0.lock().unwrap();
        let id: u32 = crm_id.parse().unwrap();
        Ok(s.tickets.get(&id).map(|t| Self::record(id, t)))
    }
    async fn find_applied(&self, m: &Mutation) -> Result<Option<String>, ConnectorError> {
        let s = self.0.lock().unwrap();
        let id: u32 = m.crm_id.parse().unwrap();
        let t = &s.tickets[&id];
        let found = match &m.kind {
            MutationKind::Fields { changes } => {
                // Applied when every field is at the agent's value already.
                let mut case = Self::record(id, t).case;
                let before = case.clone();
                polydesk_core::merge::apply_changes(&mut case, changes);
                case == before
            }
            _ => t
                .comments
                .iter()
                .any(|c| c.client_id.as_deref() == Some(m.id.as_str())),
        };
        Ok(found.then(|| m.id.clone()))
    }
}

fn merge_version(r: &CaseRecord) -> String {
    polydesk_core::domain::version_of(&r.case)
}

const STATUSES: [Status; 3] = [Status::Open, Status::Pending, Status::Solved];

#[derive(Debug, Clone)]
enum Step {
    LocalReply(u32),
    /// The agent sets a status and adds a tag.
    LocalEdit(u32, u8, u8),
    ColleagueEdit(u32),
    /// A colleague sets the status in the CRM.
    ColleagueStatus(u32, u8),
    Sync(Vec<u8>, bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u32..5).prop_map(Step::LocalReply),
        (0u32..5, 0u8..3, 0u8..3).prop_map(|(i, s, t)| Step::LocalEdit(i, s, t)),
        (0u32..5).prop_map(Step::ColleagueEdit),
        (0u32..5, 0u8..3).prop_map(|(i, s)| Step::ColleagueStatus(i, s)),
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
                s.tickets.insert(id, Ticket { version: clock, comments: vec![Comment { body: format!("hello {id}"), client_id: None, agent: false }], status: Status::Open, tags: vec![] });
            }
        }
        let opts = |force| SyncOptions { ignore_backoff: force, now: Utc::now() };
        block_on(sync_once(&store, &crm, &opts(true))).unwrap();
        let mut queued = Vec::new();
        let mut tags_added: Vec<(u32, String)> = Vec::new();
        for (n, st) in steps.iter().enumerate() {
            match st {
                Step::LocalReply(id) => {
                    let body = format!("reply {n} to {id}");
                    store.lock().unwrap().queue_reply(&OutgoingReply { case_id: format!("fake-{id}"), body: body.clone(), internal: false, language: ReplyLanguage::En, files: Vec::new() }, "Agent", Utc::now()).unwrap();
                    queued.push(body);
                }
                Step::LocalEdit(id, status, tag) => {
                    let edit = polydesk_core::store::CaseEdit { status: Some(STATUSES[*status as usize]), add_tags: vec![format!("tag-{tag}")], ..Default::default() };
                    store.lock().unwrap().queue_case_edit(&format!("fake-{id}"), &edit, Utc::now()).unwrap();
                    tags_added.push((*id, format!("tag-{tag}")));
                }
                Step::ColleagueEdit(id) => {
                    let mut s = crm.0.lock().unwrap();
                    s.tickets.get_mut(id).unwrap().comments.push(Comment { body: format!("customer again {n}"), client_id: None, agent: false });
                    FakeCrm::bump(&mut s, *id);
                }
                Step::ColleagueStatus(id, status) => {
                    let mut s = crm.0.lock().unwrap();
                    s.tickets.get_mut(id).unwrap().status = STATUSES[*status as usize];
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
        for round in 0..8 {
            let r = block_on(sync_once(&store, &crm, &opts(true))).unwrap();
            if r.left_unsent == 0 { break; }
            // The agent settles conflicts as they come: alternately keeping their value
            // and the colleague's.
            let mut st = store.lock().unwrap();
            for item in st.outbox_items().unwrap().into_iter().filter(|i| i.state == "conflict") {
                prop_assert!(!item.conflicts.is_empty());
                for c in &item.conflicts {
                    prop_assert_ne!(&c.mine, &c.theirs, "a conflict shows two different values");
                }
                let choice = if round % 2 == 0 { polydesk_core::merge::ConflictChoice::KeepMine } else { polydesk_core::merge::ConflictChoice::KeepTheirs };
                let choices: Vec<_> = item.conflicts.iter().map(|c| polydesk_core::store::ConflictResolution { field: c.field.clone(), choice }).collect();
                st.resolve_conflict(&item.id, &choices).unwrap();
            }
        }
        let st = store.lock().unwrap();
        prop_assert!(st.outbox_items().unwrap().is_empty());
        let s = crm.0.lock().unwrap();
        for body in &queued {
            let n = s.tickets.values().flat_map(|t| &t.comments).filter(|c| &c.body == body).count();
            prop_assert_eq!(n, 1, "{} reached the CRM {} times", body, n);
        }
        for (id, t) in &s.tickets {
            let detail = st.case_detail(&format!("fake-{id}")).unwrap();
            let local: Vec<String> = detail.messages.into_iter().map(|m| m.body_text).collect();
            let remote: Vec<String> = t.comments.iter().map(|c| c.body.clone()).collect();
            prop_assert_eq!(local, remote);
            prop_assert_eq!(detail.case.status, t.status, "fields converge too");
            prop_assert_eq!(&detail.case.tags, &t.tags);
        }
        for (id, tag) in &tags_added {
            prop_assert!(s.tickets[id].tags.contains(tag), "tag {} never reached ticket {}", tag, id);
        }
        prop_assert!(s.cursors_seen.windows(2).all(|w| w[0] <= w[1]), "cursor went back: {:?}", s.cursors_seen);
        st.integrity_check().unwrap();
    }
}
