import { describe, expect, it } from 'vitest';
import { createMockBackend, foldForSearch } from './mock';
import { BackendError, isErrorPayload } from './types';

const memory = () => {
  const data = new Map<string, string>();
  return { get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v) };
};
const mock = (search = '') => createMockBackend({ search: `${search}${search ? '&' : '?'}mock-delay=0`, storage: memory(), locale: 'en-US' });

describe('BackendError', () => {
  it('wraps ErrorPayloads by code, and anything else as UNKNOWN', () => {
    expect(BackendError.from({ code: 'CACHE_LOCKED', message: 'locked' }).code).toBe('CACHE_LOCKED');
    expect(BackendError.from('boom').code).toBe('UNKNOWN');
    expect(BackendError.from({ code: 'NOPE', message: 'x' }).code).toBe('UNKNOWN');
    expect(isErrorPayload({ code: 'STORAGE', message: 'disk' })).toBe(true);
    expect(isErrorPayload(null)).toBe(false);
  });
});

describe('the mock backend', () => {
  it('starts on the demo workspace', async () => {
    const b = mock();
    const status = await b.workspace_status();
    expect(status.last_sync).toBe('demo');
    expect(status.case_count).toBeGreaterThanOrEqual(12);
    expect(typeof status.cache_bytes).toBe('bigint');
    const views = await b.list_views();
    expect(views.map((v) => v.slug)).toEqual(['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved']);
    expect(views[0]?.count).toBe(status.case_count);
  });

  it('pages a view by offset', async () => {
    const b = mock('?mock-cases=250');
    const first = await b.list_cases({ view: 'all', offset: 0, limit: 100 });
    const third = await b.list_cases({ view: 'all', offset: 200, limit: 100 });
    expect(first.total).toBeGreaterThan(250);
    expect(first.cases).toHaveLength(100);
    expect(third.cases.length).toBe(first.total - 200);
    await expect(b.list_cases({ view: 'all', offset: 0, limit: 501 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('searches case-insensitively and without accents, newest first', async () => {
    const b = mock();
    const zh = await b.search_cases({ query: '退款', limit: 50 });
    expect(zh.some((h) => h.subject === '退款还没到账')).toBe(true);
    const pt = await b.search_cases({ query: 'NAO RECEBI', limit: 50 });
    expect(pt.some((h) => h.snippet.includes('não recebi os diamantes'))).toBe(true);
    const times = zh.map((h) => h.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    await expect(b.search_cases({ query: '  ', limit: 5 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(foldForSearch('Ação ÉTICA')).toBe('acao etica');
  });

  it('keeps drafts and deletes them on a blank body', async () => {
    const b = mock();
    expect((await b.save_draft({ caseId: 'demo-1001', body: 'Oi!' }))?.body).toBe('Oi!');
    expect((await b.get_case({ id: 'demo-1001' })).draft?.body).toBe('Oi!');
    expect((await b.list_cases({ view: 'all', offset: 0, limit: 500 })).cases.find((c) => c.id === 'demo-1001')?.has_draft).toBe(true);
    expect(await b.save_draft({ caseId: 'demo-1001', body: '  ' })).toBeNull();
    expect((await b.get_case({ id: 'demo-1001' })).draft).toBeNull();
    await expect(b.get_case({ id: 'demo-404' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('fails workspace_status on ?mock-error= until the cache is moved aside', async () => {
    const b = mock('?mock-error=CACHE_CORRUPT');
    await expect(b.workspace_status()).rejects.toBeInstanceOf(BackendError);
    await expect(b.workspace_status()).rejects.toMatchObject({ code: 'CACHE_CORRUPT' });
    const fresh = await b.move_cache_aside();
    expect(fresh).toMatchObject({ case_count: 0, last_sync: null });
    expect((await b.open_demo_workspace()).last_sync).toBe('demo');
  });

  it('reports CACHE_LOCKED once, then opens (Try again works)', async () => {
    const b = mock('?mock-error=CACHE_LOCKED');
    await expect(b.workspace_status()).rejects.toMatchObject({ code: 'CACHE_LOCKED' });
    expect((await b.workspace_status()).last_sync).toBe('demo');
  });

  it('persists the UI language', async () => {
    const storage = memory();
    const b = createMockBackend({ search: '?mock-delay=0', storage, locale: 'en' });
    expect((await b.set_ui_language({ tag: 'zh-Hans' })).ui_language).toBe('zh-Hans');
    const again = createMockBackend({ search: '?mock-delay=0', storage, locale: 'en' });
    expect((await again.workspace_status()).ui_language).toBe('zh-Hans');
  });
});
