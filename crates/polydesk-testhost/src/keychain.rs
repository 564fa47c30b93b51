//! The keychain the test host's app uses: the `keyring` crate the app itself uses, with a
//! store of the host's own plugged in — in memory (secrets live as long as the host), or
//! one that refuses every secret as a locked keychain does.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring::credential::{Credential, CredentialApi, CredentialBuilderApi};

/// What the host's keychain does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KeychainMode {
    /// Keeps secrets in memory.
    Memory,
    /// Refuses to keep or give any secret (a locked or missing Secret Service).
    Refuse,
}

type Secrets = Arc<Mutex<HashMap<(String, String), Vec<u8>>>>;

#[derive(Debug)]
struct Builder {
    mode: KeychainMode,
    secrets: Secrets,
}

#[derive(Debug)]
struct Entry {
    mode: KeychainMode,
    key: (String, String),
    secrets: Secrets,
}

fn refused() -> keyring::Error {
    keyring::Error::NoStorageAccess("the test host's keychain is locked".into())
}

impl CredentialApi for Entry {
    fn set_secret(&self, secret: &[u8]) -> keyring::Result<()> {
        if self.mode == KeychainMode::Refuse {
            return Err(refused());
        }
        let mut secrets = self.secrets.lock().unwrap_or_else(|p| p.into_inner());
        secrets.insert(self.key.clone(), secret.to_vec());
        Ok(())
    }

    fn get_secret(&self) -> keyring::Result<Vec<u8>> {
        if self.mode == KeychainMode::Refuse {
            return Err(refused());
        }
        let secrets = self.secrets.lock().unwrap_or_else(|p| p.into_inner());
        secrets
            .get(&self.key)
            .cloned()
            .ok_or(keyring::Error::NoEntry)
    }

    fn delete_credential(&self) -> keyring::Result<()> {
        if self.mode == KeychainMode::Refuse {
            return Err(refused());
        }
        let mut secrets = self.secrets.lock().unwrap_or_else(|p| p.into_inner());
        secrets
            .remove(&self.key)
            .map(|_| ())
            .ok_or(keyring::Error::NoEntry)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl CredentialBuilderApi for Builder {
    fn build(
        &self,
        _target: Option<&str>,
        service: &str,
        user: &str,
    ) -> keyring::Result<Box<Credential>> {
        Ok(Box::new(Entry {
            mode: self.mode,
            key: (service.to_string(), user.to_string()),
            secrets: self.secrets.clone(),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Make every keychain use in this process go to the host's own store.
pub fn install(mode: KeychainMode) {
    keyring::set_default_credential_builder(Box::new(Builder {
        mode,
        secrets: Secrets::default(),
    }));
}
