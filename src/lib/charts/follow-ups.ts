import { ageBucketLength, notRecordedGroup, type FollowUpGroup } from '../follow-ups.ts';
import type { ChartModel } from './model.ts';
import { horizontalBarChart, stackedBarChart } from './bars.ts';

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
    // The group of items that recorded no priority (or owner) is keyed `_not-recorded`: shown in words.
    categories: keys.map((k) => options.labels?.[k] ?? (k === notRecordedGroup ? 'not recorded' : k)),
    series: followUpSegments.map((s) => ({ key: s.key, label: s.label, className: s.className, values: groups.map(s.value) })),
    annotations: groups.map((g) => formatPercent(g.closureRate)),
  });
  // Items of which none records the grouping fact are one bar: say why, not "priority: not recorded".
  if (keys.length === 1 && keys[0] === notRecordedGroup) {
    const total = groups[0].total;
    model.note = `No action item records a ${options.groupLabel ?? 'priority'}: the bar counts all ${total.toLocaleString('en-US')}.`;
  }
  model.table.columns.push('Closure rate');
  model.table.rows.forEach((row, i) => row.push(formatPercent(groups[i].closureRate)));
  return model;
}

/**
 * Overdue (or open) follow-ups by age bucket: pass `bucketAges(...)` from follow-ups.ts. The
 * buckets are ranges of unequal length (under 30 days, 30–90, 90–180, 180–365, a year or more),
 * so they are drawn as a list of categories, one horizontal bar each, and not as columns along a
 * days axis, where five equal columns for 30, 60, 90, 185 days and an open end drew time out of
 * scale. The note under the chart and the table's "length" column give each range's length.
 */
export function followUpAgeingChart(options: {
  id: string; title: string; description: string; buckets: readonly { label: string; count: number }[];
  /** What the buckets measure, e.g. "days past due". */
  ageLabel?: string; className?: string; width?: number;
}): ChartModel {
  const ageLabel = options.ageLabel ?? 'days past due';
  const model = horizontalBarChart({
    id: options.id, title: options.title, description: options.description, width: options.width,
    unit: 'action items', categoryLabel: ageLabel,
    items: options.buckets.map((b) => ({ label: b.label, value: b.count, className: options.className ?? 'status-overdue' })),
  });
  const lengths = options.buckets.map((b) => ageBucketLength(b.label));
  const lengthText = (days: number | undefined) => (days === undefined ? '—' : days === Infinity ? 'open-ended' : `${days} days`);
  model.table.columns.splice(1, 0, 'length of range');
  model.table.rows.forEach((row, i) => row.splice(1, 0, lengthText(lengths[i])));
  const finite = lengths.filter((n): n is number => n !== undefined && n !== Infinity);
  const openEnded = lengths.includes(Infinity);
  if (new Set(finite).size > 1 || (finite.length && openEnded)) {
    const list = finite.length > 1 ? `${finite.slice(0, -1).join(', ')} and ${finite.at(-1)} days` : `${finite[0]} days`;
    model.note = `The ranges are of unequal length (${list}${openEnded ? ', then open-ended' : ''}): each bar counts the items in its range; compare counts, not a rate per day.`;
  }
  return model;
}
