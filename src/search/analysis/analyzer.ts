/**
 * The Chinese text analyzer both search adapters share. Built once from the vocabulary (the
 * jieba dictionary and pinyin keys are the costly parts) and then pure and deterministic:
 * the same text gives the same terms on every run and for every engine.
 */
import { createHash } from 'node:crypto';
import { mandarinize } from './dialect';
import { foldText, normalizeText } from './normalize';
import { buildPinyinIndex, type PinyinIndex } from './pinyin-index';
import { analyzeQueryText, type AnalyzedQuery } from './query-terms';
import { createSegmenter, type Segmenter } from './segmenter';
import { STOP_WORDS } from './stop-words';
import { buildSynonymTable, type SynonymTable } from './synonym-table';
import {
  analyseText, analyseTexts, analyseTextsAsync, breakTokens, searchWords, type TermContext, type TextTerms,
} from './text-terms';
import type { AnalysisVocabulary } from './vocabulary';

/** Bump when analysis changes what gets indexed: saved embedded indexes are then rebuilt. */
export const ANALYZER_VERSION = 2;

export type Analyzer = {
  /** Changes whenever indexing the same document would give different terms. */
  readonly fingerprint: string;
  /** What it was built from (saved beside an embedded index, so a restart rebuilds the same analyzer). */
  readonly vocabulary: AnalysisVocabulary;
  readonly segmenter: Segmenter;
  readonly synonyms: SynonymTable;
  readonly domainWords: readonly string[];
  readonly stopWords: readonly string[];
  /** Simplified, lower-case, half-width, Cantonese function words in Mandarin. */
  normalize(text: string): string;
  /**
   * Index-side terms of a text: its words (as often as they occur), the official terms its
   * colloquial words and variants stand for, and the bigrams inside its long words.
   */
  analyse(text: string, options?: { wordsOnly?: boolean }): TextTerms;
  /** Several texts in one pass; those from `wordsOnlyFrom` on get words only. */
  analyseAll(texts: readonly string[], wordsOnlyFrom?: number): TextTerms[];
  /** analyseAll with the segmentation off the main thread (reindexing). */
  analyseAllAsync(texts: readonly string[], wordsOnlyFrom?: number): Promise<TextTerms[]>;
  /** Weighted, bounded query terms; pinyin is resolved for Chinese locales only. */
  query(text: string, locale: string): AnalyzedQuery;
};

function fingerprintOf(vocabulary: AnalysisVocabulary, synonyms: SynonymTable): string {
  const hash = createHash('sha256');
  hash.update(`analyzer:${ANALYZER_VERSION}\n`);
  hash.update(vocabulary.domainWords.join('\n'));
  hash.update('\n--\n');
  for (const [key, canonicals] of synonyms.entries()) hash.update(`${key}=${canonicals.join('|')}\n`);
  hash.update([...STOP_WORDS].join(' '));
  return hash.digest('hex').slice(0, 16);
}

/** Counts of the key texts' words and the words inside them (租房 inside 租房提取); one native call per batch. */
function countWords(texts: readonly string[], normalize: (text: string) => string, context: TermContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < texts.length; i += 200) {
    const batch = normalize(texts.slice(i, i + 200).join('\n'));
    for (const token of breakTokens(context.segmenter, batch)) {
      if (token === '') continue;
      for (const word of searchWords(token, context)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** Builds the analyzer; the jieba instance is cached per dictionary. */
export function createAnalyzer(vocabulary: AnalysisVocabulary): Analyzer {
  const synonyms = buildSynonymTable(vocabulary.synonyms);
  const domainWords = [...new Set([...vocabulary.domainWords, ...synonyms.entries().map(([key]) => key)])].sort();
  const fingerprint = fingerprintOf({ ...vocabulary, domainWords }, synonyms);
  const segmenter = createSegmenter(domainWords, fingerprint);
  const context: TermContext = { segmenter, synonyms, domainWords: new Set(domainWords) };
  const normalize = (text: string) => mandarinize(normalizeText(text));
  const counts = countWords([...vocabulary.keyTexts, ...domainWords], normalize, context);
  const pinyin: PinyinIndex = buildPinyinIndex(counts, context.domainWords);
  foldText(''); // builds the highlighting fold table now rather than during the first search
  return {
    fingerprint,
    vocabulary,
    segmenter,
    synonyms,
    domainWords,
    stopWords: [...STOP_WORDS].sort(),
    normalize,
    analyse: (text, options) => analyseText(normalize(text), context, options?.wordsOnly === true),
    analyseAll: (texts, wordsOnlyFrom) => analyseTexts(texts.map(normalize), context, wordsOnlyFrom),
    analyseAllAsync: (texts, wordsOnlyFrom) => analyseTextsAsync(texts.map(normalize), context, wordsOnlyFrom),
    query: (text, locale) => analyzeQueryText(normalize(text), { ...context, pinyin: locale.startsWith('zh') ? pinyin : undefined }),
  };
}
