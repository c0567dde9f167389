import type { Finding } from './findings.ts';

/** From how many warnings `npm run check` counts them by rule after the list. */
export const warningsCountedFrom = 20;

/**
 * Many warnings counted by rule, each rule's most repeated quoted words with how often: a team's
 * seven imported reports gave 156 warnings, 137 of them the same three handles named again and
 * again (blameless/person-blame), and the two blaming phrasings among them were hard to find
 * (adoption walkthrough, round 22). Nothing when there are fewer than {@link warningsCountedFrom}.
 */
export function warningsByRule(findings: readonly Finding[]): string[] {
  const warnings = findings.filter((f) => f.severity !== 'error');
  if (warnings.length < warningsCountedFrom) return [];
  const rules = new Map<string, { count: number; quoted: Map<string, number> }>();
  for (const { rule, message } of warnings) {
    const entry = rules.get(rule) ?? { count: 0, quoted: new Map<string, number>() };
    entry.count++;
    const quoted = /"([^"\n]+)"/.exec(message)?.[1];
    if (quoted) entry.quoted.set(quoted, (entry.quoted.get(quoted) ?? 0) + 1);
    rules.set(rule, entry);
  }
  const lines = [`${warnings.length} warnings by rule (words repeated are one decision each: a role for a name, a marker, a fix in one place):`];
  for (const [rule, { count, quoted }] of [...rules].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'en'))) {
    const repeated = [...quoted].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
    const words = repeated.slice(0, 3).map(([text, n]) => `"${text}" ${n}`).join(', ');
    lines.push(`  ${rule} ${count}${words ? `: ${words}${repeated.length > 3 ? `, and ${repeated.length - 3} more repeated` : ''}` : ''}`);
  }
  return lines;
}
