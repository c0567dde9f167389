import { stemmer } from 'stemmer';

/**
 * What a page's score for a query word counts when the page holds the word only as the start of
 * a longer word that is not one of its forms, while other pages write the word itself. pagefind
 * matches every query word as a prefix (after stemming: "graphs" and "graphing" are "graph"), and
 * it weighs a word in a title ten times one in the body, so "graph" found the notices titled
 * "…GraphQL…" (scores near 21) above the one writing "graph" in its body (7.9): "response time
 * graph on status page wrong" listed two GraphQL notices first (round 48's held-out half, read in
 * round 54, docs/findability.md). Such a page counts at this share of its score, as a synonym
 * does (`synonymWeight` 0.5): it may still be meant ("postgres" in "PostgreSQL"), so it stays.
 */
export const wordStartShare = 0.5;

/**
 * The shortest query word the share applies to. A short word typed is mostly an abbreviation of
 * the longer word the pages write ("cert" for "certificate", "kube" for "kubernetes", "auth",
 * "conf"), and the pages writing the long form are the ones meant.
 */
export const minWordStartLength = 5;

/** Whether `word` is one the share applies to: one token of letters and digits, long enough. */
export function sharesWordStart(word: string): boolean {
  return word.length >= minWordStartLength && /^[\p{L}\p{N}]+$/u.test(word);
}

/**
 * Whether the pages writing `word` itself must be asked (a phrase search, one more index lookup)
 * to rank the `heldBy` pages pagefind found for it. Not for a word the share does not apply to,
 * nor for one that fewer than two pages hold: the one page holding it is either among those
 * writing it (and keeps its score) or, when the phrase search finds no page, the only page holding
 * it as a start, which keeps its score too (`wordStartOnlyPages` below). Session 55's phrase
 * searches raised the example queries' index lookups from 645 to 833; a word of one page was a
 * lookup that could not change a result (round 56, docs/findability.md).
 */
export function wholeWordSearchNeeded(word: string, heldBy: number, holdsLongerWord?: (word: string) => boolean): boolean {
  return heldBy >= 2 && sharesWordStart(word) && (holdsLongerWord?.(word) ?? true);
}

/**
 * Whether some word of `indexWords` (the internal site's word list, lower case) is a longer word
 * starting with `word` that is no form of it: one whose stem starts with the word's stem and is
 * another ("graphql" for "graph", "postgresql" for "postgres"; not "graphs"). pagefind matches a
 * query word by its stem as the start of the indexed words' stems, and its phrase search the
 * words of the same stem: with no such word, every page pagefind finds for the word writes it, and
 * the phrase search finds them all (round 56). Only for a complete list: a cut one may leave out
 * the longer word.
 */
export function holdsLongerWord(word: string, indexWords: readonly string[]): boolean {
  const stem = stemmer(word.toLowerCase());
  return indexWords.some((known) => known.length > stem.length && known.startsWith(stem) && stemmer(known) !== stem);
}

/**
 * The pages of `found` (pagefind's results for a word) holding it only as the start of a longer
 * word: those not among `wholeWordPages` (pagefind's phrase search of the word, which matches whole
 * words and their stems only), when that search found any. None when no page writes the word
 * itself: every page then holds it as the start of a longer word, and none is the worse for it.
 */
export function wordStartOnlyPages(found: readonly { id: string }[], wholeWordPages: ReadonlySet<string> | undefined): Set<string> {
  return new Set(wholeWordPages?.size ? found.filter((result) => !wholeWordPages.has(result.id)).map((result) => result.id) : []);
}
