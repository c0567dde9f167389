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
