import { describe, expect, test } from 'vitest';
import {
  computeMetrics, countBySeverityPerPeriod, distribution, durationTrend, median, metricDefinitions, monthRange, percentile,
  periodRange, quarterOf, quarterRange, summarisePeriods, type PostmortemRecord,
} from '../../src/lib/metrics.ts';
import { computeTimeToResolve } from '../../src/lib/durations.ts';

const at = (start: string, minutes: number | undefined) => (minutes === undefined ? undefined : new Date(Date.parse(start) + minutes * 60000).toISOString());
/** A published postmortem: times given as minutes after `started`. */
const record = (
  id: string, started: string, after: { detected?: number; mitigated?: number; resolved?: number }, extra: Record<string, unknown> = {},
) =>
  ({
    id,
    data: {
      title: `T ${id}`, severity: 'SEV-2', services: ['checkout-api'], trigger: 'configuration', nearMiss: false, status: 'published',
      times: { started, detected: at(started, after.detected), mitigated: at(started, after.mitigated), resolved: at(started, after.resolved) },
      impact: { description: 'x' }, drafted: started.slice(0, 10), actionItems: [], ...extra,
    },
  }) as unknown as PostmortemRecord;

describe('percentiles: nearest rank, hand-computed', () => {
  // The textbook nearest-rank example: rank = ceil(p/100 × 5).
  test.each([
    [5, 15], [30, 20], [40, 20], [50, 35], [90, 50], [100, 50], [0, 15],
  ])('[15, 20, 35, 40, 50] p%i = %i', (p, expected) => expect(percentile([50, 15, 40, 20, 35], p)).toBe(expected));
  test.each([
    [[1, 2, 3, 4], 50, 2], [[1, 2, 3, 4], 90, 4], [[5], 50, 5], [[5], 90, 5], [[3, 1, 2], 50, 2],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 90], [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 91, 100],
  ])('%j p%i = %i', (values, p, expected) => expect(percentile(values, p)).toBe(expected));
  test('the median of an even count is the lower middle value, and nothing gives undefined', () => {
    expect(median([30, 90, 600, 45])).toBe(45);
    expect(median([])).toBeUndefined();
  });
  test('does not reorder the input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('periods', () => {
  test('month range fills gaps across a year boundary', () => expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']));
  test('quarter range fills gaps across a year boundary', () => expect(quarterRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']));
  test.each([
    ['2025-01-31T00:00:00.000Z', '2025-Q1'], ['2025-03-31T23:59:00.000Z', '2025-Q1'], ['2025-04-01T00:00:00.000Z', '2025-Q2'], ['2025-12-31T23:59:00.000Z', '2025-Q4'],
  ])('%s is in %s (UTC)', (iso, q) => expect(quarterOf(iso)).toBe(q));
  test('no records, no periods', () => {
    expect(periodRange([], 'month')).toEqual([]);
    expect(countBySeverityPerPeriod([], 'quarter')).toEqual([]);
  });
});

describe('aggregates, hand-computed', () => {
  const records = [
    record('a', '2025-01-10T10:00:00.000Z', { detected: 5, mitigated: 20, resolved: 30 }),
    record('b', '2025-01-20T10:00:00.000Z', { detected: 10, mitigated: 60, resolved: 90 }, { severity: 'SEV-1' }),
    record('c', '2025-03-05T10:00:00.000Z', { detected: 2, resolved: 600 }, { trigger: 'deployment', services: ['checkout-api', 'payments-api'], nearMiss: true }),
    record('d', '2025-04-02T10:00:00.000Z', {}),
    record('e', '2024-11-15T10:00:00.000Z', { resolved: 2000 }, { severity: 'SEV-0', services: ['payments-api'] }),
  ];

  test('counts by month include empty months', () => {
    const months = countBySeverityPerPeriod(records, 'month');
    expect(months.map((m) => [m.period, m.total])).toEqual([['2024-11', 1], ['2024-12', 0], ['2025-01', 2], ['2025-02', 0], ['2025-03', 1], ['2025-04', 1]]);
    expect(months[2].counts).toEqual({ 'SEV-0': 0, 'SEV-1': 1, 'SEV-2': 1, 'SEV-3': 0, 'SEV-4': 0 });
  });

  test('counts by quarter', () => {
    expect(countBySeverityPerPeriod(records, 'quarter').map((q) => [q.period, q.total])).toEqual([['2024-Q4', 1], ['2025-Q1', 3], ['2025-Q2', 1]]);
  });

  test('time to resolve per quarter: median and p90 of known values only', () => {
    // 2024-Q4: 2000. 2025-Q1: 30, 90, 600 -> median 90 (rank 2), p90 600 (rank 3). 2025-Q2: none -> left out.
    expect(durationTrend(records, computeTimeToResolve)).toEqual([
      { quarter: '2024-Q4', period: '2024-Q4', count: 1, median: 2000, p90: 2000 },
      { quarter: '2025-Q1', period: '2025-Q1', count: 3, median: 90, p90: 600 },
    ]);
  });

  test('per-period summaries: every period, near-miss share, durations with nulls when unknown', () => {
    const quarters = summarisePeriods(records, 'quarter');
    expect(quarters.map((q) => q.period)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(quarters[1]).toMatchObject({
      total: 3, nearMisses: 1, nearMissShare: 1 / 3,
      timeToDetect: { count: 3, median: 5, p90: 10 },
      timeToMitigate: { count: 2, median: 20, p90: 60 },
      timeToResolve: { count: 3, median: 90, p90: 600 },
    });
    expect(quarters[2]).toMatchObject({ total: 1, nearMissShare: 0, timeToResolve: { count: 0, median: null, p90: null } });
    const months = summarisePeriods(records, 'month');
    expect(months.find((m) => m.period === '2025-02')).toMatchObject({ total: 0, nearMissShare: null });
  });

  test('distribution by service counts a postmortem once per service, largest first, with its share', () => {
    expect(distribution(records, (r) => r.data.services)).toEqual([
      { key: 'checkout-api', count: 4, share: 4 / 5 },
      { key: 'payments-api', count: 2, share: 2 / 5 },
    ]);
    expect(distribution(records, (r) => [r.data.trigger]).map((d) => [d.key, d.count])).toEqual([['configuration', 4], ['deployment', 1]]);
  });

  test('computeMetrics: the whole document', () => {
    const metrics = computeMetrics(records, { asOf: '2025-06-01' });
    expect(metrics).toMatchObject({
      schemaVersion: 1, asOf: '2025-06-01', postmortems: 5, nearMisses: 1, nearMissShare: 0.2,
      bySeverity: { 'SEV-0': 1, 'SEV-1': 1, 'SEV-2': 3, 'SEV-3': 0, 'SEV-4': 0 },
    });
    // 30, 90, 600, 2000 -> median rank 2 = 90, p90 rank ceil(3.6) = 4 = 2000.
    expect(metrics.durations.timeToResolve).toEqual({ count: 4, median: 90, p90: 2000 });
    expect(metrics.durations.timeToAcknowledge).toEqual({ count: 0, median: null, p90: null });
    expect(metrics.periods.month).toHaveLength(6);
    expect(metrics.trends.timeToResolve.map((t) => t.quarter)).toEqual(['2024-Q4', '2025-Q1']);
  });

  test('computeMetrics: every duration has a definition, and the document survives JSON unchanged', () => {
    const metrics = computeMetrics(records, { asOf: '2025-06-01' });
    for (const name of Object.keys(metrics.durations)) expect(metricDefinitions, name).toHaveProperty(name);
    expect(metrics.definitions.timeToResolve).toBe('time to resolve = resolved - started, median over published postmortems whose resolved time is known (in minutes; p90 likewise)');
    expect(metrics.definitions.percentiles).toMatch(/nearest-rank/);
    expect(JSON.parse(JSON.stringify(metrics))).toStrictEqual(metrics);
  });

  test('computeMetrics does not depend on input order', () => {
    expect(computeMetrics([...records].reverse(), { asOf: '2025-06-01' })).toStrictEqual(computeMetrics(records, { asOf: '2025-06-01' }));
  });

  test('no records: zeros and nulls, not NaN', () => {
    const empty = computeMetrics([], { asOf: '2025-06-01' });
    expect(empty).toMatchObject({ postmortems: 0, nearMissShare: null, byMonth: [], durations: { timeToResolve: { count: 0, median: null, p90: null } } });
    expect(JSON.stringify(empty)).not.toMatch(/NaN/);
  });
});
