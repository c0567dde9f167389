import { severities, type Severity } from '../postmortem-schema.ts';
import type { ChartModel } from './model.ts';
import { stackedBarChart } from './bars.ts';
import { continuousPeriods } from './time-axis.ts';

/**
 * Incidents per period stacked by severity, SEV-0 at the bottom: takes `metrics.byMonth` or
 * `metrics.byQuarter` (every period in range, empty ones included). Marks use `sev-0`..`sev-4`;
 * each bar's total stands above it where it fits (`totalFitsSlot`).
 */
export function incidentsPerPeriodChart(options: {
  id: string; title: string; description: string; periods: readonly { period: string; counts: Record<Severity, number> }[];
  periodLabel?: string; width?: number; height?: number;
}): ChartModel {
  // Every period from the first to the last, so that time is drawn to scale even when the caller
  // passes only the periods with incidents: an empty one is a bar of 0, a visible gap.
  const given = new Map(options.periods.map((p) => [p.period, p.counts]));
  const periods = continuousPeriods(options.periods.map((p) => p.period));
  const countOf = (period: string, s: Severity) => given.get(period)?.[s] ?? 0;
  return stackedBarChart({
    id: options.id, title: options.title, description: options.description, width: options.width, height: options.height,
    unit: 'postmortems', categoryLabel: options.periodLabel ?? 'month (UTC, by incident start)',
    categories: periods, timeAxis: true, totals: true,
    series: severities.map((s) => ({ key: s, label: s, className: s.toLowerCase(), values: periods.map((p) => countOf(p, s)) })),
  });
}
