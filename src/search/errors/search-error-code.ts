/** Machine codes of the search errors; the HTTP edge maps them (unavailable → 503, invalid → 400). */
export type SearchErrorCode =
  | 'search_engine_unavailable'
  | 'search_timeout'
  | 'search_task_failed'
  | 'invalid_search_query';
