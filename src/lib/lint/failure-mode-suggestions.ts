import { failureModeById, recogniseFailureModes } from '../failure-modes.ts';
import type { LintProblem, LintRule } from './types.ts';

/**
 * Suggests a trigger and tags from the failure modes the report states (src/lib/failure-modes.ts).
 * Advice, never a gate: the trigger is what set the incident off, which the text may not say
 * first. A trigger is suggested only from the title and summary (where the report says what
 * happened); tags from those and the contributing factors. Only ids the vocabulary holds are
 * suggested, so a suggestion can be applied as written.
 */
export const failureModeSuggestionRule: LintRule = {
  id: 'suggest/failure-mode',
  level: 'warning',
  description: 'Advice: the title, summary or contributing factors describe a failure mode whose trigger or tags the frontmatter does not carry.',
  check({ data, positionOf, vocabulary }) {
    const problems: LintProblem[] = [];
    const headline = recogniseFailureModes(`${data.title}\n${data.summary}`);
    const triggers = [...new Set(headline.map((found) => failureModeById(found.id)?.trigger).filter((t): t is string => !!t))]
      .filter((trigger) => !vocabulary || vocabulary.triggers.has(trigger));
    if (triggers.length && !triggers.includes(data.trigger)) {
      const evidence = headline.find((found) => failureModeById(found.id)?.trigger === triggers[0])!;
      problems.push({
        rule: 'suggest/failure-mode', field: 'trigger', severity: 'warning', ...positionOf(['trigger']),
        message: `trigger is "${data.trigger}", but the title or summary reads as ${evidence.label} ("${evidence.evidence}").`,
        fix: `if that is what set the incident off, use trigger: ${triggers.join(' or ')}; otherwise leave it.`,
      });
    }
    const found = recogniseFailureModes([data.title, data.summary, ...data.contributors].join('\n'));
    const missing = new Map<string, string>();
    for (const mode of found) {
      for (const tag of failureModeById(mode.id)?.tags ?? []) {
        if (data.tags.includes(tag) || missing.has(tag) || (vocabulary && !vocabulary.tags.has(tag))) continue;
        missing.set(tag, `${mode.label}: "${mode.evidence}"`);
      }
    }
    if (missing.size) {
      problems.push({
        rule: 'suggest/failure-mode', field: 'tags', severity: 'warning', ...positionOf(['tags']),
        message: `the text describes ${[...missing.values()].join('; ')}, and tags do not include ${[...missing.keys()].join(', ')}.`,
        fix: `add ${[...missing.keys()].map((tag) => `"${tag}"`).join(', ')} to tags if the incident is about that, so it is found with the others.`,
      });
    }
    return problems;
  },
};
