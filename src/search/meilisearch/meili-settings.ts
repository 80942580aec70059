/**
 * Index settings pushed to Meilisearch, derived from the same analyzer the queries use:
 * searchable fields in ranking order (question and title first), filters and facets, the
 * synonym table (variant → official term, one way), stop words, the domain dictionary, and
 * typo rules that leave short Chinese words and bigrams alone.
 */
import type { Settings } from 'meilisearch';
import type { Analyzer } from '../analysis/analyzer';
import { DISPLAY_FIELDS } from './meili-documents';

export const SEARCHABLE_ATTRIBUTES = ['searchTitle', 'searchQuestions', 'searchKeywords', 'searchAliases', 'searchBody', 'searchGrams'];
export const FILTERABLE_ATTRIBUTES = ['locale', 'type', 'departmentCode', 'kind', 'matterCode', 'status', 'effectiveFromTs', 'effectiveToTs'];
export const FACETS = ['departmentCode', 'kind', 'type'];

/**
 * Attribute (where the match is) before type (knowledge point over matter text): a title or
 * question match of any type beats body text, then knowledge points win.
 */
export const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'typeRank:asc', 'sort', 'exactness'];

/** Meilisearch caps synonyms at 50 per term; ours have at most a few. */
const MAX_SYNONYMS_PER_TERM = 50;

/** The synonym map: each variant → its canonical terms (canonicals themselves are not keys). */
export function meiliSynonyms(analyzer: Analyzer): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, canonicals] of analyzer.synonyms.entries()) {
    const targets = canonicals.filter((canonical) => canonical !== key).slice(0, MAX_SYNONYMS_PER_TERM);
    if (targets.length > 0) out[key] = targets;
  }
  return out;
}

/** The complete settings of a Tongyuan search index. */
export function meiliSettings(analyzer: Analyzer): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    displayedAttributes: [...DISPLAY_FIELDS],
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: ['typeRank', 'code', 'effectiveFromTs'],
    rankingRules: RANKING_RULES,
    distinctAttribute: 'distinctKey',
    synonyms: meiliSynonyms(analyzer),
    stopWords: [...analyzer.stopWords],
    dictionary: [...analyzer.domainWords],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: ['searchGrams', 'searchAliases'],
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  };
}
