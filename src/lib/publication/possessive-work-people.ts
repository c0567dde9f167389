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
import { brandNames } from './brand-names.ts';
import { isWordGivenName } from './word-given-names-acting.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/** What an investigation's people make or look at; a company makes some of these too. */
const workNoun = String.raw`(?:investigations?|analysis|findings|timeline|account|write-?up|summary|recap|perspective|view|debugging|report|update|take|observations|hypothesis|theory|fix|patch|proposal|questions|comments|review|panel|screen|screenshot|query|session|tab|window|notes?|notebook|diary|thoughts|recollection|terminal|shell|desktop|laptop|scratchpad|rollback|revert|hotfix|limit|workaround|script|branch|PR)`;
/** What only a person has (since the twenty-fifth probe round also a screenshot: "Quenby's screenshot" in a link's title). */
const personalNoun = /^(?:notes?|notebook|diary|thoughts|recollection|terminal|shell|desktop|laptop|scratchpad|screenshot)$/i;

/**
 * Since probe round 36 up to two words may stand between, a size or what was raised ("Joy's 3GB
 * limit", "Grace's raised memory limit", measured in a real report: "<name>'s 3GB increased
 * limit"), and a given name that is a word counts as a given name ("Faith's fix held", "and
 * Dawn's rollback held"): a company is no such word.
 */
const possessive = new RegExp(String.raw`(?<![\p{L}\p{N}@#/\\_.-])(\p{Lu}\p{Ll}{2,})(?:['’]s|(?<=s)['’])\s+((?:(?:\p{Lu}[\p{L}\p{N}]*|\p{N}+(?:\.\p{N}+)?\s?[KMGT]i?B|\p{Ll}+)\s+){0,2})(${workNoun})(?![\p{L}\p{N}_-])`, 'gu');
/** What only a person looks at through a product: "Oriana's Grafana panel" (a company shows its product, not a panel of one). */
const productScreen = /^\p{Lu}[\p{L}\p{N}]*\s+$/u;
const screenNoun = /^(?:panel|screen|tab|query|session|window)$/;
const heading = /^\s{0,3}#{1,6}\s/;
/** A size and at most one word before the noun ("3GB increased limit"). */
const sizeBetween = /^\p{N}+(?:\.\p{N}+)?\s?[KMGT]i?B\s+(?:\p{Ll}+\s+)?$/u;


/** Possessives of people before their work on one line. */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedPossessivePatterns: readonly CuedPattern[] = [{ name: "a possessive of someone's work", cue: /['’]s\s|s['’]\s/, pattern: possessive }];

export function findPossessiveWorkPeople(line: string): PatternMatch[] {
  if (!cuedPossessivePatterns[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(possessive, line)) {
    const [, name, between, noun] = m;
    if (isPublicTerm(name) || brandNames.has(name.toLowerCase())) continue;
    // Before round 36 only a capitalised word stood between: the words in lower case and sizes are read for given names alone.
    const onlyCapitalBetween = between === '' || productScreen.test(between);
    const unknown = !isKnownWord(name) && !isEnglishWord(name) && !isOrdinaryWord(name);
    const givenName = isGivenNameOnly(name) || isWordGivenName(name);
    // Since probe round 36 a word no lexicon knows is a person's too in a heading and before a size
    // ("### Tavish's timeline", "Tavish's 3GB limit"): the companies these were kept for ("Zerodha's
    // analysis") are brands now, and a brand or public term is never read.
    const personShape = onlyCapitalBetween ? personalNoun.test(noun) || (between !== '' && screenNoun.test(noun)) || heading.test(line) : sizeBetween.test(between);
    if (givenName || (unknown && personShape)) found.push({ text: name, index: m.index!, severity: 'error', guess: true, why: "someone's work in a possessive" });
  }
  return found;
}
