// The mock backend's commands for case fields, escalations, the outbox, sync and the CRM
// connection (the state lives in ./mock-outbox and ./mock-crm).
import type { CaseDetail } from '../generated/CaseDetail';
import type { Case } from '../generated/Case';
import type { MockCase } from './mock-data';
import { MOCK_AGENT } from './mock-data';
import { diffFields } from './mock-merge';
import type { MockCrm } from './mock-crm';
import type { MockOutbox } from './mock-outbox';
import { BackendError, type Backend } from './types';

/** The teams a case can go to besides those the cases already name. */
const TEAMS = ['Tier 1', 'Tier 2', 'Payments', 'Payouts', 'Trust & Safety', 'Commerce', 'Billing', 'Creator Success'];
const ESCALATED_TAG = 'escalated';

export type SyncCommands = Pick<
  Backend,
  | 'update_case'
  | 'escalate_case'
  | 'list_case_choices'
  | 'list_outbox'
  | 'retry_outbox_item'
  | 'discard_outbox_item'
  | 'resolve_conflict'
  | 'get_sync_status'
  | 'sync_now'
  | 'set_sync_paused'
  | 'get_connection'
  | 'test_connection'
  | 'save_connection'
  | 'forget_connection'
  | 'demo_simulate'
  | 'onSyncStatus'
  | 'onCasesChanged'
>;

export interface SyncHost {
  reply<T>(value: () => T): Promise<T>;
  now(): number;
  cases(): MockCase[];
  find(id: string): MockCase;
  /** The case as get_case shows it (overlay, pending changes, conflicts). */
  detail(id: string): CaseDetail;
  /** Queue an internal note by the agent (as send_reply does). */
  queueNote(caseId: string, body: string): void;
  outbox: MockOutbox;
  crm: MockCrm;
  casesListeners: Set<() => void>;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** As clean_tags in polydesk-core: trimmed, lower case, no spaces, no repeats. */
function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().toLowerCase();
    if (t === '') continue;
    if (/\s/.test(t)) throw new BackendError('INVALID_INPUT', `tag '${tag}' has spaces in it: use hyphens (e.g. order-dispute)`);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

const clean = (v: string): string | null => (v.trim() === '' ? null : v.trim());

export function syncCommands(host: SyncHost): SyncCommands {
  const { reply, find, outbox, crm } = host;

  /** The case as the agent sees it now (synced plus pending changes). */
  const seen = (c: MockCase): Case => outbox.overlay(c.case);

  function queued(): void {
    crm.queued();
  }

  return {
    update_case: ({ caseId, edit }) =>
      reply(() => {
        const c = find(caseId);
        const before = seen(c);
        const chosen = { ...before, tags: [...before.tags] };
        if (edit.status !== undefined) chosen.status = edit.status;
        if (edit.priority !== undefined) chosen.priority = edit.priority;
        if (edit.assignee !== undefined) chosen.assignee = clean(edit.assignee);
        if (edit.group !== undefined) chosen.group = clean(edit.group);
        const remove = cleanTags(edit.remove_tags);
        chosen.tags = chosen.tags.filter((t) => !remove.includes(t));
        for (const t of cleanTags(edit.add_tags)) if (!chosen.tags.includes(t)) chosen.tags.push(t);
        const changes = diffFields(before, chosen);
        if (changes.length > 0) {
          outbox.queueFields(caseId, changes, iso(host.now()));
          queued();
        }
        return host.detail(caseId);
      }),
    escalate_case: ({ escalation }) =>
      reply(() => {
        const group = clean(escalation.group);
        if (group === null) throw new BackendError('INVALID_INPUT', 'choose the team to escalate to');
        const reason = escalation.reason.trim();
        if (reason === '') throw new BackendError('INVALID_INPUT', 'say why the case is escalated: the next team reads it first');
        const c = find(escalation.case_id);
        const before = seen(c);
        const tags = before.tags.includes(ESCALATED_TAG) ? before.tags : [...before.tags, ESCALATED_TAG];
        const chosen = { ...before, group, tags, priority: escalation.priority ?? before.priority };
        outbox.queueFields(c.case.id, diffFields(before, chosen), iso(host.now()));
        host.queueNote(c.case.id, `Escalated to ${group}: ${reason}`);
        queued();
        return host.detail(c.case.id);
      }),
    list_case_choices: () =>
      reply(() => {
        const groups = new Set(TEAMS);
        const assignees = new Set([MOCK_AGENT]);
        for (const c of host.cases()) {
          if (c.case.group) groups.add(c.case.group);
          if (c.case.assignee) assignees.add(c.case.assignee);
        }
        const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
        return { groups: sorted(groups), assignees: sorted(assignees) };
      }),
    list_outbox: () => reply(() => outbox.list()),
    retry_outbox_item: ({ id }) =>
      reply(() => {
        outbox.retry(id);
        crm.emit();
        crm.requestSync();
      }),
    discard_outbox_item: ({ id }) =>
      reply(() => {
        const text = outbox.discard(id);
        crm.emit();
        return text;
      }),
    resolve_conflict: ({ id, choices }) =>
      reply(() => {
        outbox.resolve(id, choices);
        crm.emit();
        crm.requestSync();
      }),
    get_sync_status: () => reply(() => crm.status()),
    sync_now: () => reply(() => crm.requestSync(0)),
    set_sync_paused: ({ paused }) => reply(() => crm.setPaused(paused)),
    get_connection: () => reply(() => crm.connection()),
    test_connection: ({ settings, secret }) => reply(() => crm.test(settings, secret)),
    save_connection: ({ settings, secret }) => reply(() => crm.save(settings, secret)),
    forget_connection: () => reply(() => crm.forget()),
    demo_simulate: ({ action, caseId }) => reply(() => crm.simulate(action, caseId)),
    onSyncStatus: (cb) => Promise.resolve(crm.subscribe(cb)),
    onCasesChanged: (cb) => {
      host.casesListeners.add(cb);
      return Promise.resolve(() => void host.casesListeners.delete(cb));
    },
  };
}
