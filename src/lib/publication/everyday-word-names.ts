/**
 * A full name whose every part is an everyday English word ("Will Price", "Grant Hill", "Rich
 * Green", "May Long"), with no list behind it (since the nineteenth probe round,
 * docs/redaction.md). The rules for names no list knows read a name by a word no dictionary
 * knows, so such a name was published wherever it stood ("Will Price restarted the primary").
 * The words alone say nothing ("Will prices rise?", "Grant access", "Rich text"); what says a
 * person is a given name that is also a word, a capitalised word after it, and a place only a
 * person stands in:
 *
 * - before what a person does in an incident, in the past tense or the present of speech
 *   ("restarted", "paged", "confirmed", "says"), or what only a person is ("was the incident
 *   commander", "was paged", "was on call");
 * - after thanks, credit or a person's verb and "to"/"by"/"with" ("Thanks to Grant Hill",
 *   "escalated to Rich Green", "paired with May Long");
 * - before a role set off by commas or brackets ("Bill Ward, our DBA,", "Grant Hill (SRE)");
 * - joined by "and" to one found so ("Thanks to Grant Hill and Rich Green").
 *
 * Not in a run of capitalised words (a title: "Will Price Changes Affect Billing"), nor when the
 * second word is a plural ("Page Rules", "Max Connections") or a public term. A month's name
 * after a preposition of time or before a number is the month ("In May Long queries …").
 */
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isEverydayGivenName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isGivenNameOnly } from './given-names.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { peopleOnlySpeechVerbs } from './speech-verbs.ts';
import { personAddressedBefore } from './person-addressed-before.ts';
import { allMatches } from '../regexp.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/** A surname no dictionary knows ("Drummelow"): no English, ordinary or known word, no plural, no public term. */
const isUnknownSurname = (word: string) => !isEnglishWord(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPluralWord(word) && !isPublicTerm(word);

/** A capitalised word, then another: the pair to judge. */
export const capitalisedPair = /(?<![\p{L}\p{N}@#/\\_.'’-])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}_@'’-])/gu;

/** What a person does in an incident, as a report says it after the name (its verbs of speech are speech-verbs.ts's). */
const personVerb = new RegExp(String.raw`^(?:[ \u00a0]+and (?:I|me)\b|[ \u00a0]+(?:(?:also|then|quickly|manually|immediately|later|finally)\s+)?(?:${peopleOnlySpeechVerbs.join('|')}|acknowledged|acked|paged|pinged|called|messaged|emailed|escalated|declared|noticed|spotted|joined|took|handed|proposed|approved|reviewed|merged|reverted|rolled|restarted|rebooted|restored|deployed|shipped|fixed|patched|investigated|found|traced|identified|opened|filed|raised|posted|ran|drained|promoted|rotated|disabled|enabled|killed|bumped|failed over)\b)`, 'u');


/** A role set off after the name. */
const roleAfter = /^(?:,\s+(?:our|the|an?|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:engineer|lead|manager|commander|SRE|DBA|admin(?:istrator)?|developer|responder|on-?call|architect|IC|CTO|VP|director)\b|\s+\((?:SRE|DBA|IC|on-?call|incident commander|[\p{L} ]{0,20}(?:engineer|lead|manager))\))/u;

/** A preposition of time before a month's name ("in May", "since June"). */
const timeBefore = /\b(?:in|on|of|since|until|by|during|from|to|early|late|mid|last|next|this)[ \u00a0]+$/i;
const months = new Set(['may', 'june', 'april', 'august']);

/** A second word that is a plural noun ("Rules", "Connections"): a product's or a setting's name. */
export function isPluralWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /[^s]s$/.test(lower) && isEnglishWord(lower.slice(0, -1)) && !/(?:ss|us|is)$/.test(lower);
}

/** The cues a capitalised pair's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedCapitalisedPair: CuedPattern = { name: 'two capitalised words in a row', cue: /\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}/u, pattern: capitalisedPair };

/** A pair inside a title's run of capitalised words ("Will Price Changes Affect Billing"), not after a person's verb. */
export function inTitleRun(before: string, after: string): boolean {
  return /^[ \u00a0]+\p{Lu}/u.test(after) || (/\p{Lu}\p{Ll}*[ \u00a0]+$/u.test(before) && !/(?:^|[.!?:;]\s+)\p{Lu}\p{Ll}*[ \u00a0]+$/u.test(before) && !personAddressedBefore.test(before));
}

/** Full names of everyday words on one line of prose, each where only a person stands. */
export function findEverydayWordNames(line: string): PatternMatch[] {
  if (!cuedCapitalisedPair.cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(capitalisedPair, line)) {
    const [text, first, last] = m;
    const index = m.index!;
    // Since the twentieth probe round, a given name that is no word before a surname that is one
    // ("Sigrun Stone paged", "Eskil Berg rolled back"): the rules of unknown full names read such a
    // surname as a word, and the given name's own rule reads it only right before the verb.
    if (!(isEverydayGivenName(first) || isGivenNameOnly(first)) || isPluralWord(last) || isPublicTerm(last) || isPublicTerm(text)) continue;
    const before = line.slice(0, index);
    const after = line.slice(index + text.length);
    if (inTitleRun(before, after)) continue;
    if (months.has(first.toLowerCase()) && (timeBefore.test(before) || /^[ \u00a0,]*\d/.test(after))) continue;
    const afterWords = after.replace(/^(?:\*\*|__|\*|_)/, '');
    if (personVerb.test(afterWords) || onlyAPersonDoes(afterWords) || personAddressedBefore.test(before) || roleAfter.test(afterWords)) {
      found.push({ text, index, severity: 'error', guess: true, why: 'a full name of everyday words where a person stands' });
    }
  }
  // Since probe round 48, a given name that is also a word before a surname no dictionary knows
  // ("Rich Drummelow (observing only)", "| 10:02 | Rich Drummelow | paged |"): the rules of full
  // names no list knows read "Rich" as a word, and the language model knows "Bill" but not "Rich",
  // so a member's full name was published on attendee, rota and table lines. Opening a clause
  // before a word in lower case the given name may be a verb ("Grant Quorvalen access", "Will
  // Quorvalen recover?"), so there the pair is a name only before a verb in the past or the
  // third person, or what only a person does.
  for (const m of allMatches(capitalisedPair, line)) {
    const [text, first, last] = m;
    const index = m.index!;
    if (found.some((f) => f.index === index) || !isEverydayGivenName(first) || !last.split('-').every(isUnknownSurname)) continue;
    const before = line.slice(0, index);
    const after = line.slice(index + text.length);
    if (inTitleRun(before, after)) continue;
    if (months.has(first.toLowerCase()) && (timeBefore.test(before) || /^[ \u00a0,]*\d/.test(after))) continue;
    const afterWords = after.replace(/^(?:\*\*|__|\*|_)/, '');
    const opensClause = /(?:^|[.!?:;]\s+)(?:[\s>]*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?)?(?:\*\*|__|\*|_)?$/u.test(before);
    if (opensClause && /^[ \u00a0]+\p{Ll}/u.test(afterWords) && !(personVerb.test(afterWords) || onlyAPersonDoes(afterWords) || /^[ \u00a0]+\p{Ll}{2,}(?:ed|[^s]s)(?![\p{L}])/u.test(afterWords))) continue;
    found.push({ text, index, severity: 'error', guess: true, why: 'a given name that is also a word before a surname no dictionary knows' });
  }
  // "Thanks to Grant Hill and Rich Green": the other of two names joined by "and".
  for (const m of allMatches(capitalisedPair, line)) {
    const index = m.index!;
    if (found.some((f) => f.index === index) || !(isEverydayGivenName(m[1]) || isGivenNameOnly(m[1])) || isPluralWord(m[2])) continue;
    const joined = found.some((f) => /^[ \u00a0]+(?:and|&)[ \u00a0]+$/.test(line.slice(f.index + f.text.length, index)) || /^[ \u00a0]+(?:and|&)[ \u00a0]+$/.test(line.slice(index + m[0].length, f.index)));
    if (joined) found.push({ text: m[0], index, severity: 'error', guess: true, why: 'a full name of everyday words beside another' });
  }
  return found;
}
