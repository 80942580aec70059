/**
 * Sanitizing and serializing HTML. Presenters build hast from the Publication (editors' words
 * only ever become text nodes); rehype-sanitize then enforces an allow-list anyway, so a bug
 * in a presenter or a tampered Publication still cannot emit a script, an event handler or a
 * `javascript:` / `data:` link.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { h } from './hast-builder';
import { SAFE_PROTOCOLS } from './safe-url';

const TAGS = [
  'article', 'section', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'strong', 'em', 'code', 'dfn', 'span', 'div',
  'br', 'small',
];

/** The allow-list of every HTML projection. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: TAGS,
  attributes: {
    '*': ['className', 'dataElement', 'dataSection', 'id', 'lang', 'role', 'ariaLabel', 'ariaDescribedBy', 'ariaHidden'],
    a: ['href'],
    ol: ['start'],
    th: ['scope'],
    td: ['colSpan'],
  },
  protocols: { href: [...SAFE_PROTOCOLS] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], caption: ['table'] },
  clobber: ['id', 'ariaDescribedBy'],
  clobberPrefix: 'ty-',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

const fragmentProcessor = unified().use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify).freeze();
const documentProcessor = unified().use(rehypeStringify).freeze();

/** Sanitize hast content and serialize it as an HTML fragment. */
export function toSafeHtml(content: readonly ElementContent[]): string {
  const root: Root = { type: 'root', children: [...content] };
  return fragmentProcessor.stringify(fragmentProcessor.runSync(root));
}

/** Sanitized hast content (for embedding in a page shell). */
export function sanitizeHast(content: readonly ElementContent[]): ElementContent[] {
  const root: Root = { type: 'root', children: [...content] };
  const clean = fragmentProcessor.runSync(root);
  return clean.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text');
}

/** What a full page needs besides its body: language, title and our own static CSS. */
export type PageShell = { lang: string; title: string; css: string; bodyClass: string };

/**
 * A complete HTML document: the body is sanitized; the head holds only the title (a text
 * node, escaped on output) and CSS written in this code base, never by editors.
 */
export function toSafeDocument(shell: PageShell, body: readonly ElementContent[]): string {
  const html: Element = h('html', { lang: shell.lang },
    h('head', {},
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', {}, shell.title),
      h('style', {}, shell.css)),
    h('body', { className: [shell.bodyClass] }, sanitizeHast(body)));
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, html] };
  return documentProcessor.stringify(root);
}
