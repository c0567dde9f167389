import type { PostmortemRecord } from './browse.ts';
import { severities, type Severity } from './postmortem-schema.ts';
import {
  computeTimeToDetect, computeTimeToAcknowledge, computeTimeToMitigate, computeTimeToResolve,
  computeImpactDuration, computeTimeToDraft, computeTimeToPublish,
} from './durations.ts';
import { flattenActionItems, summariseFollowUps } from './follow-ups.ts';

/**
 * Nearest-rank percentile: the smallest value with at least p% of values at or below it.
 * For [1,2,3,4] the median (p=50) is 2 and p90 is 4. Undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
export const median = (values: readonly number[]) => percentile(values, 50);

/** `2025-03` */
export const monthOf = (iso: string) => iso.slice(0, 7);
/** `2025-Q1` */
export const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;

/** Every month from the first to the last (inclusive), so gaps show as zero rather than vanish. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [endYear, endMonth] = last.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

export function quarterRange(first: string, last: string): string[] {
  return [...new Set(monthRange(`${first.slice(0, 4)}-${String((Number(first.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}`, `${last.slice(0, 4)}-${String(Number(last.slice(-1)) * 3).padStart(2, '0')}`).map((m) => quarterOf(`${m}-01`)))];
}

export type CountsBySeverity = Record<Severity, number>;
const emptyCounts = (): CountsBySeverity => Object.fromEntries(severities.map((s) => [s, 0])) as CountsBySeverity;

/** Incidents per period and severity, every period between the first and last present. */
export function countBySeverityPerPeriod(records: readonly PostmortemRecord[], period: 'month' | 'quarter') {
  if (!records.length) return [];
  const key = period === 'month' ? monthOf : quarterOf;
  const starts = records.map((r) => r.data.times.started).sort();
  const periods = period === 'month' ? monthRange(monthOf(starts[0]), monthOf(starts.at(-1)!)) : quarterRange(quarterOf(starts[0]), quarterOf(starts.at(-1)!));
  const counts = new Map(periods.map((p) => [p, emptyCounts()]));
  for (const record of records) counts.get(key(record.data.times.started))![record.data.severity] += 1;
  return periods.map((p) => ({ period: p, counts: counts.get(p)!, total: severities.reduce((sum, s) => sum + counts.get(p)![s], 0) }));
}

/** Median and p90 of a duration per quarter, over postmortems where it is known. */
export function durationTrend(records: readonly PostmortemRecord[], compute: (data: PostmortemRecord['data']) => number | undefined) {
  const byQuarter = new Map<string, number[]>();
  for (const record of records) {
    const minutes = compute(record.data);
    if (minutes === undefined) continue;
    const q = quarterOf(record.data.times.started);
    byQuarter.set(q, [...(byQuarter.get(q) ?? []), minutes]);
  }
  return [...byQuarter.keys()].sort().map((quarter) => {
    const values = byQuarter.get(quarter)!;
    return { quarter, count: values.length, median: median(values)!, p90: percentile(values, 90)! };
  });
}

/** Count per key, largest first, ties by key. */
export function distribution(records: readonly PostmortemRecord[], keysOf: (r: PostmortemRecord) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const record of records) for (const key of new Set(keysOf(record))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function summarise(values: number[]) {
  return { count: values.length, median: median(values) ?? null, p90: percentile(values, 90) ?? null };
}

export const metricDefinitions = {
  timeToDetect: 'time to detect = detected - started, in minutes; median and p90 over published postmortems where both are known',
  timeToAcknowledge: 'time to acknowledge = acknowledged - detected, in minutes',
  timeToMitigate: 'time to mitigate = mitigated - started, in minutes',
  timeToResolve: 'time to resolve = resolved - started, in minutes; median and p90 over published postmortems whose resolved time is known',
  customerImpact: 'customer-impact duration = impact.end - impact.start, in minutes',
  timeToDraft: 'time to draft = drafted day - resolved day, in days',
  timeToPublish: 'time to publish = published day - resolved day, in days',
  nearMissShare: 'near-miss share = near-miss postmortems / all published postmortems',
  closureRate: 'closure rate = done / (all - wont-do) action items',
  overdue: 'overdue = open or in-progress action items whose due day is before the as-of day',
  recurrence: 'recurrence = a postmortem sharing a service and the trigger with an earlier one that started at most 90 days before',
} as const;

export const metricsSchemaVersion = 1;

/** The aggregates behind /insights/ and /metrics.json. Deterministic for a given as-of day. */
export function computeMetrics(records: readonly PostmortemRecord[], options: { asOf: string }) {
  const collect = (compute: (data: PostmortemRecord['data']) => number | undefined) =>
    records.map((r) => compute(r.data)).filter((v): v is number => v !== undefined);
  return {
    schemaVersion: metricsSchemaVersion,
    asOf: options.asOf,
    postmortems: records.length,
    definitions: metricDefinitions,
    bySeverity: Object.fromEntries(severities.map((s) => [s, records.filter((r) => r.data.severity === s).length])),
    byMonth: countBySeverityPerPeriod(records, 'month'),
    byQuarter: countBySeverityPerPeriod(records, 'quarter'),
    byTrigger: distribution(records, (r) => [r.data.trigger]),
    byService: distribution(records, (r) => r.data.services),
    nearMissShare: records.length ? records.filter((r) => r.data.nearMiss).length / records.length : null,
    durations: {
      timeToDetect: summarise(collect(computeTimeToDetect)),
      timeToAcknowledge: summarise(collect(computeTimeToAcknowledge)),
      timeToMitigate: summarise(collect(computeTimeToMitigate)),
      timeToResolve: summarise(collect(computeTimeToResolve)),
      customerImpact: summarise(collect(computeImpactDuration)),
      timeToDraft: summarise(collect(computeTimeToDraft)),
      timeToPublish: summarise(collect(computeTimeToPublish)),
    },
    trends: {
      timeToDetect: durationTrend(records, computeTimeToDetect),
      timeToMitigate: durationTrend(records, computeTimeToMitigate),
      timeToResolve: durationTrend(records, computeTimeToResolve),
    },
    followUps: summariseFollowUps(flattenActionItems(records), options.asOf),
  };
}
