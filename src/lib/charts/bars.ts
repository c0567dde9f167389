import { scaleBand, scaleLinear, max } from 'd3';
import { labelWidth, round, type ChartElement, type ChartModel, type Tick } from './model.ts';
import { bottomAxis, leftAxis, leftMarginFor, nonOverlappingTicks, thinLabels } from './axis.ts';
import { continuousPeriods, timeScale } from './time-axis.ts';

export interface StackedSeries {
  key: string;
  label: string;
  /** Class of the marks and legend swatch, e.g. `sev-1` or `status-done`. */
  className: string;
  /** One value per category, in category order. */
  values: number[];
}

export interface StackedBarOptions {
  id: string;
  title: string;
  description: string;
  /** Bars, left to right (months, quarters, priorities). */
  categories: string[];
  /** Stacked bottom to top in this order. */
  series: StackedSeries[];
  /** What the bars count, shown as the y-axis title ("postmortems"). */
  unit: string;
  /** What the categories are, shown as the x-axis title and table header ("month (UTC)"). */
  categoryLabel?: string;
  /**
   * The categories are periods (months, quarters or years) in time order, every one from the first
   * to the last: bars stand at their place in time and ticks are chosen by `timeScale` (years on
   * a long span). A gap in the periods is an error, as it would draw time out of scale.
   */
  timeAxis?: boolean;
  /** Optional text above each bar, e.g. a closure rate. */
  annotations?: (string | undefined)[];
  /**
   * Each bar's total above it where the number fits the bar's slot (`totalFitsSlot`), for
   * counts: a year of 1 beside a year of 80 is a mark 2 units tall, read as none without it.
   */
  totals?: boolean;
  width?: number;
  height?: number;
}

/** Integer ticks on a count axis, no more than fit the plot height at 24px apart. */
function countTicks(scale: ReturnType<typeof scaleLinear<number, number>>, plotHeight: number): number[] {
  const ticks = scale.ticks(Math.max(2, Math.min(5, Math.floor(plotHeight / 24))));
  return ticks.filter(Number.isInteger);
}

/** The least height of a mark of a stacked bar chart, drawing units: a count of 1 beside one of 300 stays visible. */
export const minimumMarkHeight = 2;

/**
 * Whether a bar's total can be written above it clear of its neighbours' totals: its digits (7
 * units each in the 11-unit chart font) and 3 units of gap inside the bar's slot. Judged bar by
 * bar, so on a phone (seventeen years in 15 units each) the short bars keep their "1" and "3",
 * which they need, while the tall bars' "57" and "80", which touched, are left to the axis;
 * `labelWidth`'s margin would leave every one of them unlabelled.
 */
export const totalFitsSlot = (total: number, slot: number) => String(total).length * 7 + 3 <= slot;

/** Vertical bars per category, series stacked (incidents per month by severity, follow-ups by status). */
/** The widest a bar of categories (not periods) is drawn, in drawing units: a bar, not a wall. */
export const widestStackedBar = 120;

export function stackedBarChart(options: StackedBarOptions): ChartModel {
  const { categories, series } = options;
  const width = options.width ?? 720;
  const height = options.height ?? 280;
  const top = 28;
  const bottom = height - 44;
  const right = width - 16;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const y = scaleLinear().domain([0, Math.max(1, max(totals) ?? 1)]).nice().range([bottom, top]);
  const yTicks: Tick[] = countTicks(y, bottom - top).map((v) => ({ position: y(v), label: String(v) }));
  const left = leftMarginFor(yTicks.map((t) => t.label));
  if (options.timeAxis && continuousPeriods(categories).join() !== categories.join()) {
    throw new Error(`stackedBarChart "${options.id}": timeAxis needs every period from the first to the last, in order (got ${categories.length} of ${continuousPeriods(categories).length})`);
  }
  const time = options.timeAxis ? timeScale(categories, [left, right]) : undefined;
  // Half a gap at either end (not a whole one): on a phone the last label ("not recorded") needs the room.
  const band = scaleBand<string>().domain(categories).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  // A bar no wider than `widestStackedBar`, centred in its slot: one category ("not recorded", the
  // only priority of an imported history's 287 follow-ups) drew one bar 860 units wide (session 29).
  const barWidth = Math.min(band.bandwidth(), widestStackedBar);
  // On a time axis a bar is 80% of its period's slot, centred on the period's place in time.
  const x = time
    ? Object.assign((c: string) => time.position(c) - (time.step * 0.8) / 2, { bandwidth: () => time.step * 0.8, step: () => time.step })
    : Object.assign((c: string) => band(c)! + (band.bandwidth() - barWidth) / 2, { bandwidth: () => barWidth, step: () => band.step() });
  const elements: ChartElement[] = leftAxis(yTicks, { left, right, title: options.unit });

  categories.forEach((category, i) => {
    let base = 0;
    // Stacked from the bottom in drawing units, each mark at least `minimumMarkHeight` tall: a
    // month of 300 incidents drew a month of one 0.6 units tall (half a pixel on a phone), read
    // as none. The few units added stand on top of a tall bar, under its tick's reading.
    let stackTop = y(0);
    for (const s of series) {
      const value = s.values[i] ?? 0;
      if (value > 0) {
        const markHeight = Math.max(minimumMarkHeight, y(base) - y(base + value));
        stackTop -= markHeight;
        elements.push({
          kind: 'rect', x: round(x(category)!), y: round(stackTop), width: round(x.bandwidth()), height: round(markHeight),
          className: s.className, label: `${category}: ${value} ${s.label}`,
        });
      }
      base += value;
    }
    const note = options.annotations?.[i] ?? (options.totals && totals[i] > 0 && totalFitsSlot(totals[i], x.step()) ? String(totals[i]) : undefined);
    if (note) elements.push({ kind: 'text', x: round(x(category)! + x.bandwidth() / 2), y: round(Math.min(stackTop, y(totals[i])) - 4), text: note, className: 'value', anchor: 'middle' });
  });

  const centre = (c: string) => round(x(c)! + x.bandwidth() / 2);
  const xTicks: Tick[] = time?.ticks ?? categoryTicks(categories, centre, x.step(), width);
  elements.push(...bottomAxis(xTicks, { baseline: bottom, top, height, left, right, title: options.categoryLabel ?? '' }));

  return {
    id: options.id, title: options.title, description: options.description, width, height, elements,
    // A series with no mark is left out of the legend (its column stays in the table): a service
    // with SEV-2 and SEV-3 incidents only had five swatches over its bars, SEV-0 and SEV-4 naming nothing.
    legend: series.filter((s) => s.values.some((value) => value > 0)).map((s) => ({ label: s.label, className: s.className })),
    axes: { x: { title: options.categoryLabel ?? '', ticks: xTicks }, y: { title: options.unit, ticks: yTicks.map((t) => ({ ...t, position: round(t.position) })) } },
    table: {
      columns: [options.categoryLabel ?? 'Category', ...series.map((s) => s.label), 'Total'],
      rows: categories.map((c, i) => [c, ...series.map((s) => s.values[i] ?? 0), totals[i]]),
    },
  };
}

/**
 * Labels of categories that are not periods (priorities, teams): every one when each clears its
 * neighbours and the chart's edges, judged by its own width, so that one long name ("not
 * recorded" beside "P3") does not drop every other label, as thinning by the widest did on a
 * phone ("P0  P2  not recorded"); otherwise every n-th, by the widest.
 */
function categoryTicks(categories: readonly string[], centre: (c: string) => number, step: number, width: number): Tick[] {
  const all = categories.map((c) => ({ position: centre(c), label: c }));
  const fits = all.every((tick, i) => {
    const half = labelWidth(tick.label) / 2;
    const previous = all[i - 1];
    return tick.position - half >= 0 && tick.position + half <= width
      && (!previous || tick.position - previous.position >= half + labelWidth(previous.label) / 2);
  });
  if (fits) return all;
  const shown = thinLabels(categories, step);
  return all.filter((_, i) => shown.has(i));
}

/** Shorten a label with an ellipsis so that it fits `maxWidth` px. */
export function truncateLabel(text: string, maxWidth: number): string {
  if (labelWidth(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && labelWidth(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * A category name in at most two lines of `maxWidth` px: whole on one line when it fits, else
 * broken between words (the second line shortened with an ellipsis only if it still does not
 * fit), else, when its first word alone is too wide, one shortened line. A phone's bar chart gives
 * names 160 units, and "Hardware or cloud infrastructure" and "Certificate expiry or rotation",
 * names of the trigger vocabulary, read "Hardware or cloud inf…" (session 27).
 */
export function labelLines(text: string, maxWidth: number): string[] {
  if (labelWidth(text) <= maxWidth) return [text];
  const words = text.split(' ');
  let first = 0;
  while (first < words.length - 1 && labelWidth(words.slice(0, first + 1).join(' ')) <= maxWidth) first++;
  if (first === 0) return [truncateLabel(text, maxWidth)];
  return [words.slice(0, first).join(' '), truncateLabel(words.slice(first).join(' '), maxWidth)];
}

export interface HorizontalBarItem {
  label: string;
  value: number;
  /** Defaults to `series-1`. */
  className?: string;
}

/** Horizontal bars in the order given (pass them largest first): incidents by trigger, by service. */
export function horizontalBarChart(options: {
  id: string; title: string; description: string; items: HorizontalBarItem[]; unit: string; categoryLabel?: string; width?: number;
}): ChartModel {
  const width = options.width ?? 720;
  const top = 12;
  // On a phone's narrow layout the names get half the width: at 36% of 320 units most were cut.
  const maxLabelSpace = Math.round(width * (width < 480 ? 0.5 : 0.36));
  // A label ends 6px before its bar and keeps 2px clear on the left: the column is the widest label
  // plus 8, so only labels wider than the cap take two lines (labelLines; with +6 the widest label
  // of every chart lost its last letters: "checkout-a…").
  const labelSpace = Math.min(maxLabelSpace, Math.max(80, ...options.items.map((item) => labelWidth(item.label) + 8)));
  const labels = options.items.map((item) => labelLines(item.label, labelSpace - 8));
  // Rows a little taller when a name takes two lines, so that its lines keep apart from the next row's.
  const rowHeight = labels.some((lines) => lines.length > 1) ? 30 : 24;
  const middle = rowHeight / 2;
  const bottom = top + options.items.length * rowHeight;
  const height = bottom + 44;
  // Room on the right for the value printed after the longest bar.
  const right = width - 16;
  const x = scaleLinear().domain([0, Math.max(1, max(options.items, (d) => d.value) ?? 1)]).nice().range([labelSpace, right - 28]);
  const candidates: Tick[] = x.ticks(Math.min(8, Math.floor((right - labelSpace) / 40))).filter(Number.isInteger).map((v) => ({ position: round(x(v)), label: String(v) }));
  const xTicks = nonOverlappingTicks(candidates, 'horizontal', [0, width]);
  const elements: ChartElement[] = [];
  for (const tick of xTicks) elements.push({ kind: 'line', x1: tick.position, y1: top, x2: tick.position, y2: bottom, className: 'grid' });
  options.items.forEach((item, i) => {
    const y = top + i * rowHeight;
    // One line on the bar's middle; two lines either side of it.
    const baselines = labels[i].length === 1 ? [y + middle + 4] : [y + middle - 2, y + middle + 10];
    labels[i].forEach((line, k) => elements.push({ kind: 'text', x: labelSpace - 6, y: baselines[k], text: line, className: 'tick', anchor: 'end' }));
    // No bar for 0 (its value is printed): a rect of no width is a mark no one can see or hover.
    if (item.value > 0) {
      elements.push({
        kind: 'rect', x: labelSpace, y: y + 4, width: round(x(item.value) - labelSpace), height: rowHeight - 8,
        className: item.className ?? 'series-1', label: `${item.label}: ${item.value} ${options.unit}`,
      });
    }
    elements.push({ kind: 'text', x: round(x(item.value) + 4), y: y + middle + 4, text: String(item.value), className: 'value', anchor: 'start' });
  });
  elements.push(...bottomAxis(xTicks, { baseline: bottom, top, height, left: labelSpace, right: right - 28, title: options.unit }));
  return {
    id: options.id, title: options.title, description: options.description, width, height, elements, legend: [],
    axes: { x: { title: options.unit, ticks: xTicks }, y: { title: options.categoryLabel ?? '', ticks: options.items.map((item, i) => ({ position: top + i * rowHeight + middle, label: item.label })) } },
    table: { columns: [options.categoryLabel ?? 'Category', options.unit], rows: options.items.map((item) => [item.label, item.value]) },
  };
}
