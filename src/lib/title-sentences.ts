/**
 * The sentences of a title (bad input round 60): a title of several sentences ("Checkout failed for ten minutes. A
 * config push lowered the pool limit. Reverting it fixed the errors.") is a summary written where the title goes, and
 * lists, search results, the feed and the browser's tab show it whole. A sentence ends at `.`, `!` or `?` followed by
 * white space and a capital letter (or a digit), after a word of two letters or more that is not an abbreviation:
 * `v1.22.1`, `2.5x`, `api.acme.example`, `U.S. region`, `Acme Inc. after`, `e.g. pool`, `push... again` and a full
 * stop at the end are one sentence. Pure; the title is at most a few hundred characters (longer ones are refused), and
 * the expressions hold no nested quantifier.
 */
const abbreviations = new Set(['inc', 'ltd', 'corp', 'co', 'vs', 'etc', 'approx', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nr', 'eg', 'ie', 'cf', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dept', 'est', 'min', 'sec', 'ver', 'rev', 'ca']);

/** Where each sentence but the last ends: the index just after its `.`, `!` or `?`. */
function sentenceEnds(title: string): number[] {
  const ends: number[] = [];
  // Starts only where a run of marks starts: a long run of dots is read once, not from each of its dots.
  const mark = /(?<![.!?])[.!?]+(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (let found = mark.exec(title); found; found = mark.exec(title)) {
    // The 41 characters before the mark: enough for its word, and each mark reads a bounded text.
    const before = title.slice(Math.max(0, found.index - 41), found.index);
    // The word before the mark: letters only, at least two, not an abbreviation, not part of a dotted name (`U.S`, `e.g`).
    const word = /(?<![\p{L}\p{N}.])\p{L}{2,40}$/u.exec(before)?.[0];
    if (found[0].startsWith('.') && found[0].length > 1) continue; // an ellipsis runs on
    if (found[0] === '.' && (!word || abbreviations.has(word.toLowerCase()))) continue;
    if (found[0] !== '.' && !/[\p{L}\p{N})"”’]$/u.test(before)) continue;
    ends.push(found.index + found[0].length);
  }
  return ends;
}

/** The title's sentences, trimmed, when it holds more than one; otherwise an empty list. */
export function titleSentences(title: string): string[] {
  const ends = sentenceEnds(title);
  if (!ends.length) return [];
  return [0, ...ends].map((start, i) => title.slice(start, ends[i] ?? title.length).trim()).filter(Boolean);
}
