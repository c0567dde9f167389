/**
 * Since probe round 39 (docs/redaction.md): every token of a post that holds a code name the post
 * names as its own system, as one of its parts. Once "the Zarnith service" is found (unowned-code-names.ts,
 * acting-code-names.ts), redacting the name and leaving `ZarnithHighLatency`, `zarnith_requests_total`,
 * `ZARNITH_DB_URL`, `/opt/zarnith/bin`, `vars/zarnith.tfvars` or `ops@zarnith-web-3` would publish
 * it: alerts, metrics, variables, paths and machines are named after the system they serve.
 * A part is what `identifierParts` splits (hyphens, underscores, dots, a change of case, digits),
 * so a longer word that only starts with the name (`zarnithian`) is not read.
 */
import { allMatches } from '../regexp.ts';
import { identifierParts } from './named-systems.ts';

export interface CodeNameToken {
  line: number;
  text: string;
  index: number;
}

/** A token: letters and digits, joined by `-`, `_` or `.`; a path's slashes and a login's `@` end it. */
const token = /(?<![\p{L}\p{N}_-])[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/** The tokens of `lines` with a part that is one of `codeNames` (found code names, any case). */
export function findTokensOfCodeNames(lines: readonly string[], codeNames: Iterable<string>): CodeNameToken[] {
  const names = new Set([...codeNames].map((name) => name.toLowerCase()));
  if (!names.size) return [];
  const found: CodeNameToken[] = [];
  lines.forEach((line, i) => {
    const lower = line.toLowerCase();
    if (![...names].some((name) => lower.includes(name))) return;
    for (const m of allMatches(token, line)) {
      // A sentence's full stop is no part of the token.
      const text = m[0].replace(/\.+$/, '');
      if (identifierParts(text).some((part) => names.has(part.toLowerCase()))) found.push({ line: i, text, index: m.index! });
    }
  });
  return found;
}
