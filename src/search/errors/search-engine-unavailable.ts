import type { SearchErrorCode } from './search-error-code';

/** The search engine cannot be reached or is not ready (server down, index not loaded). */
export class SearchEngineUnavailable extends Error {
  override readonly name = 'SearchEngineUnavailable';
  readonly code: SearchErrorCode = 'search_engine_unavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
