/**
 * Search documents as Meilisearch stores them: the display fields unchanged, plus our own
 * analysis in `search*` fields (space-separated, simplified, segmented with the domain
 * dictionary), so charabia sees the same words the embedded engine indexes and the same
 * synonyms (aliases) and tail bigrams. Numbers for filters and ranking ride along.
 */
import type { Analyzer } from '../analysis/analyzer';
import { timestampOf } from '../documents/effect-status';
import { distinctKeyOf, TYPE_RANK, type SearchDocument } from '../search-document';


export type MeiliDocument = SearchDocument & {
  searchTitle: string;
  searchQuestions: string;
  searchKeywords: string;
  searchAliases: string;
  searchBody: string;
  searchGrams: string;
  typeRank: number;
  distinctKey: string;
  effectiveFromTs: number;
  effectiveToTs: number | null;
};

/** The fields a hit is read back from (everything but the analysed copies). */
export const DISPLAY_FIELDS: ReadonlyArray<keyof SearchDocument> = [
  'id', 'type', 'documentId', 'code', 'locale', 'title', 'questions', 'keywords', 'body', 'categoryPath',
  'matterCode', 'matterName', 'matterDocumentId', 'bundleCode', 'bundleName', 'departmentCode', 'departmentName',
  'kind', 'version', 'contentHash', 'effectiveFrom', 'effectiveTo', 'status',
];

const unique = (terms: string[]) => [...new Set(terms)].join(' ');

/** Maps a search document to the Meilisearch document. */
export function toMeiliDocument(doc: SearchDocument, analyzer: Analyzer): MeiliDocument {
  const [title, questions, keywords, body] = analyzer.analyseAll([
    doc.title, doc.questions.join('\n'), [...doc.keywords, doc.matterName ?? '', doc.bundleName ?? ''].join('\n'), doc.body,
  ], 3);
  const heads = [title, questions, keywords];
  return {
    ...doc,
    searchTitle: title.words.join(' '),
    searchQuestions: questions.words.join(' '),
    searchKeywords: keywords.words.join(' '),
    searchAliases: unique(heads.flatMap((h) => h.aliases)),
    searchBody: body.words.join(' '),
    searchGrams: unique(heads.flatMap((h) => h.grams)),
    typeRank: TYPE_RANK[doc.type],
    distinctKey: distinctKeyOf(doc),
    effectiveFromTs: timestampOf(doc.effectiveFrom),
    effectiveToTs: doc.effectiveTo === undefined ? null : timestampOf(doc.effectiveTo),
  };
}

/** Reads the search document back from a hit (Meilisearch drops undefined fields; keep them absent). */
export function fromMeiliHit(hit: Record<string, unknown>): SearchDocument {
  const doc: Record<string, unknown> = {};
  for (const field of DISPLAY_FIELDS) if (hit[field] !== undefined && hit[field] !== null) doc[field] = hit[field];
  return doc as SearchDocument;
}
