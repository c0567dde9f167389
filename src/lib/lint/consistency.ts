import type { LintRule, LintProblem } from './types.ts';
import { fileNameDayProblem } from '../file-name-day.ts';

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

/**
 * A file named after a day on which the incident did not happen (bad input round 14); what is
 * wrong and the range taken are src/lib/file-name-day.ts's, which the validation also says, as a
 * warning, where the lint rules do not run (bad input round 43). Historical records warn: their
 * addresses may be known already.
 */
export const fileDayRule: LintRule = {
  id: 'consistency/file-day',
  level: 'error',
  description: 'A file name starting with a day (`2025-07-08-checkout-errors.mdx`) names a day of the incident: from the day before `times.started` to the day after `times.resolved` (or `detected`, `declared`). Historical records get a warning.',
  check({ data, id, positionOf }) {
    const problem = fileNameDayProblem({ id, times: data.times });
    return problem ? [{
      rule: 'consistency/file-day', field: 'times.started', ...positionOf(['times', 'started']),
      ...(data.historical ? { severity: 'warning' as const } : {}),
      ...problem,
    }] : [];
  },
};
