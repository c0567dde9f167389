/**
 * Someone's work or screen in a possessive, in a heading, alt text or prose ("### Eirik's
 * investigation", "![Screenshot of Sigrun's Grafana panel]"; since the nineteenth probe round,
 * docs/redaction.md). The eighteenth round left a possessive in a heading published, since
 * provider reports write a company's investigation ("Fastly's investigation", "Zerodha's
 * analysis"). A company is no given name: a word a lexicon of given names knows (English, or the
 * languages of other-language-given-names.ts: "Eirik", "Jorunn", "Sigrun") before a noun of an
 * investigation's work is a person; a word no lexicon knows only before what only a person has
 * (notes, a terminal, a diary). A product may stand between ("Sigrun's Grafana panel"). Since
 * probe round 34 also the bare apostrophe after a final s ("Ignatius' shell").
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isGivenNameOnly } from './given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/** What an investigation's people make or look at; a company makes some of these too. */
const workNoun = String.raw`(?:investigations?|analysis|findings|timeline|account|write-?up|summary|recap|perspective|view|debugging|report|update|take|observations|hypothesis|theory|fix|patch|proposal|questions|comments|review|panel|screen|screenshot|query|session|tab|window|notes?|notebook|diary|thoughts|recollection|terminal|shell|desktop|laptop|scratchpad)`;
/** What only a person has (since the twenty-fifth probe round also a screenshot: "Quenby's screenshot" in a link's title). */
const personalNoun = /^(?:notes?|notebook|diary|thoughts|recollection|terminal|shell|desktop|laptop|scratchpad|screenshot)$/i;

const possessive = new RegExp(String.raw`(?<![\p{L}\p{N}@#/\\_.-])(\p{Lu}\p{Ll}{2,})(?:['’]s|(?<=s)['’])\s+(?:\p{Lu}[\p{L}\p{N}]*\s+)?(${workNoun})(?![\p{L}\p{N}_-])`, 'gu');


/** Possessives of people before their work on one line. */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedPossessivePatterns: readonly CuedPattern[] = [{ name: "a possessive of someone's work", cue: /['’]s\s|s['’]\s/, pattern: possessive }];

export function findPossessiveWorkPeople(line: string): PatternMatch[] {
  if (!cuedPossessivePatterns[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(possessive, line)) {
    const [, name, noun] = m;
    if (isPublicTerm(name)) continue;
    const unknown = !isKnownWord(name) && !isEnglishWord(name) && !isOrdinaryWord(name);
    if (isGivenNameOnly(name) || (unknown && personalNoun.test(noun))) found.push({ text: name, index: m.index!, severity: 'error', guess: true, why: "someone's work in a possessive" });
  }
  return found;
}
