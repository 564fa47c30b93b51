//! `polydesk-cli`: the Polydesk core from the command line (same cache as the app).

mod bench;
mod casework;
mod human;
mod replies;
mod sync;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Utc;
use clap::{Args, Parser, Subcommand};
use polydesk_core::store::{default_data_dir, Store, MAX_PAGE};
use polydesk_core::views::ViewSlug;
use polydesk_core::{workspace, CoreError};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "polydesk-cli",
    version,
    about = "Polydesk's case cache from the command line"
)]
struct Cli {
    /// Data directory holding cache.db (overrides POLYDESK_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The demo workspace.
    Demo {
        #[command(subcommand)]
        action: DemoAction,
    },
    /// List and show cases from the cache.
    Cases {
        #[command(subcommand)]
        action: CasesAction,
    },
    /// Render a reply macro in a reply locale (stdout: only the text).
    Render {
        /// The macro id, e.g. refund-approved.
        #[arg(value_name = "MACRO")]
        macro_id: String,
        /// Reply locale: en, pt-BR, pt-PT, zh-Hans, zh-Hant (or any tag that maps onto one).
        #[arg(long, value_name = "LOCALE")]
        lang: String,
        /// Render from this .ftl file instead of the library.
        #[arg(long, value_name = "FILE.ftl")]
        resource: Option<PathBuf>,
        /// A variable, as KEY=VALUE (repeatable). Plain decimals are passed as numbers.
        #[arg(long = "arg", value_name = "KEY=VALUE")]
        args: Vec<String>,
    },
    /// The macro library.
    Macros {
        #[command(subcommand)]
        action: MacrosAction,
    },
    /// Detect the language of TEXT (or of standard input with `-` or no TEXT).
    DetectLang { text: Option<String> },
    /// Sync with the CRM: push queued changes, then pull what changed.
    Sync {
        /// zendesk or rt.
        #[arg(long, value_parser = sync::crm_kind)]
        crm: polydesk_sync::status::CrmKind,
        /// The CRM's base address (Zendesk: https://sub.zendesk.com; RT: its web root,
        /// such as http://host:port).
        #[arg(long)]
        url: String,
        /// With a user, the secret in POLYDESK_CRM_TOKEN is sent as HTTP basic
        /// (Zendesk: EMAIL + API token; RT: the user's password); without, it is a token
        /// (Zendesk: OAuth bearer; RT: an auth token).
        #[arg(long)]
        user: Option<String>,
        /// One pass: push everything pending whatever its backoff, pull, and exit
        /// non-zero if anything is left unsent.
        #[arg(long)]
        once: bool,
    },
    /// Queue a reply (or internal note) on a case; works offline.
    Reply {
        id: String,
        #[arg(long, conflicts_with = "file", required_unless_present = "file")]
        text: Option<String>,
        #[arg(long)]
        file: Option<PathBuf>,
        /// A file to send with it (repeat for more).
        #[arg(long, value_name = "PATH")]
        attach: Vec<PathBuf>,
        /// An internal note instead of a public reply.
        #[arg(long)]
        internal: bool,
    },
    /// Changes waiting for the CRM.
    Outbox {
        #[command(subcommand)]
        action: OutboxAction,
    },
    /// Serve a Zendesk-shaped CRM simulator on 127.0.0.1 (for trying sync, tests, demos).
    CrmSim {
        #[arg(long, default_value_t = 8765)]
        port: u16,
        /// How many demo cases it holds.
        #[arg(long, default_value_t = 320)]
        cases: usize,
        /// Injected faults, e.g. `latency:50ms,429@0.1,drop-after-apply@0.05`.
        #[arg(long, value_name = "SPEC")]
        faults: Option<String>,
    },
    /// Measure speed and memory (run a release build): each figure beside its goal.
    Bench {
        /// Cases in the generated dataset (about ten messages each).
        #[arg(long, default_value_t = 100_000)]
        cases: usize,
        /// Write the figures as JSON here.
        #[arg(long, value_name = "FILE.json")]
        out: Option<PathBuf>,
        /// Also measure views and search at 10k, 100k and 1M cases (slow).
        #[arg(long)]
        scale: bool,
        /// Print each figure beside the one in an earlier report (e.g. bench/baseline.json).
        #[arg(long, value_name = "FILE.json")]
        compare: Option<PathBuf>,
        /// Also time a 50-message ticket in this Request Tracker (made there on the first
        /// run) read over REST2, against the same case from the cache.
        #[arg(long, value_name = "URL")]
        rt_url: Option<String>,
        /// The RT user: POLYDESK_CRM_TOKEN is their password (without, an RT auth token).
        #[arg(long, value_name = "NAME", requires = "rt_url")]
        rt_user: Option<String>,
        /// How many times the ticket is read from RT.
        #[arg(long, value_name = "N", default_value_t = 50, requires = "rt_url")]
        rt_runs: usize,
    },
    #[command(hide = true)]
    BenchInboxRss,
    /// Escalate a case to a team (queued for the CRM; works offline).
    Escalate(casework::EscalateArgs),
    /// Escalations: list, follow up, resolve.
    Escalations {
        #[command(subcommand)]
        action: casework::EscalationsAction,
    },
    /// The root-cause taxonomy.
    RootCauses {
        #[command(subcommand)]
        action: casework::RootCausesAction,
    },
    /// SLA attainment per period, as the cache knows it.
    Sla {
        #[command(subcommand)]
        action: casework::SlaAction,
    },
    /// Search subjects and messages (newest first).
    Search {
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[command(flatten)]
        format: Format,
    },
}

#[derive(Subcommand)]
enum OutboxAction {
    /// Every queued change with its state, attempts and last error.
    List {
        #[command(flatten)]
        format: Format,
    },
}

#[derive(Subcommand)]
enum MacrosAction {
    /// Every macro with its title, category, locales and variables.
    List {
        /// Title language (a reply locale); English by default.
        #[arg(long, value_name = "LOCALE", default_value = "en")]
        lang: String,
        #[command(flatten)]
        format: Format,
    },
}

#[derive(Subcommand)]
enum DemoAction {
    /// Fill an empty cache with the demo workspace (a cache with cases is left alone).
    Seed {
        /// Instead of the 320 demo cases, write N generated ones: the benchmark's
        /// dataset, about ten messages each (for measuring the app with a big inbox).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        cases: Option<u64>,
    },
}

#[derive(Subcommand)]
enum CasesAction {
    /// The cases of a view, in the view's order.
    List {
        /// all, mine, unassigned, due-soon, breaching, escalated, pending or solved.
        #[arg(long, default_value = "all")]
        view: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[command(flatten)]
        format: Format,
    },
    /// One case with its whole thread.
    Show {
        id: String,
        #[command(flatten)]
        format: Format,
    },
    /// Solve a case with its root cause (and the open escalation's outcome).
    Solve(casework::SolveArgs),
    /// Link two cases about the same problem (a note on each; RT: RefersTo).
    Link { id: String, other: String },
    /// Merge a duplicate case into another (Zendesk's ticket merge; RT cases are linked).
    Merge {
        id: String,
        /// The case that stays.
        #[arg(long, value_name = "OTHER")]
        into: String,
    },
}

#[derive(Args)]
pub(crate) struct Format {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("polydesk-cli: {}", one_line(&err.to_string()));
            ExitCode::from(2)
        }
    }
}

fn one_line(msg: &str) -> String {
    msg.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run(cli: Cli) -> Result<(), sync::SyncFailure> {
    let command = match cli.command {
        Command::Render {
            macro_id,
            lang,
            resource,
            args,
        } => {
            return Ok(replies::render(
                &macro_id,
                &lang,
                resource.as_deref(),
                &args,
            )?)
        }
        Command::Macros {
            action: MacrosAction::List { lang, format },
        } => {
            let summaries = replies::list(&lang)?;
            return Ok(emit(&format, &summaries, || {
                human::macro_table(&summaries)
            })?);
        }
        Command::DetectLang { text } => return Ok(replies::detect_lang(text)?),
        Command::CrmSim {
            port,
            cases,
            faults,
        } => return Ok(sync::serve_sim(port, cases, faults.as_deref())?),
        Command::Bench {
            cases,
            out,
            scale,
            compare,
            rt_url,
            rt_user,
            rt_runs,
        } => {
            return Ok(bench::run(bench::BenchArgs {
                cases,
                out,
                scale,
                compare,
                rt: rt_url.map(|url| bench::RtBenchArgs {
                    url,
                    user: rt_user,
                    runs: rt_runs.max(1),
                }),
            })?)
        }
        other => other,
    };
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => default_data_dir()?,
    };
    let now = Utc::now();
    match command {
        Command::Demo {
            action: DemoAction::Seed { cases },
        } => {
            let mut store = Store::open(&data_dir)?;
            let written = match cases {
                Some(n) => bench::seed_dataset(&mut store, n as usize, now)?,
                None => polydesk_demo::seed(&mut store, now)?,
            };
            if written == 0 {
                println!(
                    "The cache already holds {} cases; left as it is.",
                    store.case_count()?
                );
            } else {
                println!(
                    "Demo workspace ready: {written} cases in {}",
                    store.path().display()
                );
            }
        }
        Command::Cases {
            action:
                CasesAction::List {
                    view,
                    limit,
                    format,
                },
        } => {
            let view: ViewSlug = view.parse::<ViewSlug>()?;
            let mut store = Store::open(&data_dir)?;
            // A big cache whose due times a sync has not told yet (a new policy): now.
            store.tell_all_sla(now)?;
            let page = store.list_cases(view, 0, limit.clamp(1, MAX_PAGE), now)?;
            emit(&format, &page.cases, || human::case_table(&page.cases, now))?;
        }
        Command::Cases {
            action: CasesAction::Show { id, format },
        } => {
            let store = Store::open(&data_dir)?;
            let detail = store.case_detail(&id)?;
            emit(&format, &detail, || human::case_thread(&detail))?;
        }
        Command::Search {
            query,
            limit,
            format,
        } => {
            let store = Store::open(&data_dir)?;
            let hits = store.search(&query, limit.clamp(1, MAX_PAGE))?;
            emit(&format, &hits, || human::search_hits(&hits))?;
        }
        Command::Sync {
            crm,
            url,
            user,
            once,
        } => {
            sync::run(&data_dir, crm, &url, user, once)?;
        }
        Command::Reply {
            id,
            text,
            file,
            attach,
            internal,
        } => {
            let body = match (text, file) {
                (Some(t), _) => t,
                (None, Some(f)) => std::fs::read_to_string(&f).map_err(|e| {
                    CoreError::invalid_input(format!("cannot read {}: {e}", f.display()))
                })?,
                (None, None) => unreachable!("clap requires one"),
            };
            let mut store = Store::open(&data_dir)?;
            let files = sync::read_attachments(&attach)?;
            let msg = sync::queue_reply(&mut store, &id, &body, internal, files)?;
            println!(
                "Queued {} on {id} ({}); it reaches the CRM at the next sync.",
                msg.id, msg.direction
            );
        }
        Command::Cases {
            action: CasesAction::Solve(args),
        } => casework::solve(&data_dir, args, now)?,
        Command::Cases {
            action: CasesAction::Link { id, other },
        } => {
            let mut store = Store::open(&data_dir)?;
            workspace::link_cases(&mut store, &id, &other, now)?;
            println!("Linked {id} and {other}; the notes reach the CRM at the next sync.");
        }
        Command::Cases {
            action: CasesAction::Merge { id, into },
        } => {
            let mut store = Store::open(&data_dir)?;
            workspace::merge_cases(&mut store, &id, &into, now)?;
            println!("Merging {id} into {into}; it reaches the CRM at the next sync.");
        }
        Command::Escalate(args) => casework::escalate(&data_dir, args, now)?,
        Command::Escalations { action } => casework::escalations(&data_dir, action, now)?,
        Command::RootCauses { action } => casework::root_causes(&data_dir, action)?,
        Command::Sla { action } => casework::sla(&data_dir, action, now)?,
        Command::Outbox {
            action: OutboxAction::List { format },
        } => {
            let store = Store::open(&data_dir)?;
            let items = store.outbox_items()?;
            emit(&format, &items, || human::outbox_table(&items))?;
        }
        Command::BenchInboxRss => {
            println!("{:.1}", bench::load_inbox(&data_dir)?);
        }
        Command::Render { .. }
        | Command::Macros { .. }
        | Command::DetectLang { .. }
        | Command::CrmSim { .. }
        | Command::Bench { .. } => {
            unreachable!("handled above")
        }
    }
    Ok(())
}

pub(crate) fn emit<T: Serialize>(
    format: &Format,
    value: &T,
    human: impl FnOnce() -> String,
) -> Result<(), CoreError> {
    if format.json {
        let json = serde_json::to_string_pretty(value)
            .map_err(|e| CoreError::invalid_input(format!("could not write JSON: {e}")))?;
        println!("{json}");
    } else {
        print!("{}", human());
    }
    Ok(())
}
