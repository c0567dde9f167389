// The bench's ratios against the bare Astro baseline, read so that a shared machine's drift moves
// them less (session 63). Session 62's two quiet benches saw the baseline take 13.8 s in one and
// 18.2 s in the other, and one bench's three internal runs read 0.62x-1.02x of the baseline run
// after them: the host's speed moved within the minutes of a bench, and a ratio of two medians taken
// minutes apart moved with it.
//
// Each measured run is compared with the baseline runs on both sides of it in time (the geometric
// mean of the nearest before and the nearest after; one side only at the bench's ends): a speed
// that drifts steadily during the bench moves both sides alike, and a ratio against a baseline run
// taken only before or only after it would read the drift as the build's. The headline is the
// median of those ratios, for wall time and, beside it, for CPU time (user + system of every
// process of the build), which a busy host moves far less than wall time.

/** One measured build, in the order the bench ran them. */
export interface TimedRun {
  kind: string;
  wallSeconds: number;
  cpuSeconds: number;
}

/** The median of `values` (the mean of the two middle ones for an even count); NaN for none. */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Each `subject` run of `timeline` divided by the `reference` runs around it: the geometric mean of
 * the nearest reference run before it and the nearest after it, or the one there is. A subject run
 * with no reference run on either side has no ratio (none is returned for it).
 */
export function bracketedRatios(timeline: readonly TimedRun[], subject: string, reference: string, measure: 'wallSeconds' | 'cpuSeconds'): number[] {
  const ratios: number[] = [];
  timeline.forEach((run, at) => {
    if (run.kind !== subject) return;
    const before = timeline.slice(0, at).findLast((other) => other.kind === reference);
    const after = timeline.slice(at + 1).find((other) => other.kind === reference);
    const sides = [before, after].flatMap((other) => (other ? [other[measure]] : []));
    if (sides.length === 0) return;
    const referenceValue = sides.length === 2 ? Math.sqrt(sides[0] * sides[1]) : sides[0];
    ratios.push(run[measure] / referenceValue);
  });
  return ratios;
}

/** The ratios of one kind of build against the baseline: run by run and their medians. */
export interface BracketedComparison {
  wallRatios: number[];
  cpuRatios: number[];
  medianWallRatio: number;
  medianCpuRatio: number;
}

export function compareWithBaseline(timeline: readonly TimedRun[], subject: string, reference = 'baseline'): BracketedComparison {
  const wallRatios = bracketedRatios(timeline, subject, reference, 'wallSeconds');
  const cpuRatios = bracketedRatios(timeline, subject, reference, 'cpuSeconds');
  return { wallRatios, cpuRatios, medianWallRatio: medianOf(wallRatios), medianCpuRatio: medianOf(cpuRatios) };
}

/** "0.71x (runs 0.70, 0.64, 0.75); CPU 1.18x (1.20, 1.15, 1.18)": one line of the bench's report. */
export function describeComparison(comparison: BracketedComparison): string {
  const list = (ratios: number[]) => ratios.map((ratio) => ratio.toFixed(2)).join(', ');
  return `${comparison.medianWallRatio.toFixed(2)}x (runs ${list(comparison.wallRatios)}); CPU ${comparison.medianCpuRatio.toFixed(2)}x (${list(comparison.cpuRatios)})`;
}
