// Sync as the whole UI sees it: the latest SyncStatus (from the `sync-status` event), and
// counters that move when the cache or the outbox changed, for views to reload.
import { backend, BackendError } from './backend';
import type { SyncStatus } from './generated/SyncStatus';
import { outboxMoved, supersedes } from './sync-status';

class SyncStore {
  status = $state<SyncStatus | null>(null);
  /** Moves when cases in the cache changed: by a pull, or by the agent's own queued change. */
  casesVersion = $state(0);
  /** Moves when the outbox may have changed. */
  outboxVersion = $state(0);

  #started = 0;
  #stop: (() => void) | null = null;

  /** Listen to the backend's events (once, however many views ask); returns a stop function. */
  start(): () => void {
    if (this.#started++ === 0) {
      let gone = false;
      const offs: (() => void)[] = [];
      const keep = (p: Promise<() => void>, what: string) =>
        p.then(
          (off) => (gone ? off() : offs.push(off)),
          (e: unknown) => console.warn(`${what} listener failed`, e),
        );
      void keep(backend.listen('sync-status', (s) => this.apply(s)), 'sync-status');
      void keep(
        backend.listen('cases-changed', () => this.casesChanged()),
        'cases-changed',
      );
      void this.refresh();
      this.#stop = () => {
        gone = true;
        offs.forEach((off) => off());
      };
    }
    return () => {
      if (--this.#started === 0) {
        this.#stop?.();
        this.#stop = null;
      }
    };
  }

  /** Take `next`, unless a newer status has already arrived (events and command answers race). */
  apply(next: SyncStatus): void {
    if (!supersedes(this.status, next)) return;
    const moved = outboxMoved(this.status, next);
    this.status = next;
    if (moved) this.outboxVersion++;
  }

  async refresh(): Promise<void> {
    try {
      this.apply(await backend.get_sync_status());
    } catch (e) {
      console.warn('get_sync_status failed', BackendError.from(e).code);
    }
  }

  /** A pull changed cases: lists, counts and the open case reload. */
  casesChanged(): void {
    this.casesVersion++;
    this.outboxVersion++;
  }

  /** The agent queued, discarded or settled something: everything that shows it reloads. */
  changedHere(): void {
    this.casesChanged();
    void this.refresh();
  }
}

export const sync = new SyncStore();
