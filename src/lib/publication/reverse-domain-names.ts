/**
 * Code named after the organisation's domain read backwards (since probe round 30,
 * docs/redaction.md, "Probe round 30"): a Java, Kotlin or Scala package or class in a stack trace
 * or a log (`com.acme.ledger.PayoutWriter.flush`, `io.acme.payouts.Worker`), which names the
 * organisation's services and code. Read only with the organisation configured, and not a name
 * `publicNames` lists (a published SDK's package, `com.acme.sdk`) nor one under it.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import type { NamedSystemMatch } from './named-systems.ts';

const topLevel = String.raw`(?:com|io|net|org|co|dev|app|ai|tech|cloud)`;

/** The organisation's packages on one line. */
export function findReverseDomainNames(line: string, isPublicName: (text: string) => boolean, orgScopes: ReadonlySet<string>): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  for (const scope of orgScopes) {
    if (!line.toLowerCase().includes(`.${scope}.`)) continue;
    const pattern = new RegExp(String.raw`(?<![\w.\/@-])${topLevel}\.${escapeRegExp(scope)}(?:\.[A-Za-z_$][\w$]*)+`, 'gi');
    for (const m of allMatches(pattern, line)) {
      const parts = m[0].split('.');
      // A published package and what is under it ("com.acme.sdk" listed covers "com.acme.sdk.Client").
      if (parts.some((_, i) => i >= 2 && isPublicName(parts.slice(0, i + 1).join('.')))) continue;
      found.push({ rule: 'redact/internal-name', text: m[0], index: m.index, why: "a package named after the organisation's domain" });
    }
  }
  return found;
}
