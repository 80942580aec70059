/**
 * Query-side analysis: filler removed, pinyin resolved to Han words, each word weighted,
 * synonyms expanded to their official terms, and bigrams for tail recall. Expansion is
 * bounded (MAX_TERMS, MAX_GRAMS) so a long or noisy question cannot blow up the search.
 */
import type { PinyinIndex } from './pinyin-index';
import { isNoise, removeFiller } from './stop-words';
import { bigramsOf, breakTokens, searchWords, synonymWindows, type TermContext } from './text-terms';

export const MAX_TERMS = 24;
export const MAX_GRAMS = 16;

/** Where a query term came from; the weight says how much a match on it counts. */
export type QueryTermSource = 'query' | 'part' | 'pinyin' | 'synonym' | 'latin';
/** `groups`: which of the caller's words the term stands for (coverage counts words, not terms). */
export type QueryTerm = { term: string; weight: number; source: QueryTermSource; groups: number[] };

export type AnalyzedQuery = {
  /** The query after normalization and filler removal. */
  text: string;
  /** The words the query is about, as the user said them (pinyin resolved). */
  words: string[];
  /** Weighted terms for word-level matching, strongest first. */
  terms: QueryTerm[];
  /** Bigrams of the query words, matched against bigrams inside long indexed words. */
  grams: string[];
  /** The word (group) each bigram came from. */
  gramGroups: number[];
  /** Weight of each group when counting coverage: domain words (what the question is about) count more. */
  groupWeights: number[];
};

/** A domain word (matter, colloquial name, synonym) names what the caller is asking about. */
const DOMAIN_GROUP_WEIGHT = 1.5;

const WEIGHT: Record<QueryTermSource, number> = { query: 1, synonym: 0.7, pinyin: 0.5, part: 0.45, latin: 0.3 };
const SYNONYM_PIECE_WEIGHT = 0.35;

type QueryContext = TermContext & { pinyin?: PinyinIndex };

class TermBag {
  private readonly terms = new Map<string, QueryTerm>();

  add(term: string, source: QueryTermSource, groups: readonly number[], weight = WEIGHT[source]): void {
    if (term === '' || isNoise(term)) return;
    const known = this.terms.get(term);
    const merged = [...new Set([...(known?.groups ?? []), ...groups])];
    if (!known || known.weight < weight) this.terms.set(term, { term, weight, source, groups: merged });
    else known.groups = merged;
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  strongest(limit: number): QueryTerm[] {
    return [...this.terms.values()].sort((a, b) => b.weight - a.weight).slice(0, limit);
  }
}

/** Latin words become the Han words they spell in pinyin; the Latin word stays as a weak term. */
function resolvePinyin(tokens: string[], context: QueryContext, bag: TermBag): string[] {
  if (!context.pinyin) return tokens;
  const out: string[] = [];
  for (const token of tokens) {
    const candidates = /^[a-z]{2,}$/.test(token) ? context.pinyin.resolve(token) : [];
    if (candidates.length === 0) {
      out.push(token);
      continue;
    }
    const group = [out.length];
    out.push(candidates[0]);
    for (const alternative of candidates.slice(1)) bag.add(alternative, 'pinyin', group);
    bag.add(token, 'latin', group);
  }
  return out;
}

function addSynonyms(tokens: string[], context: QueryContext, bag: TermBag): void {
  const found = synonymWindows(tokens, context.synonyms).map(({ canonical, from, to }) => ({
    canonical, groups: Array.from({ length: to - from + 1 }, (_, i) => from + i),
  }));
  tokens.forEach((token, at) => {
    if (token === '') return;
    for (const part of searchWords(token, context)) {
      for (const canonical of context.synonyms.lookup(part) ?? []) found.push({ canonical, groups: [at] });
    }
  });
  for (const { canonical, groups } of found) {
    bag.add(canonical, 'synonym', groups);
    for (const piece of breakTokens(context.segmenter, canonical)) {
      if (piece !== '' && !bag.has(piece)) bag.add(piece, 'synonym', groups, SYNONYM_PIECE_WEIGHT);
    }
  }
}

function addParts(tokens: string[], context: QueryContext, bag: TermBag): void {
  tokens.forEach((token, at) => {
    if (token.length < 3 || isNoise(token)) return;
    for (const part of searchWords(token, context)) if (part !== token) bag.add(part, 'part', [at]);
  });
}

function addGrams(tokens: string[]): { grams: string[]; gramGroups: number[] } {
  const grams: string[] = [];
  const gramGroups: number[] = [];
  tokens.forEach((token, at) => {
    if (isNoise(token)) return;
    for (const gram of bigramsOf(token)) {
      if (grams.includes(gram) || grams.length >= MAX_GRAMS) continue;
      grams.push(gram);
      gramGroups.push(at);
    }
  });
  return { grams, gramGroups };
}

function isDomainWord(token: string, context: QueryContext): boolean {
  return token.length >= 2 && (context.domainWords.has(token) || context.synonyms.lookup(token) !== undefined);
}

/** Analyses normalized (simplified, Mandarin) query text; `pinyin` only for Chinese locales. */
export function analyzeQueryText(normalized: string, context: QueryContext): AnalyzedQuery {
  const text = removeFiller(normalized).replace(/\s+/g, ' ').trim();
  const bag = new TermBag();
  const tokens = resolvePinyin(breakTokens(context.segmenter, text), context, bag);
  tokens.forEach((token, at) => bag.add(token, 'query', [at]));
  addSynonyms(tokens, context, bag);
  addParts(tokens, context, bag);
  const words = tokens.filter((token) => !isNoise(token));
  const groupWeights = tokens.map((token) => (isDomainWord(token, context) ? DOMAIN_GROUP_WEIGHT : 1));
  return { text, words, terms: bag.strongest(MAX_TERMS), ...addGrams(tokens), groupWeights };
}
