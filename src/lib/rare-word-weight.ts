/**
 * How much more a query word counts in a partial match's rank when hardly any page holds it: a
 * name the query types, such as a cluster ("Leibniz") or a host ("Hopper"), that one or two
 * reports write. pagefind weighs a word in a title ten times one in the body, so an everyday word
 * of the query in other notices' titles outranked two such names in the body of the notice meant:
 * "leibniz login nodes not working, log in via hopper" listed the notices titled "Login nodes
 * unavailable…" first and the one naming both clusters second (round 54, docs/findability.md).
 * Only the rarest words count more: round 52's weight by every word's rarity lifted blog posts
 * holding a rare word of the query in passing above the posts whose titles held its everyday
 * words, and round 50's held-out half lost 0.12 top-1.
 */
export const rareWordPages = 2;

/**
 * And at most this share of all pages: in a knowledge base of a few dozen pages (the example's,
 * the tests' invented notices) every word of a report is held by one or two pages, and doubling
 * them put a notice above the one a corrected typo ("pasued") or a translation found. 2 of 100.
 */
export const rareWordShare = 0.02;

/** The factor of a word's root score in a partial match's rank (see rareWordPages). */
export const rareWordWeight = 2;

/**
 * The weight of a query word held, as typed, by `pagesHolding` of `allPages` pages: `rareWordWeight`
 * for a word at most `rareWordPages` pages hold and at most `rareWordShare` of them, 1 otherwise
 * (and for a word no page holds: its corrections and synonyms count as before).
 */
export function rareWordFactor(pagesHolding: number, allPages: number): number {
  return pagesHolding > 0 && pagesHolding <= rareWordPages && pagesHolding <= allPages * rareWordShare ? rareWordWeight : 1;
}
