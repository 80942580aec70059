/**
 * Pinyin input: callers (and agents typing fast) write sfz, gjj zufang or buling. Every key
 * word of the vocabulary gets its toneless pinyin (zufang → 租房) and, from three characters
 * up or for domain words, its initials (sfz → 身份证). A query's Latin word resolves to at
 * most a few Han words, domain words and frequent words first; no engine does this natively.
 */
import { pinyin } from 'pinyin-pro';
import { isHan } from './normalize';

const MAX_CANDIDATES = 3;
const MAX_PIECES = 4;

export type PinyinIndex = {
  /** Han words a Latin word may stand for, best first ([] when none). */
  resolve(latin: string): string[];
  readonly size: number;
};

type Candidate = { word: string; rank: number };

function isHanWord(word: string): boolean {
  return word.length >= 2 && [...word].every(isHan);
}

function syllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}

function addCandidate(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = map.get(key) ?? [];
  if (list.some((c) => c.word === candidate.word)) return;
  list.push(candidate);
  list.sort((a, b) => b.rank - a.rank || (a.word < b.word ? -1 : 1));
  if (list.length > MAX_CANDIDATES) list.length = MAX_CANDIDATES;
  map.set(key, list);
}

/** Builds the index from word counts; domain words outrank words merely seen in questions. */
export function buildPinyinIndex(wordCounts: ReadonlyMap<string, number>, domainWords: ReadonlySet<string>): PinyinIndex {
  const keys = new Map<string, Candidate[]>();
  for (const [word, count] of wordCounts) {
    if (!isHanWord(word)) continue;
    const parts = syllables(word);
    const isDomain = domainWords.has(word);
    const rank = (isDomain ? 1_000_000 : 0) + count;
    addCandidate(keys, parts.join(''), { word, rank });
    if (word.length >= 3 || isDomain) addCandidate(keys, parts.map((p) => p[0]).join(''), { word, rank: rank / 2 });
  }
  const lookup = (key: string) => keys.get(key)?.map((c) => c.word) ?? [];
  return {
    resolve: (latin) => {
      const key = latin.toLowerCase().replace(/ü/g, 'v');
      const direct = lookup(key);
      return direct.length > 0 ? direct : splitResolve(key, lookup);
    },
    size: keys.size,
  };
}

/** A run such as gjjzufang: the fewest known pieces covering it, first candidate of each. */
function splitResolve(key: string, lookup: (key: string) => string[]): string[] {
  if (key.length > 40) return [];
  const best: Array<string[] | undefined> = new Array(key.length + 1).fill(undefined);
  best[0] = [];
  for (let end = 1; end <= key.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      const words = before && before.length < MAX_PIECES ? lookup(key.slice(start, end)) : [];
      if (before && words.length > 0 && (!best[end] || (best[end] as string[]).length > before.length + 1)) {
        best[end] = [...before, words[0]];
      }
    }
  }
  return best[key.length] ?? [];
}
