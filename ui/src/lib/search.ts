import type { BackendErrorCode } from './backend/types';
import type { SearchHit } from './generated/SearchHit';

/** How many hits one search shows. */
export const SEARCH_LIMIT = 100;

export interface SearchState {
  query: string;
  /** null while the search runs. */
  hits: SearchHit[] | null;
  error: BackendErrorCode | null;
}
