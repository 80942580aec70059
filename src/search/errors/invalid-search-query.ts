import type { SearchErrorCode } from './search-error-code';

/** A search request the caller can fix: the field path and what was expected. */
export class InvalidSearchQuery extends Error {
  override readonly name = 'InvalidSearchQuery';
  readonly code: SearchErrorCode = 'invalid_search_query';

  constructor(readonly path: string, expected: string) {
    super(`Unexpected value at ${path}, expected ${expected}`);
  }
}
