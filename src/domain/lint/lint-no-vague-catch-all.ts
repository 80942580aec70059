/**
 * Rule `no-vague-catch-all`: guides may not end a list with a catch-all ("其他材料",
 * "相关材料", "有关证明"…). The State Council's clean-up of 兜底条款 requires every material
 * and condition to be named, so the applicant can prepare everything in one trip.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { placeInText } from './text-place';

// Longest first, so "其他应当提交的材料" is reported rather than a shorter phrase inside it.
const PHRASES = [
  '其他应当提交的材料', '其他應當提交的材料', '其他需要提交的材料', '规定的其他材料', '規定的其他材料',
  '其他证明材料', '其他證明材料', '其他相关材料', '其他相關材料', '其他必要材料',
  '其他材料', '其它材料', '相关材料', '相關材料', '有关材料', '有關材料',
  '有关证明', '有關證明', '相关证明', '相關證明', '等材料', '等证明', '等證明',
].sort((a, b) => b.length - a.length);

export type VagueMatch = { phrase: string; index: number };

/** Every catch-all phrase in a text, left to right, without overlaps. */
export function findVagueCatchAlls(value: string): VagueMatch[] {
  const matches: VagueMatch[] = [];
  let index = 0;
  while (index < value.length) {
    const phrase = PHRASES.find((candidate) => value.startsWith(candidate, index));
    if (phrase) {
      matches.push({ phrase, index });
      index += phrase.length;
    } else {
      index += 1;
    }
  }
  return matches;
}

/** The message of a catch-all, shared by the Markdown and the plain-field checks. */
export function vagueReason(phrase: string): string {
  return `Unexpected vague catch-all \`${phrase}\`, expected every material or condition named`;
}

/** `tongyuan-lint:no-vague-catch-all` over a Markdown field. */
export const lintNoVagueCatchAll = lintRule<Root>(
  { origin: 'tongyuan-lint:no-vague-catch-all', url: 'content-schemas/README.md#lint' },
  (tree, file) => {
    visit(tree, 'text', (node) => {
      for (const match of findVagueCatchAlls(node.value)) {
        file.message(vagueReason(match.phrase), { place: placeInText(node, match.index, match.phrase.length) });
      }
    });
  },
);
