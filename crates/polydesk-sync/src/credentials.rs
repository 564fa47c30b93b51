//! The CRM secret lives in the OS keychain, never in SQLite, logs or anything sent to
//! the UI. Scripts and CI pass it in `POLYDESK_CRM_TOKEN`, which is read, never stored.

use crate::status::ConnectionSettings;
use polydesk_core::CoreError;

/// The keychain's service name for Polydesk's entries.
pub const SERVICE: &str = "polydesk";
/// The environment variable scripts and CI use instead of the keychain.
pub const TOKEN_ENV: &str = "POLYDESK_CRM_TOKEN";

fn keychain_error(e: keyring::Error) -> CoreError {
    CoreError::Keychain(match e {
        keyring::Error::NoStorageAccess(inner) | keyring::Error::PlatformFailure(inner) => format!(
            "it could not be reached ({inner}). On Linux a Secret Service (GNOME Keyring, KWallet) must be running and unlocked"
        ),
        other => other.to_string(),
    })
}

fn entry(settings: &ConnectionSettings) -> Result<keyring::Entry, CoreError> {
    keyring::Entry::new(SERVICE, &settings.keychain_account()).map_err(keychain_error)
}

/// Keep the secret for these settings in the keychain.
pub fn save_secret(settings: &ConnectionSettings, secret: &str) -> Result<(), CoreError> {
    if secret.trim().is_empty() {
        return Err(CoreError::invalid_input(
            "the password or token is empty: paste it again",
        ));
    }
    entry(settings)?
        .set_password(secret)
        .map_err(keychain_error)
}

/// The secret for these settings: `POLYDESK_CRM_TOKEN` when set, else the keychain's.
pub fn load_secret(settings: &ConnectionSettings) -> Result<Option<String>, CoreError> {
    if let Some(token) = std::env::var(TOKEN_ENV).ok().filter(|t| !t.is_empty()) {
        return Ok(Some(token));
    }
    match entry(settings)?.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(keychain_error(e)),
    }
}

/// Forget the secret (signing out); a missing entry is not an error.
pub fn delete_secret(settings: &ConnectionSettings) -> Result<(), CoreError> {
    match entry(settings)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(keychain_error(e)),
    }
}
