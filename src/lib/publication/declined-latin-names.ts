/**
 * A name in Latin script with a Russian or Ukrainian case ending after a hyphen or an apostrophe
 * (since probe round 57, docs/redaction.md, "Probe round 57"): "Мы попросили Vinterlund-а
 * откатить релиз", "написал Okereke'у". Russian declines a foreign name so when it stands for a
 * person (or a product: "Jenkins-а"); the mixed word was read as neither script's, and published.
 *
 * Read on a line with Cyrillic words: a capitalised Latin word of four letters or more no English,
 * common or public word, joined by a hyphen or an apostrophe to a case ending in Cyrillic. A guess,
 * as a product no list knows is declined so too (and is then an internal system's name).
 */
import type { PatternMatch } from './person-patterns.ts';
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

const declined = /(?<![\p{L}\p{N}_.\/-])(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)[-'’](?:а|у|ом|ем|е|ым|им|ой|ей|ою|ы|и|ов|ев|ам|ами|ах|я|ю)(?![\p{L}])/gu;

/** The Latin names a Cyrillic line declines. */
export function findDeclinedLatinNames(line: string): PatternMatch[] {
  if (!/\p{sc=Cyrillic}{2}/u.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(declined)) {
    const name = m[1];
    if (name.split('-').some((w) => isEnglishWord(w.toLowerCase()) || isOrdinaryWord(w) || isPublicTerm(w) || isKnownWord(w.toLowerCase()))) continue;
    found.push({ text: name, index: m.index, severity: 'error', guess: true, why: 'a Latin name Russian declines as a person' });
  }
  return found;
}
