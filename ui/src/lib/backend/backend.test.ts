import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../generated/commands';
import { httpBackend } from './http';
import { BackendError, isErrorPayload } from './types';

describe('BackendError', () => {
  it('wraps ErrorPayloads by code, and anything else as UNKNOWN', () => {
    expect(BackendError.from({ code: 'CACHE_LOCKED', message: 'locked', retry_at: null }).code).toBe('CACHE_LOCKED');
    const limited = BackendError.from({ code: 'RATE_LIMITED', message: 'slow down', retry_at: '2026-12-04T10:00:00Z' });
    expect([limited.code, limited.retryAt]).toEqual(['RATE_LIMITED', '2026-12-04T10:00:00Z']);
    expect(BackendError.from('boom').code).toBe('UNKNOWN');
    expect(BackendError.from({ code: 'NOPE', message: 'x' }).code).toBe('UNKNOWN');
    expect(isErrorPayload({ code: 'STORAGE', message: 'disk' })).toBe(true);
    expect(isErrorPayload({ code: 'SYNC', message: 'a code the core no longer sends' })).toBe(false);
    expect(isErrorPayload(null)).toBe(false);
  });
});

/** A fetch that answers from `answer`, recording each request. */
function fakeFetch(answer: (url: string, body: unknown) => { status: number; body: unknown }) {
  const calls: { url: string; body: unknown }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    const body: unknown = JSON.parse(String(init?.body ?? 'null'));
    calls.push({ url, body });
    const out = answer(url, body);
    return new Response(JSON.stringify(out.body), { status: out.status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A WebSocket stand-in the test can push messages through. */
class FakeSocket extends EventTarget {
  readonly url: string;
  constructor(url: string) {
    super();
    this.url = url;
    queueMicrotask(() => this.dispatchEvent(new Event('open')));
  }
  push(data: unknown) {
    this.dispatchEvent(Object.assign(new Event('message'), { data: JSON.stringify(data) }));
  }
}

describe('the test host transport', () => {
  it('sends each command by name with its camelCase arguments, and hands back the result', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { ok: { case_id: 'demo-1001', body: 'Oi', updated_at: 'x' } } }));
    const b = httpBackend({ base: 'http://127.0.0.1:9', fetch });
    const draft = await b.save_draft({ caseId: 'demo-1001', body: 'Oi' });
    expect(draft?.body).toBe('Oi');
    await b.list_views();
    expect(calls).toEqual([
      { url: 'http://127.0.0.1:9/api/invoke/save_draft', body: { caseId: 'demo-1001', body: 'Oi' } },
      { url: 'http://127.0.0.1:9/api/invoke/list_views', body: {} },
    ]);
  });

  it('rejects with the core’s code and message', async () => {
    const { fetch } = fakeFetch(() => ({ status: 200, body: { error: { code: 'NOT_FOUND', message: 'no case with id demo-404', retry_at: null } } }));
    const b = httpBackend({ base: '', fetch });
    await expect(b.get_case({ id: 'demo-404' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no case with id demo-404' });
    const broken = httpBackend({ base: '', fetch: fakeFetch(() => ({ status: 502, body: 'bad gateway' })).fetch });
    await expect(broken.get_case({ id: 'x' })).rejects.toMatchObject({ code: 'UNKNOWN' });
  });

  it('has a method for every command the core declares', () => {
    const b = httpBackend({ base: '', fetch: fakeFetch(() => ({ status: 200, body: { ok: null } })).fetch });
    for (const name of COMMAND_NAMES) expect(typeof b[name]).toBe('function');
  });

  it('hands each event to its listeners until they unsubscribe', async () => {
    let socket: FakeSocket | null = null;
    const b = httpBackend({
      base: 'http://127.0.0.1:9',
      fetch: fakeFetch(() => ({ status: 200, body: { ok: null } })).fetch,
      socket: (url) => (socket = new FakeSocket(url)) as unknown as WebSocket,
    });
    const changed: number[] = [];
    const stop = await b.listen('cases-changed', () => changed.push(1));
    const states: string[] = [];
    await b.listen('sync-status', (s) => states.push(s.state));
    expect(socket!.url).toBe('ws://127.0.0.1:9/api/events');
    socket!.push({ event: 'cases-changed', payload: null });
    socket!.push({ event: 'sync-status', payload: { state: 'online' } });
    stop();
    socket!.push({ event: 'cases-changed', payload: null });
    expect(changed).toEqual([1]);
    expect(states).toEqual(['online']);
  });
});
