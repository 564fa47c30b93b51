import type { CommandClient, EventName, Events } from '../generated/commands';
import type { ErrorCode } from '../generated/ErrorCode';
import type { ErrorPayload } from '../generated/ErrorPayload';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';
import { ERROR_CODES } from '../generated/choices';

export type { AgentGender } from '../generated/AgentGender';
export type { DemoAction } from '../generated/DemoAction';
export type { UiLanguage } from '../generated/UiLanguage';

/**
 * Everything the UI may ask of the core: one method per command (generated from the
 * Rust declarations, `ui/src/lib/generated/commands.ts`), the events, and the state the
 * shell handed the page before its scripts ran.
 */
export interface Backend extends CommandClient {
  /**
   * The status the shell handed the page before its scripts ran, once (later calls and
   * reloads: null). The first screen renders from it while `workspace_status` is asked.
   */
  initial_status(): WorkspaceStatus | null;
  /** Calls `cb` with every `event`; resolves to an unsubscribe. */
  listen<E extends EventName>(event: E, cb: (payload: Events[E]) => void): Promise<() => void>;
}

/** How a transport carries events: subscribe to one, get an unsubscribe back. */
export type Listen = <E extends EventName>(event: E, cb: (payload: Events[E]) => void) => Promise<() => void>;

/** A code the backend never sends: the command failed in a way it did not describe. */
export type BackendErrorCode = ErrorCode | 'UNKNOWN';

/** A rejected command. Branch on `code`, never on `message` (English, for logs). */
export class BackendError extends Error {
  readonly code: BackendErrorCode;
  /** `RATE_LIMITED`: when the CRM said to try again (RFC 3339), when it said. */
  readonly retryAt: string | null;

  constructor(code: BackendErrorCode, message: string, retryAt: string | null = null) {
    super(message);
    this.name = 'BackendError';
    this.code = code;
    this.retryAt = retryAt;
  }

  /** Wrap whatever a command rejected with. */
  static from(raw: unknown): BackendError {
    if (raw instanceof BackendError) return raw;
    if (isErrorPayload(raw)) return new BackendError(raw.code, raw.message, raw.retry_at ?? null);
    const message = raw instanceof Error ? raw.message : String(raw);
    return new BackendError('UNKNOWN', message);
  }
}

export function isErrorPayload(raw: unknown): raw is ErrorPayload {
  if (typeof raw !== 'object' || raw === null) return false;
  const { code, message } = raw as Record<string, unknown>;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) && typeof message === 'string';
}

export function isCacheError(code: BackendErrorCode): boolean {
  return code === 'CACHE_CORRUPT' || code === 'CACHE_LOCKED' || code === 'CACHE_TOO_NEW';
}
