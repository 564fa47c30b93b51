import { describe, expect, it } from 'vitest';
import type { FieldConflict } from './generated/FieldConflict';
import type { OutboxItem } from './generated/OutboxItem';
import type { OutboxKind } from './generated/OutboxKind';
import type { OutboxState } from './generated/OutboxState';
import { buildResolutions, canRetry, conflictItemFor, copyableText, groupOutbox, pickAll } from './outbox';

const item = (id: string, state: OutboxState, kind: OutboxKind = 'reply', extra: Partial<OutboxItem> = {}): OutboxItem => ({
  id,
  case_id: `case-${id}`,
  message_id: kind === 'fields' ? null : `m-${id}`,
  kind,
  state,
  attempts: 0,
  last_error: null,
  last_error_code: null,
  created_at: '2026-11-22T09:00:00Z',
  case_subject: `Case ${id}`,
  text: kind === 'fields' ? null : `Text ${id}`,
  changes: [],
  conflicts: [],
  ...extra,
});

const conflicts: FieldConflict[] = [
  { field: 'status', base: 'open', mine: 'pending', theirs: 'on-hold' },
  { field: 'priority', base: 'normal', mine: 'high', theirs: 'urgent' },
];

describe('the outbox view', () => {
  it('groups items by state, those needing the agent first, keeping their order', () => {
    const groups = groupOutbox([
      item('1', 'pending'),
      item('2', 'conflict', 'fields'),
      item('3', 'failed'),
      item('4', 'pending', 'note'),
      item('5', 'rejected', 'fields'),
      item('6', 'pending'),
    ]);
    expect(groups.map((g) => [g.state, g.items.map((i) => i.id)])).toEqual([
      ['conflict', ['2']],
      ['rejected', ['5']],
      ['failed', ['3']],
      ['pending', ['1', '4', '6']],
    ]);
    expect(groupOutbox([])).toEqual([]);
  });

  it('retries only failed or refused items, and copies only replies and notes', () => {
    expect(canRetry(item('1', 'failed'))).toBe(true);
    expect(canRetry(item('1', 'rejected'))).toBe(true);
    expect(canRetry(item('1', 'pending'))).toBe(false);
    expect(canRetry(item('1', 'conflict', 'fields'))).toBe(false);
    expect(copyableText(item('1', 'pending'))).toBe('Text 1');
    expect(copyableText(item('1', 'pending', 'note'))).toBe('Text 1');
    expect(copyableText(item('1', 'pending', 'fields'))).toBeNull();
    expect(copyableText(item('1', 'pending', 'reply', { text: '' }))).toBeNull();
  });

  it('builds one resolution per conflicting field, only once every field has a choice', () => {
    expect(buildResolutions(conflicts, {})).toBeNull();
    expect(buildResolutions(conflicts, { status: 'keep-mine' })).toBeNull();
    expect(buildResolutions(conflicts, { priority: 'keep-theirs', status: 'keep-mine', tags: 'keep-mine' })).toEqual([
      { field: 'status', choice: 'keep-mine' },
      { field: 'priority', choice: 'keep-theirs' },
    ]);
    expect(buildResolutions(conflicts, pickAll(conflicts, 'keep-theirs'))).toEqual([
      { field: 'status', choice: 'keep-theirs' },
      { field: 'priority', choice: 'keep-theirs' },
    ]);
    expect(buildResolutions([], {})).toEqual([]);
  });

  it('finds the item holding a case’s conflict', () => {
    const items = [item('1', 'pending', 'fields'), item('2', 'conflict', 'fields')];
    expect(conflictItemFor(items, 'case-2')?.id).toBe('2');
    expect(conflictItemFor(items, 'case-1')).toBeNull();
  });
});
