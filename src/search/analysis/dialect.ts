/**
 * Cantonese (粤语) function words callers type or speech-to-text writes, mapped to the
 * Mandarin words the guides use. Applied to documents and queries alike after
 * simplification, so 要几多钱 and 要多少钱 become the same terms. Domain words (出生纸, 红本…)
 * are not here: they are synonyms, kept as editable data.
 */
const CANTONESE_TO_MANDARIN: ReadonlyArray<readonly [string, string]> = [
  ['乜嘢', '什么'], ['咩嘢', '什么'], ['咩', '什么'], ['乜', '什么'],
  ['点样', '怎么'], ['点解', '为什么'], ['点算', '怎么办'], ['点办', '怎么办'],
  ['边度', '哪里'], ['边处', '哪里'], ['边个', '谁'], ['边啲', '哪些'],
  ['几多', '多少'], ['几耐', '多久'],
  ['唔该', '请'], ['唔使', '不用'], ['唔见', '丢失'], ['唔', '不'],
  ['冇', '没有'], ['喺', '在'], ['嘅', '的'], ['咗', '了'], ['啲', '些'], ['嚟', '来'],
  ['攞', '拿'], ['畀', '给'], ['俾', '给'], ['揾', '找'], ['睇', '看'],
  ['搞掂', '办好'], ['屋企', '家'], ['而家', '现在'], ['依家', '现在'], ['同埋', '和'],
  ['佢哋', '他们'], ['我哋', '我们'], ['佢', '他'], ['咁', '这么'],
];

const PATTERN = new RegExp(
  [...CANTONESE_TO_MANDARIN].sort((a, b) => b[0].length - a[0].length).map(([from]) => from).join('|'),
  'g',
);
const REPLACEMENT = new Map(CANTONESE_TO_MANDARIN);

/** Replaces Cantonese function words by their Mandarin equivalents (input already simplified). */
export function mandarinize(text: string): string {
  return text.replace(PATTERN, (word) => REPLACEMENT.get(word) ?? word);
}
