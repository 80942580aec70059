/**
 * One search over the embedded index: filter and boost per document, score, count facets and
 * the total over every match (one per distinct item), and present the requested page.
 */
import type { Analyzer } from '../analysis/analyzer';
import { highlightTermsOf, presentHit } from '../present-hit';
import { SEARCH_DOC_TYPES, TYPE_RANK, type SearchDocType } from '../search-document';
import type { SearchFacets, SearchFilters, SearchResult } from '../search-engine';
import type { CheckedQuery } from '../validate-query';
import type { IndexState, StoredDocument } from './index-state';
import type { LocaleIndex } from './locale-index';
import type { DocFilter, Matches } from './score-query';
import { topHits } from './top-hits';

type Accept = (stored: StoredDocument) => boolean;

/** Codes allowed for one field, as interned numbers (undefined: no filter on that field). */
function allowed(values: readonly string[] | undefined, of: (value: string) => number | undefined): Set<number> | undefined {
  if (!values || values.length === 0) return undefined;
  return new Set(values.map(of).filter((n): n is number => n !== undefined));
}

/** The field filters as one predicate (AND across fields, OR within one); undefined when there are none. */
export function acceptOf(state: IndexState, filters: SearchFilters | undefined): Accept | undefined {
  const types = allowed(filters?.type, (t) => SEARCH_DOC_TYPES.indexOf(t as SearchDocType));
  const departments = allowed(filters?.departmentCode, (c) => state.departments.find(c));
  const kinds = allowed(filters?.kind, (k) => state.kinds.find(k));
  const matters = filters?.matterCode && filters.matterCode.length > 0 ? new Set(filters.matterCode) : undefined;
  if (!types && !departments && !kinds && !matters) return undefined;
  return (s) =>
    (!types || types.has(s.type)) &&
    (!departments || departments.has(s.department)) &&
    (!kinds || kinds.has(s.kind)) &&
    (!matters || (s.doc.matterCode !== undefined && matters.has(s.doc.matterCode)));
}

function isActive(stored: StoredDocument, now: number): boolean {
  return stored.published && stored.fromMs <= now && now < stored.toMs;
}

/** An empty query lists what the filters allow: knowledge points first, then by code. */
function placeholder(index: LocaleIndex, filter: DocFilter): Matches {
  const matches: Matches = { stored: [], scores: [] };
  for (const stored of index.stored) {
    if (!filter.includeInactive && !isActive(stored, filter.now)) continue;
    if (filter.accept && !filter.accept(stored)) continue;
    matches.stored.push(stored);
    matches.scores.push(3 - TYPE_RANK[stored.doc.type]);
  }
  return matches;
}

function countsOf(counts: Int32Array, names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((n, i) => {
    if (n > 0) out[names[i]] = n;
  });
  return out;
}

function summarize(matches: Matches, state: IndexState): { total: number; facets: SearchFacets } {
  const seen = new Uint8Array(state.distinctKeys.values.length);
  const departments = new Int32Array(state.departments.values.length);
  const kinds = new Int32Array(state.kinds.values.length);
  const types = new Int32Array(SEARCH_DOC_TYPES.length);
  let total = 0;
  for (const stored of matches.stored) {
    if (seen[stored.distinct] === 1) continue;
    seen[stored.distinct] = 1;
    total += 1;
    departments[stored.department] += 1;
    kinds[stored.kind] += 1;
    types[stored.type] += 1;
  }
  return {
    total,
    facets: {
      department: countsOf(departments, state.departments.values),
      kind: countsOf(kinds, state.kinds.values),
      type: countsOf(types, SEARCH_DOC_TYPES),
    },
  };
}

/** Runs a checked query; `started` is when the request arrived (performance.now()). */
export function runSearch(state: IndexState, analyzer: Analyzer, query: CheckedQuery, started: number): SearchResult {
  const analysed = analyzer.query(query.text, query.locale);
  const filter: DocFilter = { now: query.now, includeInactive: query.includeInactive, accept: acceptOf(state, query.filters) };
  const index = state.locales.get(query.locale);
  const isEmpty = analysed.terms.length === 0 && analysed.grams.length === 0;
  let matches: Matches = { stored: [], scores: [] };
  if (index) matches = isEmpty ? placeholder(index, filter) : index.query(analysed, filter);
  const { total, facets } = summarize(matches, state);
  const terms = highlightTermsOf(analysed);
  const page = topHits(matches, query.offset + query.limit).slice(query.offset);
  return {
    hits: page.map(({ stored, score }) => presentHit(stored.doc, terms, score, query.now)),
    total,
    facets,
    tookMs: performance.now() - started,
    engine: 'embedded',
    terms: analysed.terms.map((t) => t.term),
  };
}
