/**
 * People in what a post pastes from a tracker, a timeline table or `git log` (since probe round
 * 34, docs/redaction.md, "Probe round 34"). The handle rules read a lower-case handle when it
 * looks like a person's (an initial and a surname a lexicon knows, a first name and digits); a
 * handle made of words or of nothing any lexicon knows (`mirelad`, `k.mensah`) was published
 * where only its place says it is a person:
 *
 * - a tracker's field naming one person, at a line's start or after a field separator (`·`, `|`,
 *   `;`, two spaces), then a lower-case handle ending the field: "OPS-412 · Assignee: mirelad ·
 *   Priority: Urgent", "Reporter: k.mensah";
 * - a link's query parameter naming a person (`?assignee=jdoe`, `&author=…`, `&owner=…`): a
 *   tracker's or dashboard's filter by account, whatever the account's spelling (a placeholder
 *   person's `jdoe` is someone's account on a real tracker too);
 * - a timeline table's row of a time, a lone handle and a person's act (`| 10:50 | k.mensah |
 *   failed over … |`);
 * - `git log`'s one-line formats with the author: a commit's hash, its subject and the author's
 *   full name in brackets (`3f2a9c1 pool: cap idle (Lindiwe Mahlangu)`), or `%h - %an, %ar : %s`.
 *
 * Not read: an English word, a public term, a bot's or daemon's account (`dependabot`, `kubelet`,
 * `renovate[bot]`), a team's id (`payments-oncall`, `sre-team`), and in brackets a phrase of
 * ordinary words (`(Pull Request)`, `(Release Notes)`).
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isJobNameOfWords, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { decodedUriComponent } from '../uri-component.ts';
import { postgrestOperatorLength } from './postgrest-filters.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

const handle = String.raw`@?([a-z][a-z0-9._-]{1,30}[a-z0-9])`;
/** A tracker's field that names one person. */
const personField = String.raw`(?:[Aa]ssignee|[Aa]ssigned\s+to|[Rr]eporter|[Rr]eported\s+by|[Oo]wner|[Aa]uthor|[Rr]eviewer|[Aa]pprover|[Rr]esponder|DRI|[Ii]ncident\s+[Cc]ommander|[Rr]equested\s+by|[Cc]reated\s+by|[Rr]esolved\s+by|[Aa]cknowledged\s+by|[Aa]cked\s+by|[Cc]losed\s+by)`;
const fieldHandle = new RegExp(String.raw`(?:^[\s>]*(?:[-*+]\s+)?|[·•|;]\s*|\s{2,})(?:\*\*|__)?${personField}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*${handle}(?:\*\*|__)?(?=\s*(?:$|[·•|;,)]|\s{2,}))`, 'gu');
/** A link's query parameter naming an account. */
const personParameter = /[?&](?:assignee|assignee_username|assigned_to|author|author_username|owner|reporter|creator|reviewer|responder|user|username|login)=([^&#\s)"'\]>`]+)/g;
/** A time cell, a cell holding one handle, and a cell opening with what a person did. */
const timelineRow = new RegExp(String.raw`^\s*\|\s*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|Z|[AaPp][Mm]))?\s*\|\s*${handle}\s*\|\s*(?:restarted|rolled\s+back|reverted|failed\s+over|paged|acknowledged|acked|merged|deployed|drained|promoted|declared|escalated|joined|confirmed|noticed|approved|rebooted|resolved|took\s+over|handed|opened|posted|updated|started|scaled|killed|deleted|disabled|enabled|rotated)\b`, 'u');
/** A full name of two to four capitalised words. */
const fullName = String.raw`(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,3})`;
/** `git log --format='%h %s (%an)'` and `--format='%h - %an, %ar : %s'`. */
const commitLine = new RegExp(String.raw`^\s*(?:[*|\\/ ]+\s)?[0-9a-f]{7,40}\s+(?:(?:\([^)]*\)\s+)?\S.*?\s\(${fullName}(?:,[^)]*)?\)|-\s+${fullName},\s+\d+\s+\p{Ll}+\s+ago\b)`, 'u');

/**
 * Since probe round 36: a commit's subject with its author's handle in brackets at the line's end,
 * after a hash or as a revert's or merge's subject (`Revert "bump hub memory" (tavishk)`,
 * `3f2a9c1 pool: cap idle (tkaragianni)`), as `--format='%h %s (%al)'` and hand-copied history write it.
 */
const commitHandle = new RegExp(String.raw`^\s*(?:(?:[*|\/ ]+\s)?[0-9a-f]{7,40}\s+\S.*?|(?:Revert|Reapply)\s+".+"|Merge\s+(?:branch|pull\s+request)\s.+?)\s\(${handle}\)\s*$`, 'u');

export const cuedTrackerAndLogPatterns: readonly CuedPattern[] = [
  { name: "a tracker's field naming a person", cue: /:/, pattern: fieldHandle },
  { name: "a link's query parameter naming an account", cue: /=/, pattern: personParameter },
  { name: "a timeline row's handle", cue: /\|/, pattern: timelineRow },
  { name: "git log's author", cue: /[0-9a-f]{7}/, pattern: commitLine },
  { name: "a commit subject's author handle", cue: /\)\s*$/, pattern: commitHandle },
];

/** A team's, a bot's or a daemon's account rather than a person's. */
const notPersonAccount = /(?:^|[-_.])(?:team|teams|squad|group|sre|ops|devops|oncall|on-call|platform|infra|admins?|support|security|bot|robot|ci|cd|deploy|system|service|svc|daemon|noreply|no-reply)(?:$|[-_.\d])|bot$|\[bot\]$|^(?:dependabot|renovate|kubelet|systemd|root|admin|nobody|none|unassigned|null|undefined|me|self|everyone|anyone)$/;

/** A lower-case account that is a person's: no English word, no public term, no team's, bot's or daemon's. */
const personAccount = (name: string): boolean =>
  !notPersonAccount.test(name) &&
  // A job's or a pool's name of words (`owner=pull-kubernetes-e2e-gce`): no handle.
  !isJobNameOfWords(name) && !isPublicTerm(name) && !isEnglishWord(name) && !isOrdinaryWord(name) && !/^[\d._-]+$/.test(name) && !name.includes('$');

/** A full name rather than a phrase of ordinary words or a public name. */
const personFullName = (name: string): boolean => {
  const parts = name.split(/[ -]/);
  if (isPublicTerm(name) || parts.some((part) => isPublicTerm(part))) return false;
  return isKnownFirstName(parts[0]) || !parts.every((part) => isOrdinaryWord(part) || isEnglishWord(part.toLowerCase()));
};

/** The people a tracker's field, a link's query, a timeline row or a `git log` line names on one line. */
export function findTrackerAndLogPeople(line: string, inCode: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string) => addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why });
  if (cuedTrackerAndLogPatterns[0].cue.test(line)) for (const m of allMatches(fieldHandle, line)) {
    if (personAccount(m[1])) add(m[1], m.index! + m[0].lastIndexOf(m[1]), "a tracker's field naming a person");
  }
  if (cuedTrackerAndLogPatterns[1].cue.test(line)) for (const m of allMatches(personParameter, line)) {
    // A PostgREST filter (`?owner=eq.owner`, `&author=ilike.*smith*`; false positives round 43)
    // writes its operator before the value: the value after it is what names an account.
    const written = m[1].slice(postgrestOperatorLength(m[1]));
    const value = decodedUriComponent(written)?.replace(/^@/, '');
    if (value === undefined) continue;
    if (/^[a-z][a-z0-9._-]{1,38}$/.test(value) && value === written && personAccount(value)) add(value, m.index! + m[0].length - written.length, "a link's filter by a person's account");
  }
  if (!inCode && cuedTrackerAndLogPatterns[2].cue.test(line)) {
    const m = timelineRow.exec(line);
    if (m && personAccount(m[1])) add(m[1], m.index + m[0].indexOf(m[1], m[0].indexOf('|', m[0].indexOf('|') + 1)), "a person's handle in a timeline row");
  }
  if (cuedTrackerAndLogPatterns[3].cue.test(line)) {
    const m = commitLine.exec(line);
    const name = m?.[1] ?? m?.[2];
    if (m && name && personFullName(name)) add(name, m.index + m[0].lastIndexOf(name), "a commit's author in git log's output");
  }
  if (cuedTrackerAndLogPatterns[4].cue.test(line)) {
    const m = commitHandle.exec(line);
    if (m && personAccount(m[1])) add(m[1], m.index + m[0].lastIndexOf(m[1]), "a commit's author handle in brackets");
  }
  return found;
}
