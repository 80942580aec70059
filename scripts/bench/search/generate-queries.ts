/**
 * Bench queries over the generated corpus, the mix an agent's console sees: exact standard
 * questions, colloquial phrasings with filler, traditional characters, pinyin initials,
 * the tail of a long word, bare matter names (the broadest queries) and a typo.
 */
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import type { BenchCorpus } from './generate-corpus';
import { seededRandom, type Random } from './random';

/** A bench query, with the matter subject it was made from (to check the first hit is about it). */
export type BenchQuery = { text: string; style: string; subject?: string };

const FILLERS = ['', '', '请问', '我想问一下', '你好，', '麻烦问下'];
const INTENTS = ['多少钱', '要多久', '在哪里办', '要带什么资料', '怎么申请', '能网上办吗', '有什么条件', '几耐有得拎', '去边度办', '要几多钱'];
const PINYIN_INTENTS = ['shoufei', 'duojiu', 'cailiao', 'nali', 'tiaojian', 'wangshang'];
const PARTICLES = ['', '', '啊', '呢', '吗'];
const TYPO_CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

function initials(word: string): string {
  return pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}

function colloquial(shortName: string, rnd: Random): string {
  return `${rnd.pick(FILLERS)}${shortName}${rnd.pick(INTENTS)}${rnd.pick(PARTICLES)}`;
}

function oneQuery(corpus: BenchCorpus, rnd: Random): BenchQuery {
  const point = rnd.pick(corpus.knowledgePoints);
  const matter = rnd.pick(corpus.matters);
  // Short names are shared by the matters of one object (申请, 变更 …): the subject is the object.
  const shortName = matter.shortName ?? matter.taskName;
  const roll = rnd.next();
  const own = corpus.matters.find((m) => m.code === point.matter)?.shortName;
  if (roll < 0.25) return { text: point.standardQuestion, style: 'exact', subject: own };
  if (roll < 0.5) return { text: colloquial(shortName, rnd), style: 'colloquial', subject: shortName };
  if (roll < 0.575) return { text: toTraditional(point.standardQuestion), style: 'traditional', subject: own };
  if (roll < 0.65) return { text: toTraditional(colloquial(shortName, rnd)), style: 'traditional', subject: shortName };
  if (roll < 0.75) return { text: `${initials(shortName)} ${rnd.pick(PINYIN_INTENTS)}`, style: 'pinyin', subject: shortName };
  if (roll < 0.85) return { text: `${shortName.slice(-rnd.int(2, 3))}${rnd.pick(INTENTS)}`, style: 'tail' };
  if (roll < 0.95) return { text: shortName, style: 'name', subject: shortName };
  const at = rnd.int(0, shortName.length - 1);
  return { text: shortName.slice(0, at) + rnd.pick([...TYPO_CHARS]) + shortName.slice(at + 1), style: 'typo', subject: shortName };
}

/** `count` queries over the corpus, the same ones for the same seed. */
export function generateQueries(corpus: BenchCorpus, count = 2000, seed = 7): BenchQuery[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => oneQuery(corpus, rnd));
}
