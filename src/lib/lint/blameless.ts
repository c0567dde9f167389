import type { LintRule, LintProblem } from './types.ts';
import { proseTextNodes, positionInText } from './prose.ts';
import { escapeRegExp } from '../regexp.ts';

/** Subjects that name a person or a role acting as a person (not a system). */
const personSubject = String.raw`(?:[Tt]he (?:engineer|developer|operator|on-?call(?: engineer)?|sre|admin(?:istrator)?|reviewer|author|new hire|intern|contractor)|[Hh]e|[Ss]he|[Ss]omeone|[Ss]omebody)`;
const blamingVerbs = String.raw`(?:caused|failed to|forgot(?: to)?|neglected to|broke|messed up|screwed up|ignored|did not bother|didn't bother)`;
/** A capitalised word could be a system ("Kubernetes caused"): only verbs only people do count. */
const humanOnlyVerbs = String.raw`(?:forgot(?: to)?|neglected to|messed up|screwed up|did not bother|didn't bother|should have known)`;

const patterns: { pattern: RegExp; hint: string; capitalisedSubject?: boolean }[] = [
  { pattern: /\bhuman errors?\b/gi, hint: 'name the condition that made the mistake easy, e.g. "the runbook step was ambiguous".' },
  { pattern: /\buser errors?\b/gi, hint: 'describe what the interface or process allowed, e.g. "the form accepted an invalid value".' },
  { pattern: /\boperator errors?\b/gi, hint: 'describe what the tooling allowed, e.g. "the command ran against production without confirmation".' },
  { pattern: /\bshould have (?:known|noticed|checked|caught|realised|realized)\b/gi, hint: 'say what information was missing at the time, e.g. "the dashboard did not show lock waits".' },
  { pattern: /\b(?:careless(?:ly|ness)?|negligen(?:t|ce)|sloppy|incompeten(?:t|ce))\b/gi, hint: 'describe the system gap, not a trait of a person.' },
  { pattern: /\bbe more careful\b/gi, hint: 'name the safeguard that replaces care, e.g. "add a confirmation step".' },
  { pattern: /\b(?:his|her|their) (?:fault|mistake)\b/gi, hint: 'describe the decision and the context it was made in.' },
  { pattern: new RegExp(String.raw`\b[A-Z][a-z]+ ${humanOnlyVerbs}\b`, 'g'), hint: 'make the system the subject, e.g. "the checklist had no step for X".', capitalisedSubject: true },
  { pattern: new RegExp(String.raw`\b${personSubject} ${blamingVerbs}\b`, 'g'), hint: 'make the system the subject, e.g. "the deploy process allowed unreviewed changes" rather than "X deployed without review".' },
];

/** Words that start a sentence or name a system, which the capitalised-name subject must not catch. */
const notPeople = new Set(['The', 'This', 'That', 'It', 'A', 'An', 'We', 'Our', 'Nothing', 'Nobody', 'Everything', 'Rollback', 'Retries', 'Deploy', 'Migration', 'Which', 'What', 'When', 'Then']);

export const blamelessRule: LintRule = {
  id: 'blameless/person-blame',
  level: 'error',
  description: 'Flags person-blaming phrasing ("human error", "should have known", "X caused", "careless", named people) with a neutral rewording hint.',
  check({ tree, bodyStartLine, people, data, positionOf }) {
    const problems: LintProblem[] = [];
    const peoplePattern = people.length ? new RegExp(`\\b(?:${people.map(escapeRegExp).join('|')})\\b`, 'gi') : undefined;
    const scan = (text: string, at: (index: number) => { line: number; column: number }, field?: string) => {
      for (const { pattern, hint, capitalisedSubject } of patterns) {
        for (const match of text.matchAll(pattern)) {
          if (capitalisedSubject && notPeople.has(match[0].split(' ')[0])) continue;
          problems.push({ rule: 'blameless/person-blame', message: `blaming phrasing: "${match[0]}".`, fix: hint, field, ...at(match.index!) });
        }
      }
      if (peoplePattern) {
        for (const match of text.matchAll(peoplePattern)) {
          problems.push({ rule: 'blameless/person-blame', message: `names a person: "${match[0]}".`, fix: 'use a role ("the on-call engineer") instead of a name.', field, ...at(match.index!) });
        }
      }
    };
    for (const node of proseTextNodes(tree, bodyStartLine)) scan(node.text, (i) => positionInText(node.text, i, node.line, node.column));
    const fields: [PropertyKey[], string][] = [
      [['summary'], data.summary],
      ...data.timeline.map((e, i): [PropertyKey[], string] => [['timeline', i, 'event'], e.event]),
      ...data.contributors.map((c, i): [PropertyKey[], string] => [['contributors', i], c]),
    ];
    for (const [path, text] of fields) scan(text, () => positionOf(path), path.join('.'));
    return problems;
  },
};
