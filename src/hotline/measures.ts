/**
 * The hotline office's measures (domain-facts §3.4), from counts the store takes in SQL:
 * - direct-answer rate (直接答复率): interactions where the agent used an answer, over those
 *   that ended (used + ended without one);
 * - zero-result rate: searches that returned nothing, over searches (typing excluded);
 * - median time from the first keystroke to an opened answer (one per interaction);
 * - the most flagged knowledge points.
 */

export type SearchCounts = { searches: number; zeroResults: number; used: number; abandoned: number; opened: number };

export type Rate = { rate: number | null; numerator: number; denominator: number };

export function rate(numerator: number, denominator: number): Rate {
  return { rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000, numerator, denominator };
}

export function searchRates(counts: SearchCounts): { directAnswerRate: Rate; zeroResultRate: Rate } {
  return {
    directAnswerRate: rate(counts.used, counts.used + counts.abandoned),
    zeroResultRate: rate(counts.zeroResults, counts.searches),
  };
}

/** Which rows of n sorted values hold the median: read `take` rows from `offset`. */
export function medianWindow(n: number): { offset: number; take: number } | null {
  if (n <= 0) return null;
  return n % 2 === 1 ? { offset: (n - 1) / 2, take: 1 } : { offset: n / 2 - 1, take: 2 };
}

/** The median of the values `medianWindow` pointed at. */
export function medianOf(middle: readonly number[]): number | null {
  if (middle.length === 0) return null;
  return Math.round(middle.reduce((sum, value) => sum + value, 0) / middle.length);
}

export type MeasureWindow = { days: number; from: string; to: string };

/** The window of the last `days` days ending now. */
export function windowOf(days: number, now: Date): MeasureWindow {
  return { days, from: new Date(now.getTime() - days * 86_400_000).toISOString(), to: now.toISOString() };
}
