import type { Finding } from '../findings.ts';
import type { LintContext, LintRule, RuleLevel } from './types.ts';
import { blamelessRule } from './blameless.ts';
import { vagueActionItemRule, pastDueActionItemRule, verificationRule, unownedHistoricalActionItemRule } from './action-items.ts';
import { completenessRule } from './completeness.ts';
import { publishedLateRule, staleDraftRule, futureDateRule } from './timing.ts';
import { timelineWindowRule, summaryLengthRule, fileDayRule, titleSentencesRule } from './consistency.ts';
import { securityRules } from './security.ts';
import { failureModeSuggestionRule } from './failure-mode-suggestions.ts';
import { titleHeadingRule, duplicateHeadingRule } from './headings.ts';
import { placeholderRule, emptySectionRule } from './unfinished.ts';

/** Every lint rule, in the order docs/rules.md lists them. */
export const lintRules: LintRule[] = [
  blamelessRule, vagueActionItemRule, pastDueActionItemRule, verificationRule, unownedHistoricalActionItemRule, completenessRule, placeholderRule, emptySectionRule,
  publishedLateRule, staleDraftRule, futureDateRule, timelineWindowRule, fileDayRule, summaryLengthRule, titleSentencesRule, titleHeadingRule, duplicateHeadingRule, failureModeSuggestionRule,
  ...securityRules,
];

/** The `lint` section of the knowledge-base config (`KbConfig.lint`, written in site.config.ts). */
export interface LintConfig {
  /** Rule id -> level; rules not listed keep their default. */
  rules: Record<string, RuleLevel>;
}

/**
 * Rules about how a review is run, not whether the file is valid. On a `historical: true` report
 * (written before adoption, imported) they cannot be acted on: timing rules are off and the others
 * warn at most, so the report can be published as it was written.
 */
export const reviewProcessRules: Readonly<Record<string, 'off' | 'warning'>> = {
  'completeness/major-incident': 'warning',
  'completeness/placeholder': 'warning',
  'completeness/empty-section': 'warning',
  'blameless/person-blame': 'warning',
  'timing/published-late': 'off',
  'timing/stale-draft': 'off',
};

/** Runs every enabled rule; a rule's own severity wins only where it is milder than the configured level. */
export function lintPostmortem(file: string, context: LintContext, config: LintConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of lintRules) {
    const configured = config.rules[rule.id] ?? rule.level;
    const historical = context.data.historical ? reviewProcessRules[rule.id] : undefined;
    const level = historical === 'off' || configured === 'off' ? 'off' : historical ?? configured;
    if (level === 'off') continue;
    for (const problem of rule.check(context)) {
      const severity = level === 'warning' || problem.severity === 'warning' ? 'warning' : 'error';
      findings.push({ file, line: problem.line, column: problem.column, rule: problem.rule, severity, message: problem.message, fix: problem.fix, field: problem.field });
    }
  }
  return findings;
}
