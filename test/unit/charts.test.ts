import { describe, expect, test } from 'vitest';
import { stackedBarChart, horizontalBarChart, durationTrendChart, severityScatterChart, renderChartSvg, thinLabels, bucketDurations } from '../../src/lib/charts.ts';

/** Snapshot text with numbers rounded to one decimal, so tiny float differences do not matter. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1)).replace(/></g, '>\n<');

const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
const perMonth = stackedBarChart({
  id: 'c1', title: 'Incidents per month', description: 'Fixed data.', unit: 'postmortems', categories: months,
  series: [
    { key: 'SEV-1', label: 'SEV-1', className: 'sev-1', values: [1, 0, 2, 0] },
    { key: 'SEV-2', label: 'SEV-2', className: 'sev-2', values: [2, 0, 1, 3] },
  ],
});

describe('chart geometry', () => {
  test('stacked bars: one rect per non-zero value, stacked without gaps', () => {
    const rects = perMonth.elements.filter((e) => e.kind === 'rect');
    expect(rects).toHaveLength(5);
    const march = rects.filter((r) => r.kind === 'rect' && r.label?.startsWith('2025-03'));
    expect(march).toHaveLength(2);
    const [low, high] = march as { y: number; height: number }[];
    expect(high.y + high.height).toBeCloseTo(low.y, 5);
    expect(perMonth.table.rows).toEqual([['2025-01', 1, 2, 3], ['2025-02', 0, 0, 0], ['2025-03', 2, 1, 3], ['2025-04', 0, 3, 3]]);
  });

  test('labels are thinned so they never overlap', () => {
    const many = Array.from({ length: 48 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const shown = thinLabels(many, 12);
    expect(shown.size).toBeLessThan(many.length);
    expect(shown.size).toBeGreaterThan(4);
    const chart = stackedBarChart({ id: 'm', title: 't', description: 'd', unit: 'u', categories: many, series: [{ key: 'a', label: 'a', className: 'sev-1', values: many.map(() => 1) }] });
    const xs = chart.elements.filter((e) => e.kind === 'text' && e.className === 'tick' && e.anchor === 'middle').map((e) => (e as { x: number }).x);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(7 * 6.2 + 8 - 0.01);
  });

  test('trend chart draws median and p90 lines and both reference bands on a log scale', () => {
    const chart = durationTrendChart({ id: 't', title: 'TTR', description: 'd', points: [{ quarter: '2025-Q1', count: 3, median: 30, p90: 600 }, { quarter: '2025-Q2', count: 2, median: 90, p90: 2000 }] });
    expect(chart.elements.filter((e) => e.kind === 'path')).toHaveLength(2);
    const bands = chart.elements.filter((e) => e.kind === 'rect');
    expect(bands.map((b) => (b as { label?: string }).label)).toEqual(['Elite: under 1 hour', 'High: under 1 day']);
    const circles = chart.elements.filter((e) => e.kind === 'circle') as { cy: number; label: string }[];
    const p90 = circles.find((c) => c.label === '2025-Q1 p90: 10 h')!;
    const med = circles.find((c) => c.label === '2025-Q1 median: 30 min')!;
    expect(p90.cy).toBeLessThan(med.cy);
  });

  test('histogram buckets', () => expect(bucketDurations([5, 14, 15, 59, 60, 300, 1440, 5000])).toEqual([2, 2, 1, 1, 1, 1]));

  test('svg is accessible and scales', () => {
    const svg = renderChartSvg(perMonth);
    expect(svg).toMatch(/^<svg viewBox="0 0 720 280" role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Incidents per month</title><desc id="c1-desc">Fixed data.</desc>');
    expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
  });
});

describe('chart snapshots (fixed data, normalised)', () => {
  test('stacked bars', async () => {
    await expect(normalise(renderChartSvg(perMonth))).toMatchFileSnapshot('__snapshots__/stacked-bars.svg');
  });
  test('horizontal bars', async () => {
    const chart = horizontalBarChart({ id: 'h', title: 'By trigger', description: 'd', unit: 'postmortems', items: [{ label: 'Configuration change', value: 5 }, { label: 'DNS', value: 2 }] });
    await expect(normalise(renderChartSvg(chart))).toMatchFileSnapshot('__snapshots__/horizontal-bars.svg');
  });
  test('severity scatter', async () => {
    const chart = severityScatterChart({ id: 's', title: 'Severity vs TTR', description: 'd', severities: ['SEV-1', 'SEV-2'], points: [{ id: 'a', severity: 'SEV-1', minutes: 45 }, { id: 'b', severity: 'SEV-2', minutes: 1500 }] });
    await expect(normalise(renderChartSvg(chart))).toMatchFileSnapshot('__snapshots__/severity-scatter.svg');
  });
});
