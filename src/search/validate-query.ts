/**
 * The one gate for search requests: bounds and shapes are checked here, so adapters trust
 * what they get. Problems are InvalidSearchQuery with the field path.
 */
import { InvalidSearchQuery } from './errors/invalid-search-query';
import { SEARCH_DOC_TYPES } from './search-document';
import type { SearchQuery } from './search-engine';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 10;
export const MAX_QUERY_LENGTH = 200;
const MAX_FILTER_VALUES = 50;

export type CheckedQuery = Required<Pick<SearchQuery, 'text' | 'locale' | 'limit' | 'offset' | 'includeInactive'>> &
  Pick<SearchQuery, 'filters'> & { now: number };

function checkInteger(path: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new InvalidSearchQuery(path, `an integer from ${min} to ${max}`);
  return value;
}

function checkFilters(query: SearchQuery): void {
  for (const [field, values] of Object.entries(query.filters ?? {})) {
    if (values === undefined) continue;
    if (!Array.isArray(values) || values.length > MAX_FILTER_VALUES || values.some((v) => typeof v !== 'string' || v === '')) {
      throw new InvalidSearchQuery(`filters.${field}`, `a list of up to ${MAX_FILTER_VALUES} non-empty strings`);
    }
  }
  for (const type of query.filters?.type ?? []) {
    if (!(SEARCH_DOC_TYPES as readonly string[]).includes(type)) throw new InvalidSearchQuery('filters.type', SEARCH_DOC_TYPES.join(' | '));
  }
}

/** Checks a search request and fills in the defaults. */
export function checkQuery(query: SearchQuery): CheckedQuery {
  if (typeof query.text !== 'string' || query.text.length > MAX_QUERY_LENGTH) {
    throw new InvalidSearchQuery('text', `a string of at most ${MAX_QUERY_LENGTH} characters`);
  }
  if (typeof query.locale !== 'string' || !/^[a-z]{2}(-[A-Z]{2})?$/.test(query.locale)) {
    throw new InvalidSearchQuery('locale', 'a locale such as zh-CN');
  }
  checkFilters(query);
  const now = query.at === undefined ? Date.now() : Date.parse(query.at);
  if (Number.isNaN(now)) throw new InvalidSearchQuery('at', 'an ISO datetime');
  return {
    text: query.text,
    locale: query.locale,
    filters: query.filters,
    includeInactive: query.includeInactive === true,
    limit: checkInteger('limit', query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
    offset: checkInteger('offset', query.offset, 0, 0, 10_000),
    now,
  };
}
