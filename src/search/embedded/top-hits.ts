/**
 * The best `count` matches without sorting all of them: a bounded min-heap, ties broken by
 * code then id so equal scores always come back in the same order. Versions of one item
 * (same distinct key) are collapsed to the best-scored one.
 */
import type { Matches } from './score-query';
import type { StoredDocument } from './index-state';

/** True when match a ranks before match b. */
function before(matches: Matches, a: number, b: number): boolean {
  const sa = matches.scores[a];
  const sb = matches.scores[b];
  if (sa !== sb) return sa > sb;
  const da = matches.stored[a].doc;
  const db = matches.stored[b].doc;
  if (da.code !== db.code) return da.code < db.code;
  return da.id < db.id;
}

/** Indices of the best `k` matches, best first. */
export function bestIndices(matches: Matches, k: number): number[] {
  const heap: number[] = [];
  const worseFirst = (a: number, b: number) => before(matches, b, a);
  const siftUp = (at: number) => {
    for (let i = at; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!worseFirst(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const siftDown = () => {
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worseFirst(heap[left], heap[worst])) worst = left;
      if (right < heap.length && worseFirst(heap[right], heap[worst])) worst = right;
      if (worst === i) break;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  for (let i = 0; i < matches.scores.length; i += 1) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (k > 0 && before(matches, i, heap[0])) {
      heap[0] = i;
      siftDown();
    }
  }
  return heap.sort((a, b) => (before(matches, a, b) ? -1 : 1));
}

/** The best `count` matches with one per distinct key, as [stored, score] pairs. */
export function topHits(matches: Matches, count: number): Array<{ stored: StoredDocument; score: number }> {
  for (let k = count + 8; ; k *= 2) {
    const seen = new Set<number>();
    const hits: Array<{ stored: StoredDocument; score: number }> = [];
    for (const i of bestIndices(matches, k)) {
      const stored = matches.stored[i];
      if (seen.has(stored.distinct)) continue;
      seen.add(stored.distinct);
      hits.push({ stored, score: matches.scores[i] });
    }
    if (hits.length >= count || k >= matches.scores.length) return hits.slice(0, count);
  }
}
