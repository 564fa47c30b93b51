import { describe, expect, it, vi } from 'vitest';
import { CaseListStore } from './case-list.svelte';
import type { CasePage } from './generated/CasePage';
import type { CaseSummary } from './generated/CaseSummary';

const summary = (i: number): CaseSummary => ({
  id: `c-${i}`,
  subject: `Case ${i}`,
  status: 'open',
  priority: 'normal',
  reply_language: 'en',
  customer: { id: 'x', name: 'X' },
  assignee: null,
  group: null,
  updated_at: '2025-01-01T00:00:00Z',
  sla_due_at: null,
  has_draft: false,
});

function fakeFetch(total: number) {
  return vi.fn(async ({ view, offset, limit }: { view: CasePage['view']; offset: number; limit: number }) => ({
    view,
    total,
    offset,
    cases: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => summary(offset + k)),
  }));
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('CaseListStore', () => {
  it('loads the first page, then only the pages a window needs, once each', async () => {
    const fetch = fakeFetch(100_000);
    const store = new CaseListStore(fetch, 100);
    store.setView('all');
    await settle();
    expect(store.status).toBe('ready');
    expect(store.total).toBe(100_000);
    expect(store.row(5)?.id).toBe('c-5');
    expect(store.row(50_000)).toBeUndefined();

    store.ensure(49_990, 50_030);
    store.ensure(49_990, 50_030); // in flight: not fetched twice
    await settle();
    expect(fetch.mock.calls.map((c) => c[0].offset)).toEqual([0, 49_900, 50_000]);
    expect(store.row(50_000)?.id).toBe('c-50000');
    expect(store.indexOf('c-50001')).toBe(50_001);
  });

  it('drops answers for a view it has left', async () => {
    const fetch = fakeFetch(300);
    const store = new CaseListStore(fetch, 100);
    store.setView('all');
    store.setView('pending');
    await settle();
    expect(store.view).toBe('pending');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.row(0)?.id).toBe('c-0');
  });

  it('marks drafts on loaded rows', async () => {
    const store = new CaseListStore(fakeFetch(10), 100);
    store.setView('all');
    await settle();
    store.markDraft('c-3', true);
    expect(store.row(3)?.has_draft).toBe(true);
    store.markDraft('c-3', false);
    expect(store.row(3)?.has_draft).toBe(false);
  });

  it('shows an error when the first page fails', async () => {
    const store = new CaseListStore(() => Promise.reject({ code: 'STORAGE', message: 'disk' }), 100);
    store.setView('all');
    await settle();
    expect(store.status).toBe('error');
    expect(store.errorCode).toBe('STORAGE');
  });
});
