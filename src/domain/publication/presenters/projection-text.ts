/**
 * Reading the text back out of a channel payload, element by element, and comparing it with
 * the Publication: "format differs; wording does not" as a check anyone can run.
 */
import { elementTexts } from '../../../markdown/html-tokens';
import { normalizeText } from '../../../markdown/rich-text';
import { publicationTextMap } from '../publication-text';
import type { Publication } from '../types';
import type { ChannelPayload, HotlinePayload } from './payloads';

/** Element id → every normalized text the payload shows for it. */
export function projectionText(payload: ChannelPayload): Map<string, string[]> {
  const raw = payload.channel === 'hotline' ? hotlineTexts(payload) : elementTexts(payload.html);
  const normalized = new Map<string, string[]>();
  for (const [id, texts] of raw) normalized.set(id, texts.map(normalizeText));
  return normalized;
}

function hotlineTexts(payload: HotlinePayload): Map<string, string[]> {
  // An element read over consecutive lines (a passage with paragraphs or a list) is one
  // occurrence, its lines joined; the same element read again later is another occurrence.
  const texts = new Map<string, string[]>();
  let previous: string | undefined;
  for (const section of payload.sections) {
    for (const line of section.lines) {
      for (const segment of line.segments) {
        if (segment.element === undefined) continue;
        const occurrences = texts.get(segment.element) ?? [];
        if (segment.element === previous && occurrences.length > 0) {
          occurrences[occurrences.length - 1] += `\n${segment.text}`;
        } else {
          occurrences.push(segment.text);
        }
        texts.set(segment.element, occurrences);
        previous = segment.element;
      }
    }
  }
  return texts;
}

/** One difference between a payload and its Publication. */
export type TextMismatch = { element: string; expected: string | undefined; actual: string | undefined };

/**
 * Every element whose text differs between the Publication and the payload: missing,
 * extra, or shown with other words (each occurrence is checked).
 */
export function compareProjection(publication: Publication, payload: ChannelPayload): TextMismatch[] {
  const expected = publicationTextMap(publication);
  const actual = projectionText(payload);
  const mismatches: TextMismatch[] = [];
  for (const [element, text] of expected) {
    const shown = actual.get(element) ?? [];
    if (shown.length === 0) mismatches.push({ element, expected: text, actual: undefined });
    for (const occurrence of shown) {
      if (occurrence !== text) mismatches.push({ element, expected: text, actual: occurrence });
    }
  }
  for (const [element, texts] of actual) {
    if (expected.has(element)) continue;
    for (const text of texts) if (text !== '') mismatches.push({ element, expected: undefined, actual: text });
  }
  return mismatches;
}
