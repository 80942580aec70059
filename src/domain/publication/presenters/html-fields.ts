/**
 * hast helpers shared by the HTML presenters: every element of the Publication is rendered in
 * a node carrying `data-element` with its id, and captions stay outside those nodes, so the
 * text of an element can be read back exactly.
 */
import type { Element, ElementContent } from 'hast';
import { type Child, h } from '../../../markdown/hast-builder';
import { type HastContext, blocksToHast, runsToHast } from '../../../markdown/rich-text-to-hast';
import type { GuideElement, Locale } from '../../value-sets';
import type { Line, MatterPublication, Passage } from '../types';
import { type CaptionKey, caption } from './captions';

export type HtmlContext = { locale: Locale; hast: HastContext };

/** A Line in an inline or block element of the given tag. */
export function lineNode(tag: string, line: Line, ctx: HtmlContext, className?: string): Element {
  return h(tag, { dataElement: line.id, className: className ? [className] : undefined }, runsToHast(line.runs, ctx.hast));
}

/** A Passage in a block element. */
export function passageNode(passage: Passage, ctx: HtmlContext, tag = 'div'): Element {
  return h(tag, { dataElement: passage.id, className: ['passage'] }, blocksToHast(passage.blocks, ctx.hast));
}

function valueNode(value: Line | Passage, ctx: HtmlContext): Element {
  return 'runs' in value ? lineNode('dd', value, ctx) : passageNode(value, ctx, 'dd');
}

/** A caption/value pair for a `<dl>`, or nothing when the value is absent. */
export function field(key: CaptionKey, value: Line | Passage | undefined, ctx: HtmlContext): Element[] {
  if (!value) return [];
  return [h('dt', {}, caption(key, ctx.locale)), valueNode(value, ctx)];
}

/** A `<dl>` of fields, or nothing when every field is absent. */
export function fields(ctx: HtmlContext, entries: [CaptionKey, Line | Passage | undefined][]): Element | undefined {
  const children = entries.flatMap(([key, value]) => field(key, value, ctx));
  return children.length > 0 ? h('dl', { className: ['fields'] }, children) : undefined;
}

/** A list of Lines (tips, legal basis, …) as `<ul>`, or nothing when empty. */
export function lineList(lines: readonly Line[], ctx: HtmlContext, ordered = false): Element | undefined {
  if (lines.length === 0) return undefined;
  return h(ordered ? 'ol' : 'ul', {}, lines.map((line) => lineNode('li', line, ctx)));
}

/** A section with a heading; `id` names it for links and styling. */
export function section(id: string, title: string, ...children: Child[]): Element {
  return h('section', { dataSection: id, className: ['section', `section-${id}`] }, h('h2', {}, title), children);
}

/** The plain note (白话说明) an editor attached to a guide element, as an aside. */
export function plainNote(publication: MatterPublication, element: GuideElement, ctx: HtmlContext): Element | undefined {
  const entry = publication.plainNotes.find((note) => note.element === element);
  if (!entry) return undefined;
  return h('div', { className: ['plain'], role: 'note' },
    h('strong', { className: ['plain-caption'] }, caption('plainNote', ctx.locale)),
    lineNode('p', entry.note, ctx));
}

/** The footer every page carries: version (bundles have none) and content hash, for audits. */
export function provenance(version: number | undefined, contentHash: string, ctx: HtmlContext): ElementContent {
  const hash = `${caption('contentHash', ctx.locale)} ${contentHash.slice(0, 12)}`;
  const text = version === undefined ? hash : `${caption('version', ctx.locale)} ${version} · ${hash}`;
  return h('footer', { className: ['provenance'] }, h('small', {}, text));
}
