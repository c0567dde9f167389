import type { ActionItem, Postmortem, Severity } from './postmortem-schema.ts';
import { daysBetween } from './durations.ts';

/** An action item with the postmortem it came from. */
export interface FollowUp extends ActionItem {
  postmortemId: string;
  postmortemTitle: string;
  severity: Severity;
}

const openStatuses = new Set(['open', 'in-progress']);

export function isOpen(item: Pick<ActionItem, 'status'>): boolean {
  return openStatuses.has(item.status);
}

/** Overdue = still open or in progress, and due before the as-of day. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, asOf: string): boolean {
  return isOpen(item) && item.due < asOf;
}

/** Days past due on the as-of day (0 when not overdue). */
export function overdueDays(item: Pick<ActionItem, 'status' | 'due'>, asOf: string): number {
  return isOverdue(item, asOf) ? daysBetween(item.due, asOf)! : 0;
}

/** Every action item across postmortems, sorted by due date, then postmortem id, then item id. */
export function flattenActionItems(records: readonly { id: string; data: Postmortem }[]): FollowUp[] {
  return records
    .flatMap((record) =>
      record.data.actionItems.map((item) => ({
        ...item,
        postmortemId: record.id,
        postmortemTitle: record.data.title,
        severity: record.data.severity,
      })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.postmortemId.localeCompare(b.postmortemId) || a.id.localeCompare(b.id));
}
