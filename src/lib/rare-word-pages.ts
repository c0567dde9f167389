/**
 * Pages listed for one rare word of a query when the list is still short (round 42,
 * docs/findability.md): "postgres rds wont boot graviton" for the one report writing "RDS",
 * which holds no other word of the query. The partial matches list pages holding more than a
 * third of the words some page holds, and the short-list fallback of round 10 goes down one word,
 * never below two; a page holding only the query's telling word was never shown, whatever its
 * score, while plain BM25 ranks it.
 *
 * The word is the query's rarest: held by the fewest pages of all its words some page holds
 * (through the word or its alternatives), and by no more than a short list has places
 * (`fewResults`, 5 on the search page), so every page holding it can be shown. Any word held by
 * five pages or fewer listed pages of everyday words a small knowledge base happens to hold
 * rarely ("despite" for "reentrancy despite guard amp token cream", whose "amp" is on one page);
 * a word that many pages hold ("down", "cluster") never lists a page on its own. These pages only
 * fill the places left below everything listed before, so no page listed without them moves.
 * Plain logic over the search's tally, no engine access.
 */

/** A page of the partial search's tally: the indexes of the query words it holds. */
export interface TalliedPage {
  words: ReadonlySet<number>;
  result: { id: string };
}

/**
 * The pages holding exactly one query word, that word held by the fewest pages of the query's words
 * (`pagesPerWord[w]`, 0 for a word no page holds) and by at most `rareAt`, not in `listed`; best
 * first by `byRank`, at most `places`.
 */
export function pagesByOneRareWord<T extends TalliedPage>(
  pages: Iterable<T>,
  pagesPerWord: readonly number[],
  listed: ReadonlySet<string>,
  places: number,
  rareAt: number,
  byRank: (a: T, b: T) => number,
): T[] {
  if (places <= 0) return [];
  const fewest = Math.min(...pagesPerWord.filter((count) => count > 0));
  if (!(fewest <= rareAt)) return [];
  const isRare = (w: number) => pagesPerWord[w] === fewest;
  return [...pages]
    .filter((page) => page.words.size === 1 && !listed.has(page.result.id) && isRare([...page.words][0]))
    .sort(byRank)
    .slice(0, places);
}
