/**
 * A search engine that answers a search it has already run from memory (round 25,
 * docs/findability.md). The search page searches a query in two steps (src/lib/typed-words-first.ts):
 * the words as typed, then the words with their other forms. The second step asked the index again
 * for every search of the first (the whole query, each word alone, its alternatives); pagefind
 * keeps the index chunks, so that cost CPU rather than fetches, and made the final results as slow
 * as before the two steps. Wrapped around the engine for one query, the second step only runs the
 * searches the first did not.
 *
 * A search is the same search when its term and its options (filters, sort) are the same. A
 * result's data is not remembered: pagefind hands every search of a page the same data object and
 * sets its matched words anew on each `data()` call, so a page's data loaded in the first step
 * reads the matches of whatever search loaded it last; asking again sets them for this result
 * (the page's fragment is already fetched). Nothing is kept between queries: each query wraps the
 * engine anew.
 */
import type { SearchEngine } from './forgiving-search.ts';

type Found = Awaited<ReturnType<SearchEngine['search']>>;

export function rememberingSearches(engine: SearchEngine): SearchEngine {
  const searches = new Map<string, Promise<Found>>();
  return {
    search(term, options) {
      const key = JSON.stringify([term, options ?? null]);
      let found = searches.get(key);
      if (!found) {
        found = engine.search(term, options);
        searches.set(key, found);
      }
      // A list per caller: a caller that sorts or cuts its list must not change another's.
      return found.then((answer) => answer && { ...answer, results: [...answer.results] });
    },
  };
}
