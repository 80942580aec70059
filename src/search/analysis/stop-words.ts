/**
 * Filler callers say before the question (removed from queries) and function words that
 * carry no meaning for retrieval (dropped from queries and documents). Intent words such as
 * 哪里, 多久, 多少钱, 怎么 are kept: they tell which knowledge point of a matter is wanted.
 */

/** Phrases removed from a query before segmentation, longest first. */
export const FILLER_PHRASES: readonly string[] = [
  '我想咨询一下', '麻烦问一下', '我想了解一下', '帮我查一下', '帮忙查一下', '我想问一下', '打扰一下',
  '我想问下', '想问一下', '麻烦问下', '我想咨询', '咨询一下', '了解一下', '我想知道', '帮我查下',
  '想问下', '问一下', '咨询下', '请问', '请教', '你好', '您好', '你们好', '谢谢', '麻烦', '问下', '喂', '咋',
].slice().sort((a, b) => b.length - a.length);

/** Chinese function words and particles. */
const CHINESE_STOP_WORDS = [
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '咯', '喔', '哈', '啦', '咋', '哇', '嗯', '诶', '欸', '么', '哩', '噢',
  '我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '咱', '咱们', '自己', '人家',
  '是', '在', '和', '与', '及', '或', '就', '都', '也', '还', '又', '再', '很', '太', '得', '地', '着', '过',
  '把', '被', '给', '让', '对', '向', '从', '由', '将', '而', '并', '且', '但', '则', '即',
  '这', '那', '这个', '那个', '这些', '那些', '个', '一个', '一下', '下', '些', '一些',
  '请', '想', '要', '会', '能', '可', '可以', '需要', '应当', '应该',
  '其', '之', '所', '以', '于', '为', '等', '按',
];

/** English function words (the en locale). */
const ENGLISH_STOP_WORDS = [
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or',
  'is', 'are', 'was', 'be', 'been', 'do', 'does', 'did', 'i', 'me', 'my', 'we', 'you', 'your',
  'it', 'its', 'this', 'that', 'these', 'those', 'can', 'could', 'should', 'would', 'will',
  'please', 'hello', 'hi', 'there', 'any',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...CHINESE_STOP_WORDS, ...ENGLISH_STOP_WORDS]);

/** Removes filler phrases (请问, 我想问一下 …) from a normalized query. */
export function removeFiller(text: string): string {
  let out = text;
  for (const phrase of FILLER_PHRASES) out = out.split(phrase).join(' ');
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the token has a letter or digit (Han and ASCII are decided without a regex). */
export function hasWordChar(token: string): boolean {
  const code = token.charCodeAt(0);
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  return WORD_CHAR.test(token);
}

/** True for a token that carries no meaning for retrieval: a stop word, punctuation or space. */
export function isNoise(token: string): boolean {
  return STOP_WORDS.has(token) || !hasWordChar(token);
}
