/**
 * A one-word code name read by what happens to it, with no system's noun beside it ("Zarnith
 * returned 503s", "Quorvane timed out", "We restarted Velkanor", "Ostravel's queue backed up";
 * since the twentieth probe round, docs/redaction.md). The nineteenth round read a code name
 * only before a noun ("the Zarnith service", unowned-code-names.ts), and a report names its own
 * system as often without one. What says a system, not a person or a company, is what the
 * sentence says of it:
 *
 * - an outage only a system has, right after it as its subject: "returned 503s", "timed out",
 *   "fell over", "went down", "crashed", "stopped responding", "ran out of memory", "was
 *   unavailable", "started returning errors";
 * - what is done only to a system, right before it: "restarted", "rebooted", "redeployed",
 *   "drained", "scaled up";
 * - a possessive of a system's part: "Ostravel's queue", "…'s pods", "…'s leader".
 *
 * The word is judged as the nineteenth round's (`isUnshownCodeName`): no dictionary, lexicon,
 * public term, `publicNames` entry or given-name list knows it, and the post does not show it as
 * a public product's (a link, a host, a command in lower case, "open-source", "vendor"). A vendor's
 * product written so with no such sign ("Tailscale went down") is found too: a public post fails
 * closed, and such a name is an error to allow or a `publicNames` entry. A name found so is
 * looked for wherever the post writes it again ("We restarted Brathmoor at 10:09").
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import { isUnshownCodeName } from './unowned-code-names.ts';
import { systemColumnWords } from './system-column-words.ts';
import type { CuedPattern } from './cued-pattern.ts';

const name = String.raw`(\p{Lu}\p{Ll}{4,})`;
export const adverb = String.raw`(?:(?:also|then|again|briefly|intermittently|repeatedly|suddenly|eventually|finally|immediately|completely|quietly)\s+)?`;
/**
 * Since the twenty-first probe round, a verb a person shares ("failed", "restarted") with nothing
 * it is done to: the end of the clause, a time or how often ("Zarnith failed at 10:02", "Zarnith
 * restarted twice"). A person fails or restarts something ("restarted the pool", "failed over
 * the primary"). Since the twenty-second probe round "failed over" so too, and "failed over to the
 * replica" ("Zarnith failed over.", "Tadhg failed over at 10:02"): a system or a person, both of
 * which the public post must not name.
 */
const alone = String.raw`(?=\s*(?:[.,;:!)]|$)|\s+(?:(?:at|around)\s+\d|\d|(?:twice|again|repeatedly|overnight|on its own|by itself|after|during|while|when|under)\b))`;
/** What happens only to a system, said right after its name. */
export const outage = String.raw`(?:(?:returned|returns|was returning|kept returning)\s+(?:(?:HTTP\s+)?[45](?:\d\d|xx)s?|errors|timeouts|empty responses|stale data)|(?:timed|times|was timing) out|(?:fell|falls) over|(?:went|goes) down|crashed|crash-?looped|stopped (?:responding|serving|processing|accepting)|(?:hung|stalled|panicked|deadlocked)\b|OOM(?:ed|'d|-killed)?\b|(?:was|got) OOM-?killed|ran out of (?:memory|disk|connections|file descriptors)|(?:threw|raised) (?:\S+\s+)?(?:errors|exceptions)|(?:was|went) (?:down|unavailable|unreachable|degraded|overloaded|unhealthy|unresponsive|offline|read-only)|(?:started|began) (?:returning|failing|timing out|erroring|throwing|dropping|rejecting|crashing)|dropped (?:connections|requests|messages|writes)|rejected (?:writes|requests|connections)|lost (?:quorum|its leader|leadership|its connection)|became (?:unhealthy|unresponsive|unavailable)|failed (?:its |their )?health ?checks|failed to (?:start|boot|serve|respond)|(?:failed|restarted|rebooted)${alone}|failed over(?:${alone}|\s+to\s+(?:the|its|a|an)(?=\s)))`;
const subject = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#$\x60'’-])${name}\s+${adverb}${outage}(?![\p{L}-])`, 'gu');
/** What is done only to a system, said right before its name. */
const object = new RegExp(String.raw`\b(?:[Rr]estart(?:ed|ing)?|[Rr]eboot(?:ed|ing)?|[Rr]e-?deploy(?:ed|ing)?|[Dd]rain(?:ed|ing)?|[Ss]cal(?:ed|ing) (?:up|down|out|in))\s+${name}(?:-\d{1,3})?(?![\p{L}\p{N}_.\/@'’-]|\s+(?:\p{Ll}+\s+)?(?:to|with)\s)`, 'gu');
/** A possessive of a system's part (since probe round 36 also a machine's: "Kestrith's disk filled up"). */
const possessive = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#-])${name}['’]s\s+(?:queues?|pods?|workers?|replicas?|leader|primary|heap|connection pool|consumers?|write path|health ?checks?|error rate|p99|event loop|memory usage|CPU usage|(?:root\s+|data\s+|boot\s+)?(?:disks?|drives?|volumes?|partitions?)|RAID|NIC|PSU|fans?|kernel|uptime|load average|swap|inodes)\b`, 'gu');
/**
 * Since probe round 36, where a job ran or what was copied or logged into: a machine after "ran
 * on", "copied onto", "SSHed into", "rebuilt … on" ("The backfill ran on Vader overnight", a shape
 * of a real report: "overwrote the image in Vader"). A person is worked with, not run on; a
 * public platform written so ("ran on Hetzner") is no unknown word.
 */
const machineVerb = String.raw`(?:r[au]n|runs|running|executed|scheduled|copied|moved|uploaded|scp(?:'d|ed)|rsync(?:'d|ed)|SSH(?:'d|ed)|ssh(?:'d|ed)|logged\s+(?:in|on)|built|rebuilt|compiled|installed|mounted|stored|staged|parked|backed\s+up|restored|pinned|deployed)`;
const placedOnMachine = new RegExp(String.raw`\b${machineVerb}\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?(?:on|onto|into|in|to|from|off)\s+${name}(?![\p{L}\p{N}_.\/@'’-]|\s+\p{Lu})`, 'gu');
/** A machine named in brackets after its noun ("The old CI box (Kestrith) ran out of disk"). */
const bracketedMachine = new RegExp(String.raw`\b(?:box|host|server|machine|VM|node|runner|workstation|NAS|bastion|jump\s?box|build\s+machine)\s+\(${name}\)`, 'gu');

export interface ActingCodeName {
  line: number;
  text: string;
  index: number;
}

/** A capitalised word of five letters or more: every code name these patterns read. */
const codeNameCue = /\p{Lu}\p{Ll}{4}/u;
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedActingCodeNames: readonly CuedPattern[] = [
  { name: 'a code name acting', cue: codeNameCue, pattern: subject },
  { name: 'a code name acted on', cue: codeNameCue, pattern: object },
  { name: "a code name's possessive", cue: codeNameCue, pattern: possessive },
  { name: 'a machine a job ran on or was copied to', cue: codeNameCue, pattern: placedOnMachine },
  { name: 'a machine named in brackets after its noun', cue: codeNameCue, pattern: bracketedMachine },
];

/** Code names in `lines` read by what happens to them, and their other places; `evidence` is the whole post. */
export function findActingCodeNames(lines: readonly string[], evidence: string, isPublicName: (text: string) => boolean): ActingCodeName[] {
  const names = new Set<string>();
  const judged = new Map<string, boolean>();
  for (const line of lines) {
    if (!codeNameCue.test(line)) continue;
    for (const { pattern } of cuedActingCodeNames) {
      for (const m of allMatches(pattern, line)) {
        const word = m[1];
        if (!judged.has(word)) judged.set(word, isUnshownCodeName(word, evidence, isPublicName));
        if (judged.get(word)) names.add(word);
      }
    }
  }
  // Since probe round 36: a word alone in a table's column of systems (system-column-words.ts).
  for (const { word } of systemColumnWords(lines)) {
    if (!judged.has(word)) judged.set(word, isUnshownCodeName(word, evidence, isPublicName));
    if (judged.get(word)) names.add(word);
  }
  if (!names.size) return [];
  // A machine of a numbered set ("drained Skarvik-2", since probe round 36) is found with its number.
  const anywhere = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#-])(?:${[...names].map(escapeRegExp).join('|')})(?:-\d{1,3}(?![\p{L}\p{N}_-]))?(?![\p{L}\p{N}_-])`, 'gu');
  const found: ActingCodeName[] = [];
  lines.forEach((line, i) => {
    for (const m of allMatches(anywhere, line)) found.push({ line: i, text: m[0], index: m.index! });
  });
  return found;
}
