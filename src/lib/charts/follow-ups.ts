import type { FollowUpGroup } from '../follow-ups.ts';
import type { ChartModel } from './model.ts';
import { stackedBarChart } from './bars.ts';

/** "67%" (whole percent, no locale), or "—" when there is nothing to rate. */
export const formatPercent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * The segments of a follow-up bar, bottom to top: closed work first, late work on top. "Open, not
 * yet due" is blue (`series-1`), not the orange of `status-open`, because it sits next to the red
 * of `status-overdue` and orange/red is the pair colour-blind readers confuse most.
 */
export const followUpSegments = [
  { key: 'done', label: 'done', className: 'status-done', value: (g: FollowUpGroup) => g.done },
  { key: 'open', label: 'open, not yet due', className: 'series-1', value: (g: FollowUpGroup) => g.open - g.overdue },
  { key: 'overdue', label: 'overdue', className: 'status-overdue', value: (g: FollowUpGroup) => g.overdue },
  { key: 'wont-do', label: "won't do", className: 'status-wont-do', value: (g: FollowUpGroup) => g.wontDo },
] as const;

/**
 * Follow-up closure per group (priority, owner team): one bar per group stacked by state, with the
 * closure rate printed above it. Takes `summariseFollowUps(...).byPriority` or `.byOwner`.
 */
export function followUpClosureChart(options: {
  id: string; title: string; description: string; groups: Record<string, FollowUpGroup>;
  /** Display names of the group keys (team names); the key is shown when missing. */
  labels?: Record<string, string>; groupLabel?: string; width?: number; height?: number;
}): ChartModel {
  const keys = Object.keys(options.groups);
  const groups = keys.map((k) => options.groups[k]);
  const model = stackedBarChart({
    id: options.id, title: options.title, description: options.description, width: options.width, height: options.height,
    unit: 'action items', categoryLabel: options.groupLabel ?? 'priority',
    categories: keys.map((k) => options.labels?.[k] ?? k),
    series: followUpSegments.map((s) => ({ key: s.key, label: s.label, className: s.className, values: groups.map(s.value) })),
    annotations: groups.map((g) => formatPercent(g.closureRate)),
  });
  model.table.columns.push('Closure rate');
  model.table.rows.forEach((row, i) => row.push(formatPercent(groups[i].closureRate)));
  return model;
}

/** Overdue (or open) follow-ups by age bucket: pass `bucketAges(...)` from follow-ups.ts. */
export function followUpAgeingChart(options: {
  id: string; title: string; description: string; buckets: readonly { label: string; count: number }[];
  /** The x-axis title, e.g. "days past due". */
  ageLabel?: string; className?: string; width?: number; height?: number;
}): ChartModel {
  return stackedBarChart({
    id: options.id, title: options.title, description: options.description, width: options.width, height: options.height ?? 240,
    unit: 'action items', categoryLabel: options.ageLabel ?? 'days past due',
    categories: options.buckets.map((b) => b.label),
    series: [{ key: 'items', label: 'action items', className: options.className ?? 'status-overdue', values: options.buckets.map((b) => b.count) }],
  });
}
