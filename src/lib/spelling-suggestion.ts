/**
 * "Did you mean …?" for a search word no postmortem holds: the closest word of the search index's
 * own words (src/lib/search-words.ts), so a responder who types "cloudfare" or "postgress" is
 * offered the spelling the reports use. pagefind matches words and their prefixes, never a
 * misspelling.
 */

/**
 * Edits allowed for a word of this length: one, and two from nine letters on. Two edits in a
 * shorter word reach too many other words ("elevator" is two from "elevated").
 */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : 1;
}

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two neighbours, each costing one), or `max + 1` as soon as it is
 * certain to exceed `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2] + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length], max + 1);
}

/**
 * The word of `words` closest to `word` within {@link allowedEdits} that starts with the same
 * letter (a slip rarely hits the first one), or undefined. `words` are lower case and most
 * frequent first: among equally close words the more frequent wins. A word of fewer than four
 * letters gets no suggestion (too many words are one edit from it).
 */
export function suggestSpelling(word: string, words: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(lower.length) + 1;
  for (const candidate of words) {
    if (candidate === lower) return undefined;
    if (candidate[0] !== lower[0]) continue;
    const distance = editDistanceWithin(lower, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The query with each word that has a suggestion replaced by it, keeping everything else as
 * typed; undefined when no word has one.
 */
export function correctedQuery(query: string, suggestions: ReadonlyMap<string, string>): string | undefined {
  if (!suggestions.size) return undefined;
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const suggestion = suggestions.get(word.toLowerCase());
    if (suggestion === undefined) return word;
    changed = true;
    return suggestion;
  });
  return changed ? corrected : undefined;
}
