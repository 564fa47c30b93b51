//! The real OS keychain. On Linux that is a Secret Service, which headless machines
//! lack unless one is started: the test command runs this under `dbus-run-session`
//! with an unlocked gnome-keyring (`cargo test -p polydesk-sync --test keychain --
//! --ignored`). Ignored by default so a plain `cargo test` never touches a developer's
//! real keychain.

use polydesk_sync::credentials::{delete_secret, load_secret, save_secret, TOKEN_ENV};
use polydesk_sync::status::{ConnectionSettings, CrmKind};

fn settings(user: &str) -> ConnectionSettings {
    ConnectionSettings {
        kind: CrmKind::Rt,
        url: "http://rt.example.test:8080".into(),
        user: Some(format!("{user}-{}", std::process::id())),
    }
}

#[test]
#[ignore = "needs a Secret Service (run by the test command under dbus-run-session)"]
fn secrets_round_trip_through_the_os_keychain() {
    std::env::remove_var(TOKEN_ENV);
    let rita = settings("rita");
    let alex = settings("alex");
    assert_eq!(load_secret(&rita).unwrap(), None, "nothing saved yet");
    save_secret(&rita, "s3nha-segura 密码").unwrap();
    save_secret(&alex, "other").unwrap();
    assert_eq!(
        load_secret(&rita).unwrap().as_deref(),
        Some("s3nha-segura 密码")
    );
    assert_eq!(
        load_secret(&alex).unwrap().as_deref(),
        Some("other"),
        "entries are per account"
    );
    save_secret(&rita, "rotated").unwrap();
    assert_eq!(load_secret(&rita).unwrap().as_deref(), Some("rotated"));
    delete_secret(&rita).unwrap();
    delete_secret(&rita).unwrap(); // forgetting twice is fine
    assert_eq!(load_secret(&rita).unwrap(), None);
    delete_secret(&alex).unwrap();
    assert!(
        save_secret(&rita, "  ").is_err(),
        "an empty secret is refused"
    );
}

#[test]
#[ignore = "needs a Secret Service (run by the test command under dbus-run-session)"]
fn the_environment_token_wins_and_is_never_stored() {
    let s = settings("ci");
    std::env::set_var(TOKEN_ENV, "from-ci");
    assert_eq!(load_secret(&s).unwrap().as_deref(), Some("from-ci"));
    std::env::remove_var(TOKEN_ENV);
    assert_eq!(
        load_secret(&s).unwrap(),
        None,
        "the token was read, not stored"
    );
}
