import { spellingVariantsOf } from './spelling-variants.ts';
import { translationsOf } from './search-translations.ts';

/**
 * The other words searched for a query word no postmortem holds (round 16, docs/findability.md):
 * its other English spelling ("fibre" → "fiber", src/lib/spelling-variants.ts) and its
 * translations ("Stromausfall" → "power", "outage", src/lib/search-translations.ts). What the
 * search page and `npm run eval:search` pass to `searchForgiving` (src/lib/forgiving-search.ts):
 * with `synonymsBelow` 1 a word some page holds is searched as typed and nothing else, so a query
 * in the reports' own words ranks as before. A page holding an alternative counts as holding the
 * word at half its score for the alternative, and is labelled with it.
 */
export function alternativesOf(word: string): string[] {
  return [...new Set([...spellingVariantsOf(word), ...translationsOf(word)])];
}

export const searchAlternatives = { alternativesOf, synonymsBelow: 1 } as const;
