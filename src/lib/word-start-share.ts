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
 * The pages of `found` (pagefind's results for a word) holding it only as the start of a longer
 * word: those not among `wholeWordPages` (pagefind's phrase search of the word, which matches whole
 * words and their stems only), when that search found any. None when no page writes the word
 * itself: every page then holds it as the start of a longer word, and none is the worse for it.
 */
export function wordStartOnlyPages(found: readonly { id: string }[], wholeWordPages: ReadonlySet<string> | undefined): Set<string> {
  return new Set(wholeWordPages?.size ? found.filter((result) => !wholeWordPages.has(result.id)).map((result) => result.id) : []);
}
