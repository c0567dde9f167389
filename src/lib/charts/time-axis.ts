import { labelWidth, round, type Tick } from './model.ts';

/**
 * A time axis drawn to scale. Periods are UTC months (`2025-03`), quarters (`2025-Q1`) or years
 * (`2025`); a series of them is placed by its position in time, not by its rank, so that a chart
 * of the quarters that have data does not draw 2012-Q2 next to 2020-Q3 (the trend chart did, on
 * imported history): the eight empty years between them take their width and show as a gap.
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

const monthPattern = /^(\d{4})-(\d{2})$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;
const yearPattern = /^(\d{4})$/;

/** What kind of period a label is; an error names the label when it is none. */
export function periodKind(period: string): PeriodKind {
  if (monthPattern.test(period)) return 'month';
  if (quarterPattern.test(period)) return 'quarter';
  if (yearPattern.test(period)) return 'year';
  throw new Error(`time axis: "${period}" is not a month (2025-03), quarter (2025-Q1) or year (2025)`);
}

const perYear: Record<PeriodKind, number> = { month: 12, quarter: 4, year: 1 };

/** The period's place on a continuous count in its own unit (months, quarters or years since year 0). */
export function periodOrdinal(period: string): number {
  const kind = periodKind(period);
  const year = Number(period.slice(0, 4));
  if (kind === 'year') return year;
  const within = kind === 'month' ? Number(period.slice(5, 7)) - 1 : Number(period.slice(-1)) - 1;
  return year * perYear[kind] + within;
}

/** The label of an ordinal in a kind: the inverse of `periodOrdinal`. */
function periodAt(ordinal: number, kind: PeriodKind): string {
  if (kind === 'year') return String(ordinal);
  const year = Math.floor(ordinal / perYear[kind]);
  const within = ordinal - year * perYear[kind];
  return kind === 'month' ? `${year}-${String(within + 1).padStart(2, '0')}` : `${year}-Q${within + 1}`;
}

/**
 * Every period from the earliest to the latest of `periods` (in any order), empty ones included:
 * the categories of a chart drawn to scale. All periods must be of one kind.
 */
export function continuousPeriods(periods: readonly string[]): string[] {
  if (!periods.length) return [];
  const kind = periodKind(periods[0]);
  for (const p of periods) {
    if (periodKind(p) !== kind) throw new Error(`time axis: "${p}" is a ${periodKind(p)}, the series is of ${kind}s ("${periods[0]}")`);
  }
  const ordinals = periods.map(periodOrdinal);
  const [first, last] = [Math.min(...ordinals), Math.max(...ordinals)];
  return Array.from({ length: last - first + 1 }, (_, i) => periodAt(first + i, kind));
}

/** Steps within a year: every 2nd, 3rd or 6th month (quarters, half years), every 2nd quarter. */
const subYearSteps: Record<PeriodKind, number[]> = { month: [2, 3, 6], quarter: [2], year: [] };

/** Year steps for labels on a long span: round numbers of years. */
const yearSteps = [1, 2, 5, 10, 20, 25, 50, 100];

export interface TimeScale {
  /** Centre of each period's slot, px: equal time, equal distance. */
  position: (period: string) => number;
  /** Width of one period's slot, px. */
  step: number;
  /** Labelled ticks, left to right, none overlapping. */
  ticks: Tick[];
}

/**
 * Places the periods between the first and last of `periods` on [left, right] at equal steps per
 * unit of time, and chooses ticks that stay readable on any span: every period when its label
 * fits its slot; then every 2nd, 3rd or 6th month, or 2nd quarter, from January, when
 * its label fits that many slots; otherwise a label at the first period of every n-th year,
 * written as the year ("2016"), n a round number (1, 2, 5, 10, 20, 25, 50, 100 years) chosen so
 * that the year labels clear each other. Years use the same steps.
 */
export function timeScale(periods: readonly string[], range: readonly [number, number]): TimeScale {
  const all = continuousPeriods(periods);
  const [left, right] = range;
  if (!all.length) return { position: () => (left + right) / 2, step: right - left, ticks: [] };
  const kind = periodKind(all[0]);
  const first = periodOrdinal(all[0]);
  const step = (right - left) / all.length;
  const position = (period: string) => left + (periodOrdinal(period) - first + 0.5) * step;
  const tick = (period: string, label: string): Tick => ({ position: round(position(period)), label });

  const widestPeriod = Math.max(...all.map(labelWidth));
  if (widestPeriod <= step) return { position, step, ticks: all.map((p) => tick(p, p)) };

  // Within a year: every n-th month or quarter from January, when its label fits n slots.
  const within = subYearSteps[kind].find((n) => widestPeriod <= n * step);
  if (within) {
    const ticks = all.filter((p) => (periodOrdinal(p) % perYear[kind]) % within === 0).map((p) => tick(p, p));
    if (ticks.length) return { position, step, ticks };
  }

  // Labels on year boundaries: the first period of a year, labelled with the year alone.
  const pxPerYear = step * perYear[kind];
  const yearStep = yearSteps.find((n) => n * pxPerYear >= labelWidth('0000')) ?? Math.ceil(labelWidth('0000') / pxPerYear / 100) * 100;
  const years = [...new Set(all.map((p) => p.slice(0, 4)))];
  const ticks = years
    .filter((year) => Number(year) % yearStep === 0)
    .map((year) => (kind === 'year' ? year : kind === 'month' ? `${year}-01` : `${year}-Q1`))
    .filter((p) => all.includes(p))
    .map((p) => tick(p, p.slice(0, 4)));
  // A span within one year boundary and n: name its first period, so the axis is never unlabelled.
  return { position, step, ticks: ticks.length ? ticks : [tick(all[0], all[0])] };
}
