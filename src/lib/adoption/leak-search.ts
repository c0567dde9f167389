import { escapeRegExp } from '../regexp.ts';
import { redactionFindingText } from '../redaction-guard.ts';
import type { CheckedFinding } from './held-back.ts';
import { hostSuffixPattern } from '../host-spelling.ts';

/** A name or host that must not be on the public site, with where the measurement learnt it. */
export interface LeakTerm {
  term: string;
  kind: 'person' | 'host';
  /** `known-names.txt of <folder>`, `--names FILE`, `redaction.people`, `guard before redaction`, … */
  origin: string;
}

/** A term found in the built site: how often, and in which files (sorted). */
export interface LeakHit extends LeakTerm {
  occurrences: number;
  files: string[];
}

/** The guard's rules whose finding is a person, and those whose finding is a host. */
const personRules = new Set(['redact/person', 'redact/possible-person', 'redact/handle']);
const hostRules = new Set(['redact/internal-host']);

/** The names of a list file: one a line; blank lines and `#` comments are skipped. */
export function parseNameList(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/**
 * The people and hosts the redaction guard found in the posts before `npm run redact` rewrote
 * them: each must be gone from the public site afterwards (or the post held back). Full names,
 * @handles and hosts only: a single word the guard took for a person in one post is most often a
 * product another post names as one (on 184 reports: "Radarr" 306 times, "Pingdom" 73, "Spike"
 * 65), a count that says nothing of leaks.
 */
export function guardFlaggedTerms(findings: readonly CheckedFinding[]): LeakTerm[] {
  const terms: LeakTerm[] = [];
  for (const finding of findings) {
    const kind = personRules.has(finding.rule) ? 'person' : hostRules.has(finding.rule) ? 'host' : undefined;
    const term = kind && redactionFindingText(finding).trim();
    if (!kind || !term) continue;
    if (kind === 'person' && finding.rule !== 'redact/handle' && !/\p{L}[\p{L}.'’-]*\s+\p{L}/u.test(term)) continue;
    terms.push({ term, kind, origin: 'guard before redaction' });
  }
  return uniqueTerms(terms);
}

/**
 * The names a measurement searches the public site for, as `teams.yaml` lines a knowledge base
 * appends (a team whose `members` they are: the redaction guard's list of people, as a team lists
 * its own). Names the vocabulary would refuse (fewer than two letters, a tab) are left out, and
 * each name once, letter case aside.
 */
export function listedPeopleTeam(names: readonly string[]): string {
  const seen = new Set<string>();
  const members = names.map((name) => name.trim().replace(/\s+/g, ' ')).filter((name) => {
    const key = name.toLowerCase();
    if ((name.match(/[\p{L}\p{N}]/gu) ?? []).length < 2 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!members.length) return '';
  return `\n# The adoption measurement's listed names, as a team lists its people: the guard refuses them in public text.\nadoption-measurement-people:\n  name: People the reports name\n  members:\n${members.map((name) => `    - ${JSON.stringify(name)}`).join('\n')}\n`;
}

/**
 * One entry per term (compared without letter case), the first origin kept; terms of fewer than
 * three letters are dropped (initials such as "GK" are words of other text everywhere), as are
 * markup leftovers around a term (`**`, `@`, brackets).
 */
export function uniqueTerms(terms: readonly LeakTerm[]): LeakTerm[] {
  const seen = new Map<string, LeakTerm>();
  for (const { term, kind, origin } of terms) {
    const cleaned = term.replace(/^[\s*_~`@([{<"']+|[\s*_~`)\]}>"'.,:;]+$/g, '');
    if ([...cleaned.matchAll(/\p{L}/gu)].length < 3) continue;
    const key = cleaned.toLowerCase();
    if (!seen.has(key)) seen.set(key, { term: cleaned, kind, origin });
  }
  return [...seen.values()].sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

/**
 * Every occurrence of the terms in the files' text, as a reader or a search index reads it:
 * without letter case, and only whole (a name inside a longer word is not that name: "Alan" in
 * "Alanine"). A term found nowhere is left out; hits are sorted by term.
 */
export function findLeaks(terms: readonly LeakTerm[], files: readonly { file: string; text: string }[]): LeakHit[] {
  if (!terms.length) return [];
  const byKey = new Map(terms.map((term) => [term.term.toLowerCase(), term]));
  // Longest first, so that a full name is counted as itself and not as its first name.
  const alternatives = [...byKey.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b, 'en')).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const hits = new Map<string, { occurrences: number; files: Set<string> }>();
  for (const { file, text } of files) {
    for (const match of text.matchAll(pattern)) {
      // The case-insensitive match of a letter whose lower case differs from the term's (`İ`): found by the term it matches.
      const key = byKey.has(match[0].toLowerCase()) ? match[0].toLowerCase() : [...byKey.keys()].find((k) => new RegExp(`^${escapeRegExp(k)}$`, 'iu').test(match[0]))!;
      const hit = hits.get(key) ?? { occurrences: 0, files: new Set<string>() };
      hit.occurrences++;
      hit.files.add(file);
      hits.set(key, hit);
    }
  }
  return [...hits]
    .map(([key, { occurrences, files: found }]) => ({ ...byKey.get(key)!, occurrences, files: [...found].sort() }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

/**
 * The host names in `text` under one of `domains` (`.internal`, `.corp`, …): the internal hosts a
 * report names, found without the redaction guard so that the leak search does not share its
 * blind spots. The suffix may stand inside a longer name (`db7.corp.acme.com`), as for the guard.
 */
export function internalHostsIn(text: string, domains: readonly string[]): string[] {
  if (!domains.length) return [];
  // Both spellings of each suffix (`db7.bücher.example` under `.xn--bcher-kva.example`; round 38).
  const { suffixes, letters } = hostSuffixPattern(domains);
  const pattern = new RegExp(`(?<![\\w${letters}.-])[a-z0-9${letters}][a-z0-9${letters}-]*(?:\\.[a-z0-9${letters}-]+)*(?:${suffixes})(?:\\.[a-z0-9-]*[a-z0-9])*(?![\\w${letters}-])`, letters ? 'giu' : 'gi');
  // Kubernetes' own names for any cluster's services and pods (`<service>.<namespace>.svc.cluster.local`
  // in a runbook's advice) are no host of anyone's.
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))].filter((host) => !/^(?:svc|pod)\.cluster\.local$/i.test(host)).sort();
}
