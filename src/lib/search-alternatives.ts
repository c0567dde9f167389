import { spellingVariantsOf } from './spelling-variants.ts';
import { sameMeaningWordsOf, translationsOf } from './search-translations.ts';

/**
 * The other words searched for a query word no postmortem holds (round 16, docs/findability.md):
 * its other English spelling ("fibre" → "fiber", src/lib/spelling-variants.ts) and its
 * translations ("Stromausfall" → "power", "outage", src/lib/search-translations.ts). What the
 * search page and `npm run eval:search` pass to `searchForgiving` (src/lib/forgiving-search.ts):
 * with `synonymsBelow` 1 a word some page holds is searched as typed and nothing else, so a query
 * in the reports' own words ranks as before. A page holding an alternative counts as holding the
 * word at half its score for the alternative, and is labelled with it. Since round 25 also a word
 * of another language's other words of the same meaning ("kaputtem" → "defekt", "fehlerhaft"): a
 * German query on German notices found nothing through the English words alone.
 */
export function alternativesOf(word: string): string[] {
  return [...new Set([...spellingVariantsOf(word), ...translationsOf(word), ...sameMeaningWordsOf(word)])];
}

/**
 * What the page passes to `searchForgiving`. Since round 22 a word's other spelling is also searched
 * when pages hold the word (`otherSpellings`, src/lib/query-forms.ts): a page writing "fibre" then
 * holds "fiber" at its own score.
 */
export const searchAlternatives = { alternativesOf, synonymsBelow: 1, otherSpellings: spellingVariantsOf } as const;
