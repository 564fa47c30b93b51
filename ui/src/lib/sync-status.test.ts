import { describe, expect, it } from 'vitest';
import type { SyncStatus } from './generated/SyncStatus';
import { canSyncNow, etaOf, outboxMoved, progressOf, supersedes, syncTone } from './sync-status';

const base = { crm: 'demo' as const, agent: 'Ana', last_sync: null, pending: 0, needs_attention: 0, error: null, revision: 1 };
const status = (s: Partial<SyncStatus> & Pick<SyncStatus, 'state'>): SyncStatus => ({ ...base, ...s }) as SyncStatus;

describe('sync status', () => {
  it('gives each state a tone; an online sync with items needing the agent is a warning', () => {
    expect(syncTone(status({ state: 'online' }))).toBe('ok');
    expect(syncTone(status({ state: 'online', needs_attention: 1 }))).toBe('warn');
    expect(syncTone(status({ state: 'offline', retry_in_seconds: 30 }))).toBe('warn');
    expect(syncTone(status({ state: 'syncing', progress: null }))).toBe('busy');
    expect(syncTone(status({ state: 'connecting' }))).toBe('busy');
    expect(syncTone(status({ state: 'paused' }))).toBe('off');
    expect(syncTone(status({ state: 'not-configured' }))).toBe('off');
    expect(syncTone(status({ state: 'sign-in-required' }))).toBe('bad');
    expect(syncTone(status({ state: 'cannot-start' }))).toBe('bad');
    expect(syncTone(status({ state: 'rate-limited', retry_at: '2026-12-04T10:00:00Z' }))).toBe('warn');
    expect(syncTone(status({ state: 'failed', retry_in_seconds: 30 }))).toBe('bad');
  });

  it('keeps the newest status when an older one arrives after it', () => {
    const paused = status({ state: 'paused', revision: 7 });
    const online = status({ state: 'online', revision: 9 });
    expect(supersedes(null, paused)).toBe(true);
    expect(supersedes(paused, online)).toBe(true);
    // The answer to "resume" was made before the loop went online, and arrives after it.
    expect(supersedes(online, paused)).toBe(false);
    expect(supersedes(online, { ...online })).toBe(true);
  });

  it('rounds the time left to a unit a glance takes in', () => {
    expect(etaOf(null)).toBeNull();
    expect(etaOf(-5)).toBeNull();
    expect(etaOf(0)).toEqual({ id: 'sync-eta-soon', count: null });
    expect(etaOf(59)).toEqual({ id: 'sync-eta-soon', count: null });
    expect(etaOf(60)).toEqual({ id: 'sync-eta-minutes', count: 1 });
    expect(etaOf(61)).toEqual({ id: 'sync-eta-minutes', count: 2 });
    expect(etaOf(120)).toEqual({ id: 'sync-eta-minutes', count: 2 });
    expect(etaOf(89 * 60)).toEqual({ id: 'sync-eta-minutes', count: 89 });
    expect(etaOf(90 * 60)).toEqual({ id: 'sync-eta-hours', count: 2 });
    expect(etaOf(5 * 3600)).toEqual({ id: 'sync-eta-hours', count: 5 });
  });

  it('reports progress only while syncing with a count', () => {
    expect(progressOf(status({ state: 'online' }))).toBeNull();
    expect(progressOf(status({ state: 'syncing', progress: null }))).toBeNull();
    expect(progressOf(status({ state: 'syncing', progress: { cases_done: 1200, cases_total: 4800, eta_seconds: 150 } }))).toEqual({
      done: 1200,
      total: 4800,
      percent: 25,
      eta: { id: 'sync-eta-minutes', count: 3 },
    });
    // No total: an indeterminate bar, the count so far.
    expect(progressOf(status({ state: 'syncing', progress: { cases_done: 10, cases_total: null, eta_seconds: null } }))).toEqual({
      done: 10,
      total: null,
      percent: null,
      eta: null,
    });
    // A CRM that undercounts never draws past the end.
    expect(progressOf(status({ state: 'syncing', progress: { cases_done: 12, cases_total: 10, eta_seconds: 0 } }))?.percent).toBe(100);
  });

  it('lets the agent sync by hand only when it can reach the CRM', () => {
    expect(canSyncNow(status({ state: 'online' }))).toBe(true);
    expect(canSyncNow(status({ state: 'offline', retry_in_seconds: 5 }))).toBe(true);
    expect(canSyncNow(status({ state: 'paused' }))).toBe(false);
    expect(canSyncNow(status({ state: 'not-configured' }))).toBe(false);
    expect(canSyncNow(status({ state: 'syncing', progress: null }))).toBe(false);
  });

  it('tells when the outbox may have moved', () => {
    const a = status({ state: 'online', pending: 1 });
    expect(outboxMoved(null, a)).toBe(true);
    expect(outboxMoved(a, { ...a })).toBe(false);
    expect(outboxMoved(a, { ...a, state: 'syncing', progress: null })).toBe(false);
    expect(outboxMoved(a, { ...a, pending: 0 })).toBe(true);
    expect(outboxMoved(a, { ...a, needs_attention: 1 })).toBe(true);
    expect(outboxMoved(a, { ...a, last_sync: '2026-11-22T09:00:00Z' })).toBe(true);
  });
});
