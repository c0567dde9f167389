/**
 * Since probe round 38b (docs/redaction.md): a scoped package of a code name the post names as its
 * own system (`@zarnith/ledger-client` beside "the Zarnith service"). A scope alone says nothing:
 * public packages' scopes are coined words too (`@astrojs`, `@tanstack`), so a package with no
 * other sign stays published. But a scope the post also writes as a system it does not show as
 * anyone else's (unowned-code-names.ts, acting-code-names.ts) is that system's publisher: the
 * organisation. Redacting "Zarnith" and leaving `@zarnith/ledger-client` would publish the name.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';

export interface ScopedPackageCodeName {
  line: number;
  text: string;
  index: number;
}

/** The scoped packages in `lines` whose scope is one of `codeNames` (found code names, any case) or starts with one and a hyphen: the whole `@scope/name`, with its version. */
export function findScopedPackagesOfCodeNames(lines: readonly string[], codeNames: Iterable<string>): ScopedPackageCodeName[] {
  const scopes = [...new Set([...codeNames].map((name) => name.toLowerCase()))];
  if (!scopes.length) return [];
  // The scope may run on with words of its own (`@zarnith-internal/…`), and a pinned version goes
  // with the package (`@zarnith/ledger-client@4.0.1`): redact replaces the whole.
  const scopedPackage = new RegExp(String.raw`(?<![\p{L}\p{N}_.@-])@(?:${scopes.map(escapeRegExp).join('|')})(?:-[\p{L}\p{N}]+)*\/[\p{L}\p{N}][\p{L}\p{N}._-]*(?:@[\p{N}^~][\p{L}\p{N}.+-]*)?`, 'giu');
  const found: ScopedPackageCodeName[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('@')) return;
    for (const m of allMatches(scopedPackage, line)) found.push({ line: i, text: m[0].replace(/[._-]+$/, ''), index: m.index! });
  });
  return found;
}
