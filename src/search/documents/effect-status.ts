/**
 * Validity of a search document at an instant: a knowledge point is served from its
 * effectiveFrom up to (not including) its effectiveTo, so consecutive versions have no gap
 * and no overlap.
 */
import type { EffectStatus } from '../search-engine';
import type { SearchDocument } from '../search-document';

/** Milliseconds since the epoch of an ISO datetime; throws on an unparseable date (a broken invariant). */
export function timestampOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO datetime: "${iso}"`);
  return ms;
}

/** Where the document stands at `now` (ms). */
export function effectStatusOf(doc: Pick<SearchDocument, 'effectiveFrom' | 'effectiveTo'>, now: number): EffectStatus {
  if (timestampOf(doc.effectiveFrom) > now) return 'notYet';
  if (doc.effectiveTo !== undefined && timestampOf(doc.effectiveTo) <= now) return 'expired';
  return 'inForce';
}

/** Published and in force at `now`: what a search returns unless inactive documents are asked for. */
export function isActive(doc: Pick<SearchDocument, 'effectiveFrom' | 'effectiveTo' | 'status'>, now: number): boolean {
  return doc.status === 'published' && effectStatusOf(doc, now) === 'inForce';
}
