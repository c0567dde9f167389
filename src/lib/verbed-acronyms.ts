/**
 * An acronym a responder turns into a verb: "dns getting ddosed", "ddosing the api", "the ddoses".
 * pagefind stems the typed word with Snowball, which gives a short stem ending in one vowel and one
 * consonant an "e" back ("ddosed" → "ddose", as "hoped" → "hope"), and "ddose" is no start of the
 * "DDoS" a notice writes: the notice was not found by the word (round 40, docs/findability.md).
 * The bare form is searched as the word's other form (src/lib/query-forms.ts), so a page holding
 * "DDoS" holds "ddosed" at its own score. Plain logic, no file access.
 */

/**
 * A Snowball "short" stem: consonants, one vowel, one final consonant other than w, x or y (the
 * stems the stemmer gives an "e"). At most five letters: longer ones are English verbs the
 * stemmer already joins.
 */
const shortStem = /^[b-df-hj-np-tv-z]{1,3}[aeiou][b-df-hj-np-tvz]$/;

/** The bare acronym of a lower-case word ending in -ed, -ing or -es on a short stem; none otherwise. */
export function acronymOfVerbed(word: string): string[] {
  const match = /^(\p{L}+?)(ed|ing|es)$/u.exec(word.toLowerCase());
  return match && shortStem.test(match[1]) ? [match[1]] : [];
}
