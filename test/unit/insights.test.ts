import { describe, expect, test } from 'vitest';
import { buildInsights, fewForAPercentile, insightsBasisSentence, insightsFigures, publishingLagSentence } from '../../src/lib/insights.ts';
import { flattenActionItems } from '../../src/lib/follow-ups.ts';
import { countBySeverityOverTime, type PostmortemRecord } from '../../src/lib/metrics.ts';

const item = (id: string, due: string, status: string, priority = 'P1') =>
  ({ id, title: `Item ${id}`, owner: 'sre', due, priority, type: 'prevent', status, verification: 'a check that proves it' });
const record = (id: string, started: string, resolvedAfterMinutes: number | undefined, actionItems: unknown[], extra: Record<string, unknown> = {}) =>
  ({
    id,
    data: {
      title: `T ${id}`, severity: 'SEV-2', services: ['checkout-api'], trigger: 'configuration', nearMiss: false, status: 'published',
      times: { started, resolved: resolvedAfterMinutes === undefined ? undefined : new Date(Date.parse(started) + resolvedAfterMinutes * 60000).toISOString() },
      impact: { description: 'x' }, drafted: started.slice(0, 10), actionItems, ...extra,
    },
  }) as unknown as PostmortemRecord;

const asOf = '2026-01-31';
const records = [
  // Overdue by 1, 40 and 400 days; one open but not due; one done long ago.
  record('a', '2025-01-10T10:00:00.000Z', 30, [item('A1', '2026-01-30', 'open'), item('A2', '2025-12-22', 'in-progress', 'P0')]),
  record('b', '2025-03-05T10:00:00.000Z', 600, [item('B1', '2024-12-27', 'open'), item('B2', '2026-06-01', 'open'), item('B3', '2024-01-01', 'done')], { severity: 'SEV-1', trigger: 'deployment' }),
  record('c', '2025-03-20T10:00:00.000Z', undefined, []),
];
const insights = buildInsights(records, { asOf, triggerName: (id) => `Trigger ${id}` });
const { metrics, charts } = insights;

describe('insights are built from the metrics, once', () => {
  test('overdue ages are bucketed in the follow-up summary (hand-computed: 1, 40 and 400 days)', () => {
    expect(metrics.followUps.overdue).toBe(3);
    expect(metrics.followUps.overdueAgeBuckets.map((b) => b.count)).toEqual([1, 1, 0, 0, 1]);
  });
  test('the ageing chart shows exactly those buckets', () => {
    // Columns: bucket, its length in days, count.
    expect(charts.overdueAgeing.table.rows).toEqual(metrics.followUps.overdueAgeBuckets.map((b, i) => [b.label, ['30 days', '60 days', '90 days', '185 days', 'open-ended'][i], b.count]));
  });
  test('the closure chart has one bar group per priority, with its closure rate', () => {
    // P0: A2 (overdue); P1: A1, B1 overdue, B2 open, B3 done -> closure 1 / 4.
    expect(charts.followUpClosure.table.rows.map((row) => [row[0], row.at(-1)])).toEqual([['P0', '0%'], ['P1', '25%']]);
  });
  test('trigger names come from the vocabulary lookup, counts from the metrics', () => {
    expect(charts.byTrigger.table.rows).toEqual([['Trigger configuration', 2], ['Trigger deployment', 1]]);
  });
  test('only postmortems with a resolved time are in the duration charts', () => {
    expect(charts.severityAgainstDuration.table.rows.map((row) => row[0])).toEqual(['a', 'b']);
    expect(charts.timeToResolveHistogram.table.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(2);
  });
  test('every chart has a stable id the page and its tests rely on', () => {
    expect(Object.values(charts).map((chart) => chart.id)).toEqual([
      'chart-per-month', 'chart-ttr-trend', 'chart-ttr-histogram', 'chart-severity-duration', 'chart-by-trigger', 'chart-by-service', 'chart-follow-ups', 'chart-ageing',
    ]);
  });
  test('every chart also has a phone layout, 320 units wide, with the same data', () => {
    for (const chart of Object.values(charts)) {
      expect(chart.width, chart.id).toBe(720);
      expect(chart.narrow?.width, chart.id).toBe(320);
      expect(chart.narrow?.id).toBe(`${chart.id}-narrow`);
      expect(chart.narrow?.table, chart.id).toEqual(chart.table);
    }
  });
  test('action items flattened by the caller give the same metrics', () => {
    const again = buildInsights(records, { asOf, triggerName: (id) => id, followUps: flattenActionItems(records) });
    expect(again.metrics.followUps).toEqual(metrics.followUps);
  });
});

describe('the incidents chart counts per month, or per year over a long history', () => {
  test('three months of history: one bar group per month', () => {
    expect(charts.perMonth.title).toBe('Incidents per month, by severity');
    expect(charts.perMonth.table.rows.map((row) => row[0])).toEqual(['2025-01', '2025-02', '2025-03']);
  });
  test('imported history from 1969 to 2025: one bar group per year, every year listed, counts kept', () => {
    const long = [record('old', '1969-07-20T20:00:00.000Z', 60, []), record('mid', '1990-01-15T10:00:00.000Z', 60, []), ...records];
    const chart = buildInsights(long, { asOf, triggerName: (id) => id }).charts.perMonth;
    expect(chart.title).toBe('Incidents per year, by severity');
    const years = chart.table.rows.map((row) => row[0]);
    expect(years[0]).toBe('1969');
    expect(years.at(-1)).toBe('2025');
    expect(years).toHaveLength(2025 - 1969 + 1);
    const total = (year: string) => chart.table.rows.find((row) => row[0] === year)!.at(-1);
    expect([total('1969'), total('1970'), total('1990'), total('2025')]).toEqual([1, 0, 1, 3]);
  });
});

describe('countBySeverityOverTime: the finest period that fits, else years', () => {
  const long = [record('old', '1969-07-20T20:00:00.000Z', 60, []), ...records];
  test('up to the limit: the finest period, every one listed', () => {
    const { period, periods } = countBySeverityOverTime(records, 'quarter', 40);
    expect(period).toBe('quarter');
    expect(periods.map((p) => p.period)).toEqual(['2025-Q1']);
  });
  test('past the limit (1969 to 2025 is 223 quarters): years, with the same total', () => {
    const { period, periods } = countBySeverityOverTime(long, 'quarter', 40);
    expect(period).toBe('year');
    expect(periods).toHaveLength(57);
    expect(periods.reduce((sum, p) => sum + p.total, 0)).toBe(long.length);
  });
});

describe('a year\'s insights span that year', () => {
  const lone = [record('z', '2012-12-04T09:00:00.000Z', 60, [])];
  test('one incident in December: twelve months, eleven of them empty, not one bar the width of the chart', () => {
    const { perMonth } = buildInsights(lone, { asOf, triggerName: String, year: '2012' }).charts;
    expect(perMonth.table.rows.map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => `2012-${String(i + 1).padStart(2, '0')}`));
    expect(perMonth.table.rows.at(-1)?.at(-1)).toBe(1);
    expect(perMonth.narrow!.table.rows).toHaveLength(12);
  });
  test('the as-of year ends at the as-of month; without a year the chart spans the incidents only', () => {
    const thisYear = [record('y', '2026-01-10T09:00:00.000Z', 60, [])];
    expect(buildInsights(thisYear, { asOf: '2026-03-15', triggerName: String, year: '2026' }).charts.perMonth.table.rows.map((row) => row[0])).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(buildInsights(lone, { asOf, triggerName: String }).charts.perMonth.table.rows).toHaveLength(1);
  });
});

test('a year\'s time-to-resolve trend spans its four quarters (the table lists the quarters with data)', () => {
  const lone = [record('z', '2012-12-04T09:00:00.000Z', 60, [])];
  const { timeToResolveTrend } = buildInsights(lone, { asOf, triggerName: String, year: '2012' }).charts;
  expect(timeToResolveTrend.axes.x!.ticks.map((t) => t.label)).toEqual(['2012-Q1', '2012-Q2', '2012-Q3', '2012-Q4']);
  expect(timeToResolveTrend.table.rows.map((row) => row[0])).toEqual(['2012-Q4']);
});

describe('publishingLagSentence (the insights page\'s line on how soon reports are written)', () => {
  test('days under a year; years and months from a year on, the count kept; no dash for a missing median', () => {
    expect(publishingLagSentence(6, 1)).toBe('Median time to publish: 6 days after resolution (target: within 10 days). Median time to draft: 1 day.');
    // An imported history drafted in 2026 for incidents of 2016 (it read "3633 days").
    expect(publishingLagSentence(3633, 3632)).toBe('Median time to publish: 9 y 11 mo (3,633 days) after resolution (target: within 10 days). Median time to draft: 9 y 11 mo (3,632 days).');
    expect(publishingLagSentence(null, null)).toBe('Median time to publish: not recorded (target: within 10 days). Median time to draft: not recorded.');
  });
});

describe('the figures above the charts', () => {
  test('a figure nothing measured says so in words, not "—"', () => {
    // One record, resolved after 60 min, no detection time, no follow-ups.
    const one = buildInsights([record('z', '2005-12-12T10:00:00.000Z', 60, [])], { asOf, triggerName: (id) => id });
    const figures = insightsFigures(one.metrics);
    expect(figures.map((f) => [f.label, f.value, f.missing ?? false])).toEqual([
      ['median time to resolve', '1 h', false],
      ['p90 time to resolve', '1 h', false],
      ['median time to detect', 'not recorded', true],
      ['near-misses', '0%', false],
      ['follow-up closure rate', 'no follow-ups', true],
      ['overdue follow-ups', '0', false],
    ]);
    expect(figures.map((f) => f.value).join(' ')).not.toMatch(/—|NaN|undefined|null/);
  });

  test('a median or p90 of few values says of how many; of ten or more it does not', () => {
    const one = insightsFigures(buildInsights([record('z', '2005-12-12T10:00:00.000Z', 60, [])], { asOf, triggerName: (id) => id }).metrics);
    expect(one[0].basis).toBe('of 1 postmortem');
    expect(one[1].basis).toBe('of 1 postmortem');
    expect(one[2].basis).toBeUndefined();
    expect(insightsFigures(metrics)[0].basis).toBe('of 2 postmortems');
    const many = Array.from({ length: fewForAPercentile }, (_, i) => record(`m${i}`, `2025-0${1 + (i % 9)}-10T10:00:00.000Z`, 30 + i, []));
    expect(insightsFigures(buildInsights(many, { asOf, triggerName: (id) => id }).metrics)[1].basis).toBeUndefined();
  });

  test('the overdue count links to the tracker; an empty set reads "no postmortems" for near-misses', () => {
    const none = insightsFigures(buildInsights([], { asOf, triggerName: (id) => id }).metrics);
    expect(none[3]).toEqual({ value: 'no postmortems', label: 'near-misses', missing: true });
    expect(none[5].href).toBe('/follow-ups/');
  });

  test('the sentence over the figures counts in the singular for one', () => {
    expect(insightsBasisSentence(1, 'incidents that started in 2005')).toBe('Computed at build time from 1 published postmortem (incidents that started in 2005)');
    expect(insightsBasisSentence(1234, 'all years')).toBe('Computed at build time from 1,234 published postmortems (all years)');
  });
});
