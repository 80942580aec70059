/**
 * A search request for Meilisearch built from our analysis: the query words first, then the
 * official terms of their synonyms, at most 10 words (Meilisearch ignores the rest); the
 * `frequency` strategy drops the commonest words first when nothing matches them all.
 */
import type { SearchParams } from 'meilisearch';
import type { AnalyzedQuery } from '../analysis/query-terms';
import type { CheckedQuery } from '../validate-query';
import { DISPLAY_FIELDS } from './meili-documents';
import { FACETS } from './meili-settings';

export const MAX_QUERY_WORDS = 10;

/** Escapes a value for a double-quoted Meilisearch filter string. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(field: string, values: readonly string[] | undefined): string | undefined {
  if (!values || values.length === 0) return undefined;
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** The filter expression: locale, validity at `now` unless inactive documents are asked for, then the filters. */
export function buildMeiliFilter(query: CheckedQuery): string {
  const parts = [`locale = ${quoteFilterValue(query.locale)}`];
  if (!query.includeInactive) {
    parts.push('status = "published"', `effectiveFromTs <= ${query.now}`, `(effectiveToTs IS NULL OR effectiveToTs > ${query.now})`);
  }
  const filters = query.filters;
  for (const part of [
    anyOf('type', filters?.type), anyOf('departmentCode', filters?.departmentCode),
    anyOf('kind', filters?.kind), anyOf('matterCode', filters?.matterCode),
  ]) {
    if (part) parts.push(part);
  }
  return parts.join(' AND ');
}

/** The words sent as `q`: what the caller said first, then expansions, no repeats, at most 10. */
export function meiliQueryText(analysed: AnalyzedQuery): string {
  const words: string[] = [];
  for (const term of [...analysed.words, ...analysed.terms.filter((t) => t.source === 'synonym' && t.weight >= 0.5).map((t) => t.term)]) {
    if (!words.includes(term) && words.length < MAX_QUERY_WORDS) words.push(term);
  }
  return words.join(' ');
}

/** The full request: q and parameters (an empty q lists by type then code). */
export function buildMeiliSearch(analysed: AnalyzedQuery, query: CheckedQuery): { q: string; params: SearchParams } {
  const q = meiliQueryText(analysed);
  const params: SearchParams = {
    filter: buildMeiliFilter(query),
    facets: FACETS,
    limit: query.limit,
    offset: query.offset,
    attributesToRetrieve: [...DISPLAY_FIELDS],
    matchingStrategy: 'frequency',
    showRankingScore: true,
  };
  if (q === '') params.sort = ['typeRank:asc', 'code:asc'];
  return { q, params };
}
