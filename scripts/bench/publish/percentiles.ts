/** Summaries of measured durations (milliseconds): nearest-rank percentiles. */

export type Summary = { count: number; p50: number; p95: number; max: number };

/** The nearest-rank p-th percentile of `values` (0 < p ≤ 100); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Count, p50, p95 and max of `values`. */
export function summarize(values: readonly number[]): Summary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : Number.NaN };
}
