/**
 * People in the shorthand of notes pasted into a report (since probe round 36, docs/redaction.md,
 * "Probe round 36"): the writer of a timeline or an action list does not write sentences, so the
 * phrasings the other rules read are missing and only the marks say a person is meant:
 *
 * - a ticket's key and then a name in brackets or between dashes ("HUB-4121 (Tavish) tracks the
 *   follow-up", "HUB-4122 – Oriana – add an alert"): a ticket names its assignee so;
 * - two names joined by a slash or a plus before what only people do ("Tavish/Oriana to follow
 *   up", "Tavish + Oriana paired on the fix");
 * - an internal address written as its local part and "@" alone, as staff write a colleague's
 *   mail ("Send questions to faith.o@ before Friday");
 * - a given name that is a word speaking after a timeline's time ("- 14:02 Faith: restarting the
 *   hub pod now"): the chat rules take a word no dictionary knows, and a word given name acting
 *   (word-given-names-acting.ts) needs a verb after it;
 * - a full name after "The" before what a person decided or found, as a careless edit leaves it
 *   ("The Oriel Bancroft determined …", a shape of a real report), whose first word is a word;
 * - since probe round 37, initials in brackets closing a list item or a sentence ("- Add an
 *   alert on replica lag (TK)", "The replica was promoted at 04:10 (JD).") as a notes' owner or
 *   doer: not an acronym the rules know ("(DNS)", "(UTC)"), an English word ("(IT)", "(OK)"), one
 *   the line spells out ("Recovery Time Objective (RTO)") or says elsewhere, a file's format, and
 *   not after a link, whose brackets say what it leads to ("[the guide](…) (PDF)");
 * - since probe round 37, a follow-up's owner after the one arrow of a list item, closing it ("- Add
 *   a disk alert → Oriana"); a chain of arrows is a procedure's steps.
 *
 * A name here is a word a lexicon of given names knows or no dictionary, lexicon or list of public
 * terms and brands knows; a public term, a brand, an acronym and a team's word are never read.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isGivenNameOnly } from './given-names.ts';
import { isWordGivenName } from './word-given-names-acting.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import { isSystemAccount, isThingOrRoleAcronym, madeOfWords, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const unknownWord = (word: string): boolean => !isKnownWord(word) && !isEnglishWord(word) && !isOrdinaryWord(word);
const isPublic = (word: string): boolean => isPublicTerm(word) || brandNames.has(word.toLowerCase());
/** A capitalised word that may be someone's given name: a lexicon's given name, or a word none knows. */
const mayBeGivenName = (word: string): boolean => !isPublic(word) && (isGivenNameOnly(word) || isWordGivenName(word) || unknownWord(word));

const capitalised = String.raw`(\p{Lu}\p{Ll}{2,})`;
const ticketKey = String.raw`\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b`;
const afterTicket = new RegExp(String.raw`${ticketKey}\s*(?:\(${capitalised}\??\)|[-–—]\s+${capitalised}\s+[-–—]\s)`, 'gud');
const peopleWork = String.raw`(?:to\s+(?:follow\s+up|own|fix|add|check|write|update|investigate|look|review|draft|file|chase|sync|pair)|paired|pairing|teamed\s+up|took\s+turns|swapped|handled|owned|are\s+on|on\s+it|will\b|own\b|owns\b|follow(?:ed|ing)?\s+up)`;
const joinedNames = new RegExp(String.raw`(?<![\p{L}\p{N}_./-])${capitalised}\s*(?:\/|\+)\s*${capitalised}\s+${peopleWork}`, 'gud');
const bareLocalPart = /(?<![\p{L}\p{N}_.@\/+-])([a-z][a-z0-9]*(?:[._][a-z0-9]+)*)@(?=[\s,;:)!?]|\.(?:\s|$)|$)/gdu;
const timedSpeaker = new RegExp(String.raw`^[\s>]*(?:[-*+]\s+)?(?:\*\*|__)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|Z|[AaPp][Mm]))?(?:\*\*|__)?\s*[-–—]?\s*${capitalised}:\s+\p{Ll}`, 'gud');
const personFinding = String.raw`(?:determined|decided|found|noticed|realised|realized|confirmed|concluded|suggested|proposed|discovered|spotted|identified)`;
const theFullName = new RegExp(String.raw`\bThe\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+${personFinding}\s+(?:that|the|a|an|it|these|this|those)\b`, 'gud');
/** Initials in brackets at the end of a list item or a sentence (one or two sets: "(JD)", "(JD, TK)"). */
const closingInitials = /(?<=\S\s*)\((\p{Lu}{2,3})(?:\s*[,/&]\s*(\p{Lu}{2,3}))?\)[ \t]*[.;]?[ \t]*$/du;
/** An owner after an arrow closing a list item: a capitalised name or a lower-case handle. */
const arrowOwner = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?\S.*?\s(?:→|->|=>|⇒)\s*(?:@?)(\p{Lu}\p{Ll}{2,}|[a-z][a-z0-9]{2,}(?:[._-][a-z0-9]+)?)[ \t]*[.;]?[ \t]*$/du;

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedNoteShorthandPatterns: readonly CuedPattern[] = [
  { name: "a name after a ticket's key", cue: /[A-Z0-9]-\d/, pattern: afterTicket },
  { name: 'names joined by a slash or a plus', cue: /[/+]/, pattern: joinedNames },
  { name: "an internal address's local part alone", cue: /[a-z0-9]@/, pattern: bareLocalPart },
  { name: 'a name speaking after a time', cue: /\d:\d\d/, pattern: timedSpeaker },
  { name: 'a full name after "The" finding something', cue: /The\s/, pattern: theFullName },
  { name: 'initials in brackets closing an item or a sentence', cue: /\p{Lu}\)/u, pattern: closingInitials },
  { name: "a follow-up's owner after an arrow", cue: /→|->|=>|⇒/, pattern: arrowOwner },
];

/** File formats a link's brackets name ("(PDF)"): no one's initials. */
const fileFormats = new Set(['PDF', 'DOC', 'CSV', 'XLS', 'PPT', 'PNG', 'JPG', 'GIF', 'SVG', 'ZIP', 'MP4', 'MP3', 'TXT', 'RTF', 'ODT', 'EPUB', 'HTML', 'XML', 'JSON']);

/** Whether `letters`, in brackets after `before`, are the initials of the words before them ("Recovery Time Objective (RTO)", "disaster recovery (DR)"). */
function spelledOutBefore(letters: string, before: string): boolean {
  const words = before.split(/[\s/-]+/).filter((w) => /^\p{L}/u.test(w));
  const initials = words.slice(-letters.length).map((w) => w[0].toUpperCase()).join('');
  return initials === letters;
}

/** People written in notes' shorthand on one line of prose. */
export function findNoteShorthandPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string) => {
    if (!found.some((f) => f.index === index)) found.push({ text, index, severity: 'error', guess: true, why });
  };
  const [ticket, joined, local, speaker, theName, initials, arrow] = cuedNoteShorthandPatterns;
  if (ticket.cue.test(line)) for (const m of allMatches(afterTicket, line)) {
    const group = m[1] ? 1 : 2;
    if (mayBeGivenName(m[group])) add(m[group], m.indices![group]![0], "a name after a ticket's key");
  }
  if (joined.cue.test(line)) for (const m of allMatches(joinedNames, line)) {
    if (![m[1], m[2]].every(mayBeGivenName)) continue;
    for (const group of [1, 2]) add(m[group], m.indices![group]![0], 'names joined by a slash or a plus, at work');
  }
  if (local.cue.test(line)) for (const m of allMatches(bareLocalPart, line)) {
    const handle = m[1];
    // A plain English word before "@" is a team's or a role's mailbox (`security@`, `support@`), or a package's version.
    if (isSystemAccount(handle) || (!/[._]/.test(handle) && (isEnglishWord(handle) || madeOfWords(handle))) || isPublicTerm(handle)) continue;
    add(handle, m.indices![1]![0], "an internal address's local part");
  }
  if (speaker.cue.test(line)) for (const m of allMatches(timedSpeaker, line)) {
    if (isWordGivenName(m[1]) && !isPublic(m[1])) add(m[1], m.indices![1]![0], 'a given name that is a word, speaking after a time');
  }
  if (theName.cue.test(line)) for (const m of allMatches(theFullName, line)) {
    const [first, last] = m[1].split(/\s+/);
    if (!isPublic(first) && !isPublic(last) && unknownWord(last)) add(m[1], m.indices![1]![0], 'a full name after "The"');
  }
  if (initials.cue.test(line)) {
    const m = closingInitials.exec(line);
    // Capitals in brackets after a link say what it leads to ("[the guide](…) (PDF)", "(CMU)", its
    // publisher; PagerDuty's guides), not who did something.
    if (m && !/\][(\[][^)\]]*[)\]]\s*$/.test(line.slice(0, m.index))) {
      const before = line.slice(0, m.index);
      for (const group of [1, 2]) {
        const letters = m[group];
        if (!letters || isThingOrRoleAcronym(letters) || fileFormats.has(letters) || isEnglishWord(letters.toLowerCase()) || spelledOutBefore(letters, before)) continue;
        // An acronym the line uses elsewhere is the line's subject, not who did it ("RTO … (RTO)").
        if (new RegExp(String.raw`(?<![\p{L}])${letters}(?![\p{L}])`, 'u').test(before)) continue;
        add(letters, m.indices![group]![0], 'initials in brackets closing an item or a sentence');
      }
    }
  }
  // One arrow: a chain of them is a procedure's steps ("cordon → restart → uncordon", pgmac's runbook).
  if (arrow.cue.test(line) && (line.match(/→|->|=>|⇒/g) ?? []).length === 1) {
    const m = arrowOwner.exec(line);
    const owner = m?.[1];
    if (m && owner && (/^\p{Lu}/u.test(owner) ? mayBeGivenName(owner) : unknownWord(owner) && !madeOfWords(owner) && !isSystemAccount(owner) && !isPublic(owner))) add(owner, m.indices![1]![0], "a follow-up's owner after an arrow");
  }
  return found;
}
