// A sync failure in the agent's words, by its code (never by its message): what happened
// and what Polydesk or the agent does about it, with the CRM's own words as the detail.
// Pure: no DOM, no backend.
import type { ErrorPayload } from './generated/ErrorPayload';
import { ERROR_IDS } from './labels';

export interface ProblemText {
  /** The message id to show, and its arguments. */
  id: string;
  args: Record<string, string>;
  /** The code, for `data-code`. */
  code: ErrorPayload['code'];
  /** What the CRM or the cache said (shown smaller, for the curious and for support). */
  detail: string;
}

/**
 * `error` as the status bar, the outbox and the connection form show it. `formatTime`
 * writes an RFC 3339 time in the UI language (a rate limit's "until").
 */
export function problemText(error: ErrorPayload, formatTime: (iso: string) => string): ProblemText {
  if (error.code === 'RATE_LIMITED' && error.retry_at) {
    return { id: 'error-rate-limited-until', args: { until: formatTime(error.retry_at) }, code: error.code, detail: error.message };
  }
  return { id: ERROR_IDS[error.code], args: {}, code: error.code, detail: error.message };
}
