import type { SearchErrorCode } from './search-error-code';

/** A search request or an indexing task did not finish within its time limit. */
export class SearchTimeout extends Error {
  override readonly name = 'SearchTimeout';
  readonly code: SearchErrorCode = 'search_timeout';

  constructor(readonly operation: string, readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`${operation} did not finish within ${timeoutMs} ms`, options);
  }
}
