/**
 * A single given name that is also a dictionary word, doing an engineer's work ("Faith restarted
 * the pods", "Hunter paged the DBA", "Will rolled back the deploy", "Rangi approved the rollback";
 * since probe round 32, docs/redaction.md, "Probe round 32"). The rules of a name alone read a
 * word no dictionary knows, so a given name the word-game dictionary also holds was published
 * however it acted. The word alone says nothing ("Faith in the runbook", "Page load times",
 * "Will this recur?"); what says a person is where it stands and what follows:
 *
 * - it opens a clause: a line (after a list's or quote's mark or a time), a sentence, or follows
 *   "At 03:12," or "then";
 * - right after it comes what only a person does to a system in an incident, in the past tense,
 *   and an object ("approved the …", "paged the …", "acknowledged the …", "rolled back the …").
 *   A process restarts and drains things too ("Watchdog restarted the service"), so the word must
 *   be a given name a lexicon knows: the everyday ones ("Faith", "Hunter", "Page", "Will"), other
 *   languages' and Gaelic ones, and Pacific ones below; a public term or brand is never read.
 *
 * A modal opening a question ("Will this …") has no past tense after it; "Page load" has none.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isEverydayGivenName } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { isGaelicGivenName } from './gaelic-given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/**
 * Common Māori, Samoan, Tongan and Hawaiian given names, written from general knowledge: only
 * those the word-game dictionary also holds matter here (the others are read as unknown words).
 */
const pacificGivenNames = new Set(`rangi aroha hemi mere hine tama tane manaia nikau kahu kiri ngaire huia tui moana
  mana wai ari kauri rata rewi tipene hone pita tamati keri tia sina malia lupe mele losa sione vai leilani kai kalani
  keala makana noelani kekoa kanoa`.split(/\s+/).filter(Boolean));

/** A given name a lexicon knows that is also a dictionary word. */
export function isWordGivenName(word: string): boolean {
  if (isEverydayGivenName(word)) return true;
  const lower = word.toLowerCase();
  return isEnglishWord(lower) && (pacificGivenNames.has(lower) || isOtherLanguageGivenName(word) || isGaelicGivenName(word));
}

/** What opens a clause before the name: a line's start (with marks or a time), a sentence's end, "At 03:12," or "then". */
const clauseOpening = String.raw`(?:^[\s>]*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|Z))?\s*[-–—:]?\s+)?|[.!?;]\s+|\b[Aa]t\s+\d{1,2}:\d{2}(?:\s*(?:UTC|Z))?,?\s+|\bthen\s+)`;
/** What only a person does to a system in an incident, and the start of its object. */
const personAct = String.raw`(?:(?:also|then|quickly|manually|immediately|later|finally)\s+)?(?:approved|paged|pinged|acknowledged|acked|rolled\s+back|reverted|restarted|rebooted|merged|deployed|drained|escalated|promoted|failed\s+over)\s+(?:the|a|an|our|their|both|all|every|it|them|this|that|back)\b`;
const actingWord = new RegExp(String.raw`${clauseOpening}(\p{Lu}\p{Ll}+)\s+${personAct}`, 'gud');

/** Two such names joined by "and" before a person's act or what only people do together ("Hunter and Faith paired on the fix"). */
const actingPair = new RegExp(String.raw`${clauseOpening}(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(?:${personAct}|(?:paired|teamed\s+up|took\s+turns|swapped\s+shifts)\b)`, 'gud');

export const cuedWordGivenNamePair: CuedPattern = { name: 'two given names that are words, acting together', cue: /(?:and|&)\s/, pattern: actingPair };

export const cuedWordGivenNameActing: CuedPattern = {
  name: 'a given name that is a word, acting',
  cue: /(?:approved|paged|pinged|acknowledged|acked|rolled\s+back|reverted|restarted|rebooted|merged|deployed|drained|escalated|promoted|failed\s+over)\s/,
  pattern: actingWord,
};

/** Given names that are dictionary words, opening a clause and doing a person's work, on one line of prose. */
export function findWordGivenNamesActing(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (cuedWordGivenNameActing.cue.test(line)) for (const m of allMatches(actingWord, line)) {
    const word = m[1];
    if (!isWordGivenName(word) || isPublicTerm(word) || brandNames.has(word.toLowerCase())) continue;
    found.push({ text: word, index: m.indices![1]![0], severity: 'error', guess: true, why: 'a given name that is a word, acting' });
  }
  if (!cuedWordGivenNamePair.cue.test(line)) return found;
  for (const m of allMatches(actingPair, line)) {
    const names = [1, 2].map((group) => ({ text: m[group], index: m.indices![group]![0] }));
    if (!names.every(({ text }) => isWordGivenName(text) && !isPublicTerm(text) && !brandNames.has(text.toLowerCase()))) continue;
    for (const { text, index } of names) if (!found.some((f) => f.index === index)) found.push({ text, index, severity: 'error', guess: true, why: 'given names that are words, acting together' });
  }
  return found;
}
