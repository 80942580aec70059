/**
 * What the embedded engine indexes for one search document: per field, the analysed terms.
 * Title, questions and keywords are short and analysed fully (words, aliases, bigrams); the
 * body only for words.
 */
import type { Analyzer } from '../analysis/analyzer';
import type { TextTerms } from '../analysis/text-terms';
import type { SearchDocument } from '../search-document';

/** Fields in index order; the last one (grams) only ever matches query bigrams. */
export const FIELDS = ['title', 'questions', 'keywords', 'aliases', 'body', 'grams'] as const;
export type IndexedField = (typeof FIELDS)[number];
export const WORD_FIELD_COUNT = 5;
export const GRAM_FIELD = 5;

/**
 * Question and title matches count most, then keywords and the official terms behind
 * colloquial words, then the answer text; bigrams inside long words are a recall net.
 */
export const FIELD_BOOSTS: readonly number[] = [6, 4, 3, 2.5, 1, 1];

/** Terms per field, in FIELDS order. */
export type AnalysedRecord = string[][];

/** The texts analysed per document: title, questions, keywords with the matter and bundle names, body. */
function textsOf(doc: SearchDocument): string[] {
  return [doc.title, doc.questions.join('\n'), [...doc.keywords, doc.matterName ?? '', doc.bundleName ?? ''].join('\n'), doc.body];
}

/** Analyses a search document for the embedded index. */
export function analysedRecord(doc: SearchDocument, analyzer: Analyzer): AnalysedRecord {
  return recordOf(analyzer.analyseAll(textsOf(doc), 3));
}

/** The same, segmenting on the thread pool (reindex). */
export async function analysedRecordAsync(doc: SearchDocument, analyzer: Analyzer): Promise<AnalysedRecord> {
  return recordOf(await analyzer.analyseAllAsync(textsOf(doc), 3));
}

function recordOf([title, questions, keywords, body]: TextTerms[]): AnalysedRecord {
  const heads = [title, questions, keywords];
  return [
    title.words,
    questions.words,
    keywords.words,
    [...new Set(heads.flatMap((h) => h.aliases))],
    body.words,
    heads.flatMap((h) => h.grams),
  ];
}
