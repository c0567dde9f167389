import { line, max, quantileSorted, scaleBand, scaleLinear, scaleLog } from 'd3';
import { formatDuration } from '../durations.ts';
import { labelWidth, round, type ChartElement, type ChartModel, type LegendEntry, type TextAnchor, type Tick } from './model.ts';
import { bottomAxis, formatMinutesTick, leftAxis, leftMarginFor, minuteTicks, nonOverlappingTicks } from './axis.ts';
import { continuousPeriods, timeScale } from './time-axis.ts';
import { bandLabelSpots, placeLabelClear, type Obstacle } from './label-placement.ts';

/** DORA reference points for time to restore: elite under 1 hour, high under 1 day. */
export const referenceBands = [
  { key: 'elite', below: 60, label: 'elite < 1 h', className: 'band-elite' },
  { key: 'high', below: 1440, label: 'high < 1 day', className: 'band-high' },
] as const;

/** A duration axis never shows less than a week, so quarters with quick fixes are not stretched. */
const minimumTop = 10080;

/**
 * The log scale used by duration charts: 1 minute to the largest value (at least a week),
 * clamped so that a 0-minute or out-of-range value sits at the edge instead of vanishing.
 */
function durationScale(largest: number, range: [number, number]) {
  return scaleLog().domain([1, Math.max(minimumTop, largest)]).range(range).clamp(true);
}

function durationTicks(scale: ReturnType<typeof scaleLog<number, number>>, orientation: 'horizontal' | 'vertical', bounds?: [number, number]): Tick[] {
  const [low, high] = scale.domain();
  const candidates = minuteTicks.filter((m) => m >= low && m <= high).map((m) => ({ position: round(scale(m)), label: formatMinutesTick(m) }));
  return nonOverlappingTicks(candidates, orientation, bounds);
}

export interface TrendPoint {
  /** The period (`2025-Q1`); `quarter` is accepted for points from `durationTrend`. */
  period?: string;
  quarter?: string;
  count: number;
  median: number | null;
  p90: number | null;
}

/**
 * Median and p90 of a duration per period on a log scale, over the elite (< 1 h) and high
 * (< 1 day) reference bands. Pass `periods` to show every period; lines break where a period
 * has no value instead of drawing a slope through missing data.
 */
export function durationTrendChart(options: {
  id: string; title: string; description: string; points: TrendPoint[]; periods?: string[]; span?: string[];
  measure?: string; periodLabel?: string; width?: number; height?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const height = options.height ?? 300;
  const measure = options.measure ?? 'time to resolve';
  const periodLabel = options.periodLabel ?? 'quarter (UTC, by incident start)';
  const top = 28;
  const bottom = height - 44;
  const right = width - 16;
  const periodOf = (p: TrendPoint) => p.period ?? p.quarter ?? '';
  const byPeriod = new Map(options.points.map((p) => [periodOf(p), p]));
  // The table lists the periods asked for (or those with data); the axis is time to scale: every
  // period from the first to the last takes its width, so a quarter without data is a gap in the
  // lines (2012-Q2 stood next to 2020-Q3 when only quarters with data were spaced evenly).
  const tablePeriods = options.periods ?? options.points.map(periodOf);
  // `span`: periods the axis reaches without data (a year's four quarters), left out of the table.
  const periods = continuousPeriods([...tablePeriods, ...options.points.map(periodOf), ...(options.span ?? [])]);
  const y = durationScale(max(options.points, (p) => p.p90 ?? 0) ?? 0, [bottom, top]);
  const yTicks = durationTicks(y, 'vertical');
  const left = leftMarginFor(yTicks.map((t) => t.label));
  const time = timeScale(periods, [left, right]);
  const x = time.position;
  const elements: ChartElement[] = [];

  let floor = 1;
  for (const band of referenceBands) {
    elements.push({ kind: 'rect', x: left, y: round(y(band.below)), width: right - left, height: round(y(floor) - y(band.below)), className: band.className, label: band.label });
    floor = band.below;
  }
  elements.push(...leftAxis(yTicks, { left, right, title: `${measure} (log scale)` }));

  const series = [
    { key: 'p90', label: 'p90', className: 'series-2' },
    { key: 'median', label: 'median', className: 'series-1' },
  ] as const;
  const path = line<{ period: string; value: number | null }>()
    .defined((d) => d.value !== null)
    .x((d) => x(d.period))
    .y((d) => y(Math.max(1, d.value!)))
    .digits(2);
  // Dots no wider than their period's slot, so a narrow chart of many quarters is not a row of blobs.
  const radius = round(Math.min(3.5, Math.max(1.5, time.step * 0.35)));
  const marks: Obstacle[] = [];
  for (const s of series) {
    const values = periods.map((period) => ({ period, value: byPeriod.get(period)?.[s.key] ?? null }));
    elements.push({ kind: 'path', d: path(values) ?? '', className: `trend ${s.className}`, label: `${s.label} ${measure}` });
    values.forEach((v, i) => {
      if (v.value === null) return;
      const cx = round(x(v.period));
      const cy = round(y(Math.max(1, v.value)));
      elements.push({ kind: 'circle', cx, cy, r: radius, className: s.className, label: `${v.period} ${s.label}: ${formatDuration(v.value)}` });
      marks.push({ kind: 'circle', cx, cy, r: radius });
      const next = values[i + 1];
      if (next && next.value !== null) marks.push({ kind: 'segment', x1: cx, y1: cy, x2: x(next.period), y2: y(Math.max(1, next.value)) });
    });
  }
  // Band labels after the marks, where no dot or line covers them (a dot hid "high < 1 day" in the
  // band's corner); when the band has no free place, on top of the marks with a halo.
  floor = 1;
  for (const band of referenceBands) {
    const spot = placeLabelClear(band.label, bandLabelSpots(band.label, { top: y(band.below), bottom: y(floor) }, { left, right }), marks);
    elements.push({ kind: 'text', x: round(spot.x), y: round(spot.y), text: band.label, className: spot.clear ? 'band-label' : 'band-label halo', anchor: spot.anchor });
    floor = band.below;
  }

  const xTicks: Tick[] = time.ticks;
  elements.push(...bottomAxis(xTicks, { baseline: bottom, top, height, left, right, title: periodLabel }));

  const legend: LegendEntry[] = [
    { label: 'median', className: 'series-1' },
    { label: 'p90', className: 'series-2' },
    ...referenceBands.map((b) => ({ label: b.label, className: b.className })),
  ];
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements, legend,
    axes: { x: { title: periodLabel, ticks: xTicks }, y: { title: `${measure} (log scale)`, ticks: yTicks } },
    table: {
      columns: ['Period', 'Postmortems', 'Median', 'p90'],
      rows: tablePeriods.map((period) => {
        const p = byPeriod.get(period);
        return [period, p?.count ?? 0, p?.median == null ? '—' : formatDuration(p.median), p?.p90 == null ? '—' : formatDuration(p.p90)];
      }),
    },
  };
}

export interface LogBin {
  /** Inclusive lower edge, minutes. */
  from: number;
  /** Exclusive upper edge, minutes. */
  to: number;
  count: number;
}

/**
 * Bin edges for duration histograms, in minutes: values people think in (1 min .. 2 months),
 * each about twice the previous (ratio 1.5 to 2.5), so bins are close to equal width on a log
 * axis. Bars are drawn at their true edges, so a slightly narrower bin looks narrower.
 */
export const durationBinEdges = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 5760, 10080, 20160, 43200, 86400] as const;

/**
 * Log-spaced histogram bins: from the bin holding the smallest value to the one holding the
 * largest. Each bin holds values >= from and < to; values under the first edge count in the first
 * bin; beyond the last edge, edges keep doubling.
 */
export function logBins(minutes: readonly number[], edges: readonly number[] = durationBinEdges): LogBin[] {
  if (!minutes.length) return [];
  const values = minutes.map((m) => Math.max(edges[0], m));
  const largest = Math.max(...values);
  const allEdges = [...edges];
  while (allEdges.at(-1)! <= largest) allEdges.push(allEdges.at(-1)! * 2);
  const bins = allEdges.slice(0, -1).map((from, i) => {
    const to = allEdges[i + 1];
    return { from, to, count: values.filter((v) => v >= from && v < to).length };
  });
  const first = bins.findIndex((b) => b.count > 0);
  const last = bins.findLastIndex((b) => b.count > 0);
  return bins.slice(first, last + 1);
}

/**
 * What a bin holds, in words. The first bin also holds the values under its lower edge (a report
 * whose resolution is its start minute, 0 min): "under 2 min", where "1 min to under 2 min" said
 * 49 zero-minute status-page records took a minute.
 */
export function binRange(bin: LogBin, edges: readonly number[] = durationBinEdges): string {
  return bin.from === edges[0] ? `under ${formatDuration(bin.to)}` : `${formatDuration(bin.from)} to under ${formatDuration(bin.to)}`;
}

/** The least a histogram's duration axis shows, minutes: 30 min to 2 days, both reference lines inside. */
export const histogramSpan = { from: 30, to: 2880 } as const;

/**
 * A histogram of a duration with log-spaced bins (`durationBinEdges`) on a log axis, with
 * reference lines at 1 hour and 1 day.
 */
export function durationHistogramChart(options: {
  id: string; title: string; description: string; minutes: readonly number[]; edges?: readonly number[];
  measure?: string; unit?: string; width?: number; height?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const height = options.height ?? 260;
  const measure = options.measure ?? 'time to resolve';
  const unit = options.unit ?? 'postmortems';
  // Taller top margin: the reference-line labels sit above the plot, below the y-axis title.
  const top = 40;
  const bottom = height - 44;
  const right = width - 16;
  const edges = options.edges ?? durationBinEdges;
  const bins = logBins(options.minutes, edges);
  const y = scaleLinear().domain([0, Math.max(1, max(bins, (b) => b.count) ?? 1)]).nice().range([bottom, top]);
  const yTicks: Tick[] = y.ticks(Math.max(2, Math.min(5, Math.floor((bottom - top) / 24)))).filter(Number.isInteger).map((v) => ({ position: round(y(v)), label: String(v) }));
  const left = leftMarginFor(yTicks.map((t) => t.label));
  // The axis reaches from 30 min to 2 days at least, so both reference lines are on it: the bins
  // alone made a year of one incident (or of zero-minute records only) one bar the width of the
  // chart under a lone "1 min" tick, with no scale to read it against.
  const x = scaleLog().domain([Math.min(bins[0]?.from ?? 1, histogramSpan.from), Math.max(bins.at(-1)?.to ?? 2, histogramSpan.to)]).range([left, right]);
  const elements: ChartElement[] = leftAxis(yTicks, { left, right, title: unit });
  for (const bin of bins) {
    if (!bin.count) continue;
    elements.push({
      kind: 'rect', x: round(x(bin.from) + 1), y: round(y(bin.count)), width: round(Math.max(1, x(bin.to) - x(bin.from) - 2)), height: round(y(0) - y(bin.count)),
      className: 'series-1', label: `${binRange(bin, edges)}: ${bin.count}`,
    });
  }
  const [low, high] = x.domain();
  const references = referenceBands.filter((band) => band.below > low && band.below < high).map((band) => ({ band, position: round(x(band.below)) }));
  const anchors = referenceLabelAnchors(references.map((r) => ({ position: r.position, label: r.band.label })), [0, width]);
  references.forEach(({ band, position }, i) => {
    elements.push({ kind: 'line', x1: position, y1: top, x2: position, y2: bottom, className: `reference ${band.className}` });
    const anchor = anchors[i];
    const labelX = anchor === 'end' ? position - 3 : anchor === 'start' ? position + 3 : position;
    elements.push({ kind: 'text', x: labelX, y: top - 6, text: band.label, className: 'band-label', anchor });
  });
  const candidates = minuteTicks.filter((m) => m >= low && m <= high).map((m) => ({ position: round(x(m)), label: formatMinutesTick(m) }));
  const xTicks = nonOverlappingTicks(candidates, 'horizontal', [0, width]);
  elements.push(...bottomAxis(xTicks, { baseline: bottom, top, height, left, right, title: `${measure} (log scale)` }));
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements,
    legend: [],
    axes: { x: { title: `${measure} (log scale)`, ticks: xTicks }, y: { title: unit, ticks: yTicks } },
    table: { columns: [measure, unit], rows: bins.map((b) => [binRange(b, edges), b.count]) },
  };
}

/**
 * Anchors of the labels above the histogram's reference lines (left to right): centred on their
 * line when they clear each other and the chart's edges; otherwise each on the outer side of its
 * line, the first ending at it and the last starting at it ("elite < 1 h | high < 1 day"). In 320
 * units the 1 h and 1 day lines are 70 apart and the centred labels ran into one another.
 */
export function referenceLabelAnchors(lines: readonly { position: number; label: string }[], bounds: [number, number]): TextAnchor[] {
  const boxOf = (line: { position: number; label: string }, anchor: TextAnchor) => {
    const width = labelWidth(line.label);
    const left = anchor === 'middle' ? line.position - width / 2 : anchor === 'end' ? line.position - 3 - width : line.position + 3;
    return { left, right: left + width };
  };
  const fits = (anchors: readonly TextAnchor[]) => {
    const boxes = lines.map((line, i) => boxOf(line, anchors[i]));
    return boxes.every((box, i) => box.left >= bounds[0] && box.right <= bounds[1] && (i === 0 || box.left >= boxes[i - 1].right));
  };
  const centred = lines.map((): TextAnchor => 'middle');
  if (fits(centred) || lines.length !== 2) return centred;
  // Either side of the lines, the outer sides first; a line near the chart's edge keeps its label
  // inside: a year whose histogram starts at 1 min put the 1 day line 30 units from the right
  // edge, and "high < 1 day" started there and ran 37 units out of the chart, cut off.
  const tried: TextAnchor[][] = [['end', 'start'], ['end', 'middle'], ['middle', 'start'], ['end', 'end'], ['start', 'start'], ['middle', 'end'], ['start', 'middle']];
  return tried.find(fits) ?? ['end', 'start'];
}

/** Vertical offsets tried, in order, for a dot that would cover another (row height allows ±10). */
const dotOffsets = [0, -6, 6, -12, 12];

export interface ScatterPoint {
  id: string;
  severity: string;
  minutes: number;
}

/**
 * Above this many postmortems the severity chart shows one dot per severity and duration bin,
 * sized by how many postmortems it holds, and its table one row per severity: one dot and one
 * row per postmortem would make the insights page grow without bound (about 1 MB at 5,000).
 */
export const maxScatterDots = 300;

/**
 * Each postmortem as a dot: severity (rows) against a duration (log x). Dots that would sit on
 * top of each other in one row are spread vertically, in id order, so each stays visible.
 * Past {@link maxScatterDots} postmortems, dots are per severity and log bin, sized by count.
 */
export function severityScatterChart(options: {
  id: string; title: string; description: string; severities: string[]; points: ScatterPoint[]; measure?: string; width?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const measure = options.measure ?? 'time to resolve';
  const top = 12;
  const bottom = top + options.severities.length * 36;
  const height = bottom + 44;
  const right = width - 16;
  const left = 64;
  const yScale = scaleBand<string>().domain(options.severities).range([top, bottom]).padding(0.3);
  const x = durationScale(max(options.points, (p) => p.minutes) ?? 0, [left + 10, right]);
  const xTicks = durationTicks(x, 'horizontal', [0, width]);
  const elements: ChartElement[] = [];
  const rowCentre = (severity: string) => yScale(severity)! + yScale.bandwidth() / 2;
  for (const severity of options.severities) {
    elements.push({ kind: 'text', x: left, y: round(rowCentre(severity) + 4), text: severity, className: 'tick', anchor: 'end' });
  }
  elements.push(...bottomAxis(xTicks, { baseline: bottom, top, height, left: left + 10, right, title: `${measure} (log scale)`, grid: true }));
  const marks = options.points.length > maxScatterDots
    ? binnedSeverityMarks(options.points, options.severities, measure, x, rowCentre)
    : severityDots(options.points, options.description, measure, x, rowCentre);
  return {
    id: options.id, title: options.title, description: marks.description, width, height, elements: [...elements, ...marks.elements],
    // A severity without a dot keeps its row (the scale of severities) but no legend swatch, as
    // the stacked bars since session 19: "SEV-0 SEV-1 … SEV-4" over dots of SEV-2 and SEV-3 only.
    legend: options.severities.filter((s) => options.points.some((p) => p.severity === s)).map((s) => ({ label: s, className: s.toLowerCase() })),
    axes: { x: { title: `${measure} (log scale)`, ticks: xTicks }, y: { title: 'severity', ticks: options.severities.map((s) => ({ position: round(rowCentre(s)), label: s })) } },
    table: marks.table,
  };
}

type SeverityMarks = { elements: ChartElement[]; table: ChartModel['table']; description: string };

/** One dot per postmortem, and a table row each. */
function severityDots(points: readonly ScatterPoint[], description: string, measure: string, x: (minutes: number) => number, rowCentre: (severity: string) => number): SeverityMarks {
  const elements: ChartElement[] = [];
  const radius = 4;
  // The dots placed so far, by column of one diameter: a dot can only cover one less than a
  // diameter to its left or right, so in its own column or the two beside it. (Each dot was
  // checked against every earlier one: 300 dots, twice per chart, on each insights page.)
  const placed = new Map<number, { cx: number; cy: number }[]>();
  const columnOf = (cx: number) => Math.floor(cx / (2 * radius));
  const nearby = (cx: number) => [columnOf(cx) - 1, columnOf(cx), columnOf(cx) + 1].flatMap((column) => placed.get(column) ?? []);
  for (const point of [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const cx = round(x(Math.max(1, point.minutes)));
    const centre = rowCentre(point.severity);
    // First vertical slot in the row where the dot does not cover an earlier one (ids in order,
    // so the layout is stable); when all slots are taken, the dot goes back to the centre line.
    const near = nearby(cx);
    const free = dotOffsets.find((offset) => near.every((p) => Math.hypot(p.cx - cx, p.cy - (centre + offset)) >= 2 * radius));
    const cy = round(centre + (free ?? 0));
    const column = placed.get(columnOf(cx));
    if (column) column.push({ cx, cy });
    else placed.set(columnOf(cx), [{ cx, cy }]);
    elements.push({ kind: 'circle', cx, cy, r: radius, className: point.severity.toLowerCase(), label: `${point.id}: ${formatDuration(point.minutes)}` });
  }
  return { elements, description, table: { columns: ['Postmortem', 'Severity', measure], rows: points.map((p) => [p.id, p.severity, formatDuration(p.minutes)]) } };
}

/** Many postmortems: a dot per severity and log bin, area by count, and a summary row per severity. */
function binnedSeverityMarks(points: readonly ScatterPoint[], severities: readonly string[], measure: string, x: (minutes: number) => number, rowCentre: (severity: string) => number): SeverityMarks {
  const minutesBySeverity = severities.map((severity) => points.filter((p) => p.severity === severity).map((p) => p.minutes).sort((a, b) => a - b));
  const bins = minutesBySeverity.map((minutes) => logBins(minutes));
  const largest = Math.max(1, ...bins.flat().map((bin) => bin.count));
  const elements: ChartElement[] = [];
  const rows: string[][] = [];
  severities.forEach((severity, i) => {
    for (const bin of bins[i]) {
      if (bin.count === 0) continue;
      elements.push({
        kind: 'circle', cx: round(x(Math.sqrt(bin.from * bin.to))), cy: round(rowCentre(severity)), r: round(2 + 8 * Math.sqrt(bin.count / largest)), className: severity.toLowerCase(),
        // The first bin holds the records under its lower edge too (zero-minute ones): "under 2 min", as the histogram.
        label: `${severity}: ${bin.count} postmortem${bin.count === 1 ? '' : 's'}, ${bin.from === durationBinEdges[0] ? `under ${formatDuration(bin.to)}` : `${formatDuration(bin.from)} to ${formatDuration(bin.to)}`}`,
      });
    }
    const minutes = minutesBySeverity[i];
    if (minutes.length) {
      rows.push([severity, String(minutes.length), formatDuration(quantileSorted(minutes, 0.5)!), formatDuration(quantileSorted(minutes, 0.9)!), formatDuration(minutes.at(-1)!)]);
    }
  });
  return {
    elements,
    description: `${points.length} postmortems, grouped: each dot is the postmortems of one severity whose ${measure} falls in one duration range, its area proportional to their number.`,
    table: { columns: ['Severity', 'Postmortems', `median ${measure}`, `90th percentile`, 'longest'], rows },
  };
}
