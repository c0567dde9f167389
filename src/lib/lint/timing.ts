import type { LintRule, LintProblem } from './types.ts';
import type { Postmortem } from '../postmortem-schema.ts';
import { daysBetween } from '../durations.ts';
import { isPublished } from '../predicates.ts';
import { formatFieldPath } from '../findings.ts';

export const publishedLateRule: LintRule = {
  id: 'timing/published-late',
  level: 'warning',
  description: 'A postmortem published more than 10 days after resolution (the review target is 7-10 days).',
  check({ data, positionOf }) {
    const days = daysBetween(data.times.resolved, data.published);
    return isPublished(data) && days !== undefined && days > 10
      ? [{ rule: 'timing/published-late', field: 'published', ...positionOf(['published']), message: `published ${days} days after resolution (target: within 10).`, fix: 'nothing to change in the file; raise it in the review retro.' }]
      : [];
  },
};

export const staleDraftRule: LintRule = {
  id: 'timing/stale-draft',
  level: 'warning',
  description: 'A draft more than 3 days after resolution (drafts are due within 48-72 hours).',
  check({ data, positionOf, asOf }) {
    const days = daysBetween(data.times.resolved, asOf);
    const problems: LintProblem[] = [];
    if (data.status === 'draft' && days !== undefined && days > 3) {
      problems.push({ rule: 'timing/stale-draft', field: 'status', ...positionOf(['status']), message: `still a draft ${days} days after resolution (target: 3).`, fix: 'finish the draft and move it to status: in-review.' });
    }
    return problems;
  },
};

/** The incident's own dates: when things happened and when the report was written (not due dates, which lie ahead). */
const pastDateFields: { path: (string | number)[]; read: (data: Postmortem) => string | undefined }[] = [
  ...(['started', 'detected', 'acknowledged', 'declared', 'mitigated', 'resolved'] as const).map((key) => ({ path: ['times', key], read: (data: Postmortem) => data.times[key] })),
  { path: ['impact', 'start'], read: (data) => data.impact?.start },
  { path: ['impact', 'end'], read: (data) => data.impact?.end },
  { path: ['drafted'], read: (data) => data.drafted },
  { path: ['published'], read: (data) => data.published },
];

export const futureDateRule: LintRule = {
  id: 'timing/future-date',
  level: 'error',
  description: 'A time of the incident (times, impact window, timeline), or the drafted or published day, after today: a mistyped year (2062 for 2026) would sort the report first and count a negative age.',
  check({ data, positionOf, asOf }) {
    const problems: LintProblem[] = [];
    // A day of grace: a time written in UTC may already be tomorrow there.
    const later = (value: string | undefined) => value !== undefined && (daysBetween(asOf, value) ?? 0) > 1;
    const flag = (path: (string | number)[], value: string) => problems.push({
      rule: 'timing/future-date', field: formatFieldPath(path), ...positionOf(path),
      message: `${formatFieldPath(path)} is ${value.slice(0, 10)}, after today (${asOf}).`,
      fix: 'check the year and the month; a postmortem records what has already happened.',
    });
    for (const { path, read } of pastDateFields) {
      const value = read(data);
      if (later(value)) flag(path, value!);
    }
    (data.timeline ?? []).forEach((entry, i) => later(entry.at) && flag(['timeline', i, 'at'], entry.at));
    return problems;
  },
};
