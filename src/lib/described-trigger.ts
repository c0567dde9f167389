import { failureModeById, recogniseFailureModes } from './failure-modes.ts';

/**
 * The trigger a report's own words state, for `npm run fill -- --trigger-from-text`. An adopter's
 * 55 imported reports (a ServiceNow export, Google Docs and Word postmortems) left 42 drafts
 * without a trigger while their text said "configuration change to connection pool limits",
 * "expired TLS certificate", "DNS record … deleted"; `npm run check` could only offer one
 * `--set trigger=<id>` for all 42, which differ report by report.
 *
 * The failure modes (src/lib/failure-modes.ts, the recogniser of similar incidents and of the
 * `suggest/failure-mode` rule) are read first in the title and summary, where a report says what
 * happened, then in the whole text (a root-cause cell kept under "Imported metadata"). A trigger
 * is given only when that text names exactly one trigger the vocabulary holds: a report naming two
 * ("a configuration change … then the deployment") is left for a person, with both named.
 */
export type DescribedTrigger =
  | { trigger: string; evidence: string; from: 'title or summary' | 'text' }
  | { trigger?: undefined; candidates: string[] };

export function describedTrigger(
  headline: string,
  body: string,
  knownTriggers: ReadonlySet<string>,
): DescribedTrigger {
  const triggersIn = (text: string) => {
    const found = new Map<string, string>();
    for (const mode of recogniseFailureModes(text)) {
      const trigger = failureModeById(mode.id)?.trigger;
      if (trigger && knownTriggers.has(trigger) && !found.has(trigger)) found.set(trigger, mode.evidence);
    }
    return found;
  };
  const inHeadline = triggersIn(headline);
  if (inHeadline.size === 1) {
    const [[trigger, evidence]] = inHeadline;
    return { trigger, evidence, from: 'title or summary' };
  }
  if (inHeadline.size > 1) return { candidates: [...inHeadline.keys()] };
  const inText = triggersIn(`${headline}\n${body}`);
  if (inText.size === 1) {
    const [[trigger, evidence]] = inText;
    return { trigger, evidence, from: 'text' };
  }
  return { candidates: [...inText.keys()] };
}
