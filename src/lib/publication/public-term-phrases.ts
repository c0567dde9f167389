import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * A public product's name with English words or an acronym around it ("Recovering Jenkins", a
 * heading's gerund before the build server; "Jenkins CI"), which the language model reads as a
 * full name (round 32 of false positives, docs/redaction.md: 27 guesses in a build team's
 * documents). Every word is a public term, an English word or an acronym in capitals, one at least
 * is a public term, and no other word is a given name a lexicon knows: "Mark Jenkins" and "Hannah Jenkins"
 * stay guesses, and a word no list knows ("Dagfinn Jenkins") keeps its pair a name.
 */
export function isPublicTermPhrase(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2) return false;
  const publicWord = (word: string) => isPublicTerm(word) || isPublicTerm(word.toLowerCase());
  // A public term may be a given name too (Jenkins, Travis): the other words decide.
  if (words.some((word) => !publicWord(word) && isKnownFirstName(word))) return false;
  // Two public terms that are given names too are a person's ("Travis Jenkins restarted the job").
  return words.some(publicWord) && !words.every(publicWord) && words.every((word) => publicWord(word) || /^\p{Lu}{2,5}$/u.test(word) || isEnglishWord(word.toLowerCase()) || isOrdinaryWord(word));
}
