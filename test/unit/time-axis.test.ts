import { describe, expect, test } from 'vitest';
import {
  continuousPeriods, durationTrendChart, incidentsPerPeriodChart, labelWidth, periodOrdinal, stackedBarChart, timeScale, type ChartModel,
} from '../../src/lib/charts/index.ts';
import type { Severity } from '../../src/lib/postmortem-schema.ts';

const counts = (values: Partial<Record<Severity, number>>) => ({ 'SEV-0': 0, 'SEV-1': 0, 'SEV-2': 0, 'SEV-3': 0, 'SEV-4': 0, ...values });
const circles = (model: ChartModel) => model.elements.filter((e) => e.kind === 'circle') as { cx: number; label: string }[];
const cxOf = (model: ChartModel, label: string) => circles(model).find((c) => c.label === label)!.cx;

/** Tick labels of one axis clear each other (centred labels: half of each width between centres). */
function expectReadable(ticks: readonly { position: number; label: string }[]) {
  for (let i = 1; i < ticks.length; i++) {
    expect(ticks[i].position - ticks[i - 1].position, `${ticks[i - 1].label} / ${ticks[i].label}`)
      .toBeGreaterThanOrEqual((labelWidth(ticks[i].label) + labelWidth(ticks[i - 1].label)) / 2);
  }
}

describe('periods on a continuous count', () => {
  test('ordinals: one apart per month, quarter or year, across year ends', () => {
    expect(periodOrdinal('2025-01') - periodOrdinal('2024-12')).toBe(1);
    expect(periodOrdinal('2025-Q1') - periodOrdinal('2024-Q4')).toBe(1);
    expect(periodOrdinal('2020-Q3') - periodOrdinal('2012-Q2')).toBe(33);
    expect(periodOrdinal('2025') - periodOrdinal('1969')).toBe(56);
  });
  test('continuousPeriods fills the gaps between the first and last, in time order', () => {
    expect(continuousPeriods(['2025-Q2', '2024-Q3'])).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(continuousPeriods(['2024-11', '2025-02'])).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(continuousPeriods(['2019', '2021'])).toEqual(['2019', '2020', '2021']);
    expect(continuousPeriods([])).toEqual([]);
  });
  test('a mixed or malformed series is an error naming the label', () => {
    expect(() => continuousPeriods(['2025-Q1', '2025-03'])).toThrow(/"2025-03" is a month, the series is of quarters/);
    expect(() => continuousPeriods(['Q1 2025'])).toThrow(/"Q1 2025" is not a month/);
  });
});

describe('timeScale', () => {
  test('positions are proportional to time, not to rank', () => {
    const scale = timeScale(['2012-Q2', '2012-Q3', '2020-Q3'], [0, 680]);
    const [a, b, c] = ['2012-Q2', '2012-Q3', '2020-Q3'].map(scale.position);
    expect((c - b) / (b - a)).toBeCloseTo(32, 6);
    expect(scale.step).toBeCloseTo(680 / 34, 6);
  });
  test('a short span labels every period', () => {
    expect(timeScale(['2025-Q1', '2025-Q4'], [40, 700]).ticks.map((t) => t.label)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
  test('four years of months: every half year from January, readable', () => {
    const ticks = timeScale(['2022-01', '2025-12'], [40, 700]).ticks;
    expect(ticks.map((t) => t.label)).toEqual(['2022-01', '2022-07', '2023-01', '2023-07', '2024-01', '2024-07', '2025-01', '2025-07']);
    expectReadable(ticks);
  });
  test.each([
    ['quarters', ['2006-Q2', '2026-Q1']],
    ['months', ['2006-05', '2026-03']],
    ['years', ['2006', '2026']],
  ])('twenty years of %s on a 720px chart: round years, readable, at least four', (_kind, span) => {
    for (const width of [720, 320]) {
      const ticks = timeScale(span, [44, width - 16]).ticks;
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expectReadable(ticks);
      if (ticks[0].label.length === 4) {
        const years = ticks.map((t) => Number(t.label));
        const stepYears = years[1] - years[0];
        expect([1, 2, 5, 10]).toContain(stepYears);
        for (const year of years) expect(year % stepYears).toBe(0);
      }
    }
  });
  test('a century of quarters (imported history from 1900): ticks every 10 or 20 years, readable', () => {
    const ticks = timeScale(['1900-Q1', '2026-Q1'], [44, 704]).ticks;
    expect(ticks[0].label).toBe('1900');
    expect(Number(ticks[1].label) - Number(ticks[0].label)).toBeGreaterThanOrEqual(10);
    expectReadable(ticks);
  });
  test('a span that crosses no labelled boundary still names its first period', () => {
    expect(timeScale(['2025-02', '2025-11'], [0, 60]).ticks.map((t) => t.label)).toEqual(['2025-02']);
  });
});

describe('time to resolve per quarter, sparse data (imported history)', () => {
  const sparse = durationTrendChart({
    id: 'sparse', title: 't', description: 'd',
    points: [
      { period: '2012-Q2', count: 1, median: 60, p90: 60 },
      { period: '2012-Q3', count: 2, median: 120, p90: 300 },
      { period: '2020-Q3', count: 4, median: 30, p90: 600 },
    ],
  });
  test('quarters stand at their distance in time: eight years apart, not one step', () => {
    const gapOfYears = cxOf(sparse, '2020-Q3 median: 30 min') - cxOf(sparse, '2012-Q3 median: 2 h');
    const oneQuarter = cxOf(sparse, '2012-Q3 median: 2 h') - cxOf(sparse, '2012-Q2 median: 1 h');
    expect(gapOfYears / oneQuarter).toBeCloseTo(32, 1);
  });
  test('the lines break over the empty quarters; the table lists the quarters with data', () => {
    const paths = sparse.elements.filter((e) => e.kind === 'path') as { d: string }[];
    for (const p of paths) expect(p.d.match(/M/g)).toHaveLength(2);
    expect(sparse.table.rows.map((r) => r[0])).toEqual(['2012-Q2', '2012-Q3', '2020-Q3']);
  });
  test('ticks are years on that span', () => {
    expect(sparse.axes.x!.ticks.map((t) => t.label)).toEqual(['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
  });
});

describe('incidents per period: bars at their place in time', () => {
  test('periods passed with gaps are filled with empty bars; bar centres are proportional to time', () => {
    const chart = incidentsPerPeriodChart({
      id: 'years', title: 't', description: 'd', periodLabel: 'year',
      periods: [{ period: '1969', counts: counts({ 'SEV-2': 1 }) }, { period: '1970', counts: counts({ 'SEV-2': 1 }) }, { period: '2025', counts: counts({ 'SEV-1': 3 }) }],
    });
    expect(chart.table.rows).toHaveLength(57);
    const bars = chart.elements.filter((e) => e.kind === 'rect') as { x: number; width: number; label: string }[];
    const centre = (year: string) => { const b = bars.find((r) => r.label.startsWith(`${year}:`))!; return b.x + b.width / 2; };
    expect((centre('2025') - centre('1970')) / (centre('1970') - centre('1969'))).toBeCloseTo(55, 0);
    expectReadable(chart.axes.x!.ticks);
    expect(chart.axes.x!.ticks.map((t) => t.label)).toContain('2000');
  });
  test('a generic bar chart on a time axis refuses periods with a gap', () => {
    expect(() => stackedBarChart({
      id: 'g', title: 't', description: 'd', unit: 'x', timeAxis: true, categories: ['2025-01', '2025-03'],
      series: [{ key: 'a', label: 'a', className: 'series-1', values: [1, 1] }],
    })).toThrow(/timeAxis needs every period/);
  });
});
