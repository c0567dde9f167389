import { describe, expect, test } from 'vitest';
import {
  durationHistogramChart, durationTrendChart, followUpAgeingChart, followUpClosureChart, formatMinutesTick,
  horizontalBarChart, incidentsPerPeriodChart, labelLines, labelWidth, logBins, maxLabelCount, nonOverlappingTicks, renderSvg,
  maxScatterDots, severityScatterChart, stackedBarChart, thinLabels, truncateLabel, type ChartModel,
  bandLabelSpots, obstacleHitsBox, placeLabelClear, referenceLabelAnchors, responsiveChart, textBox, narrowChartWidth, widestStackedBar,
} from '../../src/lib/charts/index.ts';
import { formatDuration } from '../../src/lib/durations.ts';
import type { Severity } from '../../src/lib/postmortem-schema.ts';

/**
 * Snapshot text: numbers rounded to one decimal (tiny float differences between d3 versions do
 * not matter, a moved bar does) and one tag per line so that a diff points at the element.
 */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1)).replace(/></g, '>\n<');

const counts = (values: Partial<Record<Severity, number>>) => ({ 'SEV-0': 0, 'SEV-1': 0, 'SEV-2': 0, 'SEV-3': 0, 'SEV-4': 0, ...values });
const months = [
  { period: '2025-01', counts: counts({ 'SEV-1': 1, 'SEV-2': 2 }) },
  { period: '2025-02', counts: counts({}) },
  { period: '2025-03', counts: counts({ 'SEV-0': 1, 'SEV-1': 2, 'SEV-2': 1 }) },
  { period: '2025-04', counts: counts({ 'SEV-2': 3, 'SEV-4': 1 }) },
];
const perMonth = incidentsPerPeriodChart({ id: 'per-month', title: 'Incidents per month', description: 'Fixed data.', periods: months });
const trend = durationTrendChart({
  id: 'ttr-trend', title: 'Time to resolve per quarter', description: 'Fixed data.',
  periods: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
  points: [
    { period: '2025-Q1', count: 3, median: 30, p90: 600 },
    { period: '2025-Q2', count: 2, median: 90, p90: 2000 },
    // 2025-Q3 has no resolved postmortem: the lines break there.
    { period: '2025-Q4', count: 1, median: 45, p90: 45 },
  ],
});
const histogram = durationHistogramChart({ id: 'ttr-histogram', title: 'Time to resolve', description: 'Fixed data.', minutes: [3, 30, 45, 90, 100, 600, 1500, 5000] });
const byTrigger = horizontalBarChart({
  id: 'by-trigger', title: 'By trigger', description: 'Fixed data.', unit: 'postmortems', categoryLabel: 'trigger category',
  items: [{ label: 'Configuration change', value: 5 }, { label: 'Dependency or third party provider outage, long name', value: 3 }, { label: 'DNS', value: 2 }],
});
const scatter = severityScatterChart({
  id: 'scatter', title: 'Severity against time to resolve', description: 'Fixed data.', severities: ['SEV-0', 'SEV-1', 'SEV-2'],
  points: [{ id: 'a', severity: 'SEV-1', minutes: 45 }, { id: 'b', severity: 'SEV-2', minutes: 1500 }, { id: 'c', severity: 'SEV-1', minutes: 46 }, { id: 'd', severity: 'SEV-0', minutes: 0 }],
});
const closure = followUpClosureChart({
  id: 'closure', title: 'Follow-ups by priority', description: 'Fixed data.',
  groups: {
    P0: { total: 4, done: 3, wontDo: 0, open: 1, overdue: 1, closureRate: 0.75 },
    P1: { total: 5, done: 2, wontDo: 1, open: 2, overdue: 0, closureRate: 0.5 },
    P2: { total: 1, done: 0, wontDo: 1, open: 0, overdue: 0, closureRate: null },
  },
});
const ageing = followUpAgeingChart({ id: 'ageing', title: 'Overdue follow-ups', description: 'Fixed data.', buckets: [{ label: '< 30 d', count: 2 }, { label: '30–90 d', count: 0 }, { label: '≥ 1 year', count: 1 }] });
// The small history chart of a service page: two years of months in 320px.
const serviceHistory = incidentsPerPeriodChart({
  id: 'service-history', title: 'checkout-api incidents per month', description: 'Fixed data.', width: 320, height: 160,
  periods: Array.from({ length: 24 }, (_, i) => ({ period: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, counts: counts({ 'SEV-2': i % 3 }) })),
});
const all: ChartModel[] = [perMonth, trend, histogram, byTrigger, scatter, closure, ageing, serviceHistory];

const rects = (model: ChartModel, className?: string) =>
  model.elements.filter((e) => e.kind === 'rect' && (!className || e.className === className)) as Extract<ChartModel['elements'][number], { kind: 'rect' }>[];

describe('every chart', () => {
  test.each(all.map((m) => [m.id, m] as const))('%s: accessible SVG that scales, colours only as classes, 2-decimal coordinates', (_id, model) => {
    const svg = renderSvg(model);
    expect(svg).toMatch(new RegExp(`^<svg viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${model.id}-title ${model.id}-desc"`));
    expect(svg).toContain(`<title id="${model.id}-title">${model.title}</title><desc id="${model.id}-desc">Fixed data.</desc>`);
    expect(svg).not.toMatch(/<svg[^>]*\s(width|height)=/);
    expect(svg).not.toMatch(/\s(fill|stroke|style)=|#[0-9a-f]{3,6}\b/i);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  test.each(all.map((m) => [m.id, m] as const))('%s: axes have titles and x tick labels never overlap', (_id, model) => {
    const x = model.axes.x!;
    expect(x.title.length).toBeGreaterThan(0);
    const sorted = [...x.ticks].sort((a, b) => a.position - b.position);
    for (let i = 1; i < sorted.length; i++) {
      const gap = sorted[i].position - sorted[i - 1].position;
      expect(gap, `${sorted[i - 1].label} / ${sorted[i].label}`).toBeGreaterThanOrEqual((labelWidth(sorted[i].label) + labelWidth(sorted[i - 1].label)) / 2);
    }
  });
});

describe('tick label thinning', () => {
  test('maxLabelCount: how many labels of a width fit', () => {
    expect(maxLabelCount(600, 50)).toBe(12);
    expect(maxLabelCount(40, 50)).toBe(1);
  });
  test('thinLabels keeps every n-th label so the widest fits', () => {
    // "2025-01" is 7 chars: 7 × 6.5 + 6 = 51.5px. With 20px per label, every 3rd label is kept.
    const labels = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
    expect([...thinLabels(labels, 20)]).toEqual([0, 3, 6]);
    expect(thinLabels(labels, 60).size).toBe(7);
    // 51.5 / 11 = 4.7 -> every 6th (a half year), not every 5th.
    expect([...thinLabels(labels, 11)]).toEqual([0, 6]);
    // 51.5 / 3 = 17.2 -> every 24th.
    expect([...thinLabels(labels, 3)]).toEqual([0]);
  });
  test('nonOverlappingTicks drops a label that would touch the previous one', () => {
    const ticks = [{ position: 0, label: '1 min' }, { position: 30, label: '5 min' }, { position: 60, label: '15 min' }, { position: 200, label: '1 h' }];
    // "1 min" is 38.5px wide, "5 min" too: centres 30px apart overlap; "15 min" (45px) at 60 clears.
    expect(nonOverlappingTicks(ticks, 'horizontal').map((t) => t.label)).toEqual(['1 min', '15 min', '1 h']);
    expect(nonOverlappingTicks([{ position: 0, label: 'a' }, { position: 10, label: 'b' }, { position: 20, label: 'c' }], 'vertical').map((t) => t.label)).toEqual(['a', 'c']);
  });
  test('48 months on a 720px chart: labels thinned, none overlapping', () => {
    const many = Array.from({ length: 48 }, (_, i) => ({ period: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, counts: counts({ 'SEV-2': 1 }) }));
    const chart = incidentsPerPeriodChart({ id: 'm', title: 't', description: 'd', periods: many });
    expect(rects(chart)).toHaveLength(48);
    const ticks = chart.axes.x!.ticks;
    expect(ticks.length).toBeLessThan(48);
    expect(ticks.length).toBeGreaterThan(4);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].position - ticks[i - 1].position).toBeGreaterThanOrEqual(labelWidth('2025-01'));
  });
  test('horizontal bars: a label that fits the label column is drawn whole, the widest included', () => {
    const services = ['checkout-api', 'dns', 'cdn', 'api-gateway', 'auth-service'];
    const chart = horizontalBarChart({
      id: 's', title: 't', description: 'd', unit: 'postmortems',
      items: services.map((label, i) => ({ label, value: 10 - i })),
    });
    const drawn = chart.elements.filter((e) => e.kind === 'text' && e.className === 'tick').map((e) => (e as { text: string }).text);
    for (const service of services) expect(drawn).toContain(service);
  });
  test('truncateLabel shortens long category names with an ellipsis', () => {
    expect(truncateLabel('DNS', 100)).toBe('DNS');
    const short = truncateLabel('Dependency or third party provider outage', 100);
    expect(short.endsWith('…')).toBe(true);
    expect(labelWidth(short)).toBeLessThanOrEqual(100);
  });
  test.each([[1, '1 min'], [15, '15 min'], [60, '1 h'], [240, '4 h'], [1440, '1 d'], [4320, '3 d'], [10080, '1 w'], [43200, '30 d'], [129600, '90 d'], [525600, '1 y'], [2628000, '5 y']])('tick %i -> %s', (m, text) => {
    expect(formatMinutesTick(m)).toBe(text);
  });
  // Session 30 (ui32): an imported report resolved 1,843 days after the start it gave was drawn
  // above the axis's last tick, "1 y", with nothing saying how far above.
  test('a duration of five years is drawn under a "5 y" tick, on the trend and the histogram', () => {
    const years = durationTrendChart({ id: 'y', title: 't', description: 'd', points: [{ period: '2019-Q3', count: 1, median: 1843 * 1440, p90: 1843 * 1440 }, { period: '2019-Q4', count: 1, median: 60, p90: 60 }] });
    expect(years.axes.y!.ticks.map((t) => t.label)).toContain('5 y');
    const histogram = durationHistogramChart({ id: 'h', title: 't', description: 'd', minutes: [30, 90, 1843 * 1440] });
    expect(histogram.axes.x!.ticks.map((t) => t.label).at(-1)).toBe('5 y');
  });
});

describe('incidents per month, stacked by severity', () => {
  test('one bar per month: a rect per non-zero severity, stacked without gaps, empty months labelled', () => {
    expect(rects(perMonth)).toHaveLength(2 + 3 + 2);
    expect(perMonth.axes.x!.ticks.map((t) => t.label)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    const march = rects(perMonth).filter((r) => r.label?.startsWith('2025-03'));
    expect(march.map((r) => r.className)).toEqual(['sev-0', 'sev-1', 'sev-2']);
    for (let i = 1; i < march.length; i++) expect(march[i].y + march[i].height).toBeCloseTo(march[i - 1].y, 1);
    // No SEV-3 in any month: no swatch naming nothing in the legend; its column stays in the table.
    expect(perMonth.legend.map((l) => l.className)).toEqual(['sev-0', 'sev-1', 'sev-2', 'sev-4']);
    expect(perMonth.table.columns).toContain('SEV-3');
    expect(perMonth.table.rows[2]).toEqual(['2025-03', 1, 2, 1, 0, 0, 4]);
  });
  test('skewed months (300 in one, 1 in another): every count is a visible mark, stacked without overlap', () => {
    const skewed = incidentsPerPeriodChart({
      id: 'skew', title: 't', description: 'd', width: 320,
      periods: [
        { period: '2025-01', counts: counts({ 'SEV-2': 300 }) }, { period: '2025-02', counts: counts({ 'SEV-1': 1 }) },
        { period: '2025-03', counts: counts({}) }, { period: '2025-04', counts: counts({ 'SEV-1': 1, 'SEV-3': 1 }) },
      ],
    });
    const marks = rects(skewed);
    // Drawn to scale a count of 1 was 0.6 units tall beside 300 (half a pixel on a phone).
    expect(marks.map((r) => r.label)).toEqual(['2025-01: 300 SEV-2', '2025-02: 1 SEV-1', '2025-04: 1 SEV-1', '2025-04: 1 SEV-3']);
    for (const mark of marks) expect(mark.height).toBeGreaterThanOrEqual(2);
    const [sev1, sev3] = marks.slice(2);
    expect(sev3.y + sev3.height).toBeCloseTo(sev1.y, 1);
  });
  test.each([720, 320])('years of 1 beside a year of 279 at %i units: each short bar has its total above it, no total of 0', (width) => {
    // The real per-year chart of session 21: 279 of 288 postmortems in 2024, a year of one
    // drawn as a 2-unit sliver, read as none; 2019 had no postmortem.
    const years = [2005, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
      period: String(year), counts: counts(year === 2024 ? { 'SEV-2': 270, 'SEV-3': 9 } : year === 2019 ? {} : { 'SEV-3': 1 }),
    }));
    const chart = incidentsPerPeriodChart({ id: 'per-year', title: 't', description: 'd', periodLabel: 'year', width, periods: years });
    const totals = chart.elements.filter((e) => e.kind === 'text' && e.className === 'value') as Extract<ChartModel['elements'][number], { kind: 'text' }>[];
    const bars = rects(chart);
    const barOf = (period: string) => bars.filter((r) => r.label?.startsWith(`${period}:`));
    // Every year from 2005 on is a slot; the years of one each get a "1" centred over their bar, just above it.
    const ones = totals.filter((t) => t.text === '1');
    expect(ones).toHaveLength(years.filter((y) => y.counts['SEV-3'] === 1).length);
    for (const one of ones) {
      const bar = bars.find((r) => Math.abs(r.x + r.width / 2 - one.x) < 0.01)!;
      expect(bar.label).toMatch(/: 1 SEV-3$/);
      expect(bar.y - one.y).toBeGreaterThan(0);
      expect(bar.y - one.y).toBeLessThanOrEqual(6);
    }
    expect(totals.some((t) => t.text === '0')).toBe(false);
    expect(barOf('2019')).toEqual([]);
    // "279" needs 22 units: over its bar at 720 (slot 31), left to the axis on a phone (slot 13).
    expect(totals.some((t) => t.text === '279')).toBe(width === 720);
  });
  test.each([720, 320])('seventeen years up to 80 at %i units: the totals written never touch each other', (width) => {
    // The imported build of round 23: on a phone "57" beside "57" stood 1.3 units apart.
    const values = [3, 0, 5, 11, 1, 3, 2, 2, 2, 1, 7, 7, 53, 48, 57, 57, 80];
    const chart = incidentsPerPeriodChart({
      id: 'years', title: 't', description: 'd', periodLabel: 'year', width,
      periods: values.map((n, i) => ({ period: String(2010 + i), counts: counts({ 'SEV-3': n }) })),
    });
    const totals = (chart.elements.filter((e) => e.kind === 'text' && e.className === 'value') as { x: number; text: string }[]).sort((a, b) => a.x - b.x);
    const extent = (text: string) => text.length * 7;
    for (let i = 1; i < totals.length; i++) {
      expect(totals[i].x - totals[i - 1].x, `${totals[i - 1].text} / ${totals[i].text}`).toBeGreaterThanOrEqual((extent(totals[i].text) + extent(totals[i - 1].text)) / 2 + 2);
    }
    // Every year of under ten has its total on a phone too; at 720 every year has.
    expect(totals.filter((t) => t.text.length === 1)).toHaveLength(values.filter((n) => n > 0 && n < 10).length);
    expect(totals).toHaveLength(width === 720 ? values.filter((n) => n > 0).length : values.filter((n) => n > 0 && n < 10).length);
  });
  test('heights are proportional to counts', () => {
    const [sev1Jan, sev2Jan] = rects(perMonth).filter((r) => r.label?.startsWith('2025-01'));
    expect(sev2Jan.height).toBeCloseTo(2 * sev1Jan.height, 1);
  });
  test('y ticks are whole numbers with the unit as title', () => {
    expect(perMonth.axes.y!.title).toBe('postmortems');
    expect(perMonth.axes.y!.ticks.every((t) => /^\d+$/.test(t.label))).toBe(true);
  });
});

describe('time to resolve trend', () => {
  const paths = trend.elements.filter((e) => e.kind === 'path') as { d: string; className: string }[];
  test('a median and a p90 line, both broken at the quarter without data', () => {
    expect(paths.map((p) => p.className)).toEqual(['trend series-2', 'trend series-1']);
    for (const p of paths) expect(p.d.match(/M/g)).toHaveLength(2);
  });
  test('reference bands: elite below 1 h, high from 1 h to 1 day, stacked', () => {
    const [elite, high] = rects(trend);
    expect([elite.className, high.className]).toEqual(['band-elite', 'band-high']);
    expect(high.y + high.height).toBeCloseTo(elite.y, 1);
  });
  test('p90 sits above the median (log scale, larger is higher)', () => {
    const circles = trend.elements.filter((e) => e.kind === 'circle') as { cy: number; label: string }[];
    expect(circles).toHaveLength(6);
    const p90 = circles.find((c) => c.label === '2025-Q1 p90: 10 h')!;
    const med = circles.find((c) => c.label === '2025-Q1 median: 30 min')!;
    expect(p90.cy).toBeLessThan(med.cy);
    expect(trend.table.rows[2]).toEqual(['2025-Q3', 0, '—', '—']);
  });
});

describe('histogram with log-spaced bins', () => {
  test('logBins, hand-computed: [from, to) bins between the smallest and largest value', () => {
    expect(logBins([3, 30, 45, 90, 100, 600, 1500, 5000])).toEqual([
      { from: 2, to: 5, count: 1 }, { from: 5, to: 10, count: 0 }, { from: 10, to: 15, count: 0 }, { from: 15, to: 30, count: 0 },
      { from: 30, to: 60, count: 2 }, { from: 60, to: 120, count: 2 }, { from: 120, to: 240, count: 0 }, { from: 240, to: 480, count: 0 },
      { from: 480, to: 720, count: 1 }, { from: 720, to: 1440, count: 0 }, { from: 1440, to: 2880, count: 1 }, { from: 2880, to: 5760, count: 1 },
    ]);
    expect(logBins([0, 1])).toEqual([{ from: 1, to: 2, count: 2 }]);
    expect(logBins([200000]).at(-1)).toEqual({ from: 172800, to: 345600, count: 1 });
    expect(logBins([])).toEqual([]);
  });
  test('one bar per non-empty bin, reference lines at 1 h and 1 day', () => {
    expect(rects(histogram)).toHaveLength(6);
    const references = histogram.elements.filter((e) => e.kind === 'line' && e.className.startsWith('reference'));
    expect(references).toHaveLength(2);
    expect(histogram.table.rows[4]).toEqual(['30 min to under 1 h', 2]);
  });
  test('sparse data: one record (or only zero-minute ones) is a bar of its bin\'s width on an axis from 30 min to 2 days, not the whole chart', () => {
    for (const minutes of [[0], [40], [0, 0, 0]]) {
      const chart = durationHistogramChart({ id: 'h', title: 't', description: 'd', minutes });
      const [bar] = rects(chart);
      expect(rects(chart)).toHaveLength(1);
      // The plot is about 650 units wide (it was all one bar); 30 min to 1 h is 15% of 30 min to 2 days.
      expect(bar.width).toBeLessThan(chart.width / 5);
      expect(chart.elements.filter((e) => e.kind === 'line' && e.className.startsWith('reference'))).toHaveLength(2);
      expect(chart.axes.x!.ticks.length).toBeGreaterThanOrEqual(3);
    }
  });
  test('the first bin holds what is under it too: zero-minute records read "under 2 min", not "1 min to under 2 min"', () => {
    const chart = durationHistogramChart({ id: 'h', title: 't', description: 'd', minutes: [0, 0, 1, 45] });
    expect(chart.table.rows[0]).toEqual(['under 2 min', 3]);
    expect(chart.table.rows.at(-1)).toEqual(['30 min to under 1 h', 1]);
    expect(rects(chart)[0].label).toBe('under 2 min: 3');
  });
});

describe('horizontal bars, scatter and follow-ups', () => {
  test('horizontal bars: one per item, in the order given, a long label in two lines and whole in the tooltip', () => {
    expect(rects(byTrigger).map((r) => r.label)).toEqual(['Configuration change: 5 postmortems', 'Dependency or third party provider outage, long name: 3 postmortems', 'DNS: 2 postmortems']);
    const widths = rects(byTrigger).map((r) => r.width);
    expect(widths[0] / widths[2]).toBeCloseTo(5 / 2, 1);
    // Shortened with an ellipsis until session 27: "Dependency or third party provider out…".
    expect(renderSvg(byTrigger)).not.toContain('…</text>');
    expect(renderSvg(byTrigger)).toMatch(/>Dependency or third party[^<]*<\/text>.*>[^<]*long name<\/text>/s);
  });
  test('scatter: a dot per postmortem, near-equal values spread apart, 0 minutes clamped onto the axis', () => {
    const dots = scatter.elements.filter((e) => e.kind === 'circle') as { cx: number; cy: number; className: string; label: string }[];
    expect(dots).toHaveLength(4);
    const dot = (id: string) => dots.find((p) => p.label.startsWith(`${id}:`))!;
    // a (45 min) and c (46 min) share a row and nearly an x: c moves off a's centre line.
    expect(dot('a').className).toBe('sev-1');
    expect(Math.abs(dot('a').cx - dot('c').cx)).toBeLessThan(8);
    expect(dot('a').cy).not.toBe(dot('c').cy);
    // d took 0 minutes: drawn at 1 minute, the left end of the axis.
    expect(dot('d').cx).toBe(scatter.axes.x!.ticks[0].position);
  });
  test('closure: bars stacked done / open / overdue / won\'t do with the closure rate above', () => {
    const p0 = rects(closure).filter((r) => r.label?.startsWith('P0'));
    expect(p0.map((r) => r.className)).toEqual(['status-done', 'status-overdue']);
    const notes = closure.elements.filter((e) => e.kind === 'text' && e.className === 'value').map((e) => (e as { text: string }).text);
    expect(notes).toEqual(['75%', '50%', '—']);
    expect(closure.table.rows[1]).toEqual(['P1', 2, 2, 0, 1, 5, '50%']);
  });
  test('ageing: a row per bucket, a bar per non-empty one, and the unequal lengths said', () => {
    expect(rects(ageing, 'status-overdue')).toHaveLength(2);
    // The buckets are categories down the side, not columns along a days axis drawn out of scale.
    expect(ageing.axes.y!.title).toBe('days past due');
    expect(ageing.axes.y!.ticks.map((t) => t.label)).toEqual(['< 30 d', '30–90 d', '≥ 1 year']);
    expect(ageing.axes.x!.title).toBe('action items');
    expect(ageing.table.columns).toEqual(['days past due', 'length of range', 'action items']);
    expect(ageing.table.rows).toEqual([['< 30 d', '30 days', 2], ['30–90 d', '60 days', 0], ['≥ 1 year', 'open-ended', 1]]);
    expect(ageing.note).toBe('The ranges are of unequal length (30 and 60 days, then open-ended): each bar counts the items in its range; compare counts, not a rate per day.');
  });
  test('ageing: buckets of one length need no note', () => {
    const equal = followUpAgeingChart({ id: 'eq', title: 't', description: 'd', buckets: [{ label: 'week 1', count: 1 }, { label: 'week 2', count: 3 }] });
    expect(equal.note).toBeUndefined();
    expect(equal.table.rows.map((row) => row[1])).toEqual(['—', '—']);
  });
});

describe('chart snapshots (fixed data, normalised)', () => {
  test.each(all.map((m) => [m.id, m] as const))('%s', async (id, model) => {
    await expect(normalise(renderSvg(model))).toMatchFileSnapshot(`__snapshots__/charts-${id}.svg`);
  });
});

describe('stacked bars, generic', () => {
  test('annotations and missing values', () => {
    const chart = stackedBarChart({ id: 'g', title: 't', description: 'd', unit: 'items', categories: ['a', 'b'], series: [{ key: 'x', label: 'x', className: 'series-1', values: [2] }], annotations: ['hi', undefined] });
    expect(rects(chart)).toHaveLength(1);
    expect(chart.table.rows).toEqual([['a', 2, 2], ['b', 0, 0]]);
    expect(chart.elements.filter((e) => e.kind === 'text' && e.className === 'value')).toHaveLength(1);
  });
});

describe('severity chart of as many dots as it draws', () => {
  // 300 postmortems crowded into few durations, so that most dots need another slot.
  const points = Array.from({ length: maxScatterDots }, (_, i) => ({ id: `p${String(i).padStart(3, '0')}`, severity: ['SEV-1', 'SEV-2', 'SEV-3'][i % 3], minutes: 20 + ((i * 7) % 40) }));
  const model = severityScatterChart({ id: 'crowded', title: 'Severity against time to resolve', description: 'Fixed data.', severities: ['SEV-1', 'SEV-2', 'SEV-3'], points });
  const dots = model.elements.filter((e) => e.kind === 'circle') as { cx: number; cy: number; className: string; label: string }[];
  const rowOf = new Map(model.axes.y!.ticks.map((t) => [t.label.toLowerCase(), t.position]));

  test('each dot takes the first slot of its row that covers no earlier dot, or the centre line when none is free', () => {
    expect(dots).toHaveLength(maxScatterDots);
    const covers = (a: { cx: number; cy: number }, b: { cx: number; cy: number }) => Math.hypot(a.cx - b.cx, a.cy - b.cy) < 8;
    let moved = 0;
    let crowded = 0;
    dots.forEach((dot, i) => {
      const earlier = dots.slice(0, i);
      const centre = rowOf.get(dot.className)!;
      const free = [0, -6, 6, -12, 12].find((offset) => !earlier.some((e) => covers(e, { cx: dot.cx, cy: centre + offset })));
      expect(dot.cy).toBeCloseTo(centre + (free ?? 0), 1);
      if (free) moved++;
      if (free === undefined) crowded++;
    });
    // The data crowd the rows enough for both cases to be checked.
    expect(moved).toBeGreaterThan(20);
    expect(crowded).toBeGreaterThan(20);
  });
});

describe('severity chart of many postmortems', () => {
  // 2,000 postmortems: SEV-1 at 30..59 minutes, SEV-2 at 10..19 hours.
  const many = Array.from({ length: 2000 }, (_, i) => (i % 2
    ? { id: `p${i}`, severity: 'SEV-1', minutes: 30 + (i % 30) }
    : { id: `p${i}`, severity: 'SEV-2', minutes: 600 + (i % 600) }));
  const model = severityScatterChart({ id: 'many', title: 'Severity against time to resolve', description: 'Fixed data.', severities: ['SEV-0', 'SEV-1', 'SEV-2'], points: many });

  test('stays small: a dot per severity and duration bin, a table row per severity', () => {
    const dots = model.elements.filter((e) => e.kind === 'circle');
    expect(dots.length).toBeLessThan(10);
    expect(model.table.rows.map((r) => r.slice(0, 2))).toEqual([['SEV-1', '1000'], ['SEV-2', '1000']]);
  });

  test('the dots together count every postmortem, each labelled with its count and range', () => {
    const labels = model.elements.flatMap((e) => (e.kind === 'circle' ? [e.label ?? ''] : []));
    const total = labels.reduce((n, label) => n + Number(/: (\d+) postmortems?/.exec(label)![1]), 0);
    expect(total).toBe(2000);
    expect(labels.some((l) => /^SEV-1: 1000 postmortems, 30 min to 1 h/.test(l))).toBe(true);
  });

  test('the table gives each severity its median, 90th percentile and longest', () => {
    expect(model.table.columns).toEqual(['Severity', 'Postmortems', 'median time to resolve', '90th percentile', 'longest']);
    expect(model.table.rows[0][4]).toBe(formatDuration(59));
  });

  test('a severity without a dot keeps its row but has no legend swatch (GitHub status history: SEV-0, SEV-1 and SEV-4 listed over SEV-2 and SEV-3 dots)', () => {
    expect(model.legend.map((entry) => entry.label)).toEqual(['SEV-1', 'SEV-2']);
    expect(model.axes!.y!.ticks.map((tick) => tick.label)).toEqual(['SEV-0', 'SEV-1', 'SEV-2']);
  });

  test('the first bin holds the zero-minute records: "under 2 min", not "1 min to 2 min"', () => {
    const quick = [...many, ...Array.from({ length: 5 }, (_, i) => ({ id: `z${i}`, severity: 'SEV-0', minutes: i % 2 }))];
    const labels = severityScatterChart({ id: 'quick', title: 't', description: 'd', severities: ['SEV-0', 'SEV-1', 'SEV-2'], points: quick }).elements
      .flatMap((e) => (e.kind === 'circle' ? [e.label ?? ''] : []));
    expect(labels).toContain('SEV-0: 5 postmortems, under 2 min');
  });

  test('up to the threshold, one dot per postmortem', () => {
    const few = severityScatterChart({ id: 'few', title: 't', description: 'd', severities: ['SEV-1', 'SEV-2'], points: many.slice(0, maxScatterDots) });
    expect(few.elements.filter((e) => e.kind === 'circle')).toHaveLength(maxScatterDots);
  });
});

describe('labels clear of the marks', () => {
  const spots = bandLabelSpots('high < 1 day', { top: 100, bottom: 200 }, { left: 50, right: 700 });
  test('band label places: top right first, then top left, then a line lower, all inside the band', () => {
    expect(spots.slice(0, 3)).toEqual([{ x: 696, y: 114, anchor: 'end' }, { x: 54, y: 114, anchor: 'start' }, { x: 696, y: 121, anchor: 'end' }]);
    for (const spot of spots) {
      const box = textBox('high < 1 day', spot);
      expect(box.top >= 100 && box.bottom <= 200 && box.left >= 50 && box.right <= 700, JSON.stringify(spot)).toBe(true);
    }
  });
  test('a dot or a line through the corner moves the label; nothing in the way keeps the corner', () => {
    expect(placeLabelClear('high < 1 day', spots, [])).toEqual({ x: 696, y: 114, anchor: 'end', clear: true });
    // A dot at the band's top right corner (the last quarter's p90, as on imported history).
    expect(placeLabelClear('high < 1 day', spots, [{ kind: 'circle', cx: 690, cy: 108, r: 3.5 }])).toMatchObject({ x: 54, anchor: 'start', clear: true });
    // A line across the whole top of the band, right to left: the label goes below it.
    const line = { kind: 'segment' as const, x1: 50, y1: 110, x2: 700, y2: 110 };
    const below = placeLabelClear('high < 1 day', spots, [line]);
    expect(below.clear).toBe(true);
    expect(below.y - 11).toBeGreaterThan(110);
  });
  test('hit tests: a segment that passes beside a box misses it, one through it hits', () => {
    const box = textBox('elite < 1 h', { x: 100, y: 50, anchor: 'start' });
    expect(box).toEqual({ left: 100, top: 39, right: 100 + labelWidth('elite < 1 h'), bottom: 53 });
    expect(obstacleHitsBox({ kind: 'segment', x1: 0, y1: 30, x2: 300, y2: 30 }, box)).toBe(false);
    expect(obstacleHitsBox({ kind: 'segment', x1: 0, y1: 0, x2: 300, y2: 100 }, box)).toBe(true);
    expect(obstacleHitsBox({ kind: 'circle', cx: 95, cy: 45, r: 3.5 }, box)).toBe(false);
    expect(obstacleHitsBox({ kind: 'circle', cx: 97, cy: 45, r: 3.5 }, box)).toBe(true);
  });
  test('no free place: the label crosses lines rather than cover a dot', () => {
    const crowded = [
      ...spots.map((spot) => ({ kind: 'segment' as const, x1: spot.x - 60, y1: spot.y - 5, x2: spot.x + 60, y2: spot.y - 5 })),
      { kind: 'circle' as const, cx: 690, cy: 108, r: 3.5 },
    ];
    const spot = placeLabelClear('high < 1 day', spots, crowded);
    expect(spot.clear).toBe(false);
    expect(obstacleHitsBox(crowded.at(-1)!, textBox('high < 1 day', spot))).toBe(false);
  });
  test('a band full of marks keeps its label at the top right, drawn on a halo', () => {
    const everywhere = Array.from({ length: 40 }, (_, i) => ({ kind: 'segment' as const, x1: 50, y1: 100 + i * 2.5, x2: 700, y2: 100 + i * 2.5 }));
    expect(placeLabelClear('x', spots, everywhere)).toEqual({ x: 696, y: 114, anchor: 'end', clear: false });
  });
  test('the trend chart: no dot or line crosses a band label, when quarters fill the top right corner', () => {
    // p90 just under a day in every quarter: the high band's top right corner is where the line runs.
    const quarters = Array.from({ length: 16 }, (_, i) => `${2022 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
    const busy = durationTrendChart({
      id: 'busy', title: 't', description: 'd',
      points: quarters.map((period, i) => ({ period, count: 2, median: 50 + i, p90: 1300 })),
    });
    const labels = busy.elements.filter((e) => e.kind === 'text' && e.className.startsWith('band-label')) as { x: number; y: number; text: string; anchor: 'start' | 'end'; className: string }[];
    expect(labels.map((l) => l.text)).toEqual(['elite < 1 h', 'high < 1 day']);
    const marks = busy.elements.flatMap((e) => (e.kind === 'circle' ? [{ kind: 'circle' as const, cx: e.cx, cy: e.cy, r: e.r }] : []));
    for (const label of labels) {
      expect(label.className).toBe('band-label');
      const box = textBox(label.text, label);
      for (const mark of marks) expect(obstacleHitsBox(mark, box), `${label.text} under a dot`).toBe(false);
    }
  });
});

describe('a phone layout of each chart', () => {
  const narrow = (model: ChartModel) => responsiveChart((width) => ({ ...model, width, elements: [], id: model.id })).narrow!;
  test('responsiveChart builds the chart at 720 and at 320 units, the narrow one with its own id', () => {
    const widths: number[] = [];
    const chart = responsiveChart((width) => { widths.push(width); return byTrigger; });
    expect(widths).toEqual([720, narrowChartWidth]);
    expect(chart.narrow!.id).toBe('by-trigger-narrow');
    expect(narrow(byTrigger).width).toBe(320);
  });
  const trendNarrow = durationTrendChart({
    id: 'long', title: 't', description: 'd', width: narrowChartWidth,
    points: Array.from({ length: 56 }, (_, i) => ({ period: `${2013 + Math.floor(i / 4)}-Q${(i % 4) + 1}`, count: 1, median: 60 + i * 10, p90: 600 + i * 100 })),
  });
  test('fourteen years of quarters in 320 units: round-year ticks that do not overlap, dots no wider than a quarter', () => {
    const ticks = trendNarrow.axes.x!.ticks;
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].position - ticks[i - 1].position).toBeGreaterThanOrEqual(labelWidth(ticks[i].label));
    const dots = trendNarrow.elements.filter((e) => e.kind === 'circle') as { r: number }[];
    const step = (320 - 16 - 44) / 56;
    for (const dot of dots) expect(2 * dot.r).toBeLessThanOrEqual(step);
  });
  test('horizontal bars at 320 units: a name wider than its column takes two lines, whole, its rows taller', () => {
    // "Hardware or cloud inf…" and "Certificate expiry or rot…" on a phone (session 27).
    const items = [{ label: 'Hardware or cloud infrastructure', value: 6 }, { label: 'Certificate expiry or rotation', value: 2 }, { label: 'DNS', value: 1 }];
    const bars = horizontalBarChart({ id: 'n', title: 't', description: 'd', unit: 'postmortems', width: narrowChartWidth, items });
    const names = bars.elements.filter((e) => e.kind === 'text' && e.className === 'tick' && e.anchor === 'end') as { text: string; x: number; y: number }[];
    expect(names.map((e) => e.text).join(' ')).toBe('Hardware or cloud infrastructure Certificate expiry or rotation DNS');
    expect(names.some((e) => e.text.includes('…'))).toBe(false);
    for (const name of names) expect(labelWidth(name.text)).toBeLessThanOrEqual(name.x - 2);
    // Each name's lines stay within its row: between its bar's top and the next row's.
    const rects = bars.elements.filter((e) => e.kind === 'rect') as { y: number; height: number }[];
    const rowHeight = rects[1].y - rects[0].y;
    expect(rowHeight).toBeGreaterThan(24);
    for (const name of names) {
      const row = rects.findIndex((rect) => name.y > rect.y - 4 && name.y <= rect.y - 4 + rowHeight);
      expect(row).toBeGreaterThanOrEqual(0);
    }
    // The same chart at 720 units has room for the names on one line, and rows as before.
    const wide = horizontalBarChart({ id: 'w', title: 't', description: 'd', unit: 'postmortems', items });
    const wideRects = wide.elements.filter((e) => e.kind === 'rect') as { y: number }[];
    expect(wideRects[1].y - wideRects[0].y).toBe(24);
  });
  test('labelLines: whole when it fits, two lines between words, one shortened line when the first word is too wide', () => {
    expect(labelLines('DNS', 100)).toEqual(['DNS']);
    expect(labelLines('Hardware or cloud infrastructure', 120)).toEqual(['Hardware or cloud', 'infrastructure']);
    const [first, second] = labelLines('Dependency or third party provider outage of the region', 120);
    expect(labelWidth(first)).toBeLessThanOrEqual(120);
    expect(second.endsWith('…')).toBe(true);
    expect(labelLines('Supercalifragilisticexpialidocious-dependency', 100)).toHaveLength(1);
  });
  test('horizontal bars at 320 units give names half the width: "Third-party dependency" is drawn whole', () => {
    const bars = horizontalBarChart({ id: 'n', title: 't', description: 'd', unit: 'postmortems', width: narrowChartWidth, items: [{ label: 'Third-party dependency', value: 3 }] });
    expect(renderSvg(bars)).toContain('>Third-party dependency</text>');
  });
});

describe('a band crossed near both ends', () => {
  test('its label goes to a gap between the lines, not over them', () => {
    const spots = bandLabelSpots('high < 1 day', { top: 100, bottom: 140 }, { left: 50, right: 690 });
    // Steep lines through the whole band at both ends and at every 40px but one gap from 330 to 450.
    const crossings = [60, 100, 140, 180, 220, 260, 300, 330, 450, 490, 530, 570, 610, 650, 680];
    const lines = crossings.map((x) => ({ kind: 'segment' as const, x1: x, y1: 90, x2: x + 2, y2: 150 }));
    const spot = placeLabelClear('high < 1 day', spots, lines);
    expect(spot.clear).toBe(true);
    const box = textBox('high < 1 day', spot);
    expect(box.left).toBeGreaterThan(330);
    expect(box.right).toBeLessThan(450);
  });
});

describe('labels on a phone layout', () => {
  test('the histogram\'s reference labels: centred when they clear each other, else either side of their lines', () => {
    expect(referenceLabelAnchors([{ position: 200, label: 'elite < 1 h' }, { position: 400, label: 'high < 1 day' }], [0, 720])).toEqual(['middle', 'middle']);
    // 70 units apart in a 320-unit chart: centred, "elite < 1 h" ran into "high < 1 day".
    expect(referenceLabelAnchors([{ position: 120, label: 'elite < 1 h' }, { position: 190, label: 'high < 1 day' }], [0, 320])).toEqual(['end', 'start']);
    const narrow = durationHistogramChart({ id: 'h', title: 't', description: 'd', width: 320, minutes: [3, 30, 45, 90, 100, 600, 1500, 5000, 20000, 60000] });
    const labels = narrow.elements.filter((e) => e.kind === 'text' && e.className === 'band-label') as { x: number; y: number; text: string; anchor: 'start' | 'end' | 'middle' }[];
    expect(labels).toHaveLength(2);
    const [elite, high] = labels.map((l) => textBox(l.text, l));
    expect(elite.right).toBeLessThanOrEqual(high.left);
  });
  test('a reference line near the chart\'s edge keeps its label inside (a year of zero-minute records: the axis starts at 1 min)', () => {
    for (const width of [320, 720]) {
      const chart = durationHistogramChart({ id: 'h', title: 't', description: 'd', width, minutes: [0] });
      const labels = chart.elements.filter((e) => e.kind === 'text' && e.className === 'band-label') as { x: number; y: number; text: string; anchor: 'start' | 'end' | 'middle' }[];
      expect(labels).toHaveLength(2);
      const [elite, high] = labels.map((l) => textBox(l.text, l));
      // "high < 1 day" started at its line, 30 units from the right edge, and ran 37 units out of a 320-unit chart.
      expect(high.right).toBeLessThanOrEqual(width);
      expect(elite.left).toBeGreaterThanOrEqual(0);
      expect(elite.right).toBeLessThanOrEqual(high.left);
    }
  });
  test('categories that are not periods: every label when each clears its neighbours, a long last one included', () => {
    const chart = followUpClosureChart({
      id: 'c', title: 't', description: 'd', width: 320,
      groups: Object.fromEntries(['P0', 'P1', 'P2', 'P3', '_not-recorded'].map((k) => [k, { total: 1, done: 1, wontDo: 0, open: 0, overdue: 0, closureRate: 1 }])),
    });
    // The group of items without a priority is named in words, not by its key.
    expect(chart.axes.x!.ticks.map((t) => t.label)).toEqual(['P0', 'P1', 'P2', 'P3', 'not recorded']);
    expect(chart.table.rows.at(-1)![0]).toBe('not recorded');
  });
  test('one group, none recording its fact: a bar, not a wall, and a note saying why there is one', () => {
    const group = { total: 287, done: 5, wontDo: 0, open: 282, overdue: 83, closureRate: 5 / 287 };
    for (const width of [720, 320]) {
      const chart = followUpClosureChart({ id: 'c', title: 't', description: 'd', width, groups: { '_not-recorded': group } });
      const bars = rects(chart);
      // Before: one bar 80% of the plot wide (about 570 of 720 units).
      for (const bar of bars) expect(bar.width).toBeLessThanOrEqual(widestStackedBar);
      // centred under its label
      expect(Math.abs(bars[0].x + bars[0].width / 2 - chart.axes.x!.ticks[0].position)).toBeLessThanOrEqual(1);
      expect(chart.note).toBe('No action item records a priority: the bar counts all 287.');
    }
    // Groups that split the items: no note, and their bars as wide as their slots allow.
    expect(closure.note).toBeUndefined();
    const many = followUpClosureChart({ id: 'm', title: 't', description: 'd', width: 320, groups: Object.fromEntries(['P0', 'P1', 'P2', 'P3'].map((k) => [k, group])) });
    expect(rects(many)[0].width).toBeGreaterThan(40);
  });
  test('categories too long for their slots are still thinned, none overlapping', () => {
    const chart = stackedBarChart({
      id: 's', title: 't', description: 'd', unit: 'items', width: 320,
      categories: ['Platform Infrastructure', 'Search & Discovery', 'Site Reliability', 'Payments Platform'],
      series: [{ key: 'a', label: 'a', className: 'series-1', values: [1, 2, 3, 4] }],
    });
    const ticks = chart.axes.x!.ticks;
    expect(ticks.length).toBeLessThan(4);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].position - ticks[i - 1].position).toBeGreaterThanOrEqual(labelWidth(ticks[i].label));
  });
});

describe('a duration axis over months', () => {
  test('a p90 of 100 days: the axis is labelled up to 90 d, not left bare above 30 d', () => {
    const long = durationTrendChart({ id: 'l', title: 't', description: 'd', points: [{ period: '2025-Q1', count: 2, median: 600, p90: 144000 }, { period: '2025-Q2', count: 2, median: 60, p90: 300 }] });
    expect(long.axes.y!.ticks.map((t) => t.label)).toContain('90 d');
  });
});
