/**
 * Ids inside the organisation's chat and paging accounts written bare (since probe round 30,
 * docs/redaction.md, "Probe round 30"): a Slack conversation's id (`C04ABCD1234` of a channel,
 * `G…` of a private group, `D…` of a direct message), which Slack links already found by their
 * tenant show, and a PagerDuty object's id after its kind ("PagerDuty service P1X2Y3Z", "PD
 * escalation policy PQ7R8ST"). The shapes are the vendors': a letter, a zero and seven to ten
 * capitals and digits (both) for Slack; `P` and six for PagerDuty.
 */
import { allMatches } from '../regexp.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';

const slackConversation = /(?<![\w\/=.#@-])[CGD]0[A-Z0-9]{7,10}(?![\w-])/g;
const pagerDutyObject = /\b(?:PagerDuty|PD)\s+(?:service|schedule|escalation\s+policy|team|incident|integration)(?:\s+(?:ID|id))?:?\s+\x60?(P[A-Z0-9]{6})\b/g;

export const cuedChatAndPagingIds: readonly CuedPattern[] = [
  { name: "a Slack conversation's id", cue: /[CGD]0/, pattern: slackConversation },
  { name: "a PagerDuty object's id", cue: /P[Dag]/, pattern: pagerDutyObject },
];

/** The ids on one line. */
export function findChatAndPagingIds(line: string): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const [slack, pagerDuty] = cuedChatAndPagingIds;
  if (slack.cue.test(line)) {
    for (const m of allMatches(slackConversation, line)) {
      // Both letters and digits after the prefix: not a word in capitals or a part number of digits.
      const rest = m[0].slice(2);
      if ((rest.match(/\d/g) ?? []).length >= 2 && (rest.match(/[A-Z]/g) ?? []).length >= 3) found.push({ rule: 'redact/internal-name', text: m[0], index: m.index, why: "a Slack conversation's id" });
    }
  }
  if (pagerDuty.cue.test(line)) for (const m of allMatches(pagerDutyObject, line)) found.push({ rule: 'redact/internal-name', text: m[1], index: m.index + m[0].lastIndexOf(m[1]), why: "an object's id in the organisation's PagerDuty" });
  return found;
}
