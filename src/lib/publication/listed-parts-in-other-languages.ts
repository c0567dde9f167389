/**
 * A listed name's part written in lower case on a line of another language is that language's
 * word, not the person (round 21 of false positives, docs/redaction.md): "manuel" (French for a
 * manual) beside a listed "Manuel Vold", "valide", "chambre". A name part no English dictionary
 * knows is found in any case, as a handle is written, and French, Spanish, German … prose writes
 * its own common words so. People's names are capitalised in those languages too, so only the
 * lower-case form on such a line is given up: "Manuel a redémarré le serveur" is still found, and
 * so is the full name, a handle after `@`, and the part on an English line.
 *
 * Since round 22 also where the guard reports the part with a capitalised word beside it
 * ("Déblocage manuel": a person found by one part is reported with the words around it that
 * may be the rest of the name, person-patterns.ts `wholeNameAt`). The round-21 rule read only the
 * text as reported, so the word beside the part made it a name again, in the sources and on the
 * built page alike. A name is not written with one part capitalised and the other in lower case:
 * the lower-case word decides, unless the word beside it is itself a listed part or a given name
 * ("Kaufmann manuel", "Jürgen manuel" stay found).
 *
 * And where the line as a whole has no language, the words around the part decide
 * (`clauseLanguage`): a built page is one line (Astro writes it so) holding the site's English
 * words and every summary of a list page or a feed, so an Italian summary's "alla" (a listed
 * "Alla …") was a name on the built page and none in its source.
 */
import { isFunctionWordOf, otherLanguageLines, type OtherLanguage } from './other-languages.ts';
import { isKnownFirstName } from './people.ts';
import type { LetterLanguage } from './letter-languages.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';

/** `language` is asked last, as it may cost a count of the words around (`clauseLanguage`). */
export function isOtherLanguageWordOfListedPart(text: string, language: () => OtherLanguage | LetterLanguage | undefined, isListedPart: (lower: string) => boolean): boolean {
  const words = text.split(/[\s\u00a0]+/);
  const lowerParts = words.filter((word) => /^\p{Ll}{3,}$/u.test(word) && isListedPart(word));
  if (lowerParts.length !== 1) return false;
  // Every other word is one the report put beside the part: capitalised, no listed part, no given name.
  return words.every((word) => word === lowerParts[0] ||
    (/^\p{Lu}\p{Ll}+$/u.test(word) && !isListedPart(word.toLowerCase()) && !isKnownFirstName(word) && !isOtherLanguageGivenName(word))) &&
    language() !== undefined;
}

/**
 * A listed part that is a function word of the line's language, capitalised as a sentence opens
 * ("Das KIM Clientmodul wird …" beside a listed "… Das"; "Den" of Danish, "Van" …): the word of the
 * language, not the person (round 23 of false positives). Only the part alone: with a given name
 * or another listed part beside it ("Rahul Das") the guard reports the pair, which is read as before.
 */
export function isFunctionWordOfListedPart(text: string, language: () => OtherLanguage | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
  const lang = language();
  return lang !== undefined && isFunctionWordOf(text, lang);
}

/**
 * The language of the clause around `index` of `line`: the words between the nearest breaks (a
 * sentence's end, a cell's bar, or the two spaces or more that a built page has where a tag was),
 * told by their function words as a line's are. Undefined when they are too few to tell.
 */
export function clauseLanguage(line: string, index: number): OtherLanguage | undefined {
  const breaks = /[.!?|]\s|\S[ \u00a0]{2,}|\n/g;
  let start = 0;
  let end = line.length;
  for (let m = breaks.exec(line); m; m = breaks.exec(line)) {
    if (m.index + m[0].length <= index) start = m.index + m[0].length;
    else if (m.index >= index) {
      end = m.index + 1;
      break;
    }
  }
  const clause = line.slice(start, end);
  return otherLanguageLines([clause], clause).get(0);
}
