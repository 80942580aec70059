/**
 * Index-side analysis of one text, in one pass over two jieba segmentations: the words an
 * engine indexes, the official terms its colloquial words stand for (aliases), and the
 * bigrams inside long words (tail and middle recall: 简单 finds 安装简单, which
 * prefix-only engines miss).
 */
import { isHan } from './normalize';
import type { Segmenter } from './segmenter';
import { hasWordChar, isNoise, STOP_WORDS } from './stop-words';
import { MAX_SYNONYM_WINDOW, type SynonymTable } from './synonym-table';

const MIN_SUBWORD = 4;
const MAX_SUBWORD = 8;

export type TermContext = {
  segmenter: Segmenter;
  synonyms: SynonymTable;
  domainWords: ReadonlySet<string>;
};

export type TextTerms = { words: string[]; aliases: string[]; grams: string[] };

const subwordCaches = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/** Domain words of 4–8 characters inside a longer token (jieba's search mode stops at 3); memoized, do not modify. */
export function domainSubwords(token: string, domainWords: ReadonlySet<string>): readonly string[] {
  if (token.length <= MIN_SUBWORD) return [];
  let subwordCache = subwordCaches.get(domainWords);
  if (!subwordCache) subwordCaches.set(domainWords, (subwordCache = new Map()));
  const cached = subwordCache.get(token);
  if (cached) return cached;
  const found = findSubwords(token, domainWords);
  // Long tokens are mostly matter names, repeated across documents; bound the memo anyway.
  if (subwordCache.size > 100_000) subwordCache.clear();
  subwordCache.set(token, found);
  return found;
}

function findSubwords(token: string, domainWords: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let start = 0; start < token.length; start += 1) {
    for (let length = MIN_SUBWORD; length <= MAX_SUBWORD && start + length <= token.length; length += 1) {
      if (length === token.length) continue;
      const part = token.slice(start, start + length);
      if (domainWords.has(part)) found.push(part);
    }
  }
  return found;
}

/** Precise segmentation with punctuation and spaces as '' (a break no synonym spans). */
export function breakTokens(segmenter: Segmenter, analysed: string): string[] {
  const tokens = segmenter.cut(analysed);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!hasWordChar(token)) tokens[i] = '';
    else if (token.trim() !== token) tokens[i] = token.trim();
  }
  return tokens;
}

/** Synonyms found in windows of 1–4 tokens, with the positions each window covers. */
export function synonymWindows(tokens: readonly string[], synonyms: SynonymTable): Array<{ canonical: string; from: number; to: number }> {
  const found: Array<{ canonical: string; from: number; to: number }> = [];
  for (let start = 0; start < tokens.length; start += 1) {
    let key = '';
    for (let end = start; end < start + MAX_SYNONYM_WINDOW && end < tokens.length && tokens[end] !== ''; end += 1) {
      key += tokens[end];
      for (const canonical of synonyms.lookup(key) ?? []) found.push({ canonical, from: start, to: end });
    }
  }
  return found;
}

/** Bigrams of the Han runs of one word. */
export function bigramsOf(word: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (isHan(word[i]) && isHan(word[i + 1])) grams.push(word.slice(i, i + 2));
  }
  return grams;
}

/** A word followed by the dictionary words inside it (jieba search mode, plus 4–8 character domain words). */
export function searchWords(token: string, context: TermContext): string[] {
  if (token.length <= 2) return [token];
  return [...context.segmenter.subwords(token), ...domainSubwords(token, context.domainWords), token];
}

/** Appends a token's search words that are not stop words. */
function pushSearchWords(token: string, context: TermContext, words: string[]): void {
  words.push(token);
  if (token.length <= 2) return;
  for (const part of context.segmenter.subwords(token)) if (!STOP_WORDS.has(part)) words.push(part);
  if (token.length > MIN_SUBWORD) words.push(...domainSubwords(token, context.domainWords));
}

/** Words, aliases and bigrams of precise tokens (breaks as ''); `wordsOnly` skips aliases and bigrams. */
function termsOfTokens(precise: string[], context: TermContext, wordsOnly: boolean): TextTerms {
  const words: string[] = [];
  for (const token of precise) {
    if (token !== '' && !STOP_WORDS.has(token)) pushSearchWords(token, context, words);
  }
  if (wordsOnly) return { words, aliases: [], grams: [] };
  const aliases = new Set(synonymWindows(precise, context.synonyms).map((found) => found.canonical));
  for (const word of words) for (const canonical of context.synonyms.lookup(word) ?? []) aliases.add(canonical);
  const grams: string[] = [];
  for (const token of precise) if (token.length >= 3 && !isNoise(token)) grams.push(...bigramsOf(token));
  return { words, aliases: [...aliases], grams };
}

/** Words (repeated as they occur), aliases and long-word bigrams; `wordsOnly` skips aliases and bigrams. */
export function analyseText(analysed: string, context: TermContext, wordsOnly = false): TextTerms {
  return termsOfTokens(breakTokens(context.segmenter, analysed), context, wordsOnly);
}

const FIELD_SEPARATOR = '\u0001';

/**
 * Several analysed texts in one native call (joined by a control character jieba returns as
 * its own token); texts from `wordsOnlyFrom` on get words only.
 */
export function analyseTexts(analysed: readonly string[], context: TermContext, wordsOnlyFrom = analysed.length): TextTerms[] {
  return termsOfJoined(context.segmenter.cut(joinTexts(analysed)), analysed.length, context, wordsOnlyFrom);
}

/** analyseTexts with the segmentation on the thread pool. */
export async function analyseTextsAsync(analysed: readonly string[], context: TermContext, wordsOnlyFrom = analysed.length): Promise<TextTerms[]> {
  return termsOfJoined(await context.segmenter.cutAsync(joinTexts(analysed)), analysed.length, context, wordsOnlyFrom);
}

function joinTexts(analysed: readonly string[]): string {
  return analysed.map((text) => text.replaceAll(FIELD_SEPARATOR, ' ')).join(FIELD_SEPARATOR);
}

function termsOfJoined(raw: readonly string[], count: number, context: TermContext, wordsOnlyFrom: number): TextTerms[] {
  const fields: string[][] = [[]];
  for (const token of raw) {
    if (token === FIELD_SEPARATOR) fields.push([]);
    else fields[fields.length - 1].push(hasWordChar(token) ? token.trim() : '');
  }
  return Array.from({ length: count }, (_, i) => termsOfTokens(fields[i] ?? [], context, i >= wordsOnlyFrom));
}
