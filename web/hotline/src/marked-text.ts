/**
 * Search snippets arrive as HTML-escaped text with <mark> around the matched terms. They are
 * parsed into plain parts here and rendered as text nodes, so nothing from the server is
 * ever injected as HTML; the same terms are then marked in the title.
 */
export type Part = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (match, ref: string) => {
    const known = ENTITIES[ref.toLowerCase()];
    if (known) return known;
    if (ref[0] !== '#') return match;
    const code = ref[1].toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** The parts of a snippet; any other tag is dropped with its angle brackets. */
export function parseMarked(snippet: string): Part[] {
  const parts: Part[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    if (match.index > last) parts.push({ text: decode(strip(snippet.slice(last, match.index))), marked: false });
    parts.push({ text: decode(strip(match[1])), marked: true });
    last = pattern.lastIndex;
  }
  if (last < snippet.length) parts.push({ text: decode(strip(snippet.slice(last))), marked: false });
  return parts.filter((part) => part.text !== '');
}

function strip(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** The distinct marked terms of some parts, longest first. */
export function markedTerms(parts: readonly Part[]): string[] {
  return [...new Set(parts.filter((p) => p.marked).map((p) => p.text.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
}

/** Marks every occurrence of the terms in plain text (for the title). */
export function markTerms(text: string, terms: readonly string[]): Part[] {
  if (terms.length === 0) return [{ text, marked: false }];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  return text.split(pattern).filter((s) => s !== '').map((s, i) => ({ text: s, marked: i % 2 === 1 || terms.some((t) => t.toLowerCase() === s.toLowerCase()) }));
}
