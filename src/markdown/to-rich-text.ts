/**
 * mdast → the small inline tree of rich-text.ts. Total: any CommonMark input gives blocks.
 * What has no place in a guide is reduced to its words (headings, quotes, code, images'
 * alt text) or dropped (raw HTML, rules, definitions); the lint rules say so to the editor.
 */
import type { Definition, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { directiveAttributes, directiveLabel, isBareDirective, isDirectiveName, sourceOf } from './directive-spec';
import { type Block, type Inline, type TextRun, mergeRuns } from './rich-text';
import { isSafeUrl } from './safe-url';

/** Turns a directive into a run; undefined keeps only its label (the lint reports why). */
export type DirectiveResolver = (name: string, label: string, attributes: Record<string, string>) => Inline | undefined;

type Marks = Pick<TextRun, 'strong' | 'emphasis' | 'code'>;

type State = { source: string; resolve: DirectiveResolver; definitions: Map<string, Definition> };

/** Convert a parsed guide field to blocks, resolving directives with `resolve`. */
export function toRichText(tree: Root, source: string, resolve: DirectiveResolver): Block[] {
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return blocksOf(tree.children, { source, resolve, definitions });
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  // CommonMark: the first definition of a label wins.
  if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function blocksOf(nodes: readonly RootContent[], state: State): Block[] {
  return nodes.flatMap((node) => blockOf(node, state));
}

function blockOf(node: RootContent, state: State): Block[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'leafDirective':
      return paragraph(inlinesOf(node.children, state, {}));
    case 'code':
      return paragraph([{ type: 'text', value: node.value, code: true }]);
    case 'list':
      return [listOf(node.ordered === true, node.start, node.children.map((item) => blocksOf(item.children, state)))];
    case 'blockquote':
    case 'containerDirective':
      return blocksOf(node.children, state);
    default:
      return [];
  }
}

function listOf(ordered: boolean, start: number | null | undefined, items: Block[][]): Block {
  const list: Block = { type: 'list', ordered, items };
  if (ordered && typeof start === 'number' && start !== 1) list.start = start;
  return list;
}

function paragraph(runs: Inline[]): Block[] {
  const merged = mergeRuns(runs);
  return merged.length === 0 ? [] : [{ type: 'paragraph', runs: merged }];
}

function inlinesOf(nodes: readonly PhrasingContent[], state: State, marks: Marks): Inline[] {
  return nodes.flatMap((node) => inlineOf(node, state, marks));
}

function inlineOf(node: PhrasingContent, state: State, marks: Marks): Inline[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value, ...marks }];
    case 'inlineCode':
      return [{ type: 'text', value: node.value, ...marks, code: true }];
    case 'break':
      return [{ type: 'text', value: '\n', ...marks }];
    case 'strong':
      return inlinesOf(node.children, state, { ...marks, strong: true });
    case 'emphasis':
      return inlinesOf(node.children, state, { ...marks, emphasis: true });
    case 'link':
      return linkOf(node.url, toString(node, { includeHtml: false }), () => inlinesOf(node.children, state, marks));
    case 'linkReference': {
      const url = state.definitions.get(node.identifier)?.url ?? '';
      return linkOf(url, toString(node, { includeHtml: false }), () => inlinesOf(node.children, state, marks));
    }
    case 'image':
    case 'imageReference':
      return altOf(node.alt, marks);
    case 'textDirective':
      return directiveOf(node, state, marks);
    default:
      return [];
  }
}

function linkOf(url: string, text: string, fallback: () => Inline[]): Inline[] {
  if (!isSafeUrl(url) || text === '') return fallback();
  return [{ type: 'link', text, href: url, kind: 'external' }];
}

function altOf(alt: string | null | undefined, marks: Marks): Inline[] {
  return alt ? [{ type: 'text', value: alt, ...marks }] : [];
}

function directiveOf(node: TextDirective, state: State, marks: Marks): Inline[] {
  if (isBareDirective(node, state.source) && !isDirectiveName(node.name)) {
    return [{ type: 'text', value: sourceOf(node, state.source), ...marks }];
  }
  const label = directiveLabel(node);
  const run = state.resolve(node.name, label, directiveAttributes(node));
  if (run) return [run];
  return label === '' ? [] : [{ type: 'text', value: label, ...marks }];
}
