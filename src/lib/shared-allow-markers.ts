import type { Finding } from './findings.ts';

/**
 * One allow marker for a text several rules find at one place (round 40 of false positives). A
 * vendor's site "AMS-01" was a numbered machine and a ticket's key, and each finding's fix said a
 * marker naming its own rule: pasted as said, the first marker left the second finding, and the
 * author wrote two comments for one word. A marker takes several rules (`redaction-allow
 * redact/identifier, redact/ticket "AMS-01" -- reason`), so each finding of the same text on the
 * same line (or frontmatter field) now says that one marker. What a marker allows is unchanged:
 * still only the rules it names, for that text, on that line.
 */
export function withSharedAllowMarkers(findings: readonly Finding[]): Finding[] {
  const rulesByPlace = new Map<string, string[]>();
  for (const finding of findings) {
    const text = markedText(finding);
    if (text === undefined) continue;
    const rules = rulesByPlace.get(placeKey(finding, text)) ?? [];
    if (!rules.includes(finding.rule)) rules.push(finding.rule);
    rulesByPlace.set(placeKey(finding, text), rules);
  }
  return findings.map((finding) => {
    const text = markedText(finding);
    const rules = text === undefined ? undefined : rulesByPlace.get(placeKey(finding, text));
    if (!rules || rules.length < 2 || !finding.fix) return finding;
    const marker = `redaction-allow ${finding.rule} "${text}"`;
    return { ...finding, fix: finding.fix.split(marker).join(`redaction-allow ${rules.join(', ')} "${text}"`) };
  });
}

/** The text a finding's fix says to allow with its own rule, if it says a marker. */
function markedText(finding: Finding): string | undefined {
  if (!finding.fix || !finding.rule.startsWith('redact/')) return undefined;
  const at = finding.fix.indexOf(`redaction-allow ${finding.rule} "`);
  if (at < 0) return undefined;
  const start = at + `redaction-allow ${finding.rule} "`.length;
  const end = finding.fix.indexOf('"', start);
  return end < 0 ? undefined : finding.fix.slice(start, end);
}

/** A place a marker covers: the file, the line (or the frontmatter field) and the text. */
const placeKey = (finding: Finding, text: string) => `${finding.file}\u0000${finding.field ?? ''}\u0000${finding.line}\u0000${text}`;
