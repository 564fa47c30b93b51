// Field changes for the mock backend, as polydesk_core::sync::merge does them: the local
// overlay (pending changes shown on top of the synced case), the diff an edit queues, and
// the rebase a push makes on the CRM's current case. Pure.
import type { Case } from '../generated/Case';
import type { CaseChange } from '../generated/CaseChange';
import type { CaseDetail } from '../generated/CaseDetail';
import type { ConflictChoice } from '../generated/ConflictChoice';
import type { FieldChange } from '../generated/FieldChange';
import type { FieldConflict } from '../generated/FieldConflict';
import type { SeenCase } from '../generated/SeenCase';

type Fields = Pick<Case, 'status' | 'priority' | 'assignee' | 'group' | 'tags'>;

/** `case` with `changes` applied (a copy; tags as a set). */
export function applyChanges<T extends Fields>(c: T, changes: readonly FieldChange[]): T {
  const out = { ...c, tags: [...c.tags] };
  for (const change of changes) {
    switch (change.field) {
      case 'status':
        out.status = change.to;
        break;
      case 'priority':
        out.priority = change.to;
        break;
      case 'assignee':
        out.assignee = change.to;
        break;
      case 'group':
        out.group = change.to;
        break;
      case 'tags':
        out.tags = out.tags.filter((t) => !change.remove.includes(t));
        for (const t of change.add) if (!out.tags.includes(t)) out.tags.push(t);
        break;
    }
  }
  return out;
}

/** The changes that turn `seen` into `chosen`. */
export function diffFields(seen: Fields, chosen: Fields): FieldChange[] {
  const out: FieldChange[] = [];
  if (seen.status !== chosen.status) out.push({ field: 'status', from: seen.status, to: chosen.status });
  if (seen.priority !== chosen.priority) out.push({ field: 'priority', from: seen.priority, to: chosen.priority });
  if (seen.assignee !== chosen.assignee) out.push({ field: 'assignee', from: seen.assignee, to: chosen.assignee });
  if (seen.group !== chosen.group) out.push({ field: 'group', from: seen.group, to: chosen.group });
  const add = chosen.tags.filter((t) => !seen.tags.includes(t));
  const remove = seen.tags.filter((t) => !chosen.tags.includes(t));
  if (add.length > 0 || remove.length > 0) out.push({ field: 'tags', add, remove });
  return out;
}

function valueOf(c: Fields, field: 'status' | 'priority' | 'assignee' | 'group'): string | null {
  return c[field];
}

/** `changes` replayed on the CRM's `remote` case: what still applies, and what conflicts. */
export function rebase(changes: readonly FieldChange[], remote: Fields): { push: FieldChange[]; conflicts: FieldConflict[] } {
  const push: FieldChange[] = [];
  const conflicts: FieldConflict[] = [];
  for (const change of changes) {
    if (change.field === 'tags') {
      const add = change.add.filter((t) => !remote.tags.includes(t));
      const remove = change.remove.filter((t) => remote.tags.includes(t));
      if (add.length > 0 || remove.length > 0) push.push({ field: 'tags', add, remove });
      continue;
    }
    const theirs = valueOf(remote, change.field);
    if (theirs === change.to) continue;
    if (theirs === change.from) push.push(change);
    else conflicts.push({ field: change.field, base: change.from, mine: change.to, theirs });
  }
  return { push, conflicts };
}

/** After the agent's choice: kept changes re-based on the CRM's values, dropped ones gone. */
export function resolveChanges(
  changes: readonly FieldChange[],
  conflicts: readonly FieldConflict[],
  choice: (field: string) => ConflictChoice | undefined,
  remote: Fields,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const change of changes) {
    const inConflict = conflicts.some((c) => c.field === change.field);
    const picked = choice(change.field);
    if (inConflict && picked === 'keep-theirs') continue;
    if (inConflict && picked === 'keep-mine') {
      out.push(rebasedOn(change, remote));
    } else {
      out.push(change);
    }
  }
  return out;
}

function rebasedOn(change: FieldChange, remote: Fields): FieldChange {
  switch (change.field) {
    case 'status':
      return { ...change, from: remote.status };
    case 'priority':
      return { ...change, from: remote.priority };
    case 'assignee':
      return { ...change, from: remote.assignee };
    case 'group':
      return { ...change, from: remote.group };
    case 'tags':
      return change;
  }
}

/** As polydesk_core::reply_guard::changes_since: what changed since the agent opened the case. */
export function changesSince(seen: SeenCase, now: CaseDetail, agent: string): CaseChange[] {
  const out: CaseChange[] = [];
  const fresh = now.messages.filter((m) => m.created_at > seen.updated_at && m.delivery === 'sent');
  const fromCustomer = fresh.filter((m) => m.direction === 'inbound');
  const latest = fromCustomer[fromCustomer.length - 1];
  if (latest) {
    const preview = [...latest.body_text].slice(0, 140).join('').split(/\s+/).filter(Boolean).join(' ');
    out.push({ kind: 'customer-wrote', count: fromCustomer.length, latest: preview });
  }
  const fromColleagues = fresh.filter((m) => m.direction !== 'inbound' && m.author !== agent);
  const last = fromColleagues[fromColleagues.length - 1];
  if (last) out.push({ kind: 'colleague-wrote', count: fromColleagues.length, author: last.author });
  if (now.status !== seen.status) out.push({ kind: 'status-changed', from: seen.status, to: now.status });
  if (now.assignee !== seen.assignee) out.push({ kind: 'assignee-changed', from: seen.assignee, to: now.assignee });
  return out;
}
