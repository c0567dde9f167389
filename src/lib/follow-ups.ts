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

/** Follow-up aggregates as of a day. */
export function summariseFollowUps(items: readonly FollowUp[], asOf: string) {
  const count = (predicate: (item: FollowUp) => boolean) => items.filter(predicate).length;
  const done = count((i) => i.status === 'done');
  const wontDo = count((i) => i.status === 'wont-do');
  const group = (keyOf: (item: FollowUp) => string) => {
    const groups = new Map<string, { total: number; done: number; open: number; overdue: number }>();
    for (const item of items) {
      const key = keyOf(item);
      const g = groups.get(key) ?? { total: 0, done: 0, open: 0, overdue: 0 };
      g.total += 1;
      if (item.status === 'done') g.done += 1;
      if (isOpen(item)) g.open += 1;
      if (isOverdue(item, asOf)) g.overdue += 1;
      groups.set(key, g);
    }
    return Object.fromEntries([...groups.keys()].sort().map((k) => [k, groups.get(k)!]));
  };
  const overdueAges = items.filter((i) => isOverdue(i, asOf)).map((i) => overdueDays(i, asOf));
  return {
    total: items.length,
    open: count((i) => i.status === 'open'),
    inProgress: count((i) => i.status === 'in-progress'),
    done,
    wontDo,
    overdue: overdueAges.length,
    closureRate: items.length - wontDo > 0 ? done / (items.length - wontDo) : null,
    oldestOverdueDays: overdueAges.length ? Math.max(...overdueAges) : null,
    byOwner: group((i) => i.owner),
    byPriority: group((i) => i.priority),
    byType: group((i) => i.type),
  };
}

const csvField = (value: unknown) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV of every follow-up, with its overdue state on the as-of day. */
export function toFollowUpsCsv(items: readonly FollowUp[], asOf: string): string {
  const header = ['postmortem', 'postmortem_title', 'severity', 'id', 'title', 'owner', 'due', 'priority', 'type', 'status', 'overdue_days', 'verification', 'link'];
  const rows = items.map((i) => [i.postmortemId, i.postmortemTitle, i.severity, i.id, i.title, i.owner, i.due, i.priority, i.type, i.status, overdueDays(i, asOf), i.verification, i.link ?? '']);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
