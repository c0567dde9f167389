import type { Severity } from './postmortem-schema.ts';
import { formatDaysOverdue } from './format.ts';

/**
 * The badges drawn in every list row (a severity on each card, similar incident and follow-up row;
 * an overdue age on each late follow-up), as the attributes and text of one `<span>` that the row's
 * own template writes: `<span {...severityBadgeAttributes(s)}>{s}</span>`. A badge component per
 * row was about 35,000 component instances in a build of 1,000 postmortems, each costing Astro's
 * renderer more than its few bytes (docs/performance.md, session 27).
 */
export function severityBadgeAttributes(severity: Severity): { class: string; title: string } {
  return { class: `severity-badge severity-badge--${severity.toLowerCase()}`, title: `Severity ${severity}` };
}

/** An overdue action item's badge: its age past due ("145 d", "2 y 7 mo": formatDaysOverdue), the exact days in its title. */
export function overdueBadgeAttributes(days: number): { class: string; title: string } {
  return { class: 'badge badge--overdue', title: `${days} days past due` };
}

/** The overdue badge's text: "overdue 2 y 7 mo" in a postmortem's own action items (`overdueFirst`), else "2 y 7 mo overdue". */
export function overdueBadgeText(days: number, overdueFirst = false): string {
  const age = formatDaysOverdue(days);
  return overdueFirst ? `overdue ${age}` : `${age} overdue`;
}
