/**
 * The options the search page gives pagefind (`pagefind.options()`), in one place: the page
 * (src/scripts/search.ts) and the evaluations that run pagefind in Node (scripts/lib/search-node.ts,
 * scripts/eval-search.ts) read these, so a figure in docs/findability.md is what a reader gets.
 * test/unit/search-page-options.test.ts fails if either sets its own.
 */

/** Words per result excerpt. */
export const searchExcerptLength = 24;

/**
 * pagefind's ranking parameters (https://pagefind.app/docs/ranking/; pagefind's defaults:
 * termFrequency 1, pageLength 0.75, termSaturation 1.4, termSimilarity 1). termFrequency below 1
 * weighs a page's raw count of a word against its share of the page's words (the page's setting
 * since it was first written);
 * docs/findability.md round 19 measured the others on held-out queries.
 */
export interface SearchRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

export const searchRanking: Readonly<SearchRanking> = Object.freeze({ termFrequency: 0.8 });

/** What the page passes to `pagefind.options()`. `ranking` replaces the page's for an evaluation of another setting. */
export function searchPageOptions(ranking: SearchRanking = searchRanking): { excerptLength: number; ranking: SearchRanking } {
  return { excerptLength: searchExcerptLength, ranking: { ...ranking } };
}

const rankingParameters: Record<keyof SearchRanking, [number, number]> = {
  termFrequency: [0, 1],
  pageLength: [0, 1],
  termSaturation: [0, 2],
  termSimilarity: [0, Infinity],
};

/** A ranking given as JSON text (an evaluation's --ranking); throws naming the parameter and its range. */
export function parseSearchRanking(text: string): SearchRanking {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`not a JSON object ("${text}"); give e.g. '{"termFrequency": 0.8, "pageLength": 0.75}'.`);
  for (const [name, value] of Object.entries(parsed)) {
    const range = rankingParameters[name as keyof SearchRanking];
    if (!range) throw new Error(`"${name}" is no pagefind ranking parameter; use ${Object.keys(rankingParameters).join(', ')}.`);
    if (typeof value !== 'number' || value < range[0] || value > range[1]) throw new Error(`"${name}" must be a number from ${range[0]} to ${range[1]} (pagefind's range), not ${JSON.stringify(value)}.`);
  }
  return parsed as SearchRanking;
}
