/**
 * A listed name's part written in lower case on a line of another language is that language's
 * word, not the person (round 21 of false positives, docs/redaction.md): "manuel" (French for a
 * manual) beside a listed "Manuel Vold", "valide", "chambre". A name part no English dictionary
 * knows is found in any case, as a handle is written, and French, Spanish, German … prose writes
 * its own common words so. People's names are capitalised in those languages too, so only the
 * lower-case form on such a line is given up: "Manuel a redémarré le serveur" is still found, and
 * so is the full name, a handle after `@`, and the part on an English line.
 */
import type { OtherLanguage } from './other-languages.ts';

export function isOtherLanguageWordOfListedPart(text: string, language: OtherLanguage | undefined, isListedPart: (lower: string) => boolean): boolean {
  return language !== undefined && /^\p{Ll}{3,}$/u.test(text) && isListedPart(text);
}
