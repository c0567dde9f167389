/**
 * Order statistics used by every metric. Kept apart from metrics.ts so that follow-ups.ts can use
 * them without an import cycle.
 */

/**
 * Nearest-rank percentile: sort ascending and take the value at rank ceil(p/100 × n) (1-based,
 * at least 1). It is always one of the observed values, never an interpolation, so "p90 = 4 h"
 * means some incident really took 4 h. For [1, 2, 3, 4]: p50 = 2 (rank 2), p90 = 4 (rank 4).
 * Undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileOfSorted([...values].sort((a, b) => a - b), p);
}

/** {@link percentile} of values already sorted ascending (several percentiles of one sort). */
function percentileOfSorted(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** Nearest-rank median (the lower middle value for an even count: [1, 2, 3, 4] gives 2). */
export const median = (values: readonly number[]) => percentile(values, 50);

/** Count, median and p90 of known values, with null (not undefined) so it serialises to JSON. */
export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
}

export function summariseValues(values: readonly number[]): DurationSummary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: values.length, median: percentileOfSorted(sorted, 50) ?? null, p90: percentileOfSorted(sorted, 90) ?? null };
}

/** `part / whole`, or null when nothing was counted (a 0% rate would be a false statement). */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
