/**
 * "Did you mean …?" for a search word no postmortem holds: the closest word of the search index's
 * own words (src/lib/search-words.ts), so a responder who types "cloudfare" or "postgress" is
 * offered the spelling the reports use. pagefind matches words and their prefixes, never a
 * misspelling: a misspelling that shares a long enough start with a word of the reports
 * ("certifcate" and "certif…") finds pages through that prefix, so the word is not missing, yet
 * it is not a word of the knowledge base either. {@link querySpellingSuggestions} decides.
 */
import { stemmer } from 'stemmer';

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

/**
 * The words of a known-word list and their stems, built once per list: whether a query word is a
 * word of the knowledge base, or another form of one (pagefind stems both alike, so "routers"
 * finds "router" and is no misspelling).
 */
export interface KnownWords {
  words: readonly string[];
  has(word: string): boolean;
  hasStemOf(word: string): boolean;
  /** True when the list was cut at its maximum: a rare word of the reports may be left out of it. */
  truncated: boolean;
}

export function knownWords(words: readonly string[], maxWords = Infinity): KnownWords {
  const set = new Set(words);
  let stems: Set<string> | undefined;
  return {
    words,
    has: (word) => set.has(word),
    hasStemOf: (word) => (stems ??= new Set(words.map((known) => stemmer(known)))).has(stemmer(word)),
    truncated: words.length >= maxWords,
  };
}

/**
 * Whether a word typed in a query can be a misspelling at all: four or more letters and nothing
 * else (a number, "x509", "db01" or "credential_guard" is an id, typed on purpose), and not
 * written with two capitals or more ("NTFS", "OOMKilled", "SessionEnd": an acronym or an
 * identifier).
 */
export function mayBeMisspelt(typed: string): boolean {
  return /^\p{L}{4,}$/u.test(typed) && (typed.match(/\p{Lu}/gu)?.length ?? 0) < 2;
}

/**
 * The spelling suggestions for a query, by lower-case word: for each word pagefind found no page
 * for (`missing`), and for each other word that may be misspelt and is neither a word of the
 * knowledge base nor another form of one (same stem), the closest known word
 * ({@link suggestSpelling}). The second kind is the misspelling pagefind matched through a prefix
 * ("certifcate"): its results are weak and nothing said so. When the known-word list was cut at
 * its maximum, a word missing from it may still be a rare word of the reports, so only `missing`
 * words are then offered a spelling.
 */
export function querySpellingSuggestions(query: string, missing: readonly string[], known: KnownWords): Map<string, string> {
  const missingWords = new Set(missing.map((word) => word.toLowerCase()));
  const suggestions = new Map<string, string>();
  for (const typed of new Set(typedWords(query))) {
    const word = typed.toLowerCase();
    if (suggestions.has(word)) continue;
    const isMissing = missingWords.has(word);
    if (!isMissing && (known.truncated || !mayBeMisspelt(typed) || known.has(word) || known.hasStemOf(word))) continue;
    const suggestion = suggestSpelling(word, known.words);
    if (!suggestion) continue;
    // pagefind found this word's start in the reports, so it may be a word they do not use: a
    // slip is one edit inside the word ("certifcate"), while another ending ("printer" and
    // "printed") or two edits ("allegiance" and "alliance") is more often another word.
    // And the slip is after the start pagefind found: a word counts as found only through a
    // prefix of three letters or more (`matchedOnlyShorterWord`), so a spelling that changes one
    // of the first three letters is another word pagefind did not match ("whole" found pages
    // through "who…"; "while" is a word of the reports, but not the one typed; round 16).
    if (!isMissing && (suggestion.at(-1) !== word.at(-1) || editDistanceWithin(word, suggestion, 1) > 1 || suggestion.slice(0, 3) !== word.slice(0, 3))) continue;
    suggestions.set(word, suggestion);
  }
  return suggestions;
}

/**
 * The words of a query that could be misspelt words, as typed: the parts of a pasted identifier,
 * path or address ("java.lang.OutOfMemoryError", "/var/lib", "max_connections", "a=b") are
 * written as the system wrote them and left out ("lang" is no "long").
 */
export function typedWords(query: string): string[] {
  return query
    .split(/\s+/)
    .filter((chunk) => !/[\p{L}\p{N}][._/:=@\\][\p{L}\p{N}]/u.test(chunk) && !chunk.includes('_'))
    .flatMap((chunk) => chunk.match(/[\p{L}\p{N}]+/gu) ?? []);
}
