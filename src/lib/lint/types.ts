import type { Root } from 'mdast';
import type { Postmortem } from '../postmortem-schema.ts';
import type { SourcePosition } from '../frontmatter.ts';
import type { NotificationRegime } from '../notification-deadlines.ts';

export type RuleLevel = 'error' | 'warning' | 'off';

/** What a lint rule reads: validated data, the body tree with positions, and where fields are. */
export interface LintContext {
  data: Postmortem;
  /** The postmortem's id (its file name without the extension), when known. */
  id?: string;
  tree?: Root;
  /** File line of the body's first line (body tree lines start at 1). */
  bodyStartLine: number;
  positionOf(path: readonly PropertyKey[]): SourcePosition;
  /** The day "past due" and "older than" are measured against (YYYY-MM-DD). */
  asOf: string;
  /** Names of people: blaming one is always flagged. */
  people: readonly string[];
  /** The instant notification clocks are measured against (default: 00:00 UTC of `asOf`). */
  asOfInstant?: string;
  /** Breach-notification regimes (content/compliance.yaml; default: GDPR Art. 33 only). */
  notificationRegimes?: readonly NotificationRegime[];
  /** Tag and trigger ids the vocabulary holds, so suggestions name only usable ids. */
  vocabulary?: { tags: ReadonlyMap<string, unknown>; triggers: ReadonlyMap<string, unknown> };
}

export interface LintProblem {
  rule: string;
  message: string;
  fix?: string;
  line: number;
  column: number;
  field?: string;
  /** Rules may downgrade a problem (completeness of drafts is advice, not a gate). */
  severity?: 'error' | 'warning';
}

export interface LintRule {
  id: string;
  /** Default level when `lint.rules` in site.config.ts does not set one. */
  level: RuleLevel;
  /** One line for docs/rules.md and `npm run check -- --rules`. */
  description: string;
  check(context: LintContext): LintProblem[];
}
