import { describe, expect, test } from 'vitest';
import { percentile, median, monthRange, quarterOf, countBySeverityPerPeriod, durationTrend, distribution, computeMetrics } from '../../src/lib/metrics.ts';
import { computeTimeToResolve } from '../../src/lib/durations.ts';
import { flattenActionItems, isOverdue, overdueDays, summariseFollowUps, toFollowUpsCsv } from '../../src/lib/follow-ups.ts';
import type { PostmortemRecord } from '../../src/lib/browse.ts';

const item = (id: string, status: string, due: string, extra: Record<string, unknown> = {}) =>
  ({ id, title: `Do ${id}`, owner: 'sre', due, priority: 'P1', type: 'prevent', status, verification: 'checked', public: false, ...extra });
const record = (id: string, started: string, resolvedAfterMinutes: number | undefined, extra: Record<string, unknown> = {}) =>
  ({
    id,
    data: {
      title: `T ${id}`, severity: 'SEV-2', services: ['checkout-api'], trigger: 'configuration', nearMiss: false,
      times: { started, resolved: resolvedAfterMinutes === undefined ? undefined : new Date(Date.parse(started) + resolvedAfterMinutes * 60000).toISOString() },
      impact: { description: 'x' }, drafted: started.slice(0, 10), actionItems: [], ...extra,
    },
  }) as unknown as PostmortemRecord;

describe('percentiles (nearest rank), hand-computed', () => {
  test.each([
    [[1, 2, 3, 4], 50, 2], [[1, 2, 3, 4], 90, 4], [[5], 50, 5], [[3, 1, 2], 50, 2],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 90], [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 50, 50],
  ])('%j p%i = %i', (values, p, expected) => expect(percentile(values, p)).toBe(expected));
  test('no values', () => expect(median([])).toBeUndefined());
});

describe('periods', () => {
  test('month range fills gaps across a year boundary', () => expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']));
  test.each([['2025-01-31T00:00:00Z', '2025-Q1'], ['2025-04-01T00:00:00Z', '2025-Q2'], ['2025-12-31T23:59:00Z', '2025-Q4']])('%s is %s', (iso, q) => expect(quarterOf(iso)).toBe(q));
});

describe('aggregates', () => {
  const records = [
    record('a', '2025-01-10T10:00:00Z', 30),
    record('b', '2025-01-20T10:00:00Z', 90, { severity: 'SEV-1' }),
    record('c', '2025-03-05T10:00:00Z', 600, { trigger: 'deployment', services: ['checkout-api', 'payments-api'], nearMiss: true }),
    record('d', '2025-04-02T10:00:00Z', undefined),
  ];
  test('counts by month include empty months', () => {
    const months = countBySeverityPerPeriod(records, 'month');
    expect(months.map((m) => [m.period, m.total])).toEqual([['2025-01', 2], ['2025-02', 0], ['2025-03', 1], ['2025-04', 1]]);
    expect(months[0].counts).toMatchObject({ 'SEV-1': 1, 'SEV-2': 1, 'SEV-0': 0 });
  });
  test('time to resolve per quarter: median and p90 of known values only', () => {
    // Q1: 30, 90, 600 -> median 90, p90 600. Q2: no resolved time -> left out.
    expect(durationTrend(records, computeTimeToResolve)).toEqual([{ quarter: '2025-Q1', count: 3, median: 90, p90: 600 }]);
  });
  test('distribution by service counts a postmortem once per service, largest first', () => {
    expect(distribution(records, (r) => r.data.services)).toEqual([{ key: 'checkout-api', count: 4 }, { key: 'payments-api', count: 1 }]);
  });
  test('computeMetrics', () => {
    const metrics = computeMetrics(records, { asOf: '2025-06-01' });
    expect(metrics.schemaVersion).toBe(1);
    expect(metrics.nearMissShare).toBe(0.25);
    expect(metrics.durations.timeToResolve).toEqual({ count: 3, median: 90, p90: 600 });
    expect(metrics.byTrigger).toEqual([{ key: 'configuration', count: 3 }, { key: 'deployment', count: 1 }]);
    expect(metrics.definitions.timeToResolve).toMatch(/resolved - started/);
  });
});

describe('follow-ups', () => {
  const records = [
    record('p1', '2025-01-10T10:00:00Z', 30, { actionItems: [item('AI-1', 'open', '2025-02-01'), item('AI-2', 'done', '2025-01-15'), item('AI-3', 'wont-do', '2025-01-01')] }),
    record('p2', '2025-02-10T10:00:00Z', 30, { actionItems: [item('AI-1', 'in-progress', '2025-03-01', { owner: 'checkout', priority: 'P0', title: 'Quote "this", please' }), item('AI-2', 'open', '2025-09-01')] }),
  ];
  const items = flattenActionItems(records);
  test('sorted by due date', () => expect(items.map((i) => `${i.postmortemId}/${i.id}`)).toEqual(['p1/AI-3', 'p1/AI-2', 'p1/AI-1', 'p2/AI-1', 'p2/AI-2']));
  test('overdue = open or in progress and due before the as-of day', () => {
    const asOf = '2025-03-01';
    expect(items.filter((i) => isOverdue(i, asOf)).map((i) => `${i.postmortemId}/${i.id}`)).toEqual(['p1/AI-1']);
    expect(overdueDays(items[2], asOf)).toBe(28);
    expect(isOverdue(items[3], '2025-03-02')).toBe(true);
  });
  test('summary: closure rate = done / (all - wont-do)', () => {
    const summary = summariseFollowUps(items, '2025-06-01');
    expect(summary).toMatchObject({ total: 5, open: 2, inProgress: 1, done: 1, wontDo: 1, overdue: 2, closureRate: 0.25, oldestOverdueDays: 120 });
    expect(summary.byOwner.checkout).toEqual({ total: 1, done: 0, open: 1, overdue: 1 });
    expect(summary.byPriority.P1).toEqual({ total: 4, done: 1, open: 2, overdue: 1 });
  });
  test('CSV quotes fields per RFC 4180', () => {
    const csv = toFollowUpsCsv(items, '2025-06-01');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('postmortem,postmortem_title,severity,id,title,owner,due,priority,type,status,overdue_days,verification,link');
    expect(lines).toContain('p2,T p2,SEV-2,AI-1,"Quote ""this"", please",checkout,2025-03-01,P0,prevent,in-progress,92,checked,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
