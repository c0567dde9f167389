import type { Finding } from '../findings.ts';
import type { LintContext, LintRule, RuleLevel } from './types.ts';
import { blamelessRule } from './blameless.ts';
import { vagueActionItemRule, pastDueActionItemRule, verificationRule } from './action-items.ts';
import { completenessRule } from './completeness.ts';
import { publishedLateRule, staleDraftRule } from './timing.ts';
import { timelineWindowRule, summaryLengthRule } from './consistency.ts';

/** Every lint rule, in the order docs/rules.md lists them. */
export const lintRules: LintRule[] = [
  blamelessRule, vagueActionItemRule, pastDueActionItemRule, verificationRule, completenessRule,
  publishedLateRule, staleDraftRule, timelineWindowRule, summaryLengthRule,
];

/** The `lint` section of the knowledge-base config (`KbConfig.lint`, written in site.config.ts). */
export interface LintConfig {
  /** Rule id -> level; rules not listed keep their default. */
  rules: Record<string, RuleLevel>;
}

/** Runs every enabled rule; a rule's own severity wins only where it is milder than the configured level. */
export function lintPostmortem(file: string, context: LintContext, config: LintConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of lintRules) {
    const level = config.rules[rule.id] ?? rule.level;
    if (level === 'off') continue;
    for (const problem of rule.check(context)) {
      const severity = level === 'warning' || problem.severity === 'warning' ? 'warning' : 'error';
      findings.push({ file, line: problem.line, column: problem.column, rule: problem.rule, severity, message: problem.message, fix: problem.fix, field: problem.field });
    }
  }
  return findings;
}
