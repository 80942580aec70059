/**
 * What became of a search, from the console's events. An interaction runs from the first
 * keystroke in an empty box until the agent uses an answer (copies it, sends the SMS) or ends
 * without one (clears the box, takes the next call, closes the page). Searches typed on the
 * way (身 → 身份 → 身份证补办) are `typing`; the last one carries the outcome. Searches nobody
 * reported on stay `pending` (API-token callers, a crashed tab) and count for nothing.
 */

export const SEARCH_EVENTS = ['opened', 'used', 'abandoned'] as const;
export type SearchEvent = (typeof SEARCH_EVENTS)[number];

export const SEARCH_OUTCOMES = ['pending', 'typing', 'opened', 'used', 'abandoned'] as const;
export type SearchOutcome = (typeof SEARCH_OUTCOMES)[number];

/** A logged search as the event planner needs it. */
export type LoggedSearch = { searchId: string; outcome: SearchOutcome; msToOpen: number | null };

export type EventReport = {
  event: SearchEvent;
  /** The search whose results the agent acted on (the last of the interaction so far). */
  searchId: string;
  /** Every search of the interaction, in order; the last is `searchId`. */
  searchIds: readonly string[];
  msSinceFirstKeystroke?: number;
  /** The code of the opened or used subject (KP-M01-FEE, M01, B1). */
  code?: string;
};

export type SearchPatch = {
  searchId: string;
  outcome?: SearchOutcome;
  interactionId?: string;
  msToOpen?: number;
  openedCode?: string;
  usedCode?: string;
};

/** used beats abandoned beats opened: a used answer is never downgraded by a later event. */
const RANK: Record<SearchOutcome, number> = { pending: 0, typing: 0, opened: 1, abandoned: 2, used: 3 };

function finalOutcome(current: SearchOutcome, event: SearchEvent): SearchOutcome {
  return RANK[event] >= RANK[current] ? event : current;
}

/**
 * The changes an event makes: earlier searches of the interaction become `typing`, the acted-on
 * one takes the event's outcome, and the first opening of the interaction records its time.
 */
export function planEvent(report: EventReport, rows: readonly LoggedSearch[]): SearchPatch[] {
  const interactionId = report.searchIds[0] ?? report.searchId;
  const final = rows.find((row) => row.searchId === report.searchId);
  if (!final) return [];
  const patches: SearchPatch[] = rows
    .filter((row) => row.searchId !== report.searchId)
    .map((row) => ({ searchId: row.searchId, interactionId, ...(row.outcome === 'pending' && { outcome: 'typing' as const }) }));
  const patch: SearchPatch = { searchId: final.searchId, interactionId, outcome: finalOutcome(final.outcome, report.event) };
  const alreadyTimed = rows.some((row) => row.msToOpen !== null);
  if (report.event === 'opened' && !alreadyTimed && report.msSinceFirstKeystroke !== undefined) patch.msToOpen = Math.round(report.msSinceFirstKeystroke);
  if (report.event === 'opened' && report.code) patch.openedCode = report.code;
  if (report.event === 'used' && report.code) patch.usedCode = report.code;
  return [...patches, patch];
}
