/**
 * Parsing guide Markdown: CommonMark (remark-parse) plus generic directives
 * (remark-directive). Parsing is the only step that reads the source; everything after works
 * on the tree.
 */
import type { Root } from 'mdast';
import type {} from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

/** Parse guide Markdown into an mdast tree with directive nodes. */
export function parseGuideMarkdown(source: string): Root {
  // remark-directive declares no tree types, so the processor's output type is widened.
  return parser.runSync(parser.parse(source)) as Root;
}
