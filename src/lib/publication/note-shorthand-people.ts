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
 *   a disk alert → Oriana"); a chain of arrows is a procedure's steps;
 * - since probe round 40, a speaker in brackets opening a heading, a list item or a line of meeting
 *   notes ("## [corvel] Moving the builders", "- [oriana] pretty sure …", "- (stephane) test the
 *   script"), as an infrastructure team's notes say who raised a point: a tag of a changelog is
 *   written so too ("- [docs] fix a typo", "- [nginx] raise workers"), so the word must be a given
 *   name or a lower-case word no dictionary, lexicon or public term knows and not made of words;
 * - since probe round 40, two lower-case handles joined by a slash or a plus before their task
 *   ("corvel/ysolde to assist with onboarding"), as the capitalised names above;
 * - since probe round 40, a given name a lexicon knows in brackets closing a heading or a list item
 *   ("## Investigation (Stéphane)", "- Test the exporter (Oriana)"), as initials close one;
 * - since probe round 40, a name right before a handle in brackets ("Christian (@cqueston)
 *   proposes …"): the handle's owner, whatever word the name is; and the handle an IRC line
 *   addresses after its speaker ("<zergless> gw: not the best"), two letters or more.
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
import { addUnlessSameStart } from './first-finding-keeps.ts';

const unknownWord = (word: string): boolean => !isKnownWord(word) && !isEnglishWord(word) && !isOrdinaryWord(word);
const isPublic = (word: string): boolean => isPublicTerm(word) || brandNames.has(word.toLowerCase());
/** A capitalised word that may be someone's given name: a lexicon's given name, or a word none knows. */
const mayBeGivenName = (word: string): boolean => !isPublic(word) && (isGivenNameOnly(word) || isWordGivenName(word) || unknownWord(word));

const capitalised = String.raw`(\p{Lu}\p{Ll}{2,})`;
const ticketKey = String.raw`\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b`;
const afterTicket = new RegExp(String.raw`${ticketKey}\s*(?:\(${capitalised}\??\)|[-–—]\s+${capitalised}\s+[-–—]\s)`, 'gud');
const peopleWork = String.raw`(?:to\s+(?:follow\s+up|own|fix|add|check|write|update|investigate|look|review|draft|file|chase|sync|pair)|paired|pairing|teamed\s+up|took\s+turns|swapped|handled|owned|are\s+on|on\s+it|will\b|own\b|owns\b|follow(?:ed|ing)?\s+up)`;
const joinedNames = new RegExp(String.raw`(?<![\p{L}\p{N}_./-])${capitalised}\s*(?:\/|\+)\s*${capitalised}\s+${peopleWork}`, 'gud');
const handle = String.raw`(\p{Ll}[\p{Ll}\p{N}_-]{2,})`;
/**
 * Two lower-case handles so joined ("corvel/ysolde to assist"): a task in the infinitive or done
 * together only, "assist" and "prepare" among them; "will" follows machines too ("proxy03/proxy14
 * will be down", fedora-status).
 */
const joinedHandles = new RegExp(String.raw`(?<![\p{L}\p{N}_./@-])${handle}\s*(?:\/|\+)\s*${handle}\s+(?:to\s+(?:follow\s+up|own|fix|add|check|write|update|investigate|look|review|draft|file|chase|sync|pair|assist|prepare|help|ask|contact|coordinate|test|try|set\s+up)|paired|pairing|teamed\s+up|took\s+turns|swapped)\b`, 'gud');
/** A machine's name: a word and its number ("proxy03", "web2"), no one's handle. */
const numberedWord = (word: string): boolean => {
  const m = /^(\p{Ll}+)[-_]?\d+$/u.exec(word);
  return Boolean(m && (isEnglishWord(m[1]) || isPublic(m[1]) || madeOfWords(m[1])));
};
/** A speaker in square or round brackets opening a heading, a list item or a line, prose after it. */
const bracketSpeaker = /^\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+)?(?:\[(\p{L}[\p{L}\p{N}_-]{1,30})\]|\((\p{L}[\p{L}\p{N}_-]{1,30})\))[ \t]+(?=[\p{L}\p{N}])/du;
/** A capitalised name right before a handle in brackets ("Christian (@cqueston) proposes"). */
const nameBeforeHandle = /(?<![\p{L}\p{N}_@.-])(\p{Lu}\p{Ll}{2,})[ \t]+\(@[A-Za-z0-9][A-Za-z0-9_-]*\)/gdu;
/** The handle an IRC line addresses right after its speaker (`<zergless> gw: not the best`). */
const ircAddressee = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?\\?<[\p{L}\p{N}_.|^-]+>[ \t]+(\p{Ll}[\p{Ll}\p{N}_-]{1,30}):[ \t]/du;
/** Chat shorthand that opens a message with a colon and names no one. */
const chatShorthand = new Set(['fyi', 'btw', 'imo', 'imho', 'afaik', 'tldr', 'tl;dr', 'ps', 'edit', 'update', 'note', 'nb', 're', 'ack', 'ok', 'eta']);
/** A name in brackets closing a heading or a list item ("## Investigation (Stéphane)"). */
const closingName = /^\s*(?:#{1,6}|[-*+]|\d+[.)])\s+\S.*?\s\((\p{Lu}\p{Ll}{2,})\)[ \t]*[.;]?[ \t]*$/du;
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
  { name: 'handles joined by a slash or a plus', cue: /[/+]/, pattern: joinedHandles },
  { name: 'a speaker in brackets opening a line', cue: /^\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+)?[[(]/, pattern: bracketSpeaker },
  { name: 'a given name in brackets closing a heading or an item', cue: /\p{Ll}\)/u, pattern: closingName },
  { name: 'a name before a handle in brackets', cue: /\(@/, pattern: nameBeforeHandle },
  { name: "an IRC line's addressee", cue: />[ \t]+\p{Ll}/u, pattern: ircAddressee },
];

/** A lower-case word that may be a handle: none of the lists knows it, it is not made of words, and no system's account. */
const mayBeHandle = (word: string): boolean => unknownWord(word) && !madeOfWords(word) && !isSystemAccount(word) && !isPublic(word);
/** A speaker's word in brackets: a given name (any case) or a handle; a capitalised unknown word is a product's tag as often. */
const mayBeSpeaker = (word: string): boolean => {
  const capital = word[0].toUpperCase() + word.slice(1);
  if (isPublic(word) || isPublic(capital)) return false;
  if (isGivenNameOnly(capital)) return true;
  return /^\p{Ll}/u.test(word) && mayBeHandle(word);
};

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
  const add = (text: string, index: number, why: string) => addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why });
  const [ticket, joined, local, speaker, theName, initials, arrow, handles, bracketed, closing, handleOwner] = cuedNoteShorthandPatterns;
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
    if (m && owner && (/^\p{Lu}/u.test(owner) ? mayBeGivenName(owner) : mayBeHandle(owner))) add(owner, m.indices![1]![0], "a follow-up's owner after an arrow");
  }
  if (handles.cue.test(line)) for (const m of allMatches(joinedHandles, line)) {
    if (![m[1], m[2]].every((word) => mayBeHandle(word) && !numberedWord(word))) continue;
    // Not a guess: the filters of guesses read `owner/name` as a repository and `/name` as a path.
    for (const group of [1, 2]) if (!found.some((f) => f.index === m.indices![group]![0])) found.push({ text: m[group], index: m.indices![group]![0], severity: 'error', why: 'handles joined by a slash or a plus, at work' });
  }
  if (bracketed.cue.test(line)) {
    const m = bracketSpeaker.exec(line);
    const group = m?.[1] ? 1 : 2;
    if (m && mayBeSpeaker(m[group])) add(m[group], m.indices![group]![0], 'a speaker in brackets opening a line of notes');
  }
  if (closing.cue.test(line)) {
    const m = closingName.exec(line);
    if (m && isGivenNameOnly(m[1]) && !isPublic(m[1])) add(m[1], m.indices![1]![0], 'a given name in brackets closing a heading or an item');
  }
  if (handleOwner.cue.test(line)) for (const m of allMatches(nameBeforeHandle, line)) {
    if (mayBeGivenName(m[1])) add(m[1], m.indices![1]![0], 'a name before its handle in brackets');
  }
  for (const m of findIrcAddressees(line)) add(m.text, m.index, m.why);
  return found;
}

/**
 * The handle an IRC line addresses, in prose or, since probe round 40b, in code: a chat log is
 * pasted in a fenced block as often as in prose (a society's post-mortem pastes it in a `text`
 * fence), and the line's shape is the same there.
 */
export function findIrcAddressees(line: string): PatternMatch[] {
  const addressee = cuedNoteShorthandPatterns[11];
  if (!addressee.cue.test(line)) return [];
  const m = ircAddressee.exec(line);
  if (!m || chatShorthand.has(m[1]) || !(m[1].length === 2 ? !isEnglishWord(m[1]) && !isPublic(m[1]) : mayBeHandle(m[1]))) return [];
  return [{ text: m[1], index: m.indices![1]![0], severity: 'error', guess: true, why: "an IRC line's addressee" }];
}
