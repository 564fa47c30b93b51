import { describe, expect, it, vi } from 'vitest';
import { BackendError } from './backend/types';
import { caseSearch } from './case-search.svelte';
import type { SearchHit } from './generated/SearchHit';
import { SEARCH_LIMIT } from './search';

const hit = (caseId: string) => ({ case_id: caseId }) as SearchHit;

/** A search function whose answers the test hands out, in any order. */
function deferredFind() {
  const calls: { query: string; resolve: (hits: SearchHit[]) => void; reject: (e: unknown) => void }[] = [];
  const find = vi.fn(
    ({ query }: { query: string; limit: number }) =>
      new Promise<SearchHit[]>((resolve, reject) => calls.push({ query, resolve, reject })),
  );
  return { find, calls };
}

describe('caseSearch', () => {
  it('shows the search running, then its hits; true when there are hits to focus', async () => {
    const { find, calls } = deferredFind();
    const search = caseSearch(find);
    search.text = '  refund  ';
    search.selected = 4;
    const running = search.run();
    expect(find).toHaveBeenCalledWith({ query: 'refund', limit: SEARCH_LIMIT });
    expect(search.shown).toEqual({ query: 'refund', hits: null, error: null });
    expect(search.selected).toBe(-1);
    calls[0]!.resolve([hit('c-1')]);
    expect(await running).toBe(true);
    expect(search.shown).toEqual({ query: 'refund', hits: [hit('c-1')], error: null });
  });

  it('no hits, or a failure, shows as such and does not take the keyboard', async () => {
    const { find, calls } = deferredFind();
    const search = caseSearch(find);
    search.text = 'nothing';
    const none = search.run();
    calls[0]!.resolve([]);
    expect(await none).toBe(false);
    expect(search.shown?.hits).toEqual([]);

    const failed = search.run();
    calls[1]!.reject(new BackendError('STORAGE', 'disk'));
    expect(await failed).toBe(false);
    expect(search.shown).toEqual({ query: 'nothing', hits: [], error: 'STORAGE' });
  });

  it('a newer search, or clearing, wins over an answer still on its way', async () => {
    const { find, calls } = deferredFind();
    const search = caseSearch(find);
    search.text = 'first';
    const first = search.run();
    search.text = 'second';
    const second = search.run();
    calls[1]!.resolve([hit('c-2')]);
    calls[0]!.resolve([hit('c-1')]);
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect(search.shown?.query).toBe('second');

    search.text = 'third';
    const third = search.run();
    search.clear();
    calls[2]!.resolve([hit('c-3')]);
    expect(await third).toBe(false);
    expect(search.shown).toBeNull();
    expect(search.text).toBe('');
  });

  it('nothing typed goes back to the list without searching', async () => {
    const { find } = deferredFind();
    const search = caseSearch(find);
    search.text = '   ';
    search.selected = 2;
    expect(await search.run()).toBe(false);
    expect(find).not.toHaveBeenCalled();
    expect(search.shown).toBeNull();
    expect(search.selected).toBe(-1);
    expect(search.text).toBe('');
  });
});
