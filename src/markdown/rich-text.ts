/**
 * The inline tree every presenter formats: what guide Markdown becomes once it is parsed and
 * its directives are resolved. It is deliberately small — text runs, terms with their
 * plain-language note (白话), links — so a hotline script, a print page and a kiosk page can
 * all render it without knowing Markdown, and "the text" of it is defined once, here.
 */

/** Plain text. Marks are formatting only; they never change the wording. */
export type TextRun = { type: 'text'; value: string; strong?: true; emphasis?: true; code?: true };

/** A term with its plain-language note, from `:term[不动产权证书]{plain="就是常说的房产证"}`. */
export type TermRun = { type: 'term'; text: string; plain: string };

/** What a link points to, so a print page can spell out a form and a kiosk can enlarge it. */
export type LinkKind = 'external' | 'sample' | 'blank' | 'location' | 'online';

/** A link with safe `href` (http, https, mailto, tel or site-relative). */
export type LinkRun = { type: 'link'; text: string; href: string; kind: LinkKind };

export type Inline = TextRun | TermRun | LinkRun;

export type Paragraph = { type: 'paragraph'; runs: Inline[] };

/** A list; each item is a sequence of blocks (nested lists stay nested). */
export type List = { type: 'list'; ordered: boolean; start?: number; items: Block[][] };

export type Block = Paragraph | List;

/** Brackets around a plain note: full-width in Chinese, spaced parentheses in English. */
export function noteBrackets(lang: string): readonly [string, string] {
  return lang.startsWith('zh') ? ['（', '）'] : [' (', ')'];
}

/** The canonical text of one inline run in a language. */
export function inlineText(run: Inline, lang: string): string {
  if (run.type === 'text') return run.value;
  if (run.type === 'link') return run.text;
  const [open, close] = noteBrackets(lang);
  return `${run.text}${open}${run.plain}${close}`;
}

/** The canonical text of a line of runs. */
export function runsText(runs: readonly Inline[], lang: string): string {
  return runs.map((run) => inlineText(run, lang)).join('');
}

/** The canonical text of blocks: one line per paragraph and per list item. */
export function blocksText(blocks: readonly Block[], lang: string): string {
  return blocks.map((block) => blockText(block, lang)).join('\n');
}

function blockText(block: Block, lang: string): string {
  if (block.type === 'paragraph') return runsText(block.runs, lang);
  return block.items.map((item) => blocksText(item, lang)).join('\n');
}

/**
 * Text as compared across channels: every run of whitespace is one space. Presenters may
 * break lines and indent differently; they may not change a single visible character.
 */
export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Runs with adjacent text runs of the same marks merged, and empty text runs dropped. */
export function mergeRuns(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    if (run.type === 'text' && run.value === '') continue;
    const last = merged.at(-1);
    if (last?.type === 'text' && run.type === 'text' && sameMarks(last, run)) {
      merged[merged.length - 1] = { ...last, value: last.value + run.value };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.strong === b.strong && a.emphasis === b.emphasis && a.code === b.code;
}

/** A single text run as a line; the common case for plain string fields. */
export function plainRuns(value: string): Inline[] {
  return value === '' ? [] : [{ type: 'text', value }];
}
