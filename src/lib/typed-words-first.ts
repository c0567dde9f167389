/**
 * Search in two steps (round 24, docs/findability.md): the results of the words as typed first,
 * then the results with the other forms of the query's words added (src/lib/query-forms.ts:
 * "web-hook" as "webhook", "failover" as "fail over", "fibre" as "fiber").
 *
 * The other forms cost up to three times the index chunks of the typed words in the browser,
 * and about twice the time to results for a sentence (round 22 in the browser): a responder
 * waited for forms that, for a sentence, rarely change what is shown. Shown first, the typed
 * words' results come as fast as without the forms; the final list, with them, replaces it.
 */
import { searchForgiving, queryHasOtherForms, type ForgivingOptions, type ForgivingResults, type SearchEngine } from './forgiving-search.ts';
import { rememberingSearches } from './remembered-searches.ts';

/**
 * The query's results with its other forms, as `searchForgiving` gives them. When the query has
 * other forms to ask about, the typed words' results are searched first and handed to `first`
 * (unless `current` says a newer query replaced this one: nothing more is searched then, and the
 * result is undefined). A query with no other form is searched once and `first` is not called.
 * The second step runs only the searches the first did not (src/lib/remembered-searches.ts, round 25).
 */
export async function searchTypedWordsFirst(
  engine: SearchEngine,
  query: string,
  options: ForgivingOptions,
  first: (typed: ForgivingResults) => void,
  current: () => boolean = () => true,
): Promise<ForgivingResults | undefined> {
  if (options.compounds !== false && queryHasOtherForms(query, options.otherSpellings)) {
    engine = rememberingSearches(engine);
    const typed = await searchForgiving(engine, query, { ...options, compounds: false });
    if (!current()) return undefined;
    first(typed);
  }
  const found = await searchForgiving(engine, query, options);
  return current() ? found : undefined;
}
