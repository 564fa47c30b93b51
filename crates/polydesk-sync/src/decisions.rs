//! Pure decisions of background sync, tested without a window, a network or a clock:
//! what the status bar shows and how long to wait after a connect attempt or a round,
//! how a one-pass sync (`polydesk-cli sync --once`) goes on after a round, and how a
//! workspace's saved connection resumes at start. The loops in `runner` and `service`
//! only carry these out.

use std::time::Duration;

use chrono::{DateTime, Utc};
use polydesk_core::crm::ConnectorError;
use polydesk_core::planner::next_round_wait;
use polydesk_core::{CoreError, ErrorPayload};

use crate::engine::SyncReport;
use crate::status::{ConnectionSettings, CrmKind, SyncState};

/// How often a connected workspace syncs when nothing else asks it to.
pub const PERIOD: Duration = Duration::from_secs(30);
/// First and longest wait between attempts to reach an unreachable CRM.
const RECONNECT_FIRST: Duration = Duration::from_secs(2);
const RECONNECT_MAX: Duration = Duration::from_secs(60);
/// How long a one-pass sync waits out rate limits, in all, before it gives up.
pub const ONCE_PATIENCE: Duration = Duration::from_secs(60);

/// Next wait while the CRM is unreachable: doubles, capped.
pub fn next_reconnect_wait(previous: Option<Duration>) -> Duration {
    previous.map_or(RECONNECT_FIRST, |d| (d * 2).min(RECONNECT_MAX))
}

/// What the loop does next: the state to show, why (by kind), and how long to wait
/// (`None`: until the agent acts — signs in again, or says "sync now").
#[derive(Debug, Clone, PartialEq)]
pub struct Next {
    pub state: SyncState,
    pub error: Option<ErrorPayload>,
    pub wait: Option<Duration>,
    /// The wait while unreachable, carried to the next decision (for the backoff).
    pub offline_wait: Option<Duration>,
}

fn payload(e: &ConnectorError) -> ErrorPayload {
    ErrorPayload::from(&CoreError::Crm(e.clone()))
}

fn secs(d: Duration) -> u32 {
    d.as_secs().try_into().unwrap_or(u32::MAX)
}

fn at(now: DateTime<Utc>, after: Duration) -> String {
    let then = now + chrono::Duration::from_std(after).unwrap_or_default();
    then.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// After a failure (signing in, or a round that stopped), by its kind.
pub fn after_failure(
    e: &ConnectorError,
    offline_wait: Option<Duration>,
    now: DateTime<Utc>,
) -> Next {
    let error = Some(payload(e));
    match e {
        ConnectorError::Auth(_) => Next {
            state: SyncState::SignInRequired,
            error,
            wait: None,
            offline_wait: None,
        },
        ConnectorError::Setup(_) => Next {
            state: SyncState::CannotStart,
            error,
            wait: None,
            offline_wait: None,
        },
        ConnectorError::Offline(_) | ConnectorError::Timeout(_) => {
            let wait = next_reconnect_wait(offline_wait);
            Next {
                state: SyncState::Offline {
                    retry_in_seconds: secs(wait),
                },
                error,
                wait: Some(wait),
                offline_wait: Some(wait),
            }
        }
        ConnectorError::RateLimited { retry_after } => {
            let wait = retry_after.unwrap_or(PERIOD);
            Next {
                state: SyncState::RateLimited {
                    retry_at: at(now, wait),
                },
                error,
                wait: Some(wait),
                offline_wait: None,
            }
        }
        ConnectorError::Forbidden(_)
        | ConnectorError::NotFound(_)
        | ConnectorError::Conflict(_)
        | ConnectorError::Rejected(_)
        | ConnectorError::Server(_)
        | ConnectorError::Malformed { .. } => Next {
            state: SyncState::Failed {
                retry_in_seconds: secs(PERIOD),
            },
            error,
            wait: Some(PERIOD),
            offline_wait: None,
        },
    }
}

/// After the cache itself failed during a round: said as it is, tried again a period later.
pub fn after_store_failure(e: &CoreError) -> Next {
    Next {
        state: SyncState::Failed {
            retry_in_seconds: secs(PERIOD),
        },
        error: Some(ErrorPayload::from(e)),
        wait: Some(PERIOD),
        offline_wait: None,
    }
}

/// After a round on a signed-in connection. A round that did not complete never shows
/// as in step: it shows why, by kind. `next_retry` is when the earliest failed change
/// may go again.
pub fn after_round(
    report: &SyncReport,
    offline_wait: Option<Duration>,
    now: DateTime<Utc>,
    next_retry: Option<DateTime<Utc>>,
) -> Next {
    match &report.stopped {
        Some(e) => after_failure(e, offline_wait, now),
        None => Next {
            state: SyncState::Online,
            error: None,
            wait: Some(next_round_wait(PERIOD, now, next_retry)),
            offline_wait: None,
        },
    }
}

/// What a one-pass sync does after a round.
#[derive(Debug, Clone, PartialEq)]
pub enum OnceNext {
    /// The pass is complete and nothing is left to send.
    Done,
    /// Wait this long (a rate limit or a change's retry, within the patience left),
    /// then go round again.
    Again(Duration),
    /// The pass could not complete: why, by kind.
    Failed(ConnectorError),
    /// The pass completed, but changes are left in the outbox (refused, in conflict, or
    /// still failing).
    LeftUnsent(usize),
}

/// After a round of a one-pass sync that has waited `waited` so far. A short
/// `Retry-After` is waited out (up to [`ONCE_PATIENCE`] in all); anything else that
/// stops the pass ends it with its kind. A change that failed for a passing reason
/// (rate limited or a server error while pushing) is tried again after its wait,
/// within the same patience.
pub fn once_after_round(
    report: &SyncReport,
    waited: Duration,
    retry_in: Option<Duration>,
) -> OnceNext {
    let patience = ONCE_PATIENCE.saturating_sub(waited);
    match &report.stopped {
        Some(ConnectorError::RateLimited { retry_after }) => {
            let wait = retry_after.unwrap_or(Duration::from_secs(2));
            if wait <= patience {
                OnceNext::Again(wait)
            } else {
                OnceNext::Failed(ConnectorError::RateLimited {
                    retry_after: *retry_after,
                })
            }
        }
        Some(e) => OnceNext::Failed(e.clone()),
        None if report.retrying > 0 => match retry_in {
            Some(wait) if wait <= patience => OnceNext::Again(wait),
            _ => OnceNext::LeftUnsent(report.left_unsent),
        },
        None if report.left_unsent > 0 => OnceNext::LeftUnsent(report.left_unsent),
        None => OnceNext::Done,
    }
}

/// How a saved connection resumes when the app starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Resume {
    /// No CRM is set up: nothing to do.
    Nothing,
    /// The demo's simulated CRM: start it and sync with it.
    Demo,
    /// Sync with this secret.
    Start { secret: String },
    /// No usable credentials: the agent has to sign in again.
    SignIn(ErrorPayload),
    /// Something on this computer stops sync (keychain, `crm-mapping.toml`), by kind.
    CannotStart(ErrorPayload),
}

impl Resume {
    /// Why sync cannot run, when it cannot.
    pub fn problem(&self) -> Option<&ErrorPayload> {
        match self {
            Resume::SignIn(e) | Resume::CannotStart(e) => Some(e),
            _ => None,
        }
    }
}

/// Decide from the saved settings, whether the team's mapping could be read, and what
/// the keychain gave (asked only when it matters).
pub fn resume(
    saved: Option<&ConnectionSettings>,
    mapping: Result<(), CoreError>,
    secret: impl FnOnce() -> Result<Option<String>, CoreError>,
) -> Resume {
    let Some(settings) = saved else {
        return Resume::Nothing;
    };
    if settings.kind == CrmKind::Demo {
        return Resume::Demo;
    }
    if let Err(problem) = mapping {
        return Resume::CannotStart(ErrorPayload::from(&problem));
    }
    match secret() {
        Ok(Some(secret)) => Resume::Start { secret },
        Ok(None) => Resume::SignIn(ErrorPayload {
            code: polydesk_core::ErrorCode::AuthRefused,
            message: "sign in again: no saved password or token".into(),
            retry_at: None,
        }),
        Err(problem) => Resume::CannotStart(ErrorPayload::from(&problem)),
    }
}

/// The status bar's state when no loop runs: why not, if a CRM is set up.
pub fn idle_state(configured: bool, problem: Option<&Resume>) -> SyncState {
    match (configured, problem) {
        (true, Some(Resume::SignIn(_))) => SyncState::SignInRequired,
        (true, Some(Resume::CannotStart(_))) => SyncState::CannotStart,
        _ => SyncState::NotConfigured,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use polydesk_core::ErrorCode;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap()
    }

    fn stopped(e: ConnectorError) -> SyncReport {
        SyncReport {
            stopped: Some(e),
            ..SyncReport::default()
        }
    }

    #[test]
    fn reconnect_waits_double_up_to_a_minute() {
        let mut w = None;
        let mut seen = Vec::new();
        for _ in 0..8 {
            let next = next_reconnect_wait(w);
            seen.push(next.as_secs());
            w = Some(next);
        }
        assert_eq!(seen, vec![2, 4, 8, 16, 32, 60, 60, 60]);
    }

    #[test]
    fn a_round_that_did_not_complete_never_shows_online() {
        let kinds = [
            ConnectorError::Offline("no route".into()),
            ConnectorError::Auth("401".into()),
            ConnectorError::RateLimited {
                retry_after: Some(Duration::from_secs(7)),
            },
            ConnectorError::Forbidden("admins only".into()),
            ConnectorError::Server("503".into()),
            ConnectorError::malformed("/api/v2/incremental/tickets/cursor.json", "eof"),
        ];
        for e in kinds {
            let next = after_round(&stopped(e.clone()), None, now(), None);
            assert_ne!(next.state, SyncState::Online, "{e}");
            assert_eq!(next.error.as_ref().map(|p| p.code), Some(e.code()), "{e}");
        }
        let done = after_round(&SyncReport::default(), None, now(), None);
        assert_eq!(
            (done.state, done.error, done.wait),
            (SyncState::Online, None, Some(PERIOD))
        );
    }

    #[test]
    fn each_kind_shows_its_own_state_and_wait() {
        let limited = after_failure(
            &ConnectorError::RateLimited {
                retry_after: Some(Duration::from_secs(90)),
            },
            None,
            now(),
        );
        assert_eq!(
            limited.state,
            SyncState::RateLimited {
                retry_at: "2026-12-04T09:01:30Z".into()
            }
        );
        assert_eq!(limited.wait, Some(Duration::from_secs(90)));
        assert_eq!(limited.error.unwrap().code, ErrorCode::RateLimited);

        let signed_out = after_failure(&ConnectorError::Auth("401".into()), None, now());
        assert_eq!(
            (signed_out.state, signed_out.wait),
            (SyncState::SignInRequired, None)
        );

        let offline = after_failure(
            &ConnectorError::Offline("x".into()),
            Some(Duration::from_secs(8)),
            now(),
        );
        assert_eq!(
            offline.state,
            SyncState::Offline {
                retry_in_seconds: 16
            }
        );
        let broken = after_failure(
            &ConnectorError::malformed("/api/v2/users/me.json", "eof"),
            None,
            now(),
        );
        assert_eq!(
            broken.state,
            SyncState::Failed {
                retry_in_seconds: 30
            }
        );
        assert!(broken
            .error
            .unwrap()
            .message
            .contains("/api/v2/users/me.json"));
        let setup = after_failure(&ConnectorError::Setup("bad proxy".into()), None, now());
        assert_eq!((setup.state, setup.wait), (SyncState::CannotStart, None));
    }

    #[test]
    fn a_one_pass_sync_waits_out_a_short_rate_limit_and_no_more() {
        let limited = |s| {
            stopped(ConnectorError::RateLimited {
                retry_after: Some(Duration::from_secs(s)),
            })
        };
        assert_eq!(
            once_after_round(&limited(2), Duration::ZERO, None),
            OnceNext::Again(Duration::from_secs(2))
        );
        assert!(matches!(
            once_after_round(&limited(2), Duration::from_secs(59), None),
            OnceNext::Failed(ConnectorError::RateLimited { .. })
        ));
        assert!(matches!(
            once_after_round(&limited(3600), Duration::ZERO, None),
            OnceNext::Failed(ConnectorError::RateLimited { .. })
        ));
        assert!(matches!(
            once_after_round(
                &stopped(ConnectorError::Offline("x".into())),
                Duration::ZERO,
                None
            ),
            OnceNext::Failed(ConnectorError::Offline(_))
        ));
        assert_eq!(
            once_after_round(&SyncReport::default(), Duration::ZERO, None),
            OnceNext::Done
        );
        let retrying = SyncReport {
            retrying: 1,
            left_unsent: 1,
            ..SyncReport::default()
        };
        assert_eq!(
            once_after_round(&retrying, Duration::ZERO, Some(Duration::from_secs(4))),
            OnceNext::Again(Duration::from_secs(4))
        );
        assert_eq!(
            once_after_round(&retrying, Duration::ZERO, Some(Duration::from_secs(600))),
            OnceNext::LeftUnsent(1)
        );
        let refused = SyncReport {
            rejected: 1,
            left_unsent: 1,
            ..SyncReport::default()
        };
        assert_eq!(
            once_after_round(&refused, Duration::ZERO, None),
            OnceNext::LeftUnsent(1)
        );
    }

    #[test]
    fn a_saved_connection_resumes_by_what_is_there() {
        let zendesk = ConnectionSettings {
            kind: CrmKind::Zendesk,
            url: "https://acme.zendesk.com".into(),
            user: Some("rita@acme.example".into()),
        };
        let demo = ConnectionSettings {
            kind: CrmKind::Demo,
            url: "http://127.0.0.1:1".into(),
            user: None,
        };
        let never = || -> Result<Option<String>, CoreError> { panic!("the keychain was asked") };
        let broken = || CoreError::invalid_input("crm-mapping.toml: line 3");
        assert_eq!(resume(None, Ok(()), never), Resume::Nothing);
        assert_eq!(resume(Some(&demo), Err(broken()), never), Resume::Demo);
        let mapping = resume(Some(&zendesk), Err(broken()), never);
        assert_eq!(
            mapping.problem().map(|p| p.code),
            Some(ErrorCode::InvalidInput)
        );
        assert_eq!(idle_state(true, Some(&mapping)), SyncState::CannotStart);
        assert_eq!(
            resume(Some(&zendesk), Ok(()), || Ok(Some("t0k3n".into()))),
            Resume::Start {
                secret: "t0k3n".into()
            }
        );
        let signed_out = resume(Some(&zendesk), Ok(()), || Ok(None));
        assert_eq!(
            signed_out.problem().map(|p| p.code),
            Some(ErrorCode::AuthRefused)
        );
        assert_eq!(
            idle_state(true, Some(&signed_out)),
            SyncState::SignInRequired
        );
        let locked = resume(Some(&zendesk), Ok(()), || {
            Err(CoreError::Keychain("it is locked".into()))
        });
        assert_eq!(locked.problem().map(|p| p.code), Some(ErrorCode::Keychain));
        assert_eq!(idle_state(true, Some(&locked)), SyncState::CannotStart);
        assert_eq!(idle_state(false, None), SyncState::NotConfigured);
    }
}
