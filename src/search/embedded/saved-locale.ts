/**
 * A locale index as flat arrays for the saved file, and back. Posting lists come back as
 * views into the big arrays (no copy per term); the first write to one copies it out.
 */
import { WORD_FIELD_COUNT } from './analysed-record';
import type { StoredDocument } from './index-state';
import { LocaleIndex } from './locale-index';
import { Postings } from './postings';

export type SavedLocale = {
  words: string[];
  grams: string[];
  /** Posting-list lengths: WORD_FIELD_COUNT per word (0 = none), then one per bigram. */
  counts: Int32Array;
  docs: Int32Array;
  freqs: Uint16Array;
  /** Field lengths per document, FIELDS order. */
  lengths: Uint16Array[];
};

/** Compacts the index and flattens it. */
export function flattenLocale(index: LocaleIndex): SavedLocale {
  index.compact();
  const words = [...index.words.keys()];
  const grams = [...index.grams.keys()];
  const lists: Array<Postings | undefined> = [
    ...words.flatMap((word) => index.words.get(word) as Array<Postings | undefined>),
    ...grams.map((gram) => index.grams.get(gram)),
  ];
  const counts = Int32Array.from(lists, (list) => list?.length ?? 0);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const docs = new Int32Array(total);
  const freqs = new Uint16Array(total);
  let at = 0;
  for (const list of lists) {
    if (!list) continue;
    docs.set(list.docs.subarray(0, list.length), at);
    freqs.set(list.freqs.subarray(0, list.length), at);
    at += list.length;
  }
  const size = index.docs.size;
  return { words, grams, counts, docs, freqs, lengths: index.docs.lengths.map((l) => l.slice(0, size)) };
}

function view(saved: SavedLocale, at: number, length: number): Postings {
  return new Postings(saved.docs.subarray(at, at + length), saved.freqs.subarray(at, at + length), length);
}

/** Rebuilds a locale index from its flat form and its documents (in saved order). */
export function restoreLocale(saved: SavedLocale, stored: StoredDocument[]): LocaleIndex {
  const index = new LocaleIndex();
  let list = 0;
  let at = 0;
  for (const word of saved.words) {
    const lists = new Array<Postings | undefined>(WORD_FIELD_COUNT).fill(undefined);
    for (let field = 0; field < WORD_FIELD_COUNT; field += 1, list += 1) {
      const length = saved.counts[list];
      if (length > 0) lists[field] = view(saved, at, length);
      at += length;
    }
    index.words.set(word, lists);
  }
  for (const gram of saved.grams) {
    const length = saved.counts[list];
    index.grams.set(gram, view(saved, at, length));
    at += length;
    list += 1;
  }
  index.adoptRestored(stored, saved.lengths);
  return index;
}
