/**
 * The spelling a search also looks for when a typed word is held by no postmortem: the word of the
 * knowledge base one edit away, for a long word only. A responder typing "maintanance" or
 * "certficate" at 3 a.m. found the notices only through pagefind's match of a short prefix
 * ("main", "cert"), which counts as holding nothing (`matchedOnlyShorterWord`), so the word meant
 * was never searched; the page offered "Did you mean" and waited (round 42, docs/findability.md).
 *
 * Searched as an alternative of the typed word (src/lib/search-alternatives.ts), like a
 * translation: only for a word no page holds, at half the score of a page holding the word
 * itself (since round 51 a slip that keeps the typed letters counts in full:
 * {@link lettersKeptCorrectionOf}). Narrower than "Did you mean" (src/lib/spelling-suggestion.ts), which a reader chooses
 * to follow: among the words the development queries of rounds 36 to 43 typed that no report
 * holds, the closest known word of a short one was mostly another word ("staff" → "stuff", "kids"
 * → "kinds", "flow" → "flaw", "stale" → "stable", "resent" → "reset", "flavour" → "favour"),
 * and two edits in a long one too ("insurance" → "instance", "pageviews" → "previews"). A slip
 * of one letter in a word of eight or more letters was each time the word meant (round 43).
 */
import { editDistanceWithin, mayBeMisspelt, suggestSpelling, type KnownWords } from './spelling-suggestion.ts';

/** The shortest typed word corrected: below it, the closest known word is too often another word. */
export const minCorrectedLength = 8;

/**
 * The shortest typed word corrected when the slip is two neighbouring letters swapped ("pasued"
 * for "paused", "shcema" for "schema"): the swap keeps every letter of the word meant, so it
 * reaches far fewer other words than a letter changed, added or left out (round 50).
 */
export const minSwapCorrectedLength = 5;

/**
 * The shortest typed word corrected when a doubled letter was typed once ("webhoks" for "webhooks",
 * "zamad" for "zammad"; round 51): like a swap, the slip keeps every letter of the word meant but
 * one repeat, so it reaches few other words. Same length as a swap's.
 */
export const minDoubledLetterCorrectedLength = minSwapCorrectedLength;

/**
 * The shortest typed word corrected when a letter was left out anywhere after the first ("databse"
 * for "database"; round 53) without the sign of {@link holdsUnheardRun}: "databse" holds only runs
 * the reports write ("bse" of "observe"), so that sign missed it and the search found the pages
 * holding "data" instead. Below six letters a letter added to what was typed mostly makes another
 * word ("stale" → "stable", "kids" → "kinds", round 43); those stay as typed unless they hold a run
 * no report writes.
 */
export const minLeftOutCorrectedLength = 6;

/**
 * The shortest typed word corrected when one letter was typed two places from where it belongs
 * ("ransomwear" for "ransomware": the "e" typed before "ar"; round 53). Two edits by the count of
 * {@link minCorrectedLength}'s rule, but every letter kept; from that rule's length, where a word
 * reaches few others by one edit, let alone by its own letters rearranged.
 */
export const minMovedLetterCorrectedLength = minCorrectedLength;

/**
 * The known word one edit from `word` (same first letter, the most frequent first), else since
 * round 53 the one it is with its letters kept ({@link lettersKeptCorrectionOf}), or none; for a
 * word shorter than {@link minCorrectedLength}, only the latter.
 */
export function spellingCorrectionOf(word: string, known: KnownWords): string[] {
  const lower = word.toLowerCase();
  if (lower.length < minSwapCorrectedLength || !mayBeMisspelt(word) || known.has(lower)) return [];
  if (lower.length < minCorrectedLength) return lettersKeptCorrectionOf(word, known);
  const suggestion = suggestSpelling(lower, known.words);
  if (suggestion !== undefined && editDistanceWithin(lower, suggestion, 1) <= 1) return [suggestion];
  // A slip keeping every letter that is two edits by this count ("ransomwear", round 53).
  return lettersKeptCorrectionOf(word, known);
}

/**
 * The known word `word` is with a slip that keeps its letters: two neighbouring letters swapped, or
 * a doubled letter typed once, the most frequent first; none for a word of the knowledge base.
 * Since round 52 also a letter left out, when what was typed holds a run of three letters no word of
 * the knowledge base holds ("mongdb": "ngd", "gdb"; {@link holdsUnheardRun}): a letter left out of a
 * short word mostly makes another word ("stale" for "stable"), which such a run rules out; since
 * round 53 from six letters without it ({@link minLeftOutCorrectedLength}: "databse"), and a letter
 * typed two places off in a long word ({@link minMovedLetterCorrectedLength}: "ransomwear"). Such
 * a correction is the word typed, not another word: the search counts a page holding it at the
 * full score of the word (`sameWordAlternativesOf`, src/lib/forgiving-search.ts), where another
 * correction counts at half (round 51: "pasued" stayed second behind a notice holding the query's
 * other words, its answer holding "paused" at half score, docs/findability.md).
 */
export function lettersKeptCorrectionOf(word: string, known: KnownWords): string[] {
  const lower = word.toLowerCase();
  if (lower.length < minSwapCorrectedLength || !mayBeMisspelt(word) || known.has(lower)) return [];
  const candidates = new Set<string>();
  for (let i = 1; i + 1 < lower.length; i++) {
    if (lower[i] !== lower[i + 1]) candidates.add(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
  }
  if (lower.length >= minDoubledLetterCorrectedLength) {
    // The first letter kept as typed, as every correction here.
    for (let i = 1; i < lower.length; i++) candidates.add(lower.slice(0, i + 1) + lower[i] + lower.slice(i + 1));
  }
  if (lower.length >= minMovedLetterCorrectedLength) for (const candidate of oneLetterMovedTwoPlaces(lower)) candidates.add(candidate);
  const found = [...candidates].filter((candidate) => known.has(candidate));
  if (!found.length && (lower.length >= minLeftOutCorrectedLength || holdsUnheardRun(lower, known))) found.push(...oneLetterLonger(lower, known));
  if (found.length <= 1) return found;
  return [found.map((candidate) => ({ candidate, rank: known.words.indexOf(candidate) })).sort((a, b) => a.rank - b.rank)[0].candidate];
}

/** `word` with one letter after the first moved two places on or back ("ransomwear" → "ransomware"). */
function oneLetterMovedTwoPlaces(word: string): string[] {
  const moved: string[] = [];
  for (let from = 1; from < word.length; from++) {
    const without = word.slice(0, from) + word.slice(from + 1);
    for (const to of [from - 2, from + 2]) {
      if (to >= 1 && to <= without.length) moved.push(without.slice(0, to) + word[from] + without.slice(to));
    }
  }
  return moved;
}

/** The runs of three letters the words of a list hold, worked out once per list. */
const letterRunsByList = new WeakMap<readonly string[], Set<string>>();

function letterRunsOf(words: readonly string[]): Set<string> {
  let runs = letterRunsByList.get(words);
  if (!runs) {
    runs = new Set<string>();
    for (const word of words) for (let i = 0; i + 3 <= word.length; i++) runs.add(word.slice(i, i + 3));
    letterRunsByList.set(words, runs);
  }
  return runs;
}

/**
 * Whether `word` holds a run of three letters that no word of the knowledge base holds: "mongdb"
 * ("ngd", "gdb"), "dockr" ("ckr"), where "stale", "crate" or "sever" hold only runs every
 * knowledge base writes. Such a word is no word of the reports' language, so a known word it is
 * with one letter left out is the word meant.
 */
export function holdsUnheardRun(word: string, known: KnownWords): boolean {
  const runs = letterRunsOf(known.words);
  for (let i = 0; i + 3 <= word.length; i++) if (!runs.has(word.slice(i, i + 3))) return true;
  return false;
}

/** The known words `word` is with one letter left out after its first, in the list's order (most frequent first). */
function oneLetterLonger(word: string, known: KnownWords): string[] {
  return known.words.filter((candidate) => candidate.length === word.length + 1 && candidate[0] === word[0] && leftOutOnce(word, candidate));
}

/** Whether `shorter` is `longer` with one of its letters left out. */
function leftOutOnce(shorter: string, longer: string): boolean {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return shorter.slice(i) === longer.slice(i + 1);
}
