/**
 * How a bundle (一件事) Publication words what is not free text: the order of its members, who
 * provides a planned material, which members use it. Like phrases.ts, these words become part
 * of the Publication, so every channel says them alike.
 */
import type { Locale } from '../value-sets';

type BundlePhrases = {
  /** The members a member waits for: "在「出生医学证明签发」之后办理". */
  after: (names: readonly string[]) => string;
  /** An optional member. */
  optional: string;
  /** A material an earlier member produces: "由前序事项生成（出生医学证明签发）". */
  generatedBy: (name: string) => string;
  /** The members that use a material. */
  usedIn: (names: readonly string[]) => string;
  /** A material every member uses. */
  usedByAll: string;
};

/**
 * 「A」「B」和「C」: names are quoted because they may contain "、" themselves, and quoted
 * items in a series take no 顿号 between them (GB/T 15834-2011, 4.5.3.5).
 */
function chineseNames(names: readonly string[], and: string): string {
  const quoted = names.map((name) => `「${name}」`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('')}${and}${quoted.at(-1)}`;
}

function englishNames(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

const ZH_CN: BundlePhrases = {
  after: (names) => `在${chineseNames(names, '和')}之后办理`,
  optional: '自愿选择办理',
  generatedBy: (name) => `由前序事项生成（${name}）`,
  usedIn: (names) => chineseNames(names, '和'),
  usedByAll: '全部事项',
};

const ZH_HK: BundlePhrases = {
  after: (names) => `在${chineseNames(names, '和')}之後辦理`,
  optional: '自願選擇辦理',
  generatedBy: (name) => `由前序事項生成（${name}）`,
  usedIn: (names) => chineseNames(names, '和'),
  usedByAll: '全部事項',
};

const EN: BundlePhrases = {
  after: (names) => `After ${englishNames(names)}`,
  optional: 'Optional: apply only if you need it',
  generatedBy: (name) => `Produced by an earlier step (${name})`,
  usedIn: (names) => englishNames(names),
  usedByAll: 'Every service in this bundle',
};

const PHRASES: Readonly<Record<Locale, BundlePhrases>> = { 'zh-CN': ZH_CN, 'zh-HK': ZH_HK, en: EN };

/** The bundle phrase builders of a locale. */
export function bundlePhrasesOf(locale: Locale): BundlePhrases {
  return PHRASES[locale];
}
