import { notRecordedGroup, type FollowUp } from './follow-ups.ts';
import { isOverdue } from './predicates.ts';
import { actionItemPriorities, actionItemStatuses, actionItemTypes } from './postmortem-schema.ts';

/** What the follow-up tracker can be narrowed by; each value has its own paged list and URL. */
export const followUpDimensions = ['status', 'owner', 'priority', 'type'] as const;
export type FollowUpDimension = (typeof followUpDimensions)[number];

/** One value of one dimension (`status: overdue`, `owner: sre`) and the listed items it keeps. */
export interface FollowUpFilter {
  dimension: FollowUpDimension;
  value: string;
  items: FollowUp[];
}

/** `/follow-ups/` for all listed items, `/follow-ups/<dimension>/<value>/` for one filter. */
export function followUpListUrl(filter?: Pick<FollowUpFilter, 'dimension' | 'value'>): string {
  return filter ? `/follow-ups/${filter.dimension}/${encodeURIComponent(filter.value)}/` : '/follow-ups/';
}

/**
 * Every filter of the tracker, in the order the page shows them: each status and `overdue`,
 * each owner team that has a listed item, each priority and each type. Fixed values get a page
 * even when nothing matches (their URLs stay valid); items keep the order of `listed`. Items of
 * historical records whose owner, priority or type was never recorded get a last value of that
 * dimension, `notRecordedGroup` ("no owner recorded"), when there are any.
 */
export function followUpFilters(listed: readonly FollowUp[], asOf: string): FollowUpFilter[] {
  const owners = [...new Set(listed.flatMap((item) => (item.owner === undefined ? [] : [item.owner])))].sort();
  const unrecorded = (dimension: 'owner' | 'priority' | 'type') => (listed.some((item) => item[dimension] === undefined) ? [notRecordedGroup] : []);
  const valuesOf: Record<FollowUpDimension, readonly string[]> = {
    status: [...actionItemStatuses, 'overdue'],
    owner: [...owners, ...unrecorded('owner')],
    priority: [...actionItemPriorities, ...unrecorded('priority')],
    type: [...actionItemTypes, ...unrecorded('type')],
  };
  const matches = (dimension: FollowUpDimension, value: string, item: FollowUp): boolean =>
    dimension === 'status' && value === 'overdue' ? isOverdue(item, asOf)
      : value === notRecordedGroup && dimension !== 'status' ? item[dimension] === undefined
      : item[dimension] === value;
  return followUpDimensions.flatMap((dimension) =>
    valuesOf[dimension].map((value) => ({ dimension, value, items: listed.filter((item) => matches(dimension, value, item)) })));
}

/** How a tracker page names a filter value: a team's name, or "no owner recorded" for `notRecordedGroup`. */
export function followUpValueLabel(dimension: FollowUpDimension, value: string, teamName: (id: string) => string): string {
  if (value === notRecordedGroup) return `no ${dimension} recorded`;
  return dimension === 'owner' ? teamName(value) : value;
}

/** One link (or, for a value that keeps nothing, one quiet entry) of the tracker's filters. */
export interface FollowUpFilterEntry {
  label: string;
  count: number;
  /** Absent for a value that keeps no item: its page exists (the URL stays valid) but says only that nothing is listed. */
  href?: string;
  current: boolean;
}

const filterGroups = [
  { dimension: 'status', label: 'Status' },
  { dimension: 'owner', label: 'Owner team' },
  { dimension: 'priority', label: 'Priority' },
  { dimension: 'type', label: 'Type' },
] as const;

/**
 * The tracker's filters as the page draws them: each group opens with "all", then its values with
 * their counts. A value that keeps no item is not a link: the imported build's tracker offered
 * "in-progress (0)", "wont-do (0)", "prevent (0)" and "communicate (0)", each a page saying
 * nothing was listed (as the home's severity row, session 20). The page of the current filter is
 * marked even when it is one of those, reached by its URL.
 *
 * A group of a fact that no listed item records (priority and type of imported historical records)
 * is left out: it could only offer "P0 (0)" … "no priority recorded (29)", a group that cannot
 * narrow, about 250 px of a phone's screen (session 27). Its pages stay (their URLs stay valid),
 * and the group is shown on them, where it names the filter in force. Status is always recorded.
 */
export function followUpFilterNav(
  filters: readonly FollowUpFilter[],
  total: number,
  current: Pick<FollowUpFilter, 'dimension' | 'value'> | undefined,
  teamName: (id: string) => string,
): { dimension: FollowUpDimension; label: string; entries: FollowUpFilterEntry[] }[] {
  const narrows = (dimension: FollowUpDimension) =>
    dimension === 'status' || current?.dimension === dimension
    || filters.some((f) => f.dimension === dimension && f.value !== notRecordedGroup && f.items.length > 0);
  return filterGroups.filter((group) => narrows(group.dimension)).map((group) => ({
    ...group,
    entries: [
      { label: 'all', count: total, href: followUpListUrl(), current: !current },
      ...filters.filter((f) => f.dimension === group.dimension).map((f) => ({
        label: followUpValueLabel(f.dimension, f.value, teamName),
        count: f.items.length,
        ...(f.items.length > 0 ? { href: followUpListUrl(f) } : {}),
        current: current?.dimension === f.dimension && current.value === f.value,
      })),
    ],
  }));
}
