import { scaleBand, scaleLinear, scaleLog, line as d3line, max } from 'd3';

/**
 * Chart geometry, computed at build time with d3's DOM-free modules and returned as a plain model.
 * Components render the model with `renderChartSvg`; nothing runs in the browser. Colours are
 * classes (`sev-1`, `series-2`, `band-elite`) that the stylesheet maps to colour-blind-safe values
 * for light and dark mode.
 */
export type ChartElement =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; className: string; label?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { kind: 'path'; d: string; className: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; className: string; label?: string }
  | { kind: 'text'; x: number; y: number; text: string; className: string; anchor?: 'start' | 'middle' | 'end'; rotate?: number };

export interface ChartModel {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  elements: ChartElement[];
  legend: { label: string; className: string }[];
  /** The same data as a table, for screen readers and for anyone who wants the numbers. */
  table: { columns: string[]; rows: (string | number)[][] };
}

const margin = { top: 28, right: 16, bottom: 44, left: 52 };
const round = (value: number) => Math.round(value * 100) / 100;
/** Rough width of a label in the 11px chart font: enough to keep labels from overlapping. */
const labelWidth = (text: string) => text.length * 6.2 + 8;

/** Every n-th label so that labels fit the space available per label. */
export function thinLabels(labels: readonly string[], spaceEach: number): Set<number> {
  const widest = Math.max(0, ...labels.map(labelWidth));
  const step = Math.max(1, Math.ceil(widest / Math.max(spaceEach, 1)));
  return new Set(labels.map((_, i) => i).filter((i) => i % step === 0));
}

function yAxis(scale: (v: number) => number, ticks: number[], format: (v: number) => string, width: number, unit: string): ChartElement[] {
  const elements: ChartElement[] = [];
  for (const tick of ticks) {
    const y = round(scale(tick));
    elements.push({ kind: 'line', x1: margin.left, y1: y, x2: width - margin.right, y2: y, className: 'grid' });
    elements.push({ kind: 'text', x: margin.left - 6, y: round(y + 4), text: format(tick), className: 'tick', anchor: 'end' });
  }
  // The unit sits above the plot, clear of the top tick label.
  elements.push({ kind: 'text', x: 4, y: 12, text: unit, className: 'axis-label', anchor: 'start' });
  return elements;
}

export interface StackedSeries {
  key: string;
  label: string;
  className: string;
  values: number[];
}

/** Vertical bars per category, series stacked (incidents per month by severity, follow-ups by priority). */
export function stackedBarChart(options: {
  id: string; title: string; description: string; categories: string[]; series: StackedSeries[]; unit: string; width?: number; height?: number;
}): ChartModel {
  const { categories, series } = options;
  const width = options.width ?? 720;
  const height = options.height ?? 280;
  const x = scaleBand<string>().domain(categories).range([margin.left, width - margin.right]).padding(0.2);
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const y = scaleLinear().domain([0, Math.max(1, max(totals) ?? 1)]).nice().range([height - margin.bottom, margin.top]);
  const elements: ChartElement[] = yAxis(y, y.ticks(5).filter(Number.isInteger), String, width, options.unit);
  categories.forEach((category, i) => {
    let base = 0;
    for (const s of series) {
      const value = s.values[i];
      if (value > 0) {
        elements.push({
          kind: 'rect', x: round(x(category)!), y: round(y(base + value)), width: round(x.bandwidth()), height: round(y(base) - y(base + value)),
          className: s.className, label: `${category}: ${value} ${s.label}`,
        });
      }
      base += value;
    }
  });
  const shown = thinLabels(categories, x.step());
  categories.forEach((category, i) => {
    if (shown.has(i)) elements.push({ kind: 'text', x: round(x(category)! + x.bandwidth() / 2), y: height - margin.bottom + 16, text: category, className: 'tick', anchor: 'middle' });
  });
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements,
    legend: series.map((s) => ({ label: s.label, className: s.className })),
    table: { columns: ['', ...series.map((s) => s.label), 'Total'], rows: categories.map((c, i) => [c, ...series.map((s) => s.values[i]), totals[i]]) },
  };
}

/** Horizontal bars, largest first (incidents by trigger, by service). */
export function horizontalBarChart(options: { id: string; title: string; description: string; items: { label: string; value: number }[]; unit: string; width?: number }): ChartModel {
  const width = options.width ?? 720;
  const rowHeight = 24;
  const labelSpace = Math.min(260, Math.max(80, ...options.items.map((item) => labelWidth(item.label))));
  const height = margin.top + options.items.length * rowHeight + 44;
  const x = scaleLinear().domain([0, Math.max(1, max(options.items, (d) => d.value) ?? 1)]).nice().range([labelSpace, width - margin.right - 24]);
  const elements: ChartElement[] = [];
  for (const tick of x.ticks(5).filter(Number.isInteger)) {
    elements.push({ kind: 'line', x1: round(x(tick)), y1: margin.top, x2: round(x(tick)), y2: height - 40, className: 'grid' });
    elements.push({ kind: 'text', x: round(x(tick)), y: height - 24, text: String(tick), className: 'tick', anchor: 'middle' });
  }
  options.items.forEach((item, i) => {
    const y = margin.top + i * rowHeight;
    elements.push({ kind: 'text', x: labelSpace - 6, y: y + 15, text: item.label, className: 'tick', anchor: 'end' });
    elements.push({ kind: 'rect', x: labelSpace, y: y + 3, width: round(x(item.value) - labelSpace), height: rowHeight - 6, className: 'series-1', label: `${item.label}: ${item.value}` });
    elements.push({ kind: 'text', x: round(x(item.value) + 4), y: y + 15, text: String(item.value), className: 'value', anchor: 'start' });
  });
  elements.push({ kind: 'text', x: width - margin.right, y: height - 6, text: options.unit, className: 'axis-label', anchor: 'end' });
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements, legend: [],
    table: { columns: ['', options.unit], rows: options.items.map((item) => [item.label, item.value]) },
  };
}

const minuteTicks = [1, 5, 15, 60, 240, 1440, 4320, 10080];
export const formatMinutesTick = (m: number) => (m < 60 ? `${m} min` : m < 1440 ? `${m / 60} h` : `${m / 1440} d`);

/** Median and p90 per quarter on a log scale, with the DORA reference bands (elite < 1 h, high < 1 day). */
export function durationTrendChart(options: {
  id: string; title: string; description: string; points: { quarter: string; median: number; p90: number; count: number }[]; width?: number; height?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const height = options.height ?? 300;
  const quarters = options.points.map((p) => p.quarter);
  const x = scaleBand<string>().domain(quarters).range([margin.left, width - margin.right]).padding(0.5);
  const top = Math.max(10080, max(options.points, (p) => p.p90) ?? 1);
  const y = scaleLog().domain([1, top]).range([height - margin.bottom, margin.top]).clamp(true);
  const elements: ChartElement[] = [
    { kind: 'rect', x: margin.left, y: round(y(60)), width: width - margin.left - margin.right, height: round(y(1) - y(60)), className: 'band-elite', label: 'Elite: under 1 hour' },
    { kind: 'rect', x: margin.left, y: round(y(1440)), width: width - margin.left - margin.right, height: round(y(60) - y(1440)), className: 'band-high', label: 'High: under 1 day' },
    ...yAxis(y, minuteTicks.filter((t) => t <= top), formatMinutesTick, width, 'time (log scale)'),
    { kind: 'text', x: width - margin.right - 4, y: round(y(60) + 14), text: 'elite < 1 h', className: 'band-label', anchor: 'end' },
    { kind: 'text', x: width - margin.right - 4, y: round(y(1440) + 14), text: 'high < 1 day', className: 'band-label', anchor: 'end' },
  ];
  const centre = (q: string) => round(x(q)! + x.bandwidth() / 2);
  const path = d3line<{ quarter: string; value: number }>().x((d) => centre(d.quarter)).y((d) => round(y(Math.max(1, d.value))));
  for (const [key, className] of [['p90', 'series-2'], ['median', 'series-1']] as const) {
    const points = options.points.map((p) => ({ quarter: p.quarter, value: p[key] }));
    elements.push({ kind: 'path', d: path(points) ?? '', className: `trend ${className}` });
    for (const point of points) elements.push({ kind: 'circle', cx: centre(point.quarter), cy: round(y(Math.max(1, point.value))), r: 3.5, className, label: `${point.quarter} ${key}: ${formatMinutesTick(point.value)}` });
  }
  const shown = thinLabels(quarters, x.step());
  quarters.forEach((q, i) => shown.has(i) && elements.push({ kind: 'text', x: centre(q), y: height - margin.bottom + 16, text: q, className: 'tick', anchor: 'middle' }));
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements,
    legend: [{ label: 'median', className: 'series-1' }, { label: 'p90', className: 'series-2' }, { label: 'elite (< 1 h)', className: 'band-elite' }, { label: 'high (< 1 day)', className: 'band-high' }],
    table: { columns: ['Quarter', 'Postmortems', 'Median (min)', 'p90 (min)'], rows: options.points.map((p) => [p.quarter, p.count, p.median, p.p90]) },
  };
}

/** Log-spaced buckets for a duration histogram. */
export const durationBuckets = [
  { label: '< 15 min', max: 15 }, { label: '15–60 min', max: 60 }, { label: '1–4 h', max: 240 },
  { label: '4–24 h', max: 1440 }, { label: '1–3 d', max: 4320 }, { label: '> 3 d', max: Infinity },
];
export function bucketDurations(minutes: readonly number[]): number[] {
  return durationBuckets.map((bucket, i) => minutes.filter((m) => m < bucket.max && (i === 0 || m >= durationBuckets[i - 1].max)).length);
}

/** Each postmortem as a dot: severity (rows) against a duration (log x). */
export function severityScatterChart(options: {
  id: string; title: string; description: string; severities: string[]; points: { id: string; severity: string; minutes: number }[]; width?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const height = margin.top + options.severities.length * 36 + 40;
  const y = scaleBand<string>().domain(options.severities).range([margin.top, height - 40]).padding(0.3);
  const top = Math.max(10080, max(options.points, (p) => p.minutes) ?? 1);
  const x = scaleLog().domain([1, top]).range([margin.left + 10, width - margin.right]).clamp(true);
  const elements: ChartElement[] = [];
  for (const tick of minuteTicks.filter((t) => t <= top)) {
    elements.push({ kind: 'line', x1: round(x(tick)), y1: margin.top, x2: round(x(tick)), y2: height - 40, className: 'grid' });
    elements.push({ kind: 'text', x: round(x(tick)), y: height - 24, text: formatMinutesTick(tick), className: 'tick', anchor: 'middle' });
  }
  for (const severity of options.severities) {
    elements.push({ kind: 'text', x: margin.left, y: round(y(severity)! + y.bandwidth() / 2 + 4), text: severity, className: 'tick', anchor: 'end' });
  }
  // Dots of equal value in one row are spread vertically a little so each stays visible.
  const seen = new Map<string, number>();
  for (const point of [...options.points].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${point.severity}:${Math.round(Math.log(Math.max(1, point.minutes)) * 4)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const offset = ((n % 5) - 2) * 3;
    elements.push({ kind: 'circle', cx: round(x(Math.max(1, point.minutes))), cy: round(y(point.severity)! + y.bandwidth() / 2 + offset), r: 4, className: point.severity.toLowerCase(), label: `${point.id}: ${formatMinutesTick(point.minutes)}` });
  }
  elements.push({ kind: 'text', x: width - margin.right, y: height - 6, text: 'time to resolve (log scale)', className: 'axis-label', anchor: 'end' });
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements, legend: [],
    table: { columns: ['Postmortem', 'Severity', 'Minutes'], rows: options.points.map((p) => [p.id, p.severity, p.minutes]) },
  };
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The model as an accessible SVG string: viewBox, role="img", <title> and <desc>. */
export function renderChartSvg(model: ChartModel): string {
  const parts = model.elements.map((e) => {
    const title = 'label' in e && e.label ? `<title>${escapeXml(e.label)}</title>` : '';
    switch (e.kind) {
      case 'rect': return `<rect class="${e.className}" x="${e.x}" y="${e.y}" width="${e.width}" height="${e.height}">${title}</rect>`;
      case 'line': return `<line class="${e.className}" x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}"/>`;
      case 'path': return `<path class="${e.className}" d="${e.d}"/>`;
      case 'circle': return `<circle class="${e.className}" cx="${e.cx}" cy="${e.cy}" r="${e.r}">${title}</circle>`;
      case 'text': return `<text class="${e.className}" x="${e.x}" y="${e.y}"${e.anchor ? ` text-anchor="${e.anchor}"` : ''}>${escapeXml(e.text)}</text>`;
    }
  });
  return `<svg viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${model.id}-title ${model.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${model.id}-title">${escapeXml(model.title)}</title><desc id="${model.id}-desc">${escapeXml(model.description)}</desc>${parts.join('')}</svg>`;
}
