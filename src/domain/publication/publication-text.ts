/**
 * "The text" of a Publication, element by element: the canonical wording every channel must
 * show for each element id. Channels are checked against this, whitespace-normalized.
 */
import { blocksText, normalizeText, runsText } from '../../markdown/rich-text';
import type { Block, Inline } from '../../markdown/rich-text';
import type { Publication } from './types';

/** The text of one visible element. */
export type ElementText = { id: string; text: string };

/** Every visible element of a Publication with its text, in document order. */
export function publicationText(publication: Publication): ElementText[] {
  const found: ElementText[] = [];
  collect(publication, publication.locale, found);
  return found;
}

/** Element id → normalized text; elements that show nothing are left out. */
export function publicationTextMap(publication: Publication): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, text } of publicationText(publication)) {
    const normalized = normalizeText(text);
    if (normalized !== '') map.set(id, normalized);
  }
  return map;
}

function collect(value: unknown, lang: string, into: ElementText[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, lang, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string' && Array.isArray(record.runs)) {
    into.push({ id: record.id, text: runsText(record.runs as Inline[], lang) });
    return;
  }
  if (typeof record.id === 'string' && Array.isArray(record.blocks)) {
    into.push({ id: record.id, text: blocksText(record.blocks as Block[], lang) });
    return;
  }
  for (const child of Object.values(record)) collect(child, lang, into);
}
