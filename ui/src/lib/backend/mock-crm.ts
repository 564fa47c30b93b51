// The mock backend's CRM connection and background sync, with the demo workspace's
// simulated CRM: the network can go down and up, and a colleague can change a case.
//
// Sync runs when asked (sync now, network up, sync resumed, a retry or a resolved conflict)
// and, with `?mock-autosync=<ms>`, that long after anything is queued while online. A first
// sync after saving a connection reports progress for a couple of seconds.
import type { ConnectionSettings } from '../generated/ConnectionSettings';
import type { ConnectionTest } from '../generated/ConnectionTest';
import type { Priority } from '../generated/Priority';
import type { Status } from '../generated/Status';
import type { SyncProgress } from '../generated/SyncProgress';
import type { SyncStatus } from '../generated/SyncStatus';
import { account, testConnection, validateConnection } from './mock-connection';
import { MOCK_AGENT, type MockCase } from './mock-data';
import type { MockOutbox } from './mock-outbox';
import { BackendError, type DemoAction } from './types';

const RETRY_SECONDS = 30;
const FIRST_SYNC_TICKS = 8;
const FIRST_SYNC_TOTAL = 2_400;
/** The rate the first sync's ETA assumes (cases per second). */
const FIRST_SYNC_RATE = 20;
const COLLEAGUE = 'Marcus Lee';

export interface CrmHost {
  now(): number;
  cases(): MockCase[];
  find(id: string): MockCase;
  outbox: MockOutbox;
  /** A pull or push changed cases in the cache. */
  casesChanged(): void;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface CrmOptions {
  connected: boolean;
  /** Push this long after something is queued while online (0: only when asked). */
  autosyncMs: number;
  /** Fail the next save of a secret with KEYCHAIN. */
  keychainFails: boolean;
  /** How long one sync (or one step of a first sync) takes. */
  syncMs: number;
}

export class MockCrm {
  #host: CrmHost;
  #conn: ConnectionSettings | null;
  /** The mock "OS keychain": never read back by any command. */
  #keychain = new Map<string, string>();
  #paused = false;
  #networkUp = true;
  #running = false;
  /** A sync was asked for while one ran: run again after it. */
  #again = false;
  #progress: SyncProgress | null = null;
  #connecting = false;
  #lastSync: string | null;
  #lastError: string | null = null;
  /** Colleague edits the simulated CRM has and the cache doesn't yet (made while offline). */
  #unpulled: ((now: number) => void)[] = [];
  #listeners = new Set<(s: SyncStatus) => void>();
  #autosyncMs: number;
  #keychainFails: boolean;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #syncMs: number;

  constructor(host: CrmHost, options: CrmOptions) {
    this.#host = host;
    this.#conn = options.connected ? { kind: 'demo', url: '', user: null } : null;
    this.#lastSync = options.connected ? iso(host.now()) : null;
    this.#autosyncMs = options.autosyncMs;
    this.#keychainFails = options.keychainFails;
    this.#syncMs = options.syncMs;
  }

  /** The CRM answers: connected, not paused, network up. */
  get online(): boolean {
    return this.#conn !== null && !this.#paused && this.#networkUp;
  }

  status(): SyncStatus {
    const { pending, needsAttention } = this.#host.outbox.counts();
    const base = {
      crm: this.#conn?.kind ?? null,
      agent: this.#conn ? (this.#conn.user ?? MOCK_AGENT) : null,
      last_sync: this.#lastSync,
      pending,
      needs_attention: needsAttention,
      last_error: this.#lastError,
    };
    if (!this.#conn) return { ...base, state: 'not-configured' };
    if (this.#paused) return { ...base, state: 'paused' };
    if (!this.#networkUp) return { ...base, state: 'offline', retry_in_seconds: RETRY_SECONDS };
    if (this.#connecting) return { ...base, state: 'connecting' };
    if (this.#running || this.#progress) return { ...base, state: 'syncing', progress: this.#progress };
    return { ...base, state: 'online' };
  }

  subscribe(cb: (s: SyncStatus) => void): () => void {
    this.#listeners.add(cb);
    return () => this.#listeners.delete(cb);
  }

  /** Tell subscribers (as a Tauri event would: after the command that caused it). */
  emit(): void {
    const status = this.status();
    setTimeout(() => {
      for (const cb of this.#listeners) cb(status);
    }, 0);
  }

  connection(): ConnectionSettings | null {
    return this.#conn ? { ...this.#conn } : null;
  }

  test(settings: ConnectionSettings, secret: string | null): ConnectionTest {
    validateConnection(settings);
    const known = secret !== null && secret !== '' ? secret : (this.#keychain.get(account(settings)) ?? null);
    if (known === null && settings.kind !== 'demo') {
      throw new BackendError('INVALID_INPUT', 'enter the password or API token to test the connection');
    }
    return testConnection(settings, known);
  }

  save(settings: ConnectionSettings, secret: string | null): SyncStatus {
    validateConnection(settings);
    if (settings.kind === 'demo') throw new BackendError('INVALID_INPUT', 'the demo CRM is set up by opening the demo workspace');
    if (secret !== null && secret !== '') {
      if (this.#keychainFails) {
        this.#keychainFails = false;
        throw new BackendError('KEYCHAIN', 'the OS keychain refused to store the secret (mock)');
      }
      this.#keychain.set(account(settings), secret);
    } else if (!this.#keychain.has(account(settings))) {
      throw new BackendError('INVALID_INPUT', 'enter the password or API token');
    }
    this.#connect({ kind: settings.kind, url: settings.url.trim(), user: settings.user?.trim() || null });
    return this.status();
  }

  /** The demo workspace's own CRM (opening the demo workspace sets it up). */
  connectDemo(): void {
    if (this.#conn === null) this.#connect({ kind: 'demo', url: '', user: null });
  }

  #connect(settings: ConnectionSettings): void {
    this.#conn = settings;
    this.#paused = false;
    this.#networkUp = true;
    this.#lastError = null;
    this.#firstSync();
  }

  forget(): SyncStatus {
    if (this.#conn) this.#keychain.delete(account(this.#conn));
    this.#conn = null;
    this.#progress = null;
    this.#connecting = false;
    this.#lastError = null;
    this.emit();
    return this.status();
  }

  setPaused(paused: boolean): SyncStatus {
    this.#paused = paused;
    if (!paused) this.requestSync(0);
    this.emit();
    return this.status();
  }

  /** A sync `delayMs` from now, if the CRM answers (several requests make one sync). */
  requestSync(delayMs = this.#syncMs): void {
    if (!this.online || this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#run();
    }, delayMs);
  }

  /** Something was queued: with autosync on, it goes soon. */
  queued(): void {
    if (this.#autosyncMs > 0) this.requestSync(this.#autosyncMs);
    this.emit();
  }

  #run(): void {
    if (!this.online) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    this.emit();
    setTimeout(() => {
      this.#running = false;
      if (!this.online) {
        this.emit();
        return;
      }
      const pulled = this.#pull();
      const knownGroups = new Set(this.#host.cases().map((c) => c.case.group).filter((g): g is string => g !== null));
      const { changed } = this.#host.outbox.push(knownGroups, iso(this.#host.now()));
      this.#lastSync = iso(this.#host.now());
      this.#lastError = null;
      this.emit();
      if (pulled || changed) this.#host.casesChanged();
      if (this.#again) {
        this.#again = false;
        this.requestSync(0);
      }
    }, this.#syncMs);
  }

  #pull(): boolean {
    const edits = this.#unpulled.splice(0);
    for (const apply of edits) apply(this.#host.now());
    return edits.length > 0;
  }

  #firstSync(): void {
    this.#connecting = true;
    this.#progress = null;
    this.emit();
    let tick = 0;
    const step = () => {
      if (!this.#conn || !this.online) {
        this.#connecting = false;
        this.#progress = null;
        this.emit();
        return;
      }
      this.#connecting = false;
      const done = Math.round((FIRST_SYNC_TOTAL * tick) / FIRST_SYNC_TICKS);
      if (tick > FIRST_SYNC_TICKS) {
        this.#progress = null;
        this.emit();
        this.requestSync(0);
        return;
      }
      this.#progress = { cases_done: done, cases_total: FIRST_SYNC_TOTAL, eta_seconds: Math.ceil((FIRST_SYNC_TOTAL - done) / FIRST_SYNC_RATE) };
      this.emit();
      tick++;
      setTimeout(step, this.#syncMs);
    };
    setTimeout(step, this.#syncMs);
  }

  simulate(action: DemoAction, caseId: string | null): void {
    if (this.#conn?.kind !== 'demo') throw new BackendError('INVALID_INPUT', 'only the demo workspace simulates its CRM');
    switch (action) {
      case 'network-down':
        this.#networkUp = false;
        this.#lastError = 'the CRM cannot be reached: the network is down (simulated)';
        this.emit();
        return;
      case 'network-up':
        this.#networkUp = true;
        this.#lastError = null;
        this.emit();
        this.requestSync(0);
        return;
      case 'colleague-edit': {
        if (caseId === null) throw new BackendError('INVALID_INPUT', 'open a case for the colleague to change');
        const target = this.#host.find(caseId);
        this.#unpulled.push((now) => this.#colleagueEdit(target, now));
        if (this.online) this.requestSync(0);
        return;
      }
    }
  }

  /** A colleague moves the status and priority on (away from the agent's values too) and leaves a note. */
  #colleagueEdit(target: MockCase, now: number): void {
    const overlay = this.#host.outbox.overlay(target.case);
    const pick = <T>(options: T[], ...avoid: T[]) => options.find((o) => !avoid.includes(o)) as T;
    const status = pick<Status>(['on-hold', 'pending', 'open'], target.case.status, overlay.status);
    const priority = pick<Priority>(['urgent', 'high', 'normal'], target.case.priority, overlay.priority);
    const at = iso(Math.max(now, Date.parse(target.case.updated_at) + 1000));
    target.case = { ...target.case, status, priority, updated_at: at };
    target.messages.push({
      id: `${target.case.id}-c${target.messages.length + 1}`,
      case_id: target.case.id,
      author: COLLEAGUE,
      direction: 'note',
      body_text: 'Took a look with the payments team and changed the status and priority.',
      body_html: null,
      language: 'en',
      created_at: at,
      delivery: 'sent',
      attachments: [],
    });
  }
}
