// The outbox view's pure logic: items grouped by state (what needs the agent first), what
// can be retried or copied, and the agent's choices in a conflict turned into the
// ConflictResolution[] the backend takes. No DOM, no backend.
import type { ConflictChoice } from './generated/ConflictChoice';
import type { ConflictResolution } from './generated/ConflictResolution';
import type { FieldConflict } from './generated/FieldConflict';
import type { OutboxItem } from './generated/OutboxItem';
import type { OutboxKind } from './generated/OutboxKind';
import type { OutboxState } from './generated/OutboxState';
// In the order the view lists them: those needing the agent first (the Rust enum's order).
import { OUTBOX_STATES } from './generated/choices';

export type { OutboxKind, OutboxState };

export function outboxState(item: OutboxItem): OutboxState {
  return item.state;
}

export function outboxKind(item: OutboxItem): OutboxKind {
  return item.kind;
}

export interface OutboxGroup {
  state: OutboxState;
  items: OutboxItem[];
}

/** Non-empty groups in OUTBOX_STATES order; items keep their (oldest first) order. */
export function groupOutbox(items: readonly OutboxItem[]): OutboxGroup[] {
  return OUTBOX_STATES.map((state) => ({ state, items: items.filter((i) => outboxState(i) === state) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Failed and refused items can be sent again; a conflict needs a choice first. */
export function canRetry(item: OutboxItem): boolean {
  const state = outboxState(item);
  return state === 'failed' || state === 'rejected';
}

/** The text the agent can copy (replies and notes), else null. */
export function copyableText(item: OutboxItem): string | null {
  return outboxKind(item) !== 'fields' && item.text !== null && item.text !== '' ? item.text : null;
}

export type ConflictPicks = Readonly<Record<string, ConflictChoice | undefined>>;

/** Every field of the conflict set to one choice. */
export function pickAll(conflicts: readonly FieldConflict[], choice: ConflictChoice): Record<string, ConflictChoice> {
  return Object.fromEntries(conflicts.map((c) => [c.field, choice]));
}

/** One resolution per field in conflict, in their order; null while a field has no choice. */
export function buildResolutions(conflicts: readonly FieldConflict[], picks: ConflictPicks): ConflictResolution[] | null {
  const out: ConflictResolution[] = [];
  for (const c of conflicts) {
    const choice = picks[c.field];
    if (choice !== 'keep-mine' && choice !== 'keep-theirs') return null;
    out.push({ field: c.field, choice });
  }
  return out;
}

/** The outbox item holding a case's conflict, if any. */
export function conflictItemFor(items: readonly OutboxItem[], caseId: string): OutboxItem | null {
  return items.find((i) => i.case_id === caseId && outboxState(i) === 'conflict') ?? null;
}
