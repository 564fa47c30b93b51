//! Everything generated from the one declaration of the commands, events and choices:
//!
//! - `ui/src/lib/generated/commands.ts`: every command's arguments and result, a typed
//!   client over any transport (`commandClient`), and the events with their payloads;
//! - `ui/src/lib/generated/choices.ts`: the values of every choice (statuses, reply
//!   languages, outbox states, error codes, ...), so the UI never keeps its own list;
//! - the TypeScript types they use (by ts-rs, beside them);
//! - `src-tauri/commands.txt`: the app's command list (its build script generates a
//!   permission per command from it);
//! - `src-tauri/capabilities/main.json`: what the main window may call.
//!
//! `cargo test -p polydesk-api` writes them; the test command fails when the committed
//! copies differ from what the Rust declares.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use polydesk_core::choice::Choice;
use serde::Serialize;
use ts_rs::TS;

use crate::contract::{ArgSpec, TsTypes};
use crate::events::EVENTS;
use crate::COMMANDS;

/// Where the TypeScript side's generated files live, under the repository's root.
pub const TS_DIR: &str = "ui/src/lib/generated";
/// The app's command list, read by `src-tauri/build.rs`.
pub const COMMAND_LIST: &str = "src-tauri/commands.txt";
/// The main window's capability.
pub const CAPABILITY: &str = "src-tauri/capabilities/main.json";

const HEADER: &str =
    "// Generated from crates/polydesk-api by `cargo test -p polydesk-api`. Do not edit.\n";

/// Writes every generated file under `root` (the repository); returns their paths.
pub fn write_all(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let ts_dir = root.join(TS_DIR);
    std::fs::create_dir_all(&ts_dir)?;
    let mut types = TsTypes::exporting_to(&ts_dir);
    let commands = commands_ts(&mut types);
    if !types.failures().is_empty() {
        return Err(std::io::Error::other(format!(
            "types could not be exported: {}",
            types.failures().join("; ")
        )));
    }
    let mut written = Vec::new();
    for (path, text) in [
        (ts_dir.join("commands.ts"), commands),
        (ts_dir.join("choices.ts"), choices_ts(&mut types)),
        (root.join(COMMAND_LIST), command_list()),
        (root.join(CAPABILITY), capability()),
    ] {
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}

/// A doc comment as JSDoc, indented by `indent`.
fn jsdoc(docs: &str, indent: &str) -> String {
    let docs = docs.trim();
    if docs.is_empty() {
        return String::new();
    }
    let mut out = format!("{indent}/**\n");
    for line in docs.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent} *");
        } else {
            let _ = writeln!(out, "{indent} * {line}");
        }
    }
    let _ = writeln!(out, "{indent} */");
    out
}

fn args_type(args: &[ArgSpec]) -> String {
    if args.is_empty() {
        return "Record<string, never>".into();
    }
    let fields: Vec<String> = args
        .iter()
        .map(|a| {
            let optional = if a.optional { "?" } else { "" };
            format!("{}{optional}: {}", a.name, a.ts_type)
        })
        .collect();
    format!("{{ {} }}", fields.join("; "))
}

fn imports(types: &TsTypes) -> String {
    let mut out = String::new();
    for (name, path) in types.imports() {
        let module = path.with_extension("");
        let _ = writeln!(
            out,
            "import type {{ {name} }} from './{}';",
            module.display().to_string().replace('\\', "/")
        );
    }
    out
}

/// `commands.ts`: the commands and events, typed, and a client over any transport.
pub fn commands_ts(types: &mut TsTypes) -> String {
    let specs: Vec<(&crate::Command, Vec<ArgSpec>, String)> = COMMANDS
        .iter()
        .map(|c| ((c), (c.args)(types), (c.output)(types)))
        .collect();
    let events: Vec<(&crate::events::EventSpec, String)> =
        EVENTS.iter().map(|e| (e, (e.payload)(types))).collect();

    let mut out = String::from(HEADER);
    out.push_str(&imports(types));
    out.push_str(
        "\n/** Every command: its arguments (camelCase keys) and what it resolves to. */\n",
    );
    out.push_str("export interface Commands {\n");
    for (c, args, output) in &specs {
        out.push_str(&jsdoc(c.docs, "  "));
        let _ = writeln!(
            out,
            "  {}: {{ args: {}; result: {} }};",
            c.name,
            args_type(args),
            output
        );
    }
    out.push_str("}\n\n");
    out.push_str("export type CommandName = keyof Commands;\n\n");
    out.push_str("/** Every command's name, as the hosts know them. */\n");
    out.push_str("export const COMMAND_NAMES = [\n");
    for (c, _, _) in &specs {
        let _ = writeln!(out, "  '{}',", c.name);
    }
    out.push_str("] as const satisfies readonly CommandName[];\n\n");
    out.push_str(
        "/** How a transport sends one command and hands back its result (or rejects). */\n\
         export type Invoke = <K extends CommandName>(command: K, args: Commands[K]['args']) => Promise<Commands[K]['result']>;\n\n",
    );
    out.push_str("/** One method per command. */\nexport interface CommandClient {\n");
    for (c, args, output) in &specs {
        out.push_str(&jsdoc(c.docs, "  "));
        if args.is_empty() {
            let _ = writeln!(out, "  {}(): Promise<{output}>;", c.name);
        } else {
            let _ = writeln!(
                out,
                "  {}(args: Commands['{}']['args']): Promise<{output}>;",
                c.name, c.name
            );
        }
    }
    out.push_str("}\n\n");
    out.push_str("/** The client over a transport. */\nexport function commandClient(invoke: Invoke): CommandClient {\n  return {\n");
    for (c, args, _) in &specs {
        if args.is_empty() {
            let _ = writeln!(out, "    {0}: () => invoke('{0}', {{}}),", c.name);
        } else {
            let _ = writeln!(out, "    {0}: (args) => invoke('{0}', args),", c.name);
        }
    }
    out.push_str("  };\n}\n\n");
    out.push_str(
        "/** What the core tells the UI without being asked, with each event's payload. */\n",
    );
    out.push_str("export interface Events {\n");
    for (e, payload) in &events {
        out.push_str(&jsdoc(e.docs, "  "));
        let _ = writeln!(out, "  '{}': {payload};", e.name);
    }
    out.push_str("}\n\nexport type EventName = keyof Events;\n\n");
    out.push_str("export const EVENT_NAMES = [");
    out.push_str(
        &events
            .iter()
            .map(|(e, _)| format!("'{}'", e.name))
            .collect::<Vec<_>>()
            .join(", "),
    );
    out.push_str("] as const satisfies readonly EventName[];\n");
    out
}

/// `export const NAME = [...] as const satisfies readonly T[];` for one choice.
fn choice_list<T: Choice + Serialize + TS + 'static>(types: &mut TsTypes, name: &str) -> String {
    let ty = crate::contract::ts_type::<T>(types);
    let values: Vec<String> = T::all()
        .iter()
        .map(|v| {
            serde_json::to_string(v)
                .unwrap_or_default()
                .replace('"', "'")
        })
        .collect();
    format!(
        "export const {name} = [{}] as const satisfies readonly {ty}[];\n",
        values.join(", ")
    )
}

/// `choices.ts`: the values of every choice, in declaration order.
pub fn choices_ts(types: &mut TsTypes) -> String {
    use polydesk_core::domain::{
        AgentGender, CustomerKind, Direction, Priority, ReplyLanguage, Status,
    };
    use polydesk_core::escalation::{RiskFlag, Severity};
    use polydesk_core::language::UiLanguage;
    use polydesk_core::replies::format::Currency;
    use polydesk_core::store::{OutboxKind, OutboxState};
    use polydesk_core::views::ViewSlug;
    use polydesk_core::ErrorCode;
    use polydesk_sync::status::CrmKind;

    use crate::commands::sync::DemoAction;

    let mut lists = String::new();
    lists.push_str(&choice_list::<Status>(types, "STATUSES"));
    lists.push_str(&choice_list::<Priority>(types, "PRIORITIES"));
    lists.push_str(&choice_list::<CustomerKind>(types, "CUSTOMER_KINDS"));
    lists.push_str(&choice_list::<Direction>(types, "DIRECTIONS"));
    lists.push_str(&choice_list::<ReplyLanguage>(types, "REPLY_LANGUAGES"));
    lists.push_str(&choice_list::<UiLanguage>(types, "UI_LANGUAGES"));
    lists.push_str(&choice_list::<AgentGender>(types, "AGENT_GENDERS"));
    lists.push_str(&choice_list::<Currency>(types, "CURRENCIES"));
    lists.push_str(&choice_list::<ViewSlug>(types, "VIEW_SLUGS"));
    lists.push_str(&choice_list::<OutboxKind>(types, "OUTBOX_KINDS"));
    lists.push_str(&choice_list::<OutboxState>(types, "OUTBOX_STATES"));
    lists.push_str(&choice_list::<CrmKind>(types, "CRM_KINDS"));
    lists.push_str(&choice_list::<DemoAction>(types, "DEMO_ACTIONS"));
    lists.push_str(&choice_list::<ErrorCode>(types, "ERROR_CODES"));
    lists.push_str(&choice_list::<Severity>(types, "SEVERITIES"));
    lists.push_str(&choice_list::<RiskFlag>(types, "RISK_FLAGS"));

    let mut out = String::from(HEADER);
    // Only the choices' own types are imported here.
    let own = [
        "Status",
        "Priority",
        "CustomerKind",
        "Direction",
        "ReplyLanguage",
        "UiLanguage",
        "AgentGender",
        "Currency",
        "ViewSlug",
        "OutboxKind",
        "OutboxState",
        "CrmKind",
        "DemoAction",
        "ErrorCode",
        "Severity",
        "RiskFlag",
    ];
    for name in own {
        let _ = writeln!(out, "import type {{ {name} }} from './{name}';");
    }
    out.push_str("\n/* Every value of each choice, in the order the Rust enum declares them. */\n");
    out.push_str(&lists);
    out.push_str("\n/* Sizes the core and the UI agree on. */\n");
    let _ = writeln!(
        out,
        "/** Cases in a page of the inbox: the size the app reads the first page in before the window opens. */\nexport const FIRST_PAGE_LIMIT = {};",
        crate::startup::FIRST_PAGE_LIMIT
    );
    out
}

/// `src-tauri/commands.txt`: one command name per line.
pub fn command_list() -> String {
    let mut out = String::from(
        "# Generated from crates/polydesk-api by `cargo test -p polydesk-api`. Do not edit.\n\
         # The app's commands: src-tauri/build.rs makes a permission of each.\n",
    );
    for c in COMMANDS {
        out.push_str(c.name);
        out.push('\n');
    }
    out
}

/// `src-tauri/capabilities/main.json`: the main window may call Polydesk's own commands,
/// listen to its events, and nothing else.
pub fn capability() -> String {
    let mut permissions = vec!["core:default".to_string(), "core:event:default".to_string()];
    permissions.extend(
        COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.name.replace('_', "-"))),
    );
    let capability = serde_json::json!({
        "$schema": "../../gen/schemas/desktop-schema.json",
        "identifier": "main-window",
        "description": "What the main window may call: Polydesk's own commands and nothing else. Generated from crates/polydesk-api by `cargo test -p polydesk-api`; do not edit.",
        "windows": ["main"],
        "permissions": permissions,
    });
    serde_json::to_string_pretty(&capability).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// Regenerates the committed files (`scripts/test.sh` then fails if they changed).
    #[test]
    fn the_generated_contract_is_written() {
        let written = write_all(&root()).unwrap();
        assert_eq!(written.len(), 4);
        let ts = std::fs::read_to_string(root().join(TS_DIR).join("commands.ts")).unwrap();
        for c in COMMANDS {
            assert!(
                ts.contains(&format!("  {}: {{ args:", c.name)),
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn every_command_has_a_unique_name_docs_and_a_permission() {
        let mut names: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "two commands share a name");
        for c in COMMANDS {
            assert!(!c.docs.is_empty(), "{} has no doc comment", c.name);
        }
        let capability = capability();
        for c in COMMANDS {
            assert!(
                capability.contains(&format!("\"allow-{}\"", c.name.replace('_', "-"))),
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn arguments_are_typed_as_the_ui_passes_them() {
        let mut types = TsTypes::names_only();
        let list_cases = crate::command("list_cases").unwrap();
        assert_eq!(
            args_type(&(list_cases.args)(&mut types)),
            "{ view: ViewSlug; offset: number; limit: number }"
        );
        let send = crate::command("send_reply").unwrap();
        assert_eq!(
            args_type(&(send.args)(&mut types)),
            "{ reply: OutgoingReply; seen?: SeenCase | null; sendAnyway: boolean; macroId?: string | null; rootCause?: string | null; outcome?: string | null }"
        );
        assert_eq!((send.output)(&mut types), "SendOutcome");
        assert!(types.imports().contains_key("SeenCase"));
    }

    #[test]
    fn choice_lists_hold_the_serialized_values() {
        let mut types = TsTypes::names_only();
        let text = choices_ts(&mut types);
        assert!(text.contains(
            "export const REPLY_LANGUAGES = ['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant'] as const satisfies readonly ReplyLanguage[];"
        ));
        assert!(text.contains("'RATE_LIMITED'"));
        assert!(text.contains(
            "export const OUTBOX_STATES = ['conflict', 'rejected', 'failed', 'pending']"
        ));
    }
}
