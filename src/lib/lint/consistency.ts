import type { LintRule, LintProblem } from './types.ts';

export const timelineWindowRule: LintRule = {
  id: 'consistency/timeline-window',
  level: 'warning',
  description: 'Timeline entries more than a day before the start or after the resolution of the incident.',
  check({ data, positionOf }) {
    const start = Date.parse(data.times.started) - 86_400_000;
    const end = data.times.resolved ? Date.parse(data.times.resolved) + 86_400_000 : Infinity;
    return data.timeline.flatMap((entry, i): LintProblem[] => {
      const at = Date.parse(entry.at);
      return at < start || at > end
        ? [{ rule: 'consistency/timeline-window', field: `timeline[${i}].at`, ...positionOf(['timeline', i, 'at']),
            message: `timeline[${i}] at ${entry.at} is outside the incident (${data.times.started} to ${data.times.resolved ?? 'unresolved'}).`,
            fix: 'check the date, or move context from long before the incident into the prose.' }]
        : [];
    });
  },
};

export const summaryLengthRule: LintRule = {
  id: 'consistency/summary-length',
  level: 'warning',
  description: 'The summary is for non-technical readers: at most 3 sentences and 600 characters.',
  check({ data, positionOf }) {
    const sentences = data.summary.split(/(?<=[.!?])\s+(?=[A-Z0-9"])/).filter((s) => s.trim()).length;
    return sentences > 3 || data.summary.length > 600
      ? [{ rule: 'consistency/summary-length', field: 'summary', ...positionOf(['summary']), message: `summary has ${sentences} sentences and ${data.summary.length} characters.`, fix: 'keep it to 2-3 sentences: what happened, the impact, what fixed it.' }]
      : [];
  },
};

const dayMs = 86_400_000;

/**
 * A file named after a day (`2024-03-05-db-outage.mdx`) on which the incident did not happen
 * (bad input round 14): the page's address, and every list sorted by name, say that day. Taken:
 * from the day before `times.started` (a start late in the evening, named by the local day) to
 * the day after the last of `detected`, `declared` and `resolved` (a report named by the day a
 * breach was found). Historical records warn: their addresses may be known already.
 */
export const fileDayRule: LintRule = {
  id: 'consistency/file-day',
  level: 'error',
  description: 'A file name starting with a day (`2025-07-08-checkout-errors.mdx`) names a day of the incident: from the day before `times.started` to the day after `times.resolved` (or `detected`, `declared`). Historical records get a warning.',
  check({ data, id, positionOf }) {
    const named = id === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})(?=-|$)/.exec(id);
    if (!named) return [];
    const day = Date.UTC(Number(named[1]), Number(named[2]) - 1, Number(named[3]));
    const written = new Date(day);
    // `2025-13-40-x`: shaped as a day and no day, so no reader can tell when it happened.
    if (written.getUTCMonth() !== Number(named[2]) - 1 || written.getUTCDate() !== Number(named[3])) {
      return [{
        rule: 'consistency/file-day', field: 'times.started', ...positionOf(['times', 'started']),
        ...(data.historical ? { severity: 'warning' as const } : {}),
        message: `the file name starts with ${named[0]}, which is no day (${Number(named[2]) > 12 ? `there is no month ${Number(named[2])}` : `the month has no day ${Number(named[3])}`}): the page's address would give it as the day of the incident, which began on ${data.times.started.slice(0, 10)}.`,
        fix: `rename the file to ${data.times.started.slice(0, 10)}${id!.slice(10)} (keeping its extension; and the id in other postmortems' related lists).`,
      }];
    }
    const startDay = Math.floor(Date.parse(data.times.started) / dayMs) * dayMs;
    const last = Math.max(...[data.times.started, data.times.detected, data.times.declared, data.times.resolved].flatMap((t) => (t ? [Date.parse(t)] : [])));
    const lastDay = Math.floor(last / dayMs) * dayMs;
    if (day >= startDay - dayMs && day <= lastDay + dayMs) return [];
    const startedDay = data.times.started.slice(0, 10);
    const rest = id!.slice(10);
    return [{
      rule: 'consistency/file-day', field: 'times.started', ...positionOf(['times', 'started']),
      ...(data.historical ? { severity: 'warning' as const } : {}),
      message: `the file name says ${named[0]}, but times.started is ${data.times.started}${lastDay > startDay ? ` and the incident ended on ${new Date(lastDay).toISOString().slice(0, 10)}` : ''}: the page's address and every list sorted by file name would give a day the incident did not happen on.`,
      fix: `rename the file to ${startedDay}${rest} (keeping its extension; and the id in other postmortems' related lists), or correct times.started if the name has the right day.`,
    }];
  },
};
