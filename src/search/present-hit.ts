/**
 * Turns a matched search document into the hit both adapters return: highlighted title and
 * snippet, validity at the time of the search, and the link and version fields.
 */
import type { AnalyzedQuery } from './analysis/query-terms';
import { effectStatusOf } from './documents/effect-status';
import { highlightHtml, matchCount, snippetHtml } from './highlight/snippet';
import type { SearchDocument } from './search-document';
import type { SearchHit } from './search-engine';

/** The strings worth marking in a hit: what the caller said, its expansions, and bigrams. */
export function highlightTermsOf(query: AnalyzedQuery): string[] {
  return [...new Set([...query.words, ...query.terms.map((t) => t.term), ...query.grams])];
}

function snippetSource(doc: SearchDocument, terms: readonly string[]): string {
  if (matchCount(doc.body, terms) > 0) return doc.body;
  let best = '';
  let bestCount = 0;
  for (const question of doc.questions) {
    const count = matchCount(question, terms);
    if (count > bestCount) [best, bestCount] = [question, count];
  }
  return bestCount > 0 ? best : doc.body;
}

/** A hit for the document; `now` is the instant validity is judged at. */
export function presentHit(doc: SearchDocument, terms: readonly string[], score: number, now: number): SearchHit {
  const effectStatus = effectStatusOf(doc, now);
  return {
    id: doc.id,
    type: doc.type,
    documentId: doc.documentId,
    code: doc.code,
    locale: doc.locale,
    title: doc.title,
    titleHtml: highlightHtml(doc.title, terms),
    snippetHtml: snippetHtml(snippetSource(doc, terms), terms),
    kind: doc.kind,
    matterCode: doc.matterCode,
    matterName: doc.matterName,
    matterDocumentId: doc.matterDocumentId,
    bundleCode: doc.bundleCode,
    bundleName: doc.bundleName,
    departmentCode: doc.departmentCode,
    departmentName: doc.departmentName,
    version: doc.version,
    contentHash: doc.contentHash,
    effectiveFrom: doc.effectiveFrom,
    effectiveTo: doc.effectiveTo,
    status: doc.status,
    effectStatus,
    active: doc.status === 'published' && effectStatus === 'inForce',
    score,
  };
}
