/**
 * The form a logged query is grouped by in the "top unanswered" list: the search analysis's
 * normalization (width, case, traditional → simplified), whitespace collapsed, trailing
 * question marks and fillers' punctuation dropped. 公積金點樣提取？ and 公积金点样提取 are one row.
 */
import { normalizeText } from '../search/analysis/normalize';

export const QUERY_MAX_CHARS = 200;

/** The grouping key of a query. */
export function normalizeQuery(query: string): string {
  const folded = normalizeText(query).replace(/\s+/gu, ' ').trim();
  return [...folded.replace(/[?？!！。.,，、~～]+$/u, '').trim()].slice(0, QUERY_MAX_CHARS).join('');
}
