import type { SearchErrorCode } from './search-error-code';

/** The engine accepted an indexing task and then reported it failed or canceled. */
export class SearchTaskFailed extends Error {
  override readonly name = 'SearchTaskFailed';
  readonly code: SearchErrorCode = 'search_task_failed';

  constructor(readonly operation: string, readonly reason: string) {
    super(`${operation} failed: ${reason}`);
  }
}
