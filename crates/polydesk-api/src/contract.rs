//! The command contract: what a command is (its one declaration, made by `#[command]`
//! on a function in `commands/`), how a host calls it by name with JSON arguments, and the
//! TypeScript it stands for. Hosts never list commands themselves: they dispatch through
//! [`crate::COMMANDS`], and the TypeScript client, the permission list and the app's
//! command list are generated from it (see `generate`).

use std::collections::BTreeMap;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

use polydesk_core::{ErrorCode, ErrorPayload};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use crate::error::ApiError;
use crate::App;

/// What calling a command gives: its result as JSON, or the error as `{code, message}`.
pub type Reply = Pin<Box<dyn Future<Output = Result<Value, ErrorPayload>> + Send>>;

/// One command, as `#[command]` declares it.
#[derive(Clone, Copy)]
pub struct Command {
    /// The name the UI invokes (`list_cases`).
    pub name: &'static str,
    /// The function's doc comment (the generated client carries it).
    pub docs: &'static str,
    /// Its arguments, as the TypeScript side names and types them.
    pub args: fn(&mut TsTypes) -> Vec<ArgSpec>,
    /// The TypeScript type of what it resolves to.
    pub output: fn(&mut TsTypes) -> String,
    /// Decode the JSON arguments, run the command, encode its result.
    pub call: fn(Arc<App>, Value) -> Reply,
}

impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Command").field("name", &self.name).finish()
    }
}

/// One argument of a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgSpec {
    /// camelCase, as the UI passes it.
    pub name: &'static str,
    pub ts_type: String,
    /// An `Option` the UI may leave out.
    pub optional: bool,
}

/// A command function's result: `Result<T, E>` with `E` turning into an [`ApiError`].
pub trait Outcome {
    type Value: TS + Serialize + 'static;
    fn into_reply(self) -> Result<Value, ErrorPayload>;
}

impl<T, E> Outcome for Result<T, E>
where
    T: TS + Serialize + 'static,
    E: Into<ApiError>,
{
    type Value = T;

    fn into_reply(self) -> Result<Value, ErrorPayload> {
        match self {
            Ok(value) => serde_json::to_value(value).map_err(|e| ErrorPayload {
                code: ErrorCode::Storage,
                message: format!("the answer could not be encoded: {e}"),
                retry_at: None,
            }),
            Err(e) => Err(e.into().payload()),
        }
    }
}

/// The arguments of `command` from the JSON the UI sent (`null` counts as `{}`).
pub fn args_from<T: DeserializeOwned>(command: &str, json: Value) -> Result<T, ErrorPayload> {
    let json = if json.is_null() {
        Value::Object(Default::default())
    } else {
        json
    };
    serde_json::from_value(json).map_err(|e| ErrorPayload {
        code: ErrorCode::InvalidInput,
        message: format!("{command}: {e}"),
        retry_at: None,
    })
}

/// The TypeScript types a set of commands uses: their names, and the generated files the
/// named ones are imported from (exported on the way, so each exists).
pub struct TsTypes {
    cfg: ts_rs::Config,
    imports: BTreeMap<String, PathBuf>,
    export: bool,
    failures: Vec<String>,
}

impl TsTypes {
    /// Names only (for tests that look at the contract without writing files).
    pub fn names_only() -> TsTypes {
        TsTypes {
            cfg: ts_rs::Config::new(),
            imports: BTreeMap::new(),
            export: false,
            failures: Vec::new(),
        }
    }

    /// Names, exporting each named type into `dir`.
    pub fn exporting_to(dir: impl Into<PathBuf>) -> TsTypes {
        TsTypes {
            cfg: ts_rs::Config::new().with_out_dir(dir),
            imports: BTreeMap::new(),
            export: true,
            failures: Vec::new(),
        }
    }

    /// Named types and the file (relative to the export folder) each comes from.
    pub fn imports(&self) -> &BTreeMap<String, PathBuf> {
        &self.imports
    }

    /// Exports that failed (the generator reports them).
    pub fn failures(&self) -> &[String] {
        &self.failures
    }

    fn note<T: TS + 'static + ?Sized>(&mut self) {
        if let Some(path) = T::output_path() {
            let ident = T::ident(&self.cfg);
            if self.imports.insert(ident.clone(), path).is_none() && self.export {
                if let Err(e) = T::export_all(&self.cfg) {
                    self.failures.push(format!("{ident}: {e}"));
                }
            }
        }
        struct Generics<'a>(&'a mut TsTypes);
        impl ts_rs::TypeVisitor for Generics<'_> {
            fn visit<U: TS + 'static + ?Sized>(&mut self) {
                self.0.note::<U>();
            }
        }
        T::visit_generics(&mut Generics(self));
    }

    pub fn config(&self) -> &ts_rs::Config {
        &self.cfg
    }
}

/// `T`'s name in TypeScript, noting the file it comes from.
pub fn ts_type<T: TS + 'static>(types: &mut TsTypes) -> String {
    types.note::<T>();
    T::name(&types.cfg)
}
