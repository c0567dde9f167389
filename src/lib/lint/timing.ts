import type { LintRule, LintProblem } from './types.ts';
import { daysBetween } from '../durations.ts';
import { isPublished } from '../predicates.ts';

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
