// What the status bar shows about sync: the state's tone, the pending counts, and a long
// sync's progress ("1,200 of 2,400 cases · about 2 min left"). Pure: no DOM, no backend.
import type { SyncStatus } from './generated/SyncStatus';

export type SyncStateName = SyncStatus['state'];

/** How the indicator's dot looks. */
export type SyncTone = 'ok' | 'busy' | 'off' | 'warn' | 'bad';

export function syncTone(status: SyncStatus): SyncTone {
  switch (status.state) {
    case 'online':
      return status.needs_attention > 0 ? 'warn' : 'ok';
    case 'connecting':
    case 'syncing':
      return 'busy';
    case 'not-configured':
    case 'paused':
      return 'off';
    case 'offline':
    case 'rate-limited':
      return 'warn';
    case 'failed':
    case 'sign-in-required':
    case 'cannot-start':
      return 'bad';
  }
}

/** A time left, in the unit a glance takes in; `id` names the message, `count` its number. */
export type Eta = { id: 'sync-eta-soon'; count: null } | { id: 'sync-eta-minutes' | 'sync-eta-hours'; count: number };

export function etaOf(seconds: number | null): Eta | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return { id: 'sync-eta-soon', count: null };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return { id: 'sync-eta-minutes', count: minutes };
  return { id: 'sync-eta-hours', count: Math.round(minutes / 60) };
}

export interface ProgressView {
  done: number;
  /** Null when the CRM doesn't say how many cases there are. */
  total: number | null;
  /** 0..100, or null without a total (the bar is indeterminate). */
  percent: number | null;
  eta: Eta | null;
}

/** The progress of a sync that reports it, else null. */
export function progressOf(status: SyncStatus): ProgressView | null {
  if (status.state !== 'syncing' || status.progress === null) return null;
  const { cases_done: done, cases_total: total, eta_seconds } = status.progress;
  const percent = total !== null && total > 0 ? Math.min(100, Math.max(0, Math.round((done / total) * 100))) : null;
  return { done, total, percent, eta: etaOf(eta_seconds) };
}

/** Sync can be started by hand: a CRM is set up, not paused, signed in. */
export function canSyncNow(status: SyncStatus): boolean {
  return ['online', 'offline', 'rate-limited', 'failed'].includes(status.state);
}

/**
 * Whether `next` should replace `current`: statuses race (the loop's events, the answers
 * of commands), so one made before the status in hand is stale.
 */
export function supersedes(current: SyncStatus | null, next: SyncStatus): boolean {
  return current === null || next.revision >= current.revision;
}

/** The outbox may have changed between two statuses (worth reloading it). */
export function outboxMoved(before: SyncStatus | null, after: SyncStatus): boolean {
  return (
    before === null ||
    before.pending !== after.pending ||
    before.needs_attention !== after.needs_attention ||
    before.last_sync !== after.last_sync
  );
}
