import type { PostmortemRecord } from './browse.ts';
import { severities, type Postmortem, type Severity } from './postmortem-schema.ts';
import {
  computeTimeToDetect, computeTimeToAcknowledge, computeTimeToMitigate, computeTimeToResolve,
  computeImpactDuration, computeTimeToDraft, computeTimeToPublish,
} from './durations.ts';
import { closureRateDefinition, flattenActionItems, summariseFollowUps, type FollowUp } from './follow-ups.ts';
import { median, percentile, shareOf, summariseValues, type DurationSummary } from './metrics-stats.ts';

export { median, percentile, shareOf, summariseValues, type DurationSummary };
export type { PostmortemRecord };

/**
 * Every aggregate is computed over the records passed in; the site passes the published
 * postmortems only, which is what the definitions say. Periods are UTC months and quarters of
 * `times.started`: an incident belongs to the period it began in.
 */

/** `2025-03` */
export const monthOf = (iso: string) => iso.slice(0, 7);
/** `2025-Q1` */
export const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;

export type Period = 'month' | 'quarter' | 'year';
const yearOf = (iso: string) => iso.slice(0, 4);
const periodOf = (period: Period) => (period === 'month' ? monthOf : period === 'quarter' ? quarterOf : yearOf);

/** Every month from the first to the last (inclusive), so gaps show as zero rather than vanish. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [endYear, endMonth] = last.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Every quarter from the first to the last (inclusive): `2024-Q4`, `2025-Q1`, ... */
export function quarterRange(first: string, last: string): string[] {
  const quarters: string[] = [];
  let [year, quarter] = [Number(first.slice(0, 4)), Number(first.slice(-1))];
  const [endYear, endQuarter] = [Number(last.slice(0, 4)), Number(last.slice(-1))];
  while (year < endYear || (year === endYear && quarter <= endQuarter)) {
    quarters.push(`${year}-Q${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

/** The periods from the earliest to the latest start among the records, gaps included. */
export function periodRange(records: readonly PostmortemRecord[], period: Period): string[] {
  if (!records.length) return [];
  const starts = records.map((r) => r.data.times.started).sort();
  const key = periodOf(period);
  const [first, last] = [key(starts[0]), key(starts.at(-1)!)];
  if (period === 'year') return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => String(Number(first) + i));
  return period === 'month' ? monthRange(first, last) : quarterRange(first, last);
}

export type CountsBySeverity = Record<Severity, number>;
const emptyCounts = (): CountsBySeverity => Object.fromEntries(severities.map((s) => [s, 0])) as CountsBySeverity;

/** Incidents per period and severity, every period between the first and last present. */
export function countBySeverityPerPeriod(records: readonly PostmortemRecord[], period: Period) {
  const key = periodOf(period);
  const periods = periodRange(records, period);
  const counts = new Map(periods.map((p) => [p, emptyCounts()]));
  for (const record of records) counts.get(key(record.data.times.started))![record.data.severity] += 1;
  return periods.map((p) => ({ period: p, counts: counts.get(p)!, total: severities.reduce((sum, s) => sum + counts.get(p)![s], 0) }));
}

/**
 * Counts per `finest` period, or per year when that would be more than `maxBars` periods: a
 * history imported back decades draws hundreds of bars under a pixel wide (687 months from 1969).
 */
export function countBySeverityOverTime(records: readonly PostmortemRecord[], finest: 'month' | 'quarter', maxBars: number) {
  const fine = countBySeverityPerPeriod(records, finest);
  return fine.length > maxBars
    ? { period: 'year' as const, periods: countBySeverityPerPeriod(records, 'year') }
    : { period: finest, periods: fine };
}

type Compute = (data: Postmortem) => number | undefined;

/**
 * Median and p90 of a duration per quarter, over postmortems where it is known. Quarters with no
 * known value are left out (see `summarisePeriods` for every period, with nulls).
 */
export function durationTrend(records: readonly PostmortemRecord[], compute: Compute, period: Period = 'quarter') {
  const key = periodOf(period);
  const byPeriod = new Map<string, number[]>();
  for (const record of records) {
    const minutes = compute(record.data);
    if (minutes === undefined) continue;
    const p = key(record.data.times.started);
    const values = byPeriod.get(p);
    if (values) values.push(minutes);
    else byPeriod.set(p, [minutes]);
  }
  return [...byPeriod.keys()].sort().map((p) => {
    const { count, median, p90 } = summariseValues(byPeriod.get(p)!);
    return { quarter: p, period: p, count, median: median!, p90: p90! };
  });
}

/** Count per key, largest first, ties by key. A record counts once per distinct key. */
export function distribution(records: readonly PostmortemRecord[], keysOf: (r: PostmortemRecord) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const record of records) for (const key of new Set(keysOf(record))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count, share: count / records.length }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The duration metrics summarised per period and overall, with how each is computed. */
const durationMetrics = {
  timeToDetect: computeTimeToDetect,
  timeToAcknowledge: computeTimeToAcknowledge,
  timeToMitigate: computeTimeToMitigate,
  timeToResolve: computeTimeToResolve,
  customerImpact: computeImpactDuration,
  timeToDraft: computeTimeToDraft,
  timeToPublish: computeTimeToPublish,
} satisfies Record<string, Compute>;
export type DurationMetric = keyof typeof durationMetrics;

export interface PeriodSummary {
  period: string;
  total: number;
  counts: CountsBySeverity;
  nearMisses: number;
  /** nearMisses / total, null for a period without postmortems. */
  nearMissShare: number | null;
  timeToDetect: DurationSummary;
  timeToMitigate: DurationSummary;
  timeToResolve: DurationSummary;
}

/** Counts, near-miss share and the main durations for every period in range, empty ones included. */
export function summarisePeriods(records: readonly PostmortemRecord[], period: Period): PeriodSummary[] {
  const key = periodOf(period);
  const grouped = new Map(periodRange(records, period).map((p) => [p, [] as PostmortemRecord[]]));
  for (const record of records) grouped.get(key(record.data.times.started))!.push(record);
  return [...grouped].map(([p, group]) => {
    const counts = emptyCounts();
    for (const r of group) counts[r.data.severity] += 1;
    const nearMisses = group.filter((r) => r.data.nearMiss).length;
    const summary = (compute: Compute) => summariseValues(knownValues(group, compute));
    return {
      period: p, total: group.length, counts, nearMisses, nearMissShare: shareOf(nearMisses, group.length),
      timeToDetect: summary(computeTimeToDetect),
      timeToMitigate: summary(computeTimeToMitigate),
      timeToResolve: summary(computeTimeToResolve),
    };
  });
}

function knownValues(records: readonly PostmortemRecord[], compute: Compute): number[] {
  return records.map((r) => compute(r.data)).filter((v): v is number => v !== undefined);
}

export const percentileDefinition =
  'median and p90 use the nearest-rank method: sort the known values and take the one at rank ceil(p × n), so each is a real observed value';

/**
 * Under the histogram of time to resolve, which shows each postmortem, not a median: it carried
 * the trend's definition ("median over published postmortems … p90 likewise") under bars that
 * draw neither (session 27). Not in /metrics.json: the figure it describes is not a metric there.
 */
export const timeToResolveDistributionDefinition =
  'time to resolve = resolved - started, of each published postmortem whose resolved time is known; a bar counts the postmortems in its range of time';

/** The definition shown next to each chart and written into /metrics.json. */
export const metricDefinitions = {
  timeToDetect: 'time to detect = detected - started, in minutes; median and p90 over published postmortems where both times are known (an imported report detected at its start counts as not known: the import could not tell)',
  timeToAcknowledge: 'time to acknowledge (MTTA) = acknowledged - detected, in minutes; median and p90 over published postmortems where both times are known (detected as for time to detect)',
  timeToMitigate: 'time to mitigate = mitigated - started, in minutes; median and p90 over published postmortems where both times are known',
  timeToResolve: 'time to resolve = resolved - started, median over published postmortems whose resolved time is known (in minutes; p90 likewise)',
  customerImpact: 'customer-impact duration = impact.end - impact.start, in minutes; over published postmortems with an impact window (near-misses have none)',
  timeToDraft: 'time to draft = drafted day - resolved day, in whole UTC days; target 2-3 days',
  timeToPublish: 'time to publish = published day - resolved day, in whole UTC days; target 7-10 days',
  percentiles: percentileDefinition,
  counts: 'incident count = published postmortems by the UTC month (or quarter) in which the incident started, by severity',
  byTrigger: 'trigger share = published postmortems with that trigger category / all published postmortems (one trigger each)',
  byService: 'service share = published postmortems naming the service / all published postmortems (a postmortem naming two services counts for both)',
  nearMissShare: 'near-miss share = near-miss postmortems / all published postmortems in the period',
  closureRate: closureRateDefinition,
  overdue: 'overdue = open or in-progress action items whose due day is before the as-of day; age = as-of day - due day',
  openAge: "open age = as-of day - the postmortem's drafted day, for open and in-progress action items, in days",
  recurrence: 'recurrence = a postmortem sharing a service and the trigger category with an earlier one that started at most 90 days before',
} as const;

/** Bump when a field changes meaning or disappears; adding fields keeps the version. */
export const metricsSchemaVersion = 1;

/**
 * The aggregates behind /insights/ and /metrics.json: plain JSON, deterministic for an as-of day.
 * Pass `followUps` when the records' action items are already flattened (`flattenActionItems`).
 */
export function computeMetrics(records: readonly PostmortemRecord[], options: { asOf: string; followUps?: readonly FollowUp[] }) {
  const durations = Object.fromEntries(
    Object.entries(durationMetrics).map(([name, compute]) => [name, summariseValues(knownValues(records, compute))]),
  ) as Record<DurationMetric, DurationSummary>;
  const nearMisses = records.filter((r) => r.data.nearMiss).length;
  return {
    schemaVersion: metricsSchemaVersion,
    asOf: options.asOf,
    postmortems: records.length,
    definitions: metricDefinitions,
    units: { durations: 'minutes', timeToDraft: 'days', timeToPublish: 'days', shares: 'fraction 0-1' },
    bySeverity: Object.fromEntries(severities.map((s) => [s, records.filter((r) => r.data.severity === s).length])) as CountsBySeverity,
    byMonth: countBySeverityPerPeriod(records, 'month'),
    byQuarter: countBySeverityPerPeriod(records, 'quarter'),
    periods: { month: summarisePeriods(records, 'month'), quarter: summarisePeriods(records, 'quarter') },
    byTrigger: distribution(records, (r) => [r.data.trigger]),
    byService: distribution(records, (r) => r.data.services),
    nearMisses,
    nearMissShare: shareOf(nearMisses, records.length),
    durations,
    trends: {
      timeToDetect: durationTrend(records, computeTimeToDetect),
      timeToMitigate: durationTrend(records, computeTimeToMitigate),
      timeToResolve: durationTrend(records, computeTimeToResolve),
    },
    followUps: summariseFollowUps(options.followUps ?? flattenActionItems(records), options.asOf),
  };
}

export type Metrics = ReturnType<typeof computeMetrics>;
