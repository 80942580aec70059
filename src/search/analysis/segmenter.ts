/**
 * Word segmentation: jieba (@node-rs/jieba, native) with the domain dictionary loaded on top
 * of its default dictionary; Intl.Segmenter when the native binary cannot load on this
 * platform. HMM guessing of unknown words is off (it makes inconsistent long tokens,
 * charabia#136); unknown runs fall back to single characters, which bigrams cover.
 *
 * Search mode is jieba's rule (the 2- and 3-character dictionary words inside a longer word)
 * applied here to one precise cut, so each text costs one native call instead of two.
 */
import type { Jieba as JiebaInstance } from '@node-rs/jieba';

export type Segmenter = {
  readonly engine: 'jieba' | 'intl';
  /** Why jieba is not used, when it is not. */
  readonly fallbackReason?: string;
  /** Precise segmentation: one reading of the text. */
  cut(text: string): string[];
  /** The same on the libuv thread pool, so a reindex segments while the main thread indexes. */
  cutAsync(text: string): Promise<string[]>;
  /** Dictionary words of 2–3 characters inside a longer word (jieba's search mode); do not modify. */
  subwords(word: string): readonly string[];
};

type JiebaModule = typeof import('@node-rs/jieba');
type DictModule = typeof import('@node-rs/jieba/dict');
type Loaded = { module: JiebaModule; dict: Uint8Array; shortWords: Set<string> };

let jiebaLoad: Loaded | { error: string } | undefined;
const cache = new Map<string, Segmenter>();

/** The 2- and 3-character words of jieba's dictionary (first column of each line). */
function shortWordsOf(dict: Uint8Array): Set<string> {
  const words = new Set<string>();
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const word = line.slice(0, line.indexOf(' '));
    if (word.length === 2 || word.length === 3) words.add(word);
  }
  return words;
}

function loadJieba(): Loaded | { error: string } {
  if (jiebaLoad) return jiebaLoad;
  try {
    // Loaded lazily: a platform without the native binary must still get a segmenter.
    const module = require('@node-rs/jieba') as JiebaModule;
    const dict = (require('@node-rs/jieba/dict') as DictModule).dict;
    jiebaLoad = { module, dict, shortWords: shortWordsOf(dict) };
  } catch (error) {
    jiebaLoad = { error: error instanceof Error ? error.message : String(error) };
  }
  return jiebaLoad;
}

/** jieba user-dictionary lines: a high frequency makes jieba keep each domain word whole. */
function userDictionary(words: readonly string[]): Buffer {
  const lines = words.filter((word) => /^\S+$/u.test(word)).map((word) => `${word} 200000 n`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

function subwordsOf(word: string, known: (part: string) => boolean): string[] {
  const found: string[] = [];
  for (const size of [2, 3]) {
    if (word.length <= size) continue;
    for (let at = 0; at + size <= word.length; at += 1) {
      const part = word.slice(at, at + size);
      if (known(part)) found.push(part);
    }
  }
  return found;
}

/** Subwords of a word, memoized: the same words recur in every document (do not modify the result). */
function memoizedSubwords(known: (part: string) => boolean): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let parts = memo.get(word);
    if (!parts) {
      if (memo.size > 200_000) memo.clear();
      memo.set(word, (parts = subwordsOf(word, known)));
    }
    return parts;
  };
}

function jiebaSegmenter(jieba: JiebaInstance, known: (part: string) => boolean): Segmenter {
  return {
    engine: 'jieba',
    cut: (text) => jieba.cut(text, false),
    cutAsync: async (text) => (await jieba.cutAsync(text, false)) as string[],
    subwords: memoizedSubwords(known),
  };
}

function intlSegmenter(reason: string, known: (part: string) => boolean): Segmenter {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const cut = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);
  return { engine: 'intl', fallbackReason: reason, cut, cutAsync: async (text) => cut(text), subwords: memoizedSubwords(known) };
}

/** A segmenter knowing these domain words; one jieba instance per distinct dictionary. */
export function createSegmenter(domainWords: readonly string[], cacheKey: string): Segmenter {
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const domain = new Set(domainWords);
  const loaded = loadJieba();
  let segmenter: Segmenter;
  if ('error' in loaded) {
    segmenter = intlSegmenter(loaded.error, (part) => domain.has(part));
  } else {
    const jieba = loaded.module.Jieba.withDict(loaded.dict);
    jieba.loadDict(userDictionary(domainWords));
    segmenter = jiebaSegmenter(jieba, (part) => loaded.shortWords.has(part) || domain.has(part));
  }
  // A new synonym list makes a new dictionary; keep the last few, not every one ever built.
  if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, segmenter);
  return segmenter;
}
