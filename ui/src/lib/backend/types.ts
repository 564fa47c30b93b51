import type { AgentSignature } from '../generated/AgentSignature';
import type { CaseChoices } from '../generated/CaseChoices';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CaseEdit } from '../generated/CaseEdit';
import type { CasePage } from '../generated/CasePage';
import type { ConflictResolution } from '../generated/ConflictResolution';
import type { ConnectionSettings } from '../generated/ConnectionSettings';
import type { ConnectionTest } from '../generated/ConnectionTest';
import type { Escalation } from '../generated/Escalation';
import type { Draft } from '../generated/Draft';
import type { MacroPackStatus } from '../generated/MacroPackStatus';
import type { MacroSummary } from '../generated/MacroSummary';
import type { OutboxItem } from '../generated/OutboxItem';
import type { PageStartup } from '../generated/PageStartup';
import type { OutgoingReply } from '../generated/OutgoingReply';
import type { RenderedReply } from '../generated/RenderedReply';
import type { ReplyArgs } from '../generated/ReplyArgs';
import type { ReplyContext } from '../generated/ReplyContext';
import type { ReplyLanguage } from '../generated/ReplyLanguage';
import type { ErrorCode } from '../generated/ErrorCode';
import type { ErrorPayload } from '../generated/ErrorPayload';
import type { SearchHit } from '../generated/SearchHit';
import type { SeenCase } from '../generated/SeenCase';
import type { SendOutcome } from '../generated/SendOutcome';
import type { SyncStatus } from '../generated/SyncStatus';
import type { ViewCount } from '../generated/ViewCount';
import type { ViewSlug } from '../generated/ViewSlug';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';

import type { UiLanguage } from '../i18n/fluent';

export type { UiLanguage };


/**
 * Every command the UI may send to the Rust side, named as the Rust commands are.
 * Argument objects use camelCase keys; Tauri maps them onto snake_case parameters.
 */
export interface Backend {
  /**
   * The status the shell handed the page before its scripts ran, once (later calls and
   * reloads: null). The first screen renders from it while `workspace_status` is asked.
   */
  initial_status(): WorkspaceStatus | null;
  workspace_status(): Promise<WorkspaceStatus>;
  open_demo_workspace(): Promise<WorkspaceStatus>;
  move_cache_aside(): Promise<WorkspaceStatus>;
  list_views(): Promise<ViewCount[]>;
  /** `limit` <= 500; `total` is the number of cases in the whole view. */
  list_cases(args: { view: ViewSlug; offset: number; limit: number }): Promise<CasePage>;
  /** Messages oldest first. Rejects with NOT_FOUND for an unknown id. */
  get_case(args: { id: string }): Promise<CaseDetail>;
  /** Newest first. Rejects with INVALID_INPUT on a blank query. */
  search_cases(args: { query: string; limit: number }): Promise<SearchHit[]>;
  /** A blank body deletes the draft (and resolves to null). */
  save_draft(args: { caseId: string; body: string }): Promise<Draft | null>;
  set_ui_language(args: { tag: UiLanguage }): Promise<WorkspaceStatus>;
  /** Once, at the first visible frame of the inbox's case list (a startup benchmark waits for it). */
  ui_ready(args: { page: PageStartup }): Promise<void>;
  /** Shows the main window, which starts hidden until the first screen is drawn. */
  show_main_window(): Promise<void>;

  // --- Reply composer ---
  /** Every macro, its title in `lang` (falling back along that locale's chain). */
  list_macros(args: { lang: ReplyLanguage }): Promise<MacroSummary[]>;
  /** The reply language suggestion and the variables prefilled from the case and the agent. */
  get_reply_context(args: { caseId: string }): Promise<ReplyContext>;
  /** The agent's choice of reply language for a case (it sticks over suggestions). */
  set_reply_language(args: { caseId: string; lang: ReplyLanguage }): Promise<ReplyContext>;
  /**
   * Macro `macroId` in `lang` (or the next locale of its fallback chain, reported in `fallback`).
   * Rejects with TEMPLATE naming missing variables, INVALID_INPUT for an unknown macro.
   */
  render_reply(args: { macroId: string; lang: ReplyLanguage; args: ReplyArgs }): Promise<RenderedReply>;
  /** The agent's signature in `lang`. */
  reply_signature(args: { lang: ReplyLanguage; args: ReplyArgs }): Promise<string>;
  /** The agent's signature for every reply locale: their own text, and what replies end with now. */
  list_signatures(): Promise<AgentSignature[]>;
  /** Set the agent's own signature in `lang` (blank: the library's). INVALID_INPUT over 2,000 characters. */
  set_signature(args: { lang: ReplyLanguage; text: string }): Promise<AgentSignature[]>;
  /** The draft's detected locale (or language) when it differs from `lang`; null when it matches. */
  check_draft_language(args: { text: string; lang: ReplyLanguage }): Promise<string | null>;
  /**
   * Queue a reply or note: `queued` with the message (delivery `queued`; the draft is cleared) —
   * unless the case changed since `seen` (what the agent was looking at) and `sendAnyway` is
   * false: then nothing is queued and `case-changed` lists what changed.
   */
  send_reply(args: {
    reply: OutgoingReply;
    seen: SeenCase | null;
    sendAnyway: boolean;
    /** The macro the reply was written with: its status and tags follow the reply. */
    macroId?: string | null;
  }): Promise<SendOutcome>;
  /**
   * Download a message's attachment (once; kept locally) and open it with the computer's
   * default app. Resolves to where the file is. SYNC when it was never downloaded and the
   * CRM cannot be reached.
   */
  open_attachment(args: { caseId: string; messageId: string; attachmentId: string }): Promise<string>;
  /** The agent's grammatical gender (Portuguese thanks agree with it). */
  set_agent_gender(args: { gender: AgentGender }): Promise<void>;
  macro_pack_status(): Promise<MacroPackStatus>;
  /** Use (or, with null, stop using) a team macro pack folder. INVALID_INPUT if not a folder. */
  set_macro_pack_dir(args: { dir: string | null }): Promise<MacroPackStatus>;
  /** `amount` like `1234.5`, `currency` one of CURRENCIES, as the reply locale writes it. */
  format_money(args: { amount: string; currency: string; lang: ReplyLanguage }): Promise<string>;
  /** `date` as `YYYY-MM-DD`, as the reply locale writes it in a sentence. */
  format_date(args: { date: string; lang: ReplyLanguage }): Promise<string>;
  /** Calls `cb` whenever the team macro pack changes on disk; resolves to an unsubscribe. */
  onMacrosChanged(cb: () => void): Promise<() => void>;

  // --- Case fields, escalation, outbox ---
  /** Queue field changes; resolves to the case with them shown (the local overlay). */
  update_case(args: { caseId: string; edit: CaseEdit }): Promise<CaseDetail>;
  /** Queue an escalation (group, `escalated` tag, priority, the reason as a note). INVALID_INPUT without a team or reason. */
  escalate_case(args: { escalation: Escalation }): Promise<CaseDetail>;
  /** The teams and agents the cache knows (for the field editor and escalations). */
  list_case_choices(): Promise<CaseChoices>;
  /** Everything not yet in the CRM, oldest first. */
  list_outbox(): Promise<OutboxItem[]>;
  /** Try a failed or rejected item again at the next sync. */
  retry_outbox_item(args: { id: string }): Promise<void>;
  /** Take an item out of the outbox for good; resolves to the text of a reply or note. */
  discard_outbox_item(args: { id: string }): Promise<string | null>;
  /** Settle a conflict: a choice for every field in it. */
  resolve_conflict(args: { id: string; choices: ConflictResolution[] }): Promise<void>;

  // --- Sync and the CRM connection ---
  get_sync_status(): Promise<SyncStatus>;
  /** Start a sync now (the status arrives through `onSyncStatus`). */
  sync_now(): Promise<void>;
  /** "Work offline": changes keep queueing, nothing is sent or fetched. */
  set_sync_paused(args: { paused: boolean }): Promise<SyncStatus>;
  /** The CRM this workspace syncs with, if one is set up. */
  get_connection(): Promise<ConnectionSettings | null>;
  /** Try the settings (a null secret: the one in the OS keychain). INVALID_INPUT for a bad address. */
  test_connection(args: { settings: ConnectionSettings; secret: string | null }): Promise<ConnectionTest>;
  /** Keep the settings, and the secret in the OS keychain (KEYCHAIN when it can't), and sync. */
  save_connection(args: { settings: ConnectionSettings; secret: string | null }): Promise<SyncStatus>;
  /** Stop syncing and forget the settings and the secret; the cache and the outbox stay. */
  forget_connection(): Promise<SyncStatus>;
  /** Demo workspace only: act on the built-in simulated CRM. */
  demo_simulate(args: { action: DemoAction; caseId: string | null }): Promise<void>;
  /** Calls `cb` with every new sync status; resolves to an unsubscribe. */
  onSyncStatus(cb: (status: SyncStatus) => void): Promise<() => void>;
  /** Calls `cb` when a pull changed the cache (counts, lists and the open case may be stale). */
  onCasesChanged(cb: () => void): Promise<() => void>;
}

export type DemoAction = 'network-down' | 'network-up' | 'colleague-edit';

export type AgentGender = 'female' | 'male' | 'unknown';

/** The event the Rust side emits when the team macro pack folder changes. */
export const MACROS_CHANGED_EVENT = 'macros-changed';
/** Emitted with a SyncStatus whenever sync moves on. */
export const SYNC_STATUS_EVENT = 'sync-status';
/** Emitted (no payload) when a pull changed cases in the cache. */
export const CASES_CHANGED_EVENT = 'cases-changed';

/** A code the backend never sends: the command failed in a way it did not describe. */
export type BackendErrorCode = ErrorCode | 'UNKNOWN';

const ERROR_CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  NOT_FOUND: true,
  CACHE_CORRUPT: true,
  CACHE_LOCKED: true,
  CACHE_TOO_NEW: true,
  TEMPLATE: true,
  SYNC: true,
  STORAGE: true,
  KEYCHAIN: true,
};

/** A rejected command. Branch on `code`, never on `message` (English, for logs). */
export class BackendError extends Error {
  readonly code: BackendErrorCode;

  constructor(code: BackendErrorCode, message: string) {
    super(message);
    this.name = 'BackendError';
    this.code = code;
  }

  /** Wrap whatever a command rejected with. */
  static from(raw: unknown): BackendError {
    if (raw instanceof BackendError) return raw;
    if (isErrorPayload(raw)) return new BackendError(raw.code, raw.message);
    const message = raw instanceof Error ? raw.message : String(raw);
    return new BackendError('UNKNOWN', message);
  }
}

export function isErrorPayload(raw: unknown): raw is ErrorPayload {
  if (typeof raw !== 'object' || raw === null) return false;
  const { code, message } = raw as Record<string, unknown>;
  return typeof code === 'string' && code in ERROR_CODES && typeof message === 'string';
}

export function isCacheError(code: BackendErrorCode): boolean {
  return code === 'CACHE_CORRUPT' || code === 'CACHE_LOCKED' || code === 'CACHE_TOO_NEW';
}
