import type { LintRule, LintProblem } from './types.ts';
import { fileNameDayProblem } from '../file-name-day.ts';
import { titleSentences } from '../title-sentences.ts';

export const timelineWindowRule: LintRule = {
  id: 'consistency/timeline-window',
  level: 'warning',
  description: 'Timeline entries more than a day before the start or after the resolution of the incident, a detection before the start or a mitigation after the resolution.',
  check({ data, positionOf }) {
    const started = Date.parse(data.times.started);
    const resolved = data.times.resolved ? Date.parse(data.times.resolved) : Infinity;
    return data.timeline.flatMap((entry, i): LintProblem[] => {
      const at = Date.parse(entry.at);
      const place = { rule: 'consistency/timeline-window', field: `timeline[${i}].at`, ...positionOf(['timeline', i, 'at']) };
      if (at < started - 86_400_000 || at > resolved + 86_400_000) {
        return [{ ...place, message: `timeline[${i}] at ${entry.at} is outside the incident (${data.times.started} to ${data.times.resolved ?? 'unresolved'}).`,
          fix: 'check the date, or move context from long before the incident into the prose.' }];
      }
      // Bad input round 53: within a day of the incident, a detection before it began (`2025-07-07` for
      // `-08`) and a mitigation after it was resolved passed: the timeline and the times told two incidents.
      if (entry.kind === 'detection' && at < started) {
        return [{ ...place, message: `timeline[${i}] is the detection at ${entry.at}, before times.started (${data.times.started}): a problem is found after it begins.`,
          fix: 'check the date and the UTC offset of both, or move times.started back to when it began.' }];
      }
      if (entry.kind === 'mitigation' && at > resolved) {
        return [{ ...place, message: `timeline[${i}] is a mitigation at ${entry.at}, after times.resolved (${data.times.resolved}): the incident was closed before it was mitigated.`,
          fix: 'check the date and the UTC offset of both, or move times.resolved to when it was fixed and verified.' }];
      }
      return [];
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
 * A title of several sentences (bad input round 60): a summary written where the title goes, shown whole in lists,
 * search results, the feed and the browser's tab. The sentences are src/lib/title-sentences.ts's; the public title is
 * read the same way.
 */
export const titleSentencesRule: LintRule = {
  id: 'consistency/title-sentences',
  level: 'warning',
  description: 'A title (or public title) of two sentences or more ("Checkout failed for ten minutes. A config push lowered the pool limit."): a summary written as the title. A title names what broke and where; the rest belongs in the summary.',
  check({ data, positionOf }) {
    const titles: [string[], string][] = [[['title'], data.title], ...(data.public ? [[['public', 'title'], data.public.title] as [string[], string]] : [])];
    return titles.flatMap(([path, title]): LintProblem[] => {
      const sentences = titleSentences(title);
      if (sentences.length < 2) return [];
      const first = sentences[0].replace(/[.!]+$/, '');
      return [{
        rule: 'consistency/title-sentences', field: path.join('.'), ...positionOf(path),
        message: `${path.join('.')} is ${sentences.length} sentences (${sentences.map((s) => JSON.stringify(s)).join(', ')}): a summary written as the title; lists, search results and the feed show the title whole.`,
        fix: `keep a title that names what broke and where, e.g. "${first}", and move the other sentences to ${path[0] === 'public' ? 'public.summary' : 'the summary'}.`,
      }];
    });
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
