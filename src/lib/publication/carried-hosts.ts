import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, redactionFindingText, redactionRules, suggestedFix } from '../redaction-guard.ts';
import { escapeRegExp } from '../regexp.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * Hosts carried across the posts of one scan (carried-hosts round 27). A bare machine name is
 * found only where something marks it as a host (a shell prompt `` `off3:/var/log#` ``, a
 * connection error); the same post or the next one then writes it in prose ("pinged from off3")
 * and nothing marks it. A host found with such a sign is one the organisation runs, so it is looked
 * for as a whole word on every line of every post of the scan (the public build scans all public
 * posts), and so are its numbered siblings (`off1`, `off2` beside `off3`). Each carried finding
 * names where the sign was seen, so that the author knows why.
 */

/** A post of the scan: its file, the lines the public sees (positioned as the file's), its own lines (for markers), its findings. */
export interface ScannedPost {
  file: string;
  publicLines: readonly string[];
  sourceLines: readonly string[];
  findings: readonly Finding[];
}

/** A host found with a sign, and the first place (in scan order) it was. */
interface HostSign {
  host: string;
  file: string;
  line: number;
}

const hostRule = 'redact/internal-host';
/** A bare host: one label with a letter, no dot, no path (`off3`, `pool-01`). */
const bareHost = /^(?=[\p{L}\p{N}_-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}_-]{2,}$/u;
/** A numbered machine name: a stem of two letters or more and a number (`off3`, `pool-01`). */
const numberedName = /^(\p{L}{2,}[\p{L}-]*?)-?\d+$/u;

/** The bare name a host finding gives, if it is one to carry: a bare host, or the numbered first label of a dotted one. */
function carriedName(text: string): string | undefined {
  const name = bareHost.test(text) ? text : text.includes('.') ? text.split('.')[0] : undefined;
  if (!name || !bareHost.test(name)) return undefined;
  // A dotted host's first label alone ("www", "api") is no machine unless numbered.
  if (name !== text && !numberedName.test(name)) return undefined;
  // An English word a prompt shows (`root@backup:~#`) would make every "backup" of the scan a finding.
  const lower = name.toLowerCase();
  if (!/\d/.test(name) && (isEnglishWord(lower) || isKnownWord(lower))) return undefined;
  return isPublicTerm(name) ? undefined : name;
}

/** Every host found with a sign in these posts, first place first, once each (case ignored). */
function hostSigns(posts: readonly ScannedPost[]): HostSign[] {
  const signs = new Map<string, HostSign>();
  for (const post of posts) {
    for (const finding of post.findings) {
      if (finding.rule !== hostRule || finding.severity !== 'error' || finding.field) continue;
      const host = carriedName(redactionFindingText(finding));
      if (host && !signs.has(host.toLowerCase())) signs.set(host.toLowerCase(), { host, file: finding.file, line: finding.line });
    }
  }
  return [...signs.values()];
}

/** A whole word: no letter, digit, `_` or `-` either side. */
const wholeWord = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})(?![\\p{L}\\p{N}_-])`, 'giu');

/**
 * The findings the carried hosts add to each post (in the posts' order), and the matches markers
 * allow. A place an existing finding covers is not found twice. The result depends only on the
 * posts and their order, not on which thread scanned which.
 */
export function carriedHostFindings(posts: readonly ScannedPost[]): { findings: Finding[][]; allowed: Set<string> } {
  const signs = hostSigns(posts);
  const allowed = new Set<string>();
  if (!signs.length) return { findings: posts.map(() => []), allowed };
  const known = new Set(signs.map((s) => s.host.toLowerCase()));
  const searches = signs.flatMap((sign) => {
    const where = `${sign.file}:${sign.line}`;
    const own = { isSibling: false, pattern: wholeWord(escapeRegExp(sign.host)), why: `found as a host at ${where}` };
    const stem = numberedName.exec(sign.host)?.[1];
    if (!stem) return [own];
    const sibling = { isSibling: true, pattern: wholeWord(`${escapeRegExp(stem)}-?\\d+`), why: `numbered like the host ${sign.host} found at ${where}` };
    return [own, sibling];
  });
  const findings = posts.map((post) => {
    const added: Finding[] = [];
    // The places each line's findings cover, gathered once per post rather than once per line.
    const takenByLine = new Map<number, (readonly [number, number])[]>();
    for (const f of post.findings) {
      if (f.field) continue;
      const places = takenByLine.get(f.line) ?? takenByLine.set(f.line, []).get(f.line)!;
      places.push([f.column - 1, f.column - 1 + Math.max(1, redactionFindingText(f).length)]);
    }
    post.publicLines.forEach((text, index) => {
      const line = index + 1;
      const taken = takenByLine.get(line) ?? [];
      for (const { pattern, why, isSibling } of searches) {
        for (const m of text.matchAll(pattern)) {
          const [start, end] = [m.index, m.index + m[0].length];
          if (taken.some(([from, to]) => start < to && from < end)) continue;
          // A sibling that is itself found with a sign is carried under its own place.
          if (isSibling && known.has(m[0].toLowerCase())) continue;
          if (isPublicTerm(m[0])) continue;
          const allows = allowancesOnLine(post.sourceLines[index] ?? '').some((a) => a.rule === hostRule && (a.text === undefined || a.text.toLowerCase() === m[0].toLowerCase()));
          if (allows) {
            allowed.add(allowedMatchKey(hostRule, m[0]));
            continue;
          }
          added.push({ file: post.file, line, column: start + 1, rule: hostRule, severity: 'error',
            message: `${redactionRules[hostRule]} (${why}) would be published: "${m[0]}".`, fix: suggestedFix(hostRule, m[0]) });
          taken.push([start, end]);
        }
      }
    });
    return added.sort((a, b) => a.line - b.line || a.column - b.column);
  });
  return { findings, allowed };
}
