import type { LintRule, LintProblem } from './types.ts';
import { headingTexts } from './prose.ts';

/** SEV-0 and SEV-1 postmortems get a full review: these parts must be there. */
export const completenessRule: LintRule = {
  id: 'completeness/major-incident',
  level: 'error',
  description: 'SEV-0/1 need customer impact with its window, a timeline with detection and resolution, contributors, mitigators, "What went well" and "Where we got lucky" sections, and at least one prevent and one detect action item. Drafts get warnings.',
  check({ data, tree, positionOf }) {
    if (data.severity !== 'SEV-0' && data.severity !== 'SEV-1') return [];
    const severity = data.status === 'draft' ? 'warning' : 'error';
    const problems: LintProblem[] = [];
    const need = (ok: boolean, path: PropertyKey[], message: string, fix: string) => {
      if (!ok) problems.push({ rule: 'completeness/major-incident', severity, field: path.join('.') || undefined, ...positionOf(path), message: `${data.severity}: ${message}`, fix });
    };
    need(!!(data.impact.start && data.impact.end) || data.nearMiss, ['impact'], 'no customer-impact window.', 'add impact.start and impact.end.');
    need(data.timeline.some((e) => e.kind === 'detection'), ['timeline'], 'the timeline has no detection entry.', 'add the first alert or report with kind: detection.');
    need(data.timeline.some((e) => e.kind === 'resolution'), ['timeline'], 'the timeline has no resolution entry.', 'add the moment it was resolved with kind: resolution.');
    need(data.contributors.length > 0, ['contributors'], 'no contributing factors.', 'list what made the incident more likely or worse under contributors.');
    need(data.mitigators.length > 0, ['mitigators'], 'no mitigators.', 'list what limited the damage under mitigators.');
    const headings = headingTexts(tree);
    need(headings.some((h) => /went well/.test(h)), [], 'no "What went well" section.', 'add a "## What went well" section.');
    need(headings.some((h) => /got lucky|where we were lucky/.test(h)), [], 'no "Where we got lucky" section.', 'add a "## Where we got lucky" section.');
    need(data.actionItems.some((a) => a.type === 'prevent'), ['actionItems'], 'no action item of type prevent.', 'add a follow-up that stops a recurrence.');
    need(data.actionItems.some((a) => a.type === 'detect'), ['actionItems'], 'no action item of type detect.', 'add a follow-up that detects this sooner.');
    return problems;
  },
};
