// The mock backend's outbox: the agent's replies, notes and field changes waiting for the
// CRM, in order, each with a state (pending, failed, rejected, conflict). Pushing them is
// done against the synced cases, which in the mock are the simulated CRM's.
import type { Case } from '../generated/Case';
import type { ConflictResolution } from '../generated/ConflictResolution';
import type { FieldChange } from '../generated/FieldChange';
import type { FieldConflict } from '../generated/FieldConflict';
import type { Message } from '../generated/Message';
import type { OutboxItem } from '../generated/OutboxItem';
import type { MockCase } from './mock-data';
import { applyChanges, rebase, resolveChanges } from './mock-merge';
import { BackendError } from './types';

export type OutboxState = 'pending' | 'failed' | 'rejected' | 'conflict';

interface Entry {
  id: string;
  case_id: string;
  kind: 'reply' | 'note' | 'fields';
  state: OutboxState;
  attempts: number;
  last_error: string | null;
  created_at: string;
  message_id: string | null;
  changes: FieldChange[];
  conflicts: FieldConflict[];
}

/** What a push did: whether any case or message changed. */
export interface PushReport {
  changed: boolean;
}

export class MockOutbox {
  #entries: Entry[] = [];
  #seq = 0;
  readonly #find: (caseId: string) => MockCase;

  constructor(find: (caseId: string) => MockCase) {
    this.#find = find;
  }

  clear(): void {
    this.#entries = [];
  }

  /** A reply or note already in the thread (delivery `queued`). */
  queueMessage(message: Message, internal: boolean): void {
    this.#entries.push({
      ...this.#base(message.case_id, internal ? 'note' : 'reply', message.created_at),
      message_id: message.id,
    });
  }

  queueFields(caseId: string, changes: FieldChange[], at: string): void {
    if (changes.length > 0) this.#entries.push({ ...this.#base(caseId, 'fields', at), changes });
  }

  #base(caseId: string, kind: Entry['kind'], at: string): Entry {
    return {
      id: `mock-outbox-${++this.#seq}`,
      case_id: caseId,
      kind,
      state: 'pending',
      attempts: 0,
      last_error: null,
      created_at: at,
      message_id: null,
      changes: [],
      conflicts: [],
    };
  }

  /** Field changes not yet in the CRM (rejected ones no longer show) and their conflicts. */
  pendingFields(caseId: string): { changes: FieldChange[]; conflicts: FieldConflict[] } {
    const items = this.#entries.filter((e) => e.case_id === caseId && e.kind === 'fields' && e.state !== 'rejected');
    return { changes: items.flatMap((e) => e.changes), conflicts: items.flatMap((e) => e.conflicts) };
  }

  /** The case as the agent sees it: synced, with pending changes on top. */
  overlay(c: Case): Case {
    if (!this.#entries.some((e) => e.case_id === c.id && e.kind === 'fields')) return c;
    return applyChanges(c, this.pendingFields(c.id).changes);
  }

  countFor(caseId: string): number {
    return this.#entries.filter((e) => e.case_id === caseId).length;
  }

  /** Case ids with something in the outbox. */
  caseIds(): Set<string> {
    return new Set(this.#entries.map((e) => e.case_id));
  }

  /** Waiting to go (pending or retrying), and needing the agent (rejected or in conflict). */
  counts(): { pending: number; needsAttention: number } {
    const attention = this.#entries.filter((e) => e.state === 'rejected' || e.state === 'conflict').length;
    return { pending: this.#entries.length - attention, needsAttention: attention };
  }

  list(): OutboxItem[] {
    return this.#entries.map((e) => {
      const c = this.#find(e.case_id);
      const message = e.message_id ? c.messages.find((m) => m.id === e.message_id) : undefined;
      return {
        id: e.id,
        case_id: e.case_id,
        message_id: e.message_id,
        kind: e.kind,
        state: e.state,
        attempts: e.attempts,
        last_error: e.last_error,
        created_at: e.created_at,
        case_subject: c.case.subject,
        text: message?.body_text ?? null,
        changes: e.changes.map((ch) => ({ ...ch })),
        conflicts: e.conflicts.map((cf) => ({ ...cf })),
      };
    });
  }

  #get(id: string): Entry {
    const entry = this.#entries.find((e) => e.id === id);
    if (!entry) throw new BackendError('NOT_FOUND', `no outbox item with id ${id}`);
    return entry;
  }

  retry(id: string): void {
    const entry = this.#get(id);
    if (entry.state === 'conflict') throw new BackendError('INVALID_INPUT', `outbox item ${id} is in conflict: choose the values first`);
    entry.state = 'pending';
    entry.last_error = null;
  }

  /** Out for good; a queued reply leaves the thread. Resolves to its text. */
  discard(id: string): string | null {
    const entry = this.#get(id);
    this.#entries = this.#entries.filter((e) => e !== entry);
    if (!entry.message_id) return null;
    const c = this.#find(entry.case_id);
    const message = c.messages.find((m) => m.id === entry.message_id);
    c.messages = c.messages.filter((m) => m.id !== entry.message_id);
    return message?.body_text ?? null;
  }

  resolve(id: string, choices: readonly ConflictResolution[]): void {
    const entry = this.#get(id);
    if (entry.kind !== 'fields') throw new BackendError('NOT_FOUND', `no field change with id ${id} in the outbox`);
    if (entry.state !== 'conflict') throw new BackendError('INVALID_INPUT', `outbox item ${id} is ${entry.state}, not in conflict`);
    for (const c of entry.conflicts) {
      if (!choices.some((r) => r.field === c.field)) {
        throw new BackendError('INVALID_INPUT', `choose a value for ${c.field} (yours or the CRM's)`);
      }
    }
    const remote = this.#find(entry.case_id).case;
    const kept = resolveChanges(entry.changes, entry.conflicts, (f) => choices.find((r) => r.field === f)?.choice, remote);
    if (kept.length === 0) {
      this.#entries = this.#entries.filter((e) => e !== entry);
    } else {
      Object.assign(entry, { changes: kept, conflicts: [], state: 'pending', last_error: null });
    }
  }

  /**
   * Send what can go to the simulated CRM (whose cases are the synced ones): oldest first; a
   * case's queue waits behind a conflict; a group the CRM doesn't have is rejected.
   */
  push(knownGroups: ReadonlySet<string>, now: string): PushReport {
    let changed = false;
    const blocked = new Set<string>();
    for (const entry of [...this.#entries]) {
      if (entry.state === 'conflict') blocked.add(entry.case_id);
      if (entry.state === 'rejected' || blocked.has(entry.case_id)) continue;
      const c = this.#find(entry.case_id);
      entry.attempts++;
      if (entry.kind !== 'fields') {
        const message = c.messages.find((m) => m.id === entry.message_id);
        if (message) message.delivery = 'sent';
        this.#drop(entry);
        changed = true;
        continue;
      }
      const unknown = entry.changes.find((ch) => ch.field === 'group' && ch.to !== null && !knownGroups.has(ch.to));
      if (unknown && unknown.field === 'group') {
        entry.state = 'rejected';
        entry.last_error = `the CRM refused the change: there is no group '${unknown.to}'`;
        continue;
      }
      const { push, conflicts } = rebase(entry.changes, c.case);
      if (push.length > 0) {
        c.case = { ...applyChanges(c.case, push), updated_at: now };
        changed = true;
      }
      if (conflicts.length === 0) {
        this.#drop(entry);
        continue;
      }
      const fields = conflicts.map((cf) => cf.field);
      entry.state = 'conflict';
      entry.changes = entry.changes.filter((ch) => fields.includes(ch.field));
      entry.conflicts = conflicts;
      entry.last_error = `changed in the CRM too: ${fields.join(', ')}`;
      blocked.add(entry.case_id);
      changed = true;
    }
    return { changed };
  }

  #drop(entry: Entry): void {
    this.#entries = this.#entries.filter((e) => e !== entry);
  }
}
