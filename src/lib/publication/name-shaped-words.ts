/**
 * What a word held as a possible person's name looks like, for the rules of probe round 50
 * (docs/redaction.md): a given name the lexicon knows that is no ordinary word or public name, or a
 * capitalised word no English, ordinary or known-word list and no public term holds ("Pellweth",
 * "Marrowby"); and a lower-case handle as pasted values give them (`isPersonalHandleValue`).
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

/** A capitalised word that reads as a person's name: a given name, or a word no list knows. */
export const isCapitalisedNameWord = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isPublicTerm(word) && ((isKnownFirstName(word) && !isOrdinaryWord(word)) || (!isEnglishWord(word.toLowerCase()) && !isKnownWord(word) && !isOrdinaryWord(word)));

/** A word that may be a person: a handle as pasted values give one, or a capitalised name word. */
export const isPersonShapedWord = (word: string): boolean => isPersonalHandleValue(word) || isCapitalisedNameWord(word);
