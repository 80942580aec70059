/**
 * Guide Markdown to the plain text a search engine indexes and a snippet shows. Directives
 * keep their words, and a term's plain-language note is kept beside it (就是常说的房产证 is
 * how callers say it). Regular expressions rather than the unified pipeline: reindexing
 * 50,000 answers must stay within seconds, and search needs words, not structure.
 */

const DIRECTIVE = /:{1,3}([a-zA-Z][\w-]*)\[([^\]]*)\](\{[^}]*\})?/g;
const PLAIN_ATTRIBUTE = /plain="([^"]*)"/;

function directiveText(_match: string, _name: string, label: string, attributes: string | undefined): string {
  const plain = attributes?.match(PLAIN_ATTRIBUTE)?.[1];
  return plain ? `${label}（${plain}）` : label;
}

/** Plain text of guide-dialect Markdown: no markup, one line per block, spaces collapsed. */
export function plainTextOf(markdown: string): string {
  return markdown
    .replace(DIRECTIVE, directiveText)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|`)/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
