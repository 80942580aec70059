/**
 * Highlighting shared by both adapters: matched terms wrapped in <mark>…</mark>, everything
 * else HTML-escaped, so a console can insert the snippet as HTML safely. Matching runs on a
 * length-preserving fold of the text (simplified, lower case), so offsets found there are
 * offsets in the editor's original text, traditional characters included.
 */
import { foldText } from '../analysis/normalize';

export const DEFAULT_SNIPPET_LENGTH = 96;
const LEAD_IN = 16;

type Range = { start: number; end: number };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Non-overlapping match ranges of the terms in the text; overlapping or touching matches become one. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const folded = foldText(text);
  const found: Range[] = [];
  for (const term of new Set(terms)) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      found.push({ start: at, end: at + term.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: Range[] = [];
  for (const range of found) {
    const last = ranges[ranges.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      continue;
    }
    ranges.push({ ...range });
  }
  return ranges;
}

function markedHtml(text: string, ranges: readonly Range[], from: number, to: number): string {
  let html = '';
  let at = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** The whole text, highlighted. */
export function highlightHtml(text: string, terms: readonly string[]): string {
  return markedHtml(text, matchRanges(text, terms), 0, text.length);
}

/** The window of the text with the most matches, highlighted, with … where it was cut. */
export function snippetHtml(text: string, terms: readonly string[], length = DEFAULT_SNIPPET_LENGTH): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const ranges = matchRanges(flat, terms);
  if (flat.length <= length) return markedHtml(flat, ranges, 0, flat.length);
  const from = bestWindowStart(ranges, flat.length, length);
  const to = Math.min(flat.length, from + length);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < flat.length ? '…' : '';
  return prefix + markedHtml(flat, ranges, from, to) + suffix;
}

function bestWindowStart(ranges: readonly Range[], textLength: number, length: number): number {
  let best = 0;
  let bestCount = 0;
  for (const anchor of ranges) {
    const start = Math.max(0, Math.min(anchor.start - LEAD_IN, textLength - length));
    const count = ranges.filter((r) => r.start >= start && r.end <= start + length).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/** Number of distinct places the terms match in the text. */
export function matchCount(text: string, terms: readonly string[]): number {
  return matchRanges(text, terms).length;
}
