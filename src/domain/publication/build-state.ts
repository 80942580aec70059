/**
 * What the section builders of a matter Publication share: the matter, the locale and its
 * phrases, the context, and the Markdown fields already parsed, linted and converted.
 */
import type { Matter } from '../guide';
import type { Locale } from '../value-sets';
import type { GuideContext } from './context';
import type { phrasesOf } from './phrases';
import type { Passage } from './types';

export type BuildState = {
  matter: Matter;
  locale: Locale;
  context: GuideContext;
  phrases: ReturnType<typeof phrasesOf>;
  /** Converted Markdown fields by element id. */
  passages: ReadonlyMap<string, Passage>;
};

/** The converted Markdown field of an element; its absence is a bug, not bad content. */
export function passage(state: BuildState, id: string): Passage {
  const found = state.passages.get(id);
  if (!found) throw new Error(`Guide text ${id} of ${state.matter.code} was not compiled`);
  return found;
}

/** The converted field when the source field is present and shows something. */
export function optionalPassage(state: BuildState, id: string, source: string | undefined): Passage | undefined {
  if (source === undefined) return undefined;
  const found = passage(state, id);
  return found.blocks.length === 0 ? undefined : found;
}
