/**
 * Synonyms as data: each colloquial or variant term (身份證, sfz, 红本, 公基金) points at the
 * official term it means. Lookup keys are analysed like any text (simplified, Cantonese
 * mapped, punctuation removed), so the table matches what segmentation produces.
 */
import type { Synonym } from '../../domain/guide';
import { mandarinize } from './dialect';
import { normalizeText } from './normalize';

/** Canonical terms a variant may mean (残疾人补贴 means two), at most this many. */
const MAX_CANONICALS = 3;
/** Longest variant, in segmented words, looked up in a window of tokens. */
export const MAX_SYNONYM_WINDOW = 4;

export type SynonymTable = {
  /** Canonical terms (punctuation-free) for a variant or canonical key. */
  lookup(key: string): readonly string[] | undefined;
  /** Every variant key with its canonicals, sorted (for engine settings). */
  entries(): ReadonlyArray<readonly [string, readonly string[]]>;
  readonly size: number;
};

/** The lookup form of a synonym term: analysed, without spaces or punctuation. */
export function synonymKey(term: string): string {
  return mandarinize(normalizeText(term)).replace(/[^\p{L}\p{N}]+/gu, '');
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Builds the variant → canonical table; a canonical also maps to itself. */
export function buildSynonymTable(synonyms: readonly Synonym[]): SynonymTable {
  const map = new Map<string, string[]>();
  const add = (key: string, canonical: string) => {
    if (key === '' || canonical === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(canonical) && list.length < MAX_CANONICALS) list.push(canonical);
    map.set(key, list);
  };
  for (const synonym of synonyms) {
    const canonical = synonymKey(synonym.canonical);
    add(canonical, canonical);
    for (const variant of synonym.variants) add(synonymKey(variant), canonical);
  }
  const sorted = [...map.entries()].sort(([a], [b]) => compareCodePoints(a, b));
  return {
    lookup: (key) => map.get(key),
    entries: () => sorted,
    size: map.size,
  };
}
