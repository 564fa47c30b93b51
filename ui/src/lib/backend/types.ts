import type { CaseDetail } from '../generated/CaseDetail';
import type { CasePage } from '../generated/CasePage';
import type { Draft } from '../generated/Draft';
import type { ErrorCode } from '../generated/ErrorCode';
import type { ErrorPayload } from '../generated/ErrorPayload';
import type { SearchHit } from '../generated/SearchHit';
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
  /** Once, when the inbox has first rendered its case list (a startup benchmark waits for it). */
  ui_ready(): Promise<void>;
}

/** A code the backend never sends: the command failed in a way it did not describe. */
export type BackendErrorCode = ErrorCode | 'UNKNOWN';

const ERROR_CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  NOT_FOUND: true,
  CACHE_CORRUPT: true,
  CACHE_LOCKED: true,
  CACHE_TOO_NEW: true,
  TEMPLATE: true,
  STORAGE: true,
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
