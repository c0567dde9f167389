/**
 * The whole name of a CamelCase part of a hyphenated word: "rediris" for "IFCA-RedIris". pagefind
 * indexes a hyphenated word joined ("ifcarediris") and by its parts, but splits a CamelCase part
 * further ("red", "iris") without keeping it whole, so the name a responder types was on no page
 * that writes it so: "rediris link topology change connectivity lost" put the "IFCA-RedIris" notice
 * third, behind two notices holding "topology" and "change" (round 41 of docs/findability.md).
 * Measured in pagefind's own index (test/unit/findability-round41.test.ts): a CamelCase word alone
 * ("BlueIris") and one between dots ("api.HarborDesk.example") are indexed whole, and are not read here.
 *
 * A CamelCase part: letters only, two lower-case letters followed by an upper-case one and more
 * lower-case letters ("NorthLink", "GitLab", "RedIris"). Plain logic.
 */

/**
 * A word joined by hyphens: two or more runs of letters and digits. It starts where a run of
 * letters and digits starts: without the look-behind, the expression was tried again from every
 * letter of every word (each try running to the word's end and back), the same matches for about
 * a third more time (docs/performance.md, session 47).
 */
const hyphenated = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** A part written in CamelCase. */
const camelCasePart = /^\p{L}*\p{Ll}{2}\p{Lu}\p{Ll}+\p{L}*$/u;
/** What every CamelCase part holds: a text without it has none, and is not read word by word. */
export const camelCaseCue = /\p{Ll}{2}\p{Lu}/u;

export function camelCasePartsOfHyphenated(text: string): string[] {
  if (!camelCaseCue.test(text)) return [];
  const parts = new Set<string>();
  for (const word of text.match(hyphenated) ?? []) {
    for (const part of word.split('-')) {
      if (camelCasePart.test(part)) parts.add(part.toLowerCase());
    }
  }
  return [...parts];
}
