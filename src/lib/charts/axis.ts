import { fontSize, labelWidth, round, type ChartElement, type Tick } from './model.ts';

/** How many labels of this width fit side by side along `span` px. At least 1. */
export function maxLabelCount(span: number, widestLabel: number): number {
  return Math.max(1, Math.floor(span / Math.max(widestLabel, 1)));
}

const niceSteps = [1, 2, 3, 4, 6, 12];

/**
 * Regular thinning for evenly spaced categories (months, quarters): every n-th label, n chosen so
 * that the widest label fits the space each category has (rounded up to 1, 2, 3, 4, 6, 12 or a
 * multiple of 12). Returns the indices to label.
 */
export function thinLabels(labels: readonly string[], spaceEach: number): Set<number> {
  const widest = Math.max(0, ...labels.map(labelWidth));
  const needed = Math.max(1, Math.ceil(widest / Math.max(spaceEach, 1)));
  // Steps that divide a year of months (every quarter, every half year) read better than every 5th.
  const step = niceSteps.find((s) => s >= needed) ?? Math.ceil(needed / 12) * 12;
  return new Set(labels.map((_, i) => i).filter((i) => i % step === 0));
}

/**
 * Thinning for unevenly spaced ticks (log scales): walk in order of position and keep a tick only
 * when its label clears the previous kept label. Horizontal labels are centred on the tick;
 * vertical ones take one line of text. With `bounds` (px), labels that would overflow are dropped.
 */
export function nonOverlappingTicks(ticks: readonly Tick[], orientation: 'horizontal' | 'vertical', bounds?: [number, number]): Tick[] {
  const extent = (tick: Tick) => (orientation === 'horizontal' ? labelWidth(tick.label) : fontSize + 4);
  const kept: Tick[] = [];
  for (const tick of [...ticks].sort((a, b) => a.position - b.position)) {
    const half = extent(tick) / 2;
    // A label that would stick out of the chart is dropped rather than clipped.
    if (bounds && (tick.position - half < bounds[0] || tick.position + half > bounds[1])) continue;
    const previous = kept.at(-1);
    if (!previous || tick.position - half >= previous.position + extent(previous) / 2) kept.push(tick);
  }
  return kept;
}

/**
 * Minutes at which duration axes get a tick: values people think in. 90 days and a year label the
 * top of an axis over imported history, whose p90 reached 100 days above a last tick of 30 d; 2, 5
 * and 10 years the top of one where an imported report's start was the day its flaw was written
 * (1,843 days drawn above a last tick of "1 y", unlabelled, session 30 ui32).
 */
export const minuteTicks = [1, 5, 15, 60, 240, 1440, 4320, 10080, 43200, 129600, 525600, 1051200, 2628000, 5256000] as const;

/** "15 min", "4 h", "3 d", "1 w", "30 d", "90 d", "1 y", "5 y" for tick labels (exact values only). */
export function formatMinutesTick(minutes: number): string {
  if (minutes < 60) return `${round(minutes)} min`;
  if (minutes < 1440) return `${round(minutes / 60)} h`;
  if (minutes === 10080) return '1 w';
  if (minutes >= 525600 && minutes % 525600 === 0) return `${minutes / 525600} y`;
  return `${round(minutes / 1440)} d`;
}

/** Horizontal grid lines and labels on the left, and the axis title (with unit) above the plot. */
export function leftAxis(ticks: readonly Tick[], options: { left: number; right: number; title: string; grid?: boolean }): ChartElement[] {
  const elements: ChartElement[] = [];
  for (const tick of ticks) {
    const y = round(tick.position);
    if (options.grid !== false) elements.push({ kind: 'line', x1: options.left, y1: y, x2: options.right, y2: y, className: 'grid' });
    elements.push({ kind: 'text', x: options.left - 6, y: round(y + 4), text: tick.label, className: 'tick', anchor: 'end' });
  }
  // Above the plot, clear of the top tick label, readable without rotating the head.
  elements.push({ kind: 'text', x: 4, y: 12, text: options.title, className: 'axis-label', anchor: 'start' });
  return elements;
}

/**
 * Labels under the plot, an optional vertical grid line per tick, and the axis title (with unit)
 * at the bottom right.
 */
export function bottomAxis(
  ticks: readonly Tick[],
  options: { baseline: number; top: number; height: number; left: number; right: number; title: string; grid?: boolean },
): ChartElement[] {
  const elements: ChartElement[] = [
    { kind: 'line', x1: options.left, y1: options.baseline, x2: options.right, y2: options.baseline, className: 'axis' },
  ];
  for (const tick of ticks) {
    const x = round(tick.position);
    if (options.grid) elements.push({ kind: 'line', x1: x, y1: options.top, x2: x, y2: options.baseline, className: 'grid' });
    elements.push({ kind: 'text', x, y: options.baseline + 16, text: tick.label, className: 'tick', anchor: 'middle' });
  }
  if (options.title) elements.push({ kind: 'text', x: options.right, y: options.height - 6, text: options.title, className: 'axis-label', anchor: 'end' });
  return elements;
}

/** Left margin wide enough for the widest y tick label. */
export const leftMarginFor = (labels: readonly string[]) => Math.max(44, Math.ceil(Math.max(0, ...labels.map(labelWidth))) + 10);
