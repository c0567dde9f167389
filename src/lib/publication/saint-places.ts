/**
 * A name after "St." or "Saint", "San", "Santa", "São", "Sankt" is a town's ("St. Louis",
 * "Saint Paul", "San Jose", "Santa Clara", "São Paulo"; round 23 of false positives,
 * docs/redaction.md): validators and data centres are listed by their towns, and towns are named
 * after saints, whose names are given names (Louis, Paul, Jose, Clara) and git authors' too. A
 * person is never written after a saint's title in a report; a street's "St." follows its name
 * ("Kasimir St."), so only the word right after the title is the place's.
 */
const saintTitle = /(?:^|[^\p{L}\p{N}.])(?:St\.?|Ste\.?|Saint|Sainte|San|Santa|Santo|São|Sao|Sankt)[\s\u00a0]+$/u;

/** The title and the town's first word, read as one name of two words ("Santa Clara"). */
const titledTown = /^(?:St\.?|Ste\.?|Saint|Sainte|San|Santa|Santo|São|Sao|Sankt)[\s\u00a0]+\p{Lu}\p{Ll}+$/u;

/**
 * The title alone, found as a listed name's part ("Sao" of a listed "Sao …"), before its town's
 * capitalised word: "Sao Paulo, BR" in a list of regions was published as "An engineer an
 * engineer, BR" (adoption round 51). "Sao" is how English text writes "São" without its accent.
 * Not "San" alone: a given name too, whose listed holder may stand before an unlisted surname.
 */
const titleWord = /^(?:Saint|Sainte|Santa|Santo|São|Sao|Sankt)$/u;
const townAfter = /^[\s\u00a0]+\p{Lu}\p{Ll}+\b/u;

/** Whether `text` at `index` of `line` follows a saint's title, or is one with its town, as a town's name is. */
export function isSaintPlace(line: string, index: number, text: string): boolean {
  return /^\p{Lu}/u.test(text) && (titledTown.test(text) || saintTitle.test(line.slice(Math.max(0, index - 12), index))
    || (titleWord.test(text) && townAfter.test(line.slice(index + text.length))));
}
