/** Levenshtein edit distance, used to suggest the closest known vocabulary value. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
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
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of known) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const containment = hay.includes(needle) || needle.includes(hay);
    const allowed = Math.max(2, Math.ceil(Math.max(needle.length, hay.length) * 0.4));
    if (distance > allowed && !containment) continue;
    scored.push({ candidate, score: containment ? Math.min(distance, 1) : distance });
  }
  return scored.sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1)).slice(0, limit).map((s) => s.candidate);
}
