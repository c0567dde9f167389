import { readFileSync, existsSync } from 'node:fs';
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

export interface LintConfig {
  /** Rule id -> level; rules not listed keep their default. */
  rules: Record<string, RuleLevel>;
  /**
   * Names of people, flagged by blameless/person-blame. Always empty from the file: names live in
   * site.config.ts (`people`), the one place the redaction guard and the lint rules read them.
   */
  people: string[];
}

export const lintConfigFile = 'lint.config.json';

/** Reads lint.config.json (when present) and checks it names real rules and levels. */
export function loadLintConfig(path = lintConfigFile): LintConfig {
  if (!existsSync(path)) return { rules: {}, people: [] };
  let raw: { rules?: Record<string, string>; people?: string[] };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  if ('people' in raw) {
    throw new Error(`${path}: "people" is not read from this file. List names in site.config.ts (people), where the redaction guard and the lint rules read them, and remove "people" here.`);
  }
  const known = new Set(lintRules.map((r) => r.id));
  for (const [id, level] of Object.entries(raw.rules ?? {})) {
    if (!known.has(id)) throw new Error(`${path}: unknown rule "${id}". Known rules: ${[...known].join(', ')}.`);
    if (!['error', 'warning', 'off'].includes(level)) throw new Error(`${path}: rule "${id}" has level "${level}"; use error, warning or off.`);
  }
  return { rules: (raw.rules ?? {}) as Record<string, RuleLevel>, people: [] };
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
