import { describe, expect, it } from 'vitest';
import { byGroup, fromLocalInput, isDue, localInputValue, openEscalation, rootCauseTitle, solves } from './escalation';
import type { CaseEscalation } from './generated/CaseEscalation';
import type { RootCause } from './generated/RootCause';

function escalation(n: number, state: 'open' | 'resolved', due_at: string | null = null): CaseEscalation {
  return {
    id: `zd-1:${n}`,
    case_id: 'zd-1',
    team: 'Payments',
    severity: 'high',
    risks: [],
    reason: 'r',
    due_at,
    state,
    outcome: state === 'resolved' ? 'done' : null,
    created_at: '2026-12-05T09:00:00Z',
    created_by: 'Rita',
    resolved_at: null,
    resolved_by: null,
    since_arrival_secs: 0,
    log: [],
  };
}

const cause = (slug: string, group: string): RootCause => ({ slug, group, en: `${slug} en`, 'pt-BR': `${slug} pt`, 'zh-Hans': `${slug} zh` });

describe('escalations in the case view', () => {
  it('the open one is the latest open', () => {
    expect(openEscalation({ escalations: [] })).toBeNull();
    expect(openEscalation({ escalations: [escalation(1, 'resolved')] })).toBeNull();
    expect(openEscalation({ escalations: [escalation(1, 'resolved'), escalation(2, 'open')] })?.id).toBe('zd-1:2');
  });

  it('is due at its due time, not before, and never once resolved', () => {
    const due = Date.parse('2026-12-05T12:00:00Z');
    expect(isDue(escalation(1, 'open', '2026-12-05T12:00:00Z'), due - 1)).toBe(false);
    expect(isDue(escalation(1, 'open', '2026-12-05T12:00:00Z'), due)).toBe(true);
    expect(isDue(escalation(1, 'resolved', '2026-12-05T12:00:00Z'), due + 1)).toBe(false);
    expect(isDue(escalation(1, 'open', null), due)).toBe(false);
  });

  it('solved and closed solve; the rest do not', () => {
    expect(['solved', 'closed'].every((s) => solves(s as never))).toBe(true);
    expect(['new', 'open', 'pending', 'on-hold'].some((s) => solves(s as never))).toBe(false);
  });

  it('a local date-time input round-trips to an instant', () => {
    const at = Date.parse('2026-12-05T14:30:00Z');
    expect(fromLocalInput(localInputValue(at))).toBe('2026-12-05T14:30:00Z');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });

  it('root causes come grouped and titled in the UI language', () => {
    const causes = [cause('a', 'creators'), cause('b', 'sellers'), cause('c', 'creators')];
    expect(byGroup(causes).map(([g, cs]) => [g, cs.map((c) => c.slug)])).toEqual([
      ['creators', ['a', 'c']],
      ['sellers', ['b']],
    ]);
    expect(rootCauseTitle(causes[0]!, 'pt-BR')).toBe('a pt');
    expect(rootCauseTitle(causes[0]!, 'zh-Hans')).toBe('a zh');
  });
});
