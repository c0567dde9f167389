/**
 * Edit distance with a swap of two neighbouring letters as one edit (optimal string alignment),
 * used to suggest the closest known value. Plain Levenshtein counted `Titel` two edits from
 * `title` and from `times`, and the tie went to `times` (bad input round 38).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows (two back, one back, this one): memory stays that of one string's length.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], twoBack[j - 2] + 1);
    }
    twoBack = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known value nearest to `value`, or undefined when nothing is close enough to be a
 * plausible misspelling (more than 40% of the characters would have to change). A known value
 * that contains the input, or is contained by it, also counts ("checkout" -> "checkout-api").
 */
export function findClosestMatch(value: string, known: readonly string[]): string | undefined {
  return findClosestMatches(value, known, 1)[0];
}

/**
 * Up to `limit` known values nearest to `value`, nearest first (ties alphabetically), by the same
 * measure as {@link findClosestMatch}: for a message that names the closest valid values.
 */
export function findClosestMatches(value: string, known: readonly string[], limit = 3): string[] {
  const needle = value.toLowerCase();
  const scored: { candidate: string; score: number; distance: number }[] = [];
  for (const candidate of known) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const containment = hay.includes(needle) || needle.includes(hay);
    const allowed = Math.max(2, Math.ceil(Math.max(needle.length, hay.length) * 0.4));
    if (distance > allowed && !containment) continue;
    scored.push({ candidate, score: containment ? Math.min(distance, 1) : distance, distance });
  }
  // Among equal scores the nearer by edits first: `time` is in `timeline` and in `times`, and
  // alphabetical order alone suggested `timeline` for a missing `s` (bad input round 38).
  return scored.sort((a, b) => a.score - b.score || a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1)).slice(0, limit).map((s) => s.candidate);
}
