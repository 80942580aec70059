/**
 * Rich text → hast, shared by the HTML presenters (web, window, kiosk). A term keeps its
 * plain note visible inline, in brackets, and ties it to the term with aria-describedby so a
 * screen reader announces it as the term's description.
 */
import type { ElementContent } from 'hast';
import { h, text } from './hast-builder';
import { type Block, type Inline, type TextRun, noteBrackets } from './rich-text';

/** Rendering state: the language and a counter for plain-note ids, unique per page. */
export type HastContext = { lang: string; nextId: () => string };

/** A rendering context whose ids are `${prefix}1`, `${prefix}2`, … */
export function hastContext(lang: string, prefix = 'note-'): HastContext {
  let count = 0;
  return { lang, nextId: () => `${prefix}${++count}` };
}

/** A line of runs as inline hast. */
export function runsToHast(runs: readonly Inline[], ctx: HastContext): ElementContent[] {
  return runs.flatMap((run) => inlineToHast(run, ctx));
}

/** Blocks as hast: paragraphs and (nested) lists. */
export function blocksToHast(blocks: readonly Block[], ctx: HastContext): ElementContent[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return h('p', {}, runsToHast(block.runs, ctx));
    const items = block.items.map((item) => h('li', {}, itemContent(item, ctx)));
    if (!block.ordered) return h('ul', {}, items);
    return h('ol', { start: block.start }, items);
  });
}

function itemContent(item: readonly Block[], ctx: HastContext): ElementContent[] {
  // A tight item of one paragraph needs no <p>; the text is the same either way.
  const [first] = item;
  if (item.length === 1 && first.type === 'paragraph') return runsToHast(first.runs, ctx);
  return blocksToHast(item, ctx);
}

function inlineToHast(run: Inline, ctx: HastContext): ElementContent[] {
  if (run.type === 'text') return textToHast(run);
  if (run.type === 'link') return [h('a', { href: run.href, className: [`link-${run.kind}`] }, run.text)];
  const id = ctx.nextId();
  const [open, close] = noteBrackets(ctx.lang);
  return [
    h('span', { className: ['term'] },
      h('dfn', { ariaDescribedBy: [id] }, run.text),
      h('span', { id, className: ['plain-note'], role: 'note' }, `${open}${run.plain}${close}`)),
  ];
}

function textToHast(run: TextRun): ElementContent[] {
  const lines = run.value.split('\n');
  let nodes: ElementContent[] = lines.flatMap((line, index) =>
    index === 0 ? [text(line)] : [h('br', {}), text(line)]).filter((node) => node.type !== 'text' || node.value !== '');
  if (run.code) nodes = [h('code', {}, nodes)];
  if (run.emphasis) nodes = [h('em', {}, nodes)];
  if (run.strong) nodes = [h('strong', {}, nodes)];
  return nodes;
}
