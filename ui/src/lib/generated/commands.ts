// Generated from crates/polydesk-api by `cargo test -p polydesk-api`. Do not edit.
import type { AgentGender } from './AgentGender';
import type { AgentSignature } from './AgentSignature';
import type { CaseChoices } from './CaseChoices';
import type { CaseDetail } from './CaseDetail';
import type { CaseEdit } from './CaseEdit';
import type { CaseEscalation } from './CaseEscalation';
import type { CasePage } from './CasePage';
import type { ConflictResolution } from './ConflictResolution';
import type { ConnectionSettings } from './ConnectionSettings';
import type { ConnectionTest } from './ConnectionTest';
import type { Currency } from './Currency';
import type { DemoAction } from './DemoAction';
import type { Draft } from './Draft';
import type { Escalation } from './Escalation';
import type { FollowUp } from './FollowUp';
import type { MacroPackStatus } from './MacroPackStatus';
import type { MacroSummary } from './MacroSummary';
import type { OutboxItem } from './OutboxItem';
import type { OutgoingReply } from './OutgoingReply';
import type { PageStartup } from './PageStartup';
import type { Reminder } from './Reminder';
import type { RenderedReply } from './RenderedReply';
import type { ReplyArgs } from './ReplyArgs';
import type { ReplyContext } from './ReplyContext';
import type { ReplyLanguage } from './ReplyLanguage';
import type { RootCause } from './RootCause';
import type { SearchHit } from './SearchHit';
import type { SeenCase } from './SeenCase';
import type { SendOutcome } from './SendOutcome';
import type { Solve } from './Solve';
import type { SyncStatus } from './SyncStatus';
import type { UiLanguage } from './UiLanguage';
import type { ViewCount } from './ViewCount';
import type { ViewSlug } from './ViewSlug';
import type { WorkspaceStatus } from './WorkspaceStatus';

/** Every command: its arguments (camelCase keys) and what it resolves to. */
export interface Commands {
  /**
   * The workspace as the status bar and the first screen need it.
   */
  workspace_status: { args: Record<string, never>; result: WorkspaceStatus };
  /**
   * Fill an empty cache from the demo's simulated CRM and keep syncing with it (so offline
   * and conflicts can be tried); resolves once the cases are in the cache. If the simulated
   * CRM cannot start, the demo cases are written directly instead.
   */
  open_demo_workspace: { args: Record<string, never>; result: WorkspaceStatus };
  /**
   * Keep a damaged (or too new, or foreign) cache under a new name and start a fresh one.
   */
  move_cache_aside: { args: Record<string, never>; result: WorkspaceStatus };
  /**
   * Every built-in view with how many cases it holds now.
   */
  list_views: { args: Record<string, never>; result: Array<ViewCount> };
  /**
   * A window of a view: `limit` <= 500; `total` is the number of cases in the whole view.
   */
  list_cases: { args: { view: ViewSlug; offset: number; limit: number }; result: CasePage };
  /**
   * A case with its messages, oldest first. NOT_FOUND for an unknown id.
   */
  get_case: { args: { id: string }; result: CaseDetail };
  /**
   * Search subjects and messages, newest first. INVALID_INPUT for a blank query.
   */
  search_cases: { args: { query: string; limit: number }; result: Array<SearchHit> };
  /**
   * Keep the agent's unsent reply; a blank body deletes the draft (and resolves to null).
   */
  save_draft: { args: { caseId: string; body: string }; result: Draft | null };
  /**
   * The agent's UI language.
   */
  set_ui_language: { args: { tag: UiLanguage }; result: WorkspaceStatus };
  /**
   * Once, at the first visible frame of the inbox, with the page's own milestones; the
   * startup benchmark reads the line it prints (`POLYDESK_REPORT_READY=1`).
   */
  ui_ready: { args: { page?: PageStartup | null }; result: null };
  /**
   * The page asks this once its first screen is drawn: the window starts hidden so that it
   * never shows an empty frame. Showing it also lets the sync start.
   */
  show_main_window: { args: Record<string, never>; result: null };
  /**
   * Every macro, its title in `lang` (falling back along that locale's chain).
   */
  list_macros: { args: { lang: ReplyLanguage }; result: Array<MacroSummary> };
  /**
   * The team macro pack in use, and any problems in its files.
   */
  macro_pack_status: { args: Record<string, never>; result: MacroPackStatus };
  /**
   * Use (or, with null, stop using) a team macro pack folder; it is watched and reloaded.
   * INVALID_INPUT if it is not a folder.
   */
  set_macro_pack_dir: { args: { dir?: string | null }; result: MacroPackStatus };
  /**
   * The reply language suggestion and the variables prefilled from the case and the agent.
   */
  get_reply_context: { args: { caseId: string }; result: ReplyContext };
  /**
   * The agent's choice of reply language for a case (it sticks over suggestions).
   */
  set_reply_language: { args: { caseId: string; lang: ReplyLanguage }; result: ReplyContext };
  /**
   * Macro `macro_id` in `lang` (or the next locale of its fallback chain, reported in
   * `fallback`). TEMPLATE naming missing variables, INVALID_INPUT for an unknown macro.
   */
  render_reply: { args: { macroId: string; lang: ReplyLanguage; args: ReplyArgs }; result: RenderedReply };
  /**
   * The agent's signature in `lang`.
   */
  reply_signature: { args: { lang: ReplyLanguage; args: ReplyArgs }; result: string };
  /**
   * The draft's detected locale (or language) when it differs from `lang`; null when it
   * matches.
   */
  check_draft_language: { args: { text: string; lang: ReplyLanguage }; result: string | null };
  /**
   * Queue a reply or note: `queued` with the message (delivery `queued`; the draft is
   * cleared) — unless the case changed since `seen` (what the agent was looking at) and
   * `send_anyway` is false: then nothing is queued and `case-changed` lists what changed.
   * The status and tags of `macro_id` (the macro the reply was written with) are queued
   * with it, in the same transaction. A macro that solves the case is held to what solving
   * asks: ROOT_CAUSE_REQUIRED without a root cause, ESCALATION_OPEN without the open
   * escalation's outcome (nothing is queued); `root_cause` and `outcome` give them.
   */
  send_reply: { args: { reply: OutgoingReply; seen?: SeenCase | null; sendAnyway: boolean; macroId?: string | null; rootCause?: string | null; outcome?: string | null }; result: SendOutcome };
  /**
   * The agent's grammatical gender (Portuguese thanks agree with it).
   */
  set_agent_gender: { args: { gender: AgentGender }; result: null };
  /**
   * The agent's signature for every reply locale: their own text, and what replies end
   * with now.
   */
  list_signatures: { args: Record<string, never>; result: Array<AgentSignature> };
  /**
   * Set the agent's own signature in `lang` (blank: the library's). INVALID_INPUT over
   * 2,000 characters.
   */
  set_signature: { args: { lang: ReplyLanguage; text: string }; result: Array<AgentSignature> };
  /**
   * An amount (`1234.5`) in a currency as the reply locale writes it.
   */
  format_money: { args: { amount: string; currency: Currency; lang: ReplyLanguage }; result: string };
  /**
   * A date (`2026-11-22`) as the reply locale writes it in a sentence.
   */
  format_date: { args: { date: string; lang: ReplyLanguage }; result: string };
  /**
   * Queue field changes; resolves to the case with them shown (the local overlay).
   */
  update_case: { args: { caseId: string; edit: CaseEdit }; result: CaseDetail };
  /**
   * Queue an escalation (group, the `escalated` tag, priority, the reason as a note).
   * INVALID_INPUT without a team or a reason.
   */
  escalate_case: { args: { escalation: Escalation }; result: CaseDetail };
  /**
   * The teams and agents the cache knows (for the field editor and escalations).
   */
  list_case_choices: { args: Record<string, never>; result: CaseChoices };
  /**
   * Download a message's attachment (once; kept in the data folder) and open it with the
   * computer's default app. Resolves to where the file is. OFFLINE when it was never
   * downloaded and the CRM cannot be reached.
   */
  open_attachment: { args: { caseId: string; messageId: string; attachmentId: string }; result: string };
  /**
   * Note a follow-up on the case's open escalation and move its due time.
   * INVALID_INPUT without a note or an open escalation.
   */
  follow_up_escalation: { args: { followUp: FollowUp }; result: CaseDetail };
  /**
   * Close an escalation's loop with its outcome (`escalation_id` as `CASE_ID:N`).
   * INVALID_INPUT without an outcome or when it is already resolved.
   */
  resolve_escalation: { args: { escalationId: string; outcome: string }; result: CaseDetail };
  /**
   * Solve a case. ROOT_CAUSE_REQUIRED without a root cause (when the team requires one);
   * ESCALATION_OPEN while an escalation is open and no outcome is given.
   */
  solve_case: { args: { solve: Solve }; result: CaseDetail };
  /**
   * Link two cases that are about the same problem: a note on each naming the other (in
   * Request Tracker each also refers to the other). INVALID_INPUT for the same case twice
   * or cases from different CRMs.
   */
  link_cases: { args: { caseId: string; otherId: string }; result: CaseDetail };
  /**
   * Merge a duplicate case into another (Zendesk's ticket merge: the case is closed with
   * a note naming the other). INVALID_INPUT for Request Tracker cases (link them) and
   * solved or closed ones; ESCALATION_OPEN while the case has an open escalation.
   */
  merge_cases: { args: { caseId: string; intoId: string }; result: CaseDetail };
  /**
   * The root causes to choose from (the data folder's `root-causes.toml`, else the
   * shipped ones), in the file's order.
   */
  list_root_causes: { args: Record<string, never>; result: Array<RootCause> };
  /**
   * Escalations, the soonest due first (only open ones with `open_only`).
   */
  list_escalations: { args: { openOnly: boolean }; result: Array<CaseEscalation> };
  /**
   * Reminders due now and not shown yet (escalations due for follow-up, cases about to
   * breach their SLA), the soonest due first. The page asks every half minute.
   */
  due_reminders: { args: Record<string, never>; result: Array<Reminder> };
  /**
   * Show a reminder: remembered as shown (it does not come again) and, when `title` is
   * given, as a desktop notification with the page's words. Returns whether the desktop
   * showed it. NOT_FOUND for a reminder no longer due.
   */
  show_reminder: { args: { key: string; title?: string | null; body: string }; result: boolean };
  /**
   * Where sync stands (the status bar).
   */
  get_sync_status: { args: Record<string, never>; result: SyncStatus };
  /**
   * Start a sync now (the status arrives as `sync-status` events).
   */
  sync_now: { args: Record<string, never>; result: null };
  /**
   * "Work offline": changes keep queueing, nothing is sent or fetched.
   */
  set_sync_paused: { args: { paused: boolean }; result: SyncStatus };
  /**
   * Everything not yet in the CRM, oldest first.
   */
  list_outbox: { args: Record<string, never>; result: Array<OutboxItem> };
  /**
   * Try a failed, refused or conflicting item again at the next sync.
   */
  retry_outbox_item: { args: { id: string }; result: null };
  /**
   * Take an item out of the outbox for good; resolves to the text of a reply or note.
   */
  discard_outbox_item: { args: { id: string }; result: string | null };
  /**
   * Settle a conflict: a choice for every field in it.
   */
  resolve_conflict: { args: { id: string; choices: Array<ConflictResolution> }; result: null };
  /**
   * The CRM this workspace syncs with, if one is set up.
   */
  get_connection: { args: Record<string, never>; result: ConnectionSettings | null };
  /**
   * Try the settings (a null secret: the one in the OS keychain). INVALID_INPUT for a bad
   * address; a CRM that answers wrongly is reported in the result, by kind.
   */
  test_connection: { args: { settings: ConnectionSettings; secret?: string | null }; result: ConnectionTest };
  /**
   * Keep the settings, and the secret in the OS keychain (KEYCHAIN when it can't), and
   * sync with them.
   */
  save_connection: { args: { settings: ConnectionSettings; secret?: string | null }; result: SyncStatus };
  /**
   * Stop syncing and forget the settings and the secret; the cache and the outbox stay.
   */
  forget_connection: { args: Record<string, never>; result: SyncStatus };
  /**
   * Demo workspace only: act on the built-in simulated CRM.
   */
  demo_simulate: { args: { action: DemoAction; caseId?: string | null }; result: null };
}

export type CommandName = keyof Commands;

/** Every command's name, as the hosts know them. */
export const COMMAND_NAMES = [
  'workspace_status',
  'open_demo_workspace',
  'move_cache_aside',
  'list_views',
  'list_cases',
  'get_case',
  'search_cases',
  'save_draft',
  'set_ui_language',
  'ui_ready',
  'show_main_window',
  'list_macros',
  'macro_pack_status',
  'set_macro_pack_dir',
  'get_reply_context',
  'set_reply_language',
  'render_reply',
  'reply_signature',
  'check_draft_language',
  'send_reply',
  'set_agent_gender',
  'list_signatures',
  'set_signature',
  'format_money',
  'format_date',
  'update_case',
  'escalate_case',
  'list_case_choices',
  'open_attachment',
  'follow_up_escalation',
  'resolve_escalation',
  'solve_case',
  'link_cases',
  'merge_cases',
  'list_root_causes',
  'list_escalations',
  'due_reminders',
  'show_reminder',
  'get_sync_status',
  'sync_now',
  'set_sync_paused',
  'list_outbox',
  'retry_outbox_item',
  'discard_outbox_item',
  'resolve_conflict',
  'get_connection',
  'test_connection',
  'save_connection',
  'forget_connection',
  'demo_simulate',
] as const satisfies readonly CommandName[];

/** How a transport sends one command and hands back its result (or rejects). */
export type Invoke = <K extends CommandName>(command: K, args: Commands[K]['args']) => Promise<Commands[K]['result']>;

/** One method per command. */
export interface CommandClient {
  /**
   * The workspace as the status bar and the first screen need it.
   */
  workspace_status(): Promise<WorkspaceStatus>;
  /**
   * Fill an empty cache from the demo's simulated CRM and keep syncing with it (so offline
   * and conflicts can be tried); resolves once the cases are in the cache. If the simulated
   * CRM cannot start, the demo cases are written directly instead.
   */
  open_demo_workspace(): Promise<WorkspaceStatus>;
  /**
   * Keep a damaged (or too new, or foreign) cache under a new name and start a fresh one.
   */
  move_cache_aside(): Promise<WorkspaceStatus>;
  /**
   * Every built-in view with how many cases it holds now.
   */
  list_views(): Promise<Array<ViewCount>>;
  /**
   * A window of a view: `limit` <= 500; `total` is the number of cases in the whole view.
   */
  list_cases(args: Commands['list_cases']['args']): Promise<CasePage>;
  /**
   * A case with its messages, oldest first. NOT_FOUND for an unknown id.
   */
  get_case(args: Commands['get_case']['args']): Promise<CaseDetail>;
  /**
   * Search subjects and messages, newest first. INVALID_INPUT for a blank query.
   */
  search_cases(args: Commands['search_cases']['args']): Promise<Array<SearchHit>>;
  /**
   * Keep the agent's unsent reply; a blank body deletes the draft (and resolves to null).
   */
  save_draft(args: Commands['save_draft']['args']): Promise<Draft | null>;
  /**
   * The agent's UI language.
   */
  set_ui_language(args: Commands['set_ui_language']['args']): Promise<WorkspaceStatus>;
  /**
   * Once, at the first visible frame of the inbox, with the page's own milestones; the
   * startup benchmark reads the line it prints (`POLYDESK_REPORT_READY=1`).
   */
  ui_ready(args: Commands['ui_ready']['args']): Promise<null>;
  /**
   * The page asks this once its first screen is drawn: the window starts hidden so that it
   * never shows an empty frame. Showing it also lets the sync start.
   */
  show_main_window(): Promise<null>;
  /**
   * Every macro, its title in `lang` (falling back along that locale's chain).
   */
  list_macros(args: Commands['list_macros']['args']): Promise<Array<MacroSummary>>;
  /**
   * The team macro pack in use, and any problems in its files.
   */
  macro_pack_status(): Promise<MacroPackStatus>;
  /**
   * Use (or, with null, stop using) a team macro pack folder; it is watched and reloaded.
   * INVALID_INPUT if it is not a folder.
   */
  set_macro_pack_dir(args: Commands['set_macro_pack_dir']['args']): Promise<MacroPackStatus>;
  /**
   * The reply language suggestion and the variables prefilled from the case and the agent.
   */
  get_reply_context(args: Commands['get_reply_context']['args']): Promise<ReplyContext>;
  /**
   * The agent's choice of reply language for a case (it sticks over suggestions).
   */
  set_reply_language(args: Commands['set_reply_language']['args']): Promise<ReplyContext>;
  /**
   * Macro `macro_id` in `lang` (or the next locale of its fallback chain, reported in
   * `fallback`). TEMPLATE naming missing variables, INVALID_INPUT for an unknown macro.
   */
  render_reply(args: Commands['render_reply']['args']): Promise<RenderedReply>;
  /**
   * The agent's signature in `lang`.
   */
  reply_signature(args: Commands['reply_signature']['args']): Promise<string>;
  /**
   * The draft's detected locale (or language) when it differs from `lang`; null when it
   * matches.
   */
  check_draft_language(args: Commands['check_draft_language']['args']): Promise<string | null>;
  /**
   * Queue a reply or note: `queued` with the message (delivery `queued`; the draft is
   * cleared) — unless the case changed since `seen` (what the agent was looking at) and
   * `send_anyway` is false: then nothing is queued and `case-changed` lists what changed.
   * The status and tags of `macro_id` (the macro the reply was written with) are queued
   * with it, in the same transaction. A macro that solves the case is held to what solving
   * asks: ROOT_CAUSE_REQUIRED without a root cause, ESCALATION_OPEN without the open
   * escalation's outcome (nothing is queued); `root_cause` and `outcome` give them.
   */
  send_reply(args: Commands['send_reply']['args']): Promise<SendOutcome>;
  /**
   * The agent's grammatical gender (Portuguese thanks agree with it).
   */
  set_agent_gender(args: Commands['set_agent_gender']['args']): Promise<null>;
  /**
   * The agent's signature for every reply locale: their own text, and what replies end
   * with now.
   */
  list_signatures(): Promise<Array<AgentSignature>>;
  /**
   * Set the agent's own signature in `lang` (blank: the library's). INVALID_INPUT over
   * 2,000 characters.
   */
  set_signature(args: Commands['set_signature']['args']): Promise<Array<AgentSignature>>;
  /**
   * An amount (`1234.5`) in a currency as the reply locale writes it.
   */
  format_money(args: Commands['format_money']['args']): Promise<string>;
  /**
   * A date (`2026-11-22`) as the reply locale writes it in a sentence.
   */
  format_date(args: Commands['format_date']['args']): Promise<string>;
  /**
   * Queue field changes; resolves to the case with them shown (the local overlay).
   */
  update_case(args: Commands['update_case']['args']): Promise<CaseDetail>;
  /**
   * Queue an escalation (group, the `escalated` tag, priority, the reason as a note).
   * INVALID_INPUT without a team or a reason.
   */
  escalate_case(args: Commands['escalate_case']['args']): Promise<CaseDetail>;
  /**
   * The teams and agents the cache knows (for the field editor and escalations).
   */
  list_case_choices(): Promise<CaseChoices>;
  /**
   * Download a message's attachment (once; kept in the data folder) and open it with the
   * computer's default app. Resolves to where the file is. OFFLINE when it was never
   * downloaded and the CRM cannot be reached.
   */
  open_attachment(args: Commands['open_attachment']['args']): Promise<string>;
  /**
   * Note a follow-up on the case's open escalation and move its due time.
   * INVALID_INPUT without a note or an open escalation.
   */
  follow_up_escalation(args: Commands['follow_up_escalation']['args']): Promise<CaseDetail>;
  /**
   * Close an escalation's loop with its outcome (`escalation_id` as `CASE_ID:N`).
   * INVALID_INPUT without an outcome or when it is already resolved.
   */
  resolve_escalation(args: Commands['resolve_escalation']['args']): Promise<CaseDetail>;
  /**
   * Solve a case. ROOT_CAUSE_REQUIRED without a root cause (when the team requires one);
   * ESCALATION_OPEN while an escalation is open and no outcome is given.
   */
  solve_case(args: Commands['solve_case']['args']): Promise<CaseDetail>;
  /**
   * Link two cases that are about the same problem: a note on each naming the other (in
   * Request Tracker each also refers to the other). INVALID_INPUT for the same case twice
   * or cases from different CRMs.
   */
  link_cases(args: Commands['link_cases']['args']): Promise<CaseDetail>;
  /**
   * Merge a duplicate case into another (Zendesk's ticket merge: the case is closed with
   * a note naming the other). INVALID_INPUT for Request Tracker cases (link them) and
   * solved or closed ones; ESCALATION_OPEN while the case has an open escalation.
   */
  merge_cases(args: Commands['merge_cases']['args']): Promise<CaseDetail>;
  /**
   * The root causes to choose from (the data folder's `root-causes.toml`, else the
   * shipped ones), in the file's order.
   */
  list_root_causes(): Promise<Array<RootCause>>;
  /**
   * Escalations, the soonest due first (only open ones with `open_only`).
   */
  list_escalations(args: Commands['list_escalations']['args']): Promise<Array<CaseEscalation>>;
  /**
   * Reminders due now and not shown yet (escalations due for follow-up, cases about to
   * breach their SLA), the soonest due first. The page asks every half minute.
   */
  due_reminders(): Promise<Array<Reminder>>;
  /**
   * Show a reminder: remembered as shown (it does not come again) and, when `title` is
   * given, as a desktop notification with the page's words. Returns whether the desktop
   * showed it. NOT_FOUND for a reminder no longer due.
   */
  show_reminder(args: Commands['show_reminder']['args']): Promise<boolean>;
  /**
   * Where sync stands (the status bar).
   */
  get_sync_status(): Promise<SyncStatus>;
  /**
   * Start a sync now (the status arrives as `sync-status` events).
   */
  sync_now(): Promise<null>;
  /**
   * "Work offline": changes keep queueing, nothing is sent or fetched.
   */
  set_sync_paused(args: Commands['set_sync_paused']['args']): Promise<SyncStatus>;
  /**
   * Everything not yet in the CRM, oldest first.
   */
  list_outbox(): Promise<Array<OutboxItem>>;
  /**
   * Try a failed, refused or conflicting item again at the next sync.
   */
  retry_outbox_item(args: Commands['retry_outbox_item']['args']): Promise<null>;
  /**
   * Take an item out of the outbox for good; resolves to the text of a reply or note.
   */
  discard_outbox_item(args: Commands['discard_outbox_item']['args']): Promise<string | null>;
  /**
   * Settle a conflict: a choice for every field in it.
   */
  resolve_conflict(args: Commands['resolve_conflict']['args']): Promise<null>;
  /**
   * The CRM this workspace syncs with, if one is set up.
   */
  get_connection(): Promise<ConnectionSettings | null>;
  /**
   * Try the settings (a null secret: the one in the OS keychain). INVALID_INPUT for a bad
   * address; a CRM that answers wrongly is reported in the result, by kind.
   */
  test_connection(args: Commands['test_connection']['args']): Promise<ConnectionTest>;
  /**
   * Keep the settings, and the secret in the OS keychain (KEYCHAIN when it can't), and
   * sync with them.
   */
  save_connection(args: Commands['save_connection']['args']): Promise<SyncStatus>;
  /**
   * Stop syncing and forget the settings and the secret; the cache and the outbox stay.
   */
  forget_connection(): Promise<SyncStatus>;
  /**
   * Demo workspace only: act on the built-in simulated CRM.
   */
  demo_simulate(args: Commands['demo_simulate']['args']): Promise<null>;
}

/** The client over a transport. */
export function commandClient(invoke: Invoke): CommandClient {
  return {
    workspace_status: () => invoke('workspace_status', {}),
    open_demo_workspace: () => invoke('open_demo_workspace', {}),
    move_cache_aside: () => invoke('move_cache_aside', {}),
    list_views: () => invoke('list_views', {}),
    list_cases: (args) => invoke('list_cases', args),
    get_case: (args) => invoke('get_case', args),
    search_cases: (args) => invoke('search_cases', args),
    save_draft: (args) => invoke('save_draft', args),
    set_ui_language: (args) => invoke('set_ui_language', args),
    ui_ready: (args) => invoke('ui_ready', args),
    show_main_window: () => invoke('show_main_window', {}),
    list_macros: (args) => invoke('list_macros', args),
    macro_pack_status: () => invoke('macro_pack_status', {}),
    set_macro_pack_dir: (args) => invoke('set_macro_pack_dir', args),
    get_reply_context: (args) => invoke('get_reply_context', args),
    set_reply_language: (args) => invoke('set_reply_language', args),
    render_reply: (args) => invoke('render_reply', args),
    reply_signature: (args) => invoke('reply_signature', args),
    check_draft_language: (args) => invoke('check_draft_language', args),
    send_reply: (args) => invoke('send_reply', args),
    set_agent_gender: (args) => invoke('set_agent_gender', args),
    list_signatures: () => invoke('list_signatures', {}),
    set_signature: (args) => invoke('set_signature', args),
    format_money: (args) => invoke('format_money', args),
    format_date: (args) => invoke('format_date', args),
    update_case: (args) => invoke('update_case', args),
    escalate_case: (args) => invoke('escalate_case', args),
    list_case_choices: () => invoke('list_case_choices', {}),
    open_attachment: (args) => invoke('open_attachment', args),
    follow_up_escalation: (args) => invoke('follow_up_escalation', args),
    resolve_escalation: (args) => invoke('resolve_escalation', args),
    solve_case: (args) => invoke('solve_case', args),
    link_cases: (args) => invoke('link_cases', args),
    merge_cases: (args) => invoke('merge_cases', args),
    list_root_causes: () => invoke('list_root_causes', {}),
    list_escalations: (args) => invoke('list_escalations', args),
    due_reminders: () => invoke('due_reminders', {}),
    show_reminder: (args) => invoke('show_reminder', args),
    get_sync_status: () => invoke('get_sync_status', {}),
    sync_now: () => invoke('sync_now', {}),
    set_sync_paused: (args) => invoke('set_sync_paused', args),
    list_outbox: () => invoke('list_outbox', {}),
    retry_outbox_item: (args) => invoke('retry_outbox_item', args),
    discard_outbox_item: (args) => invoke('discard_outbox_item', args),
    resolve_conflict: (args) => invoke('resolve_conflict', args),
    get_connection: () => invoke('get_connection', {}),
    test_connection: (args) => invoke('test_connection', args),
    save_connection: (args) => invoke('save_connection', args),
    forget_connection: () => invoke('forget_connection', {}),
    demo_simulate: (args) => invoke('demo_simulate', args),
  };
}

/** What the core tells the UI without being asked, with each event's payload. */
export interface Events {
  /**
   * The sync status, whenever sync moves on.
   */
  'sync-status': SyncStatus;
  /**
   * A pull changed cases in the cache: counts, lists and the open case may be stale.
   */
  'cases-changed': null;
  /**
   * The team macro pack changed on disk (the library was reloaded).
   */
  'macros-changed': null;
}

export type EventName = keyof Events;

export const EVENT_NAMES = ['sync-status', 'cases-changed', 'macros-changed'] as const satisfies readonly EventName[];
