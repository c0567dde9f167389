import { severities, type Severity } from '../postmortem-schema.ts';
import type { ChartModel } from './model.ts';
import { stackedBarChart } from './bars.ts';

/**
 * Incidents per period stacked by severity, SEV-0 at the bottom: takes `metrics.byMonth` or
 * `metrics.byQuarter` (every period in range, empty ones included). Marks use `sev-0`..`sev-4`.
 */
export function incidentsPerPeriodChart(options: {
  id: string; title: string; description: string; periods: readonly { period: string; counts: Record<Severity, number> }[];
  periodLabel?: string; width?: number; height?: number;
}): ChartModel {
  return stackedBarChart({
    id: options.id, title: options.title, description: options.description, width: options.width, height: options.height,
    unit: 'postmortems', categoryLabel: options.periodLabel ?? 'month (UTC, by incident start)',
    categories: options.periods.map((p) => p.period),
    series: severities.map((s) => ({ key: s, label: s, className: s.toLowerCase(), values: options.periods.map((p) => p.counts[s]) })),
  });
}
