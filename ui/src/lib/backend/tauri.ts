// The only module that talks to Tauri.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { AgentSignature } from '../generated/AgentSignature';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CasePage } from '../generated/CasePage';
import type { Draft } from '../generated/Draft';
import type { MacroPackStatus } from '../generated/MacroPackStatus';
import type { MacroSummary } from '../generated/MacroSummary';
import type { Message } from '../generated/Message';
import type { RenderedReply } from '../generated/RenderedReply';
import type { ReplyContext } from '../generated/ReplyContext';
import type { SearchHit } from '../generated/SearchHit';
import type { ViewCount } from '../generated/ViewCount';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { BackendError, MACROS_CHANGED_EVENT, type Backend } from './types';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw BackendError.from(raw);
  }
}

export const tauriBackend: Backend = {
  workspace_status: () => call<WorkspaceStatus>('workspace_status'),
  open_demo_workspace: () => call<WorkspaceStatus>('open_demo_workspace'),
  move_cache_aside: () => call<WorkspaceStatus>('move_cache_aside'),
  list_views: () => call<ViewCount[]>('list_views'),
  list_cases: (args) => call<CasePage>('list_cases', args),
  get_case: (args) => call<CaseDetail>('get_case', args),
  search_cases: (args) => call<SearchHit[]>('search_cases', args),
  save_draft: (args) => call<Draft | null>('save_draft', args),
  set_ui_language: (args) => call<WorkspaceStatus>('set_ui_language', args),
  ui_ready: () => call<void>('ui_ready'),
  list_macros: (args) => call<MacroSummary[]>('list_macros', args),
  get_reply_context: (args) => call<ReplyContext>('get_reply_context', args),
  set_reply_language: (args) => call<ReplyContext>('set_reply_language', args),
  render_reply: (args) => call<RenderedReply>('render_reply', args),
  reply_signature: (args) => call<string>('reply_signature', args),
  list_signatures: () => call<AgentSignature[]>('list_signatures'),
  set_signature: (args) => call<AgentSignature[]>('set_signature', args),
  check_draft_language: (args) => call<string | null>('check_draft_language', args),
  send_reply: (args) => call<Message>('send_reply', args),
  set_agent_gender: (args) => call<void>('set_agent_gender', args),
  macro_pack_status: () => call<MacroPackStatus>('macro_pack_status'),
  set_macro_pack_dir: (args) => call<MacroPackStatus>('set_macro_pack_dir', args),
  format_money: (args) => call<string>('format_money', args),
  format_date: (args) => call<string>('format_date', args),
  onMacrosChanged: (cb) => listen(MACROS_CHANGED_EVENT, () => cb()),
};
