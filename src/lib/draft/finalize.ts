import type { Finding } from '../findings.ts';
import type { AssembledDraft } from './assemble.ts';
import { renderDraft, type SetAsideEntry } from './render.ts';

/**
 * Renders the draft and checks it as `npm run check` would. Chat wording quotes people, and
 * may blame ("someone forgot the canary step"): such a timeline entry keeps its time, kind and
 * source, its words move into the internal notes verbatim, and the checklist asks for a
 * rewording. Anything else the check rejects is returned as errors, and nothing should be written.
 */
export function finalizeDraft(draft: AssembledDraft, check: (source: string) => Finding[]): { source: string; setAside: SetAsideEntry[]; errors: Finding[]; warnings: Finding[] } {
  let setAside: SetAsideEntry[] = [];
  let source = renderDraft(draft);
  let findings = check(source);
  const flagged = findings
    .filter((f) => f.severity === 'error' && f.rule === 'blameless/person-blame')
    .map((f) => ({ f, index: /^timeline(?:\.|\[)(\d+)\]?\.event$/.exec(f.field ?? '')?.[1] }))
    .filter((x): x is { f: Finding; index: string } => x.index !== undefined);
  if (flagged.length) {
    // The reason names the rule, not the words: repeating the flagged phrase would be flagged again.
    const reasons = new Map<number, string>();
    for (const { f, index } of flagged) reasons.set(Number(index), `flagged by ${f.rule}`);
    setAside = [...reasons].sort((a, b) => a[0] - b[0]).map(([index, reason]) => ({ index, reason }));
    source = renderDraft(draft, setAside);
    findings = check(source);
  }
  return {
    source,
    setAside,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}
