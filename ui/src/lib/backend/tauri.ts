// The only module that talks to Tauri.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { AgentSignature } from '../generated/AgentSignature';
import type { CaseChoices } from '../generated/CaseChoices';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CasePage } from '../generated/CasePage';
import type { ConnectionSettings } from '../generated/ConnectionSettings';
import type { ConnectionTest } from '../generated/ConnectionTest';
import type { Draft } from '../generated/Draft';
import type { MacroPackStatus } from '../generated/MacroPackStatus';
import type { MacroSummary } from '../generated/MacroSummary';
import type { OutboxItem } from '../generated/OutboxItem';
import type { RenderedReply } from '../generated/RenderedReply';
import type { ReplyContext } from '../generated/ReplyContext';
import type { SearchHit } from '../generated/SearchHit';
import type { SendOutcome } from '../generated/SendOutcome';
import type { SyncStatus } from '../generated/SyncStatus';
import type { ViewCount } from '../generated/ViewCount';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import {
  BackendError,
  CASES_CHANGED_EVENT,
  MACROS_CHANGED_EVENT,
  SYNC_STATUS_EVENT,
  type Backend,
} from './types';
import { takeFirstPage, takeStatus } from './early-state';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw BackendError.from(raw);
  }
}


export const tauriBackend: Backend = {
  initial_status: () => takeStatus(window),
  workspace_status: () => call<WorkspaceStatus>('workspace_status'),
  open_demo_workspace: () => call<WorkspaceStatus>('open_demo_workspace'),
  move_cache_aside: () => call<WorkspaceStatus>('move_cache_aside'),
  list_views: () => call<ViewCount[]>('list_views'),
  list_cases: (args) => {
    const early = takeFirstPage(window, args);
    return early ? Promise.resolve(early) : call<CasePage>('list_cases', args);
  },
  get_case: (args) => call<CaseDetail>('get_case', args),
  search_cases: (args) => call<SearchHit[]>('search_cases', args),
  save_draft: (args) => call<Draft | null>('save_draft', args),
  set_ui_language: (args) => call<WorkspaceStatus>('set_ui_language', args),
  ui_ready: (args) => call<void>('ui_ready', args),
  show_main_window: () => call<void>('show_main_window'),
  list_macros: (args) => call<MacroSummary[]>('list_macros', args),
  get_reply_context: (args) => call<ReplyContext>('get_reply_context', args),
  set_reply_language: (args) => call<ReplyContext>('set_reply_language', args),
  render_reply: (args) => call<RenderedReply>('render_reply', args),
  reply_signature: (args) => call<string>('reply_signature', args),
  list_signatures: () => call<AgentSignature[]>('list_signatures'),
  set_signature: (args) => call<AgentSignature[]>('set_signature', args),
  check_draft_language: (args) => call<string | null>('check_draft_language', args),
  send_reply: (args) => call<SendOutcome>('send_reply', args),
  set_agent_gender: (args) => call<void>('set_agent_gender', args),
  macro_pack_status: () => call<MacroPackStatus>('macro_pack_status'),
  set_macro_pack_dir: (args) => call<MacroPackStatus>('set_macro_pack_dir', args),
  format_money: (args) => call<string>('format_money', args),
  format_date: (args) => call<string>('format_date', args),
  onMacrosChanged: (cb) => listen(MACROS_CHANGED_EVENT, () => cb()),
  update_case: (args) => call<CaseDetail>('update_case', args),
  open_attachment: (args) => call<string>('open_attachment', args),
  escalate_case: (args) => call<CaseDetail>('escalate_case', args),
  list_case_choices: () => call<CaseChoices>('list_case_choices'),
  list_outbox: () => call<OutboxItem[]>('list_outbox'),
  retry_outbox_item: (args) => call<void>('retry_outbox_item', args),
  discard_outbox_item: (args) => call<string | null>('discard_outbox_item', args),
  resolve_conflict: (args) => call<void>('resolve_conflict', args),
  get_sync_status: () => call<SyncStatus>('get_sync_status'),
  sync_now: () => call<void>('sync_now'),
  set_sync_paused: (args) => call<SyncStatus>('set_sync_paused', args),
  get_connection: () => call<ConnectionSettings | null>('get_connection'),
  // The secret goes straight to Rust (and the OS keychain); nothing here keeps or logs it.
  test_connection: (args) => call<ConnectionTest>('test_connection', args),
  save_connection: (args) => call<SyncStatus>('save_connection', args),
  forget_connection: () => call<SyncStatus>('forget_connection'),
  demo_simulate: (args) => call<void>('demo_simulate', args),
  onSyncStatus: (cb) => listen<SyncStatus>(SYNC_STATUS_EVENT, (e) => cb(e.payload)),
  onCasesChanged: (cb) => listen(CASES_CHANGED_EVENT, () => cb()),
};
