/**
 * Scoring one query over a locale index: BM25+ per field (MiniSearch's formula and field
 * boosts) summed over the query's weighted terms, times coverage — how many of the caller's
 * words (groups) a document matches, domain words counting more — times the type boost.
 * Matches scoring under a small share of the best are dropped (they would never be read and
 * only inflate totals). Buffers are reused: searches run one at a time on the event loop.
 */
import type { AnalyzedQuery } from '../analysis/query-terms';
import { FIELD_BOOSTS, GRAM_FIELD } from './analysed-record';
import type { StoredDocument } from './index-state';
import type { LocaleIndex } from './locale-index';
import type { Postings } from './postings';

const K1 = 1.2;
const B = 0.7;
const D = 0.5;
/** Weight of a bigram match relative to a word match. */
const GRAM_WEIGHT = 0.35;
/**
 * A term in more than this share of documents (and at least COMMON_MIN_DF) only adds to
 * documents other terms found: it barely changes their order but would drag in half the
 * corpus (申请, 办理, 东莞). When every term is that common, they find documents after all.
 */
const COMMON_SHARE = 0.04;
const COMMON_MIN_DF = 1000;
/** Matches below this share of the best score are not results. */
const RELATIVE_CUTOFF = 0.1;
/** Weaker terms (words inside words, synonym pieces, Latin leftovers) are not looked up in answer text. */
const BODY_MIN_WEIGHT = 0.5;
const BODY_FIELD = 4;

/** Validity at `now` unless inactive documents are asked for; `accept` for field filters. */
export type DocFilter = { now: number; includeInactive: boolean; accept?: (stored: StoredDocument) => boolean };
export type Matches = { stored: StoredDocument[]; scores: number[] };

type Source = { lists: ReadonlyArray<Postings | undefined>; fieldOffset: number; weight: number; bits: number; df: number };

function groupBits(groups: readonly number[]): number {
  let bits = 0;
  for (const group of groups) bits |= 1 << Math.min(group, 30);
  return bits >>> 0;
}

function coverageOf(bits: number, groupWeights: readonly number[]): number {
  let total = 0;
  for (let group = 0; group <= 30; group += 1) if (bits & (1 << group)) total += groupWeights[group] ?? 1;
  return Math.max(1, total);
}

function sourcesOf(index: LocaleIndex, analysed: AnalyzedQuery): Source[] {
  const sources: Source[] = [];
  for (const term of analysed.terms) {
    const lists = index.words.get(term.term);
    if (!lists) continue;
    const df = lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);
    sources.push({ lists, fieldOffset: 0, weight: term.weight, bits: groupBits(term.groups), df });
  }
  analysed.grams.forEach((gram, i) => {
    const list = index.grams.get(gram);
    if (!list) return;
    sources.push({ lists: [list], fieldOffset: GRAM_FIELD, weight: GRAM_WEIGHT, bits: groupBits([analysed.gramGroups[i]]), df: list.length });
  });
  return sources;
}

/** Scores queries against one locale index, reusing its buffers. */
export class QueryScorer {
  private acc = new Float64Array(0);
  private mask = new Uint32Array(0);
  private touched = new Int32Array(0);
  private final = new Float64Array(0);
  private count = 0;
  /** Coverage by group bits for the current query (bits below 2^12; NaN = not computed yet). */
  private readonly coverage = new Float64Array(1 << 12);

  private ensure(capacity: number): void {
    if (this.acc.length >= capacity) return;
    this.acc = new Float64Array(capacity);
    this.mask = new Uint32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.final = new Float64Array(capacity);
  }

  /** Adds one posting list's BM25+ contributions. */
  private accumulate(index: LocaleIndex, list: Postings, field: number, weight: number, bits: number, onlyTouched: boolean): void {
    const { docs: numbers, freqs } = list;
    const { alive, lengths, lengthSums, live } = index.docs;
    const idf = Math.log(1 + (live - list.length + 0.5) / (list.length + 0.5));
    const scale = weight * FIELD_BOOSTS[field] * idf;
    const average = lengthSums[field] / Math.max(1, live) || 1;
    const fieldLengths = lengths[field];
    const { acc, mask, touched } = this;
    for (let i = 0; i < list.length; i += 1) {
      const doc = numbers[i];
      if (alive[doc] === 0 || (onlyTouched && mask[doc] === 0)) continue;
      const tf = freqs[i];
      const part = D + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * fieldLengths[doc]) / average));
      if (mask[doc] === 0) touched[this.count++] = doc;
      acc[doc] += scale * part;
      mask[doc] |= bits;
    }
  }

  score(index: LocaleIndex, analysed: AnalyzedQuery, filter: DocFilter): Matches {
    this.ensure(index.docs.size);
    this.count = 0;
    const common = Math.max(COMMON_MIN_DF, COMMON_SHARE * index.docs.live);
    const sources = sourcesOf(index, analysed);
    const run = (source: Source, onlyTouched: boolean) => source.lists.forEach((list, i) => {
      const field = source.fieldOffset + i;
      if (!list || (field === BODY_FIELD && source.weight < BODY_MIN_WEIGHT)) return;
      this.accumulate(index, list, field, source.weight, source.bits, onlyTouched);
    });
    for (const source of sources) if (source.df <= common) run(source, false);
    const onlyTouched = this.count > 0;
    for (const source of sources) if (source.df > common) run(source, onlyTouched);
    return this.collect(index, analysed.groupWeights, filter);
  }

  /** Final scores of the touched documents the filter accepts; buffers are reset on the way. */
  private collect(index: LocaleIndex, groupWeights: readonly number[], filter: DocFilter): Matches {
    const { published, fromMs, toMs, typeBoost, stored } = index.docs;
    const { acc, mask, touched, final, coverage } = this;
    const wide = new Map<number, number>();
    coverage.fill(NaN);
    const now = filter.now;
    let best = 0;
    for (let i = 0; i < this.count; i += 1) {
      const doc = touched[i];
      const bits = mask[doc];
      const score = acc[doc];
      acc[doc] = 0;
      mask[doc] = 0;
      final[i] = -1;
      if (!filter.includeInactive && (published[doc] === 0 || fromMs[doc] > now || now >= toMs[doc])) continue;
      if (filter.accept && !filter.accept(stored[doc] as StoredDocument)) continue;
      let covered = bits < coverage.length ? coverage[bits] : (wide.get(bits) ?? NaN);
      if (Number.isNaN(covered)) {
        covered = coverageOf(bits, groupWeights);
        if (bits < coverage.length) coverage[bits] = covered;
        else wide.set(bits, covered);
      }
      final[i] = score * covered * typeBoost[doc];
      if (final[i] > best) best = final[i];
    }
    const matches: Matches = { stored: [], scores: [] };
    const cutoff = best * RELATIVE_CUTOFF;
    for (let i = 0; i < this.count; i += 1) {
      if (final[i] <= 0 || final[i] < cutoff) continue;
      matches.stored.push(stored[touched[i]] as StoredDocument);
      matches.scores.push(final[i]);
    }
    return matches;
  }
}
