/**
 * A given name that is nothing else (since the nineteenth probe round): a first name of English's
 * lexicon or of the other languages' lists (other-language-given-names.ts: "Eirik", "Jorunn",
 * "Sigrun"), and no English word, everyday word or public term ("Will", "Grant"). Where nothing
 * else in a place says a person (a possessive, a file name, a sentence of another language), only
 * such a word is read as one.
 */
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { isGaelicGivenName } from './gaelic-given-names.ts';
import { isPublicTerm } from './public-terms.ts';

export function isGivenNameOnly(word: string): boolean {
  return (isOtherLanguageGivenName(word) || isGaelicGivenName(word) || isKnownFirstName(word)) && !isOrdinaryWord(word) && !isEnglishWord(word) && !isPublicTerm(word);
}
