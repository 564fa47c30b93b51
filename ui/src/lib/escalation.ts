// Escalations and solving, as the case view needs them. Pure: the case, the time and the
// language are inputs.
import type { CaseDetail } from './generated/CaseDetail';
import type { CaseEscalation } from './generated/CaseEscalation';
import type { RootCause } from './generated/RootCause';
import type { Status } from './generated/Status';
import type { UiLanguage } from './i18n/fluent';

/** The case's open escalation (the latest, if several were ever open). */
export function openEscalation(detail: Pick<CaseDetail, 'escalations'>): CaseEscalation | null {
  let open: CaseEscalation | null = null;
  for (const e of detail.escalations) if (e.state === 'open') open = e;
  return open;
}

/** Whether moving a case to `status` solves it (and so goes through the solve dialog). */
export function solves(status: Status): boolean {
  return status === 'solved' || status === 'closed';
}

/** Whether the escalation is past its due time: its reminder shows. */
export function isDue(escalation: CaseEscalation, now: number): boolean {
  if (escalation.state !== 'open' || escalation.due_at === null) return false;
  const due = Date.parse(escalation.due_at);
  return !Number.isNaN(due) && due <= now;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A `datetime-local` input's value for an instant, in the computer's time zone. */
export function localInputValue(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant (RFC 3339, UTC) a `datetime-local` value names; null when it names none. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A root cause's title in the agent's UI language. */
export function rootCauseTitle(cause: RootCause, language: UiLanguage): string {
  return cause[language];
}

/** Root causes by group, in the taxonomy's order (groups in the order they first appear). */
export function byGroup(causes: readonly RootCause[]): [string, RootCause[]][] {
  const groups = new Map<string, RootCause[]>();
  for (const c of causes) {
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  return [...groups];
}
