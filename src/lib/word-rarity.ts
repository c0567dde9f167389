/**
 * How rare a word is among the pages searched: BM25's inverse document frequency,
 * ln(1 + (pages - holding + 0.5) / (holding + 0.5)), the one pagefind's score carries. `holding`
 * of the `pages` pages hold the word. 0 for a word every page holds; none searched (no pages):
 * 1, so a caller that cannot count the pages ranks as without it.
 */
export function wordRarity(holding: number, pages: number): number {
  if (pages <= 0) return 1;
  return Math.log(1 + (pages - holding + 0.5) / (holding + 0.5));
}

/** The most pages a word can be held by and still count as rare as a word can be ({@link commonWordWeight}). */
export const rarestHolding = 2;

/**
 * What a word's score counts for in the partial matches' ranking (src/lib/forgiving-search.ts) by
 * how common it is: its rarity over that of a word held by {@link rarestHolding} pages, at most 1.
 * pagefind's score carries the rarity too, but it weighs a word in a title ten times one in the
 * body, so an everyday word in a title outweighed a rare word of the page meant (round 52). Only
 * commoner words are lowered: between a word of one page and a word of two the difference is
 * chance (a second mention, a typo forgiven as the word), and in a small knowledge base raising
 * the one page's word put a page holding a typed word by chance ("cortes" as "Cortex") above the
 * page holding three of the query's four words.
 */
export function commonWordWeight(holding: number, pages: number): number {
  if (pages <= 0) return 1;
  return Math.min(1, wordRarity(holding, pages) / wordRarity(rarestHolding, pages));
}
