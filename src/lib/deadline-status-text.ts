import { formatDuration } from './durations.ts';

/**
 * The wording of a notification deadline's state, apart from the deadline computation: the page's
 * running clock (a client script) imports this module alone, so the reader's browser gets a few
 * lines, not the security schema and zod behind computeNotificationDeadlines.
 */
export type DeadlineStatus = 'met' | 'missed' | 'due';

/** One sentence on a deadline's state: "met, 30 h 10 min early", "missed: not notified, 5 h overdue". */
export function describeDeadlineStatus(deadline: { status: DeadlineStatus; notifiedAt?: string; marginMinutes: number }): string {
  const amount = formatDuration(Math.abs(deadline.marginMinutes));
  if (deadline.status === 'met') return deadline.marginMinutes === 0 ? 'met, at the deadline' : `met, ${amount} before the deadline`;
  // As of the deadline's own minute: "due now" (a duration, "under 1 min left", is not a margin of 0).
  if (deadline.status === 'due') return deadline.marginMinutes === 0 ? 'due now' : `due: ${amount} left`;
  return deadline.notifiedAt ? `missed: notified ${amount} late` : `missed: not notified, ${amount} overdue`;
}
