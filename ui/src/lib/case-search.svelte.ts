// The inbox's case search: what is typed, the search shown in place of the view's list, and
// the hit selected in it. A newer search (or clearing) wins over an answer still on its way.
// (A closure rather than a class: class fields cost the start-up script more.)
import { BackendError } from './backend/types';
import type { SearchHit } from './generated/SearchHit';
import { SEARCH_LIMIT, type SearchState } from './search';

export type FindCases = (args: { query: string; limit: number }) => Promise<SearchHit[]>;

export interface CaseSearch {
  /** What is typed in the search box. */
  text: string;
  /** The search shown instead of the view's list; null: the list shows. */
  readonly shown: SearchState | null;
  /** The selected hit's index, or -1. */
  selected: number;
  /**
   * Search for what is typed (nothing typed: back to the list). Resolves to true when hits
   * came back for it (the results then take the keyboard).
   */
  run(): Promise<boolean>;
  /** Back to the view's list, the box emptied. */
  clear(): void;
}

export function caseSearch(find: FindCases): CaseSearch {
  let text = $state('');
  let shown = $state<SearchState | null>(null);
  let selected = $state(-1);
  let seq = 0;

  function clear(): void {
    seq++;
    shown = null;
    text = '';
    selected = -1;
  }

  async function run(): Promise<boolean> {
    const query = text.trim();
    if (query === '') {
      clear();
      return false;
    }
    const mine = ++seq;
    shown = { query, hits: null, error: null };
    selected = -1;
    try {
      const hits = await find({ query, limit: SEARCH_LIMIT });
      if (mine !== seq) return false;
      shown = { query, hits, error: null };
      return hits.length > 0;
    } catch (e) {
      if (mine !== seq) return false;
      shown = { query, hits: [], error: BackendError.from(e).code };
      return false;
    }
  }

  return {
    get text() {
      return text;
    },
    set text(value) {
      text = value;
    },
    get shown() {
      return shown;
    },
    get selected() {
      return selected;
    },
    set selected(value) {
      selected = value;
    },
    run,
    clear,
  };
}
