/**
 * A file named after a day (`2024-03-05-db-outage.mdx`) on which the incident did not happen: the
 * page's address, and every list sorted by name, say that day. One rule, `consistency/file-day`
 * (bad input round 43): round 14's lint rule and round 24's always-on `file/name-date` warning said
 * the same mistake twice, over two ranges. Taken: from the day before `times.started` (a start late
 * in the evening, named by the local day) to the day after the last of `detected`, `declared` and
 * `resolved` (a report named by the day a breach was found). A name shaped as a day that is no day
 * (`2025-13-40-x`) is said too. Pure: no Astro, no file system.
 */

const dayMs = 86_400_000;

/** The facts of a postmortem this rule reads. */
export interface FileNameDayFacts {
  /** The postmortem's id, its file name without the extension. */
  id: string | undefined;
  times: { started: string; detected?: string; declared?: string; resolved?: string };
}

/** What is wrong with the day a file name starts with, and what to write, or undefined. */
export function fileNameDayProblem({ id, times }: FileNameDayFacts): { message: string; fix: string } | undefined {
  const named = id === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})(?=-|$)/.exec(id);
  const startedAt = Date.parse(times.started);
  if (!named || Number.isNaN(startedAt)) return undefined;
  const startedDay = new Date(startedAt).toISOString().slice(0, 10);
  const rest = id!.slice(10);
  const day = Date.UTC(Number(named[1]), Number(named[2]) - 1, Number(named[3]));
  const written = new Date(day);
  // `2025-13-40-x`: shaped as a day and no day, so no reader can tell when it happened.
  if (written.getUTCMonth() !== Number(named[2]) - 1 || written.getUTCDate() !== Number(named[3])) {
    return {
      message: `the file name starts with ${named[0]}, which is no day (${Number(named[2]) > 12 ? `there is no month ${Number(named[2])}` : `the month has no day ${Number(named[3])}`}): the page's address would give it as the day of the incident, which began on ${startedDay}.`,
      fix: `rename the file to ${startedDay}${rest} (keeping its extension; and the id in other postmortems' related lists).`,
    };
  }
  const startDay = Math.floor(startedAt / dayMs) * dayMs;
  const last = Math.max(...[times.started, times.detected, times.declared, times.resolved].flatMap((t) => (t && !Number.isNaN(Date.parse(t)) ? [Date.parse(t)] : [])));
  const lastDay = Math.floor(last / dayMs) * dayMs;
  if (day >= startDay - dayMs && day <= lastDay + dayMs) return undefined;
  return {
    message: `the file name says ${named[0]}, but times.started is ${times.started}${lastDay > startDay ? ` and the incident ended on ${new Date(lastDay).toISOString().slice(0, 10)}` : ''}: the page's address and every list sorted by file name would give a day the incident did not happen on.`,
    fix: `rename the file to ${startedDay}${rest} (keeping its extension; and the id in other postmortems' related lists), or correct times.started if the name has the right day.`,
  };
}
