import { describe, expect, it } from 'vitest';
import { adoptOwnEdit, caseChangeLine, editOf, optionsWith, pendingFields, conflictFields, tagsToAdd } from './case-edit';
import type { CaseDetail } from './generated/CaseDetail';
import { fieldLabel, fieldValueLabel } from './labels';

const detail = (extra: Partial<CaseDetail> = {}): CaseDetail => ({
  id: 'demo-1',
  source: 'demo',
  crm_id: '1',
  subject: 'S',
  status: 'open',
  priority: 'normal',
  customer: { id: 'c', name: 'C', handle: null, email: null, kind: 'viewer', locale: null, country: null },
  assignee: 'Ana',
  group: 'Tier 1',
  tags: ['a'],
  reply_language: 'en',
  created_at: '2026-11-20T09:00:00Z',
  updated_at: '2026-11-22T09:00:00Z',
  sla_due_at: null,
  custom_fields: {},
  messages: [],
  draft: null,
  pending: 0,
  pending_changes: [],
  seen: { updated_at: '2026-11-22T09:00:00Z', status: 'open', assignee: 'Ana', message_count: 0 },
  conflicts: [],
  escalations: [],
  root_cause: null,
  customer_history: { cases: [], cases_90d: 1, escalations_90d: 0 },
  sla: null,
  risks: [],
  repeat_of: [],
  ...extra,
});

/** A fake translator: the id and its arguments, so tests see what was asked for. */
const tr = (id: string, args?: Record<string, string | number>) => (args ? `${id}(${Object.values(args).join('|')})` : id);

describe('the case header', () => {
  it('remembers what the agent saw, and takes their own edits as seen', () => {
    const seen = detail().seen;
    const after = detail({ status: 'pending', assignee: 'Marcus' });
    // Only the fields the agent changed: a colleague's new assignee stays news.
    expect(adoptOwnEdit(seen, { status: 'pending' }, after)).toEqual({ ...seen, status: 'pending' });
    expect(adoptOwnEdit(seen, { assignee: 'Marcus' }, after)).toEqual({ ...seen, assignee: 'Marcus' });
  });

  it('marks the fields waiting for the CRM and those in conflict', () => {
    const d = detail({
      pending_changes: [
        { field: 'status', from: 'open', to: 'pending' },
        { field: 'tags', add: ['vip'], remove: [] },
      ],
      conflicts: [{ field: 'status', base: 'open', mine: 'pending', theirs: 'on-hold' }],
    });
    expect([...pendingFields(d)].sort()).toEqual(['status', 'tags']);
    expect([...conflictFields(d)]).toEqual(['status']);
  });

  it('makes one edit per control; unknown values change nothing', () => {
    expect(editOf('status', 'solved')).toEqual({ status: 'solved', add_tags: [], remove_tags: [] });
    expect(editOf('priority', 'urgent')).toEqual({ priority: 'urgent', add_tags: [], remove_tags: [] });
    expect(editOf('status', 'bogus')).toEqual({ add_tags: [], remove_tags: [] });
    expect(editOf('assignee', '')).toEqual({ assignee: '', add_tags: [], remove_tags: [] });
    expect(editOf('group', 'Tier 2')).toEqual({ group: 'Tier 2', add_tags: [], remove_tags: [] });
  });

  it('reads tags typed with commas (Chinese ones too), skipping blanks and ones the case has', () => {
    expect(tagsToAdd(' vip, refund ,,a', ['a'])).toEqual(['vip', 'refund']);
    expect(tagsToAdd('退款，加急、退款', [])).toEqual(['退款', '加急']);
    expect(tagsToAdd('  ', [])).toEqual([]);
  });

  it('keeps a current value that is not among the known choices', () => {
    expect(optionsWith(['Tier 1', 'Tier 2'], 'Legacy')).toEqual(['Legacy', 'Tier 1', 'Tier 2']);
    expect(optionsWith(['Tier 1'], 'Tier 1')).toEqual(['Tier 1']);
    expect(optionsWith(['Tier 1'], null)).toEqual(['Tier 1']);
  });

  it('words each change of the changed-case warning, localizing statuses and no assignee', () => {
    expect(caseChangeLine({ kind: 'customer-wrote', count: 2, latest: 'Ainda nada…' }, tr)).toEqual({
      text: 'case-changed-customer(2)',
      quote: 'Ainda nada…',
    });
    expect(caseChangeLine({ kind: 'colleague-wrote', count: 1, author: 'Marcus Lee' }, tr).text).toBe('case-changed-colleague(1|Marcus Lee)');
    expect(caseChangeLine({ kind: 'status-changed', from: 'open', to: 'on-hold' }, tr)).toEqual({
      text: 'case-changed-status(status-open|status-on-hold)',
      quote: null,
    });
    expect(caseChangeLine({ kind: 'assignee-changed', from: null, to: 'Chen Jie' }, tr).text).toBe('case-changed-assignee(case-unassigned|Chen Jie)');
  });

  it('labels fields and values, and leaves unknown ones as they are', () => {
    expect(fieldLabel('status', tr)).toBe('field-status');
    expect(fieldLabel('order_id', tr)).toBe('field-order-id');
    expect(fieldLabel('toString', tr)).toBe('toString');
    expect(fieldValueLabel('priority', 'urgent', tr)).toBe('priority-urgent');
    expect(fieldValueLabel('status', 'archived', tr)).toBe('archived');
    expect(fieldValueLabel('group', null, tr)).toBe('field-empty');
    expect(fieldValueLabel('assignee', null, tr)).toBe('case-unassigned');
    expect(fieldValueLabel('group', 'Payments', tr)).toBe('Payments');
  });
});
