/**
 * A listed name's part written in lower case where it is the word, not the person (adoption round
 * 49, docs/adopting.md). A given name that is also a word ("Grace", "Hope") or no English word at
 * all ("Wei") is looked for in any letter case, since a first name alone is how colleagues are
 * written; so with the git authors listed, "the stated 90 day grace period" and "the balances, in
 * wei" (ether's smallest unit) held their posts back. The list writes the part capitalised; in
 * lower case inside prose it is:
 *
 * - a word of the dictionary ("a grace period"), or
 * - a unit after a quantity or closing "in" ("1000 wei", "denominated in wei.").
 *
 * Still the person where only a person stands: a speaker (`grace: restarting`), a possessive
 * (`grace's patch`), a handle (`@grace`, `grace (@gl)`), after thanks or a request ("thanks
 * grace", "ping wei"); after "by", "with" or "and" a part that is no word ("fixed by wei"). A
 * capitalised part is read as before.
 */
const personAfter = /^(?:\*\*|__|[*_])?(?:[\s\u00a0]*:|['’]s(?![\p{L}])|[\s\u00a0]*\(@)/u;
const personBefore = /(?:@|(?:^|[^\p{L}])(?:thanks?|thank[\s\u00a0]+you|kudos|cc|ping|pinged|ask|asked|tell|told|hi|hey|dear)[\s\u00a0,:]*)$/iu;
/**
 * "by", "with", "and" say a person only of a part that is no English word ("fixed by wei"): before
 * a word they are its preposition ("leading with grace" was published as "leading with an
 * engineer"; adoption round 51).
 */
const personBeforeNonWord = /(?:^|[^\p{L}])(?:by|with|and)[\s\u00a0,:]*$/iu;
const quantityBefore = /\d[\d,._]*[\s\u00a0]*$/u;
const closingIn = /(?:^|[^\p{L}])in[\s\u00a0]+$/iu;
const clauseEnd = /^(?:[\s\u00a0]*[.,;:!?)]|[\s\u00a0]*$|[\s\u00a0]+(?:and|or|but|instead|rather|units?)(?![\p{L}]))/u;

/** Whether `written` (a listed part, as the line writes it) at `index` of `line` is a lower-case word or unit. */
export function isLowerCaseWordOfListedPart(line: string, index: number, written: string, isWord: (word: string) => boolean): boolean {
  if (!/^\p{Ll}+$/u.test(written)) return false;
  const before = line.slice(0, index);
  const after = line.slice(index + written.length);
  if (personAfter.test(after) || personBefore.test(before)) return false;
  if (isWord(written)) return true;
  if (personBeforeNonWord.test(before)) return false;
  return quantityBefore.test(before) || (closingIn.test(before) && clauseEnd.test(after));
}
