// The only module that talks to Tauri.
import { invoke } from '@tauri-apps/api/core';
import type { CaseDetail } from '../generated/CaseDetail';
import type { CasePage } from '../generated/CasePage';
import type { Draft } from '../generated/Draft';
import type { SearchHit } from '../generated/SearchHit';
import type { ViewCount } from '../generated/ViewCount';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { BackendError, type Backend } from './types';

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
};
