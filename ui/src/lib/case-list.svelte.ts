// The case list of one view, fetched a page at a time and kept in memory.
import { SvelteMap } from 'svelte/reactivity';
import { BackendError, type BackendErrorCode } from './backend/types';
import type { CasePage } from './generated/CasePage';
import { FIRST_PAGE_LIMIT } from './generated/choices';
import type { CaseSummary } from './generated/CaseSummary';
import type { ViewSlug } from './generated/ViewSlug';
import { pagesFor } from './virtual';

/** Cases fetched at a time: the page the app reads before the window opens (generated from the core). */
export const PAGE_SIZE = FIRST_PAGE_LIMIT;

export type FetchPage = (args: { view: ViewSlug; offset: number; limit: number }) => Promise<CasePage>;

export class CaseListStore {
  view = $state<ViewSlug>('all');
  /** Cases in the whole view, as the last page fetched reported. */
  total = $state(0);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  errorCode = $state<BackendErrorCode | null>(null);

  readonly #pages = new SvelteMap<number, CaseSummary[]>();
  // Bookkeeping only: nothing renders it, so it need not be reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #inflight = new Set<number>();
  /** The latest request per page: an older answer never overwrites a newer one. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #latest = new Map<number, number>();
  #requests = 0;
  readonly #fetch: FetchPage;
  readonly #pageSize: number;
  #generation = 0;

  constructor(fetch: FetchPage, pageSize = PAGE_SIZE) {
    this.#fetch = fetch;
    this.#pageSize = pageSize;
  }

  /** Show `view` from its first page on (also reloads the current view). */
  setView(view: ViewSlug): void {
    this.#generation++;
    this.view = view;
    this.#pages.clear();
    this.#inflight.clear();
    this.total = 0;
    this.status = 'loading';
    this.errorCode = null;
    void this.#load(0);
  }

  /**
   * Fetch the loaded pages again (the cache changed underneath): rows stay on screen until
   * their page is back, the view and its scroll position stay.
   */
  async refresh(): Promise<void> {
    const generation = this.#generation;
    await Promise.all([...this.#pages.keys()].map((page) => this.#load(page, generation)));
  }

  /** The row at `index`, if its page is in. */
  row(index: number): CaseSummary | undefined {
    const page = Math.floor(index / this.#pageSize);
    return this.#pages.get(page)?.[index - page * this.#pageSize];
  }

  /** Fetch the pages rows [start, end) fall in that are neither loaded nor on their way. */
  ensure(start: number, end: number): void {
    for (const page of pagesFor(start, end, this.#pageSize)) {
      if (!this.#pages.has(page) && !this.#inflight.has(page)) void this.#load(page);
    }
  }

  /** The index of a loaded row with this case id, or -1. */
  indexOf(caseId: string): number {
    for (const [page, rows] of this.#pages) {
      const i = rows.findIndex((r) => r.id === caseId);
      if (i >= 0) return page * this.#pageSize + i;
    }
    return -1;
  }

  /** Reflect a saved or deleted draft in the loaded rows. */
  markDraft(caseId: string, hasDraft: boolean): void {
    this.patchRow(caseId, { has_draft: hasDraft });
  }

  /** Change fields of a loaded row (a draft saved, a reply language chosen) without a refetch. */
  patchRow(caseId: string, patch: Partial<CaseSummary>): void {
    for (const [page, rows] of this.#pages) {
      const i = rows.findIndex((r) => r.id === caseId);
      const row = rows[i];
      if (row && (Object.keys(patch) as (keyof CaseSummary)[]).some((k) => row[k] !== patch[k])) {
        const copy = rows.slice();
        copy[i] = { ...row, ...patch };
        this.#pages.set(page, copy);
      }
    }
  }

  async #load(page: number, generation = this.#generation): Promise<void> {
    const view = this.view;
    const request = ++this.#requests;
    this.#latest.set(page, request);
    this.#inflight.add(page);
    try {
      const res = await this.#fetch({ view, offset: page * this.#pageSize, limit: this.#pageSize });
      if (generation !== this.#generation || this.#latest.get(page) !== request) return;
      this.total = res.total;
      this.#pages.set(page, res.cases);
      // Pages past the new end are gone (cases left the view).
      for (const p of [...this.#pages.keys()]) if (p * this.#pageSize >= res.total) this.#pages.delete(p);
      this.status = 'ready';
    } catch (e) {
      if (generation !== this.#generation) return;
      if (this.status !== 'ready') {
        this.status = 'error';
        this.errorCode = BackendError.from(e).code;
      }
    } finally {
      if (generation === this.#generation) this.#inflight.delete(page);
    }
  }
}
