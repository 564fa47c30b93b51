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
  pending: 0,
  sla_next_due: null,
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

  it('refreshes the loaded pages in place, keeping rows until the new ones are in', async () => {
    let pending = 0;
    const fetch = vi.fn(async ({ view, offset, limit }: { view: CasePage['view']; offset: number; limit: number }) => ({
      view,
      total: 250,
      offset,
      cases: Array.from({ length: Math.max(0, Math.min(limit, 250 - offset)) }, (_, k) => ({ ...summary(offset + k), pending })),
    }));
    const store = new CaseListStore(fetch, 100);
    store.setView('all');
    store.ensure(100, 150);
    await settle();
    expect(store.row(120)?.pending).toBe(0);
    pending = 2;
    const done = store.refresh();
    // Until the answers are back, the old rows stay (no flash of placeholders).
    expect(store.row(120)?.pending).toBe(0);
    await done;
    expect(store.row(120)?.pending).toBe(2);
    expect(store.row(0)?.pending).toBe(2);
    expect(fetch.mock.calls.map((c) => c[0].offset).sort((a, b) => a - b)).toEqual([0, 0, 100, 100]);
    expect(store.view).toBe('all');
  });

  it('drops pages past the end when a refresh finds fewer cases', async () => {
    let total = 250;
    const fetch = vi.fn(async ({ view, offset, limit }: { view: CasePage['view']; offset: number; limit: number }) => ({
      view,
      total,
      offset,
      cases: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => summary(offset + k)),
    }));
    const store = new CaseListStore(fetch, 100);
    store.setView('all');
    store.ensure(200, 250);
    await settle();
    expect(store.row(210)?.id).toBe('c-210');
    total = 150;
    await store.refresh();
    expect(store.total).toBe(150);
    expect(store.row(210)).toBeUndefined();
  });

  it('shows an error when the first page fails', async () => {
    const store = new CaseListStore(() => Promise.reject({ code: 'STORAGE', message: 'disk' }), 100);
    store.setView('all');
    await settle();
    expect(store.status).toBe('error');
    expect(store.errorCode).toBe('STORAGE');
  });
});
