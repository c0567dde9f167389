/** The parts of a similar link's reason that list shared words ("similar wording: a, b; same words: c"). */
const wordListLabels = ['similar wording: ', 'same words: '] as const;

/**
 * `reason` with the words of each of its word lists rewritten by `rewrite` (called once a list, in
 * the reason's order, so a rewrite may remember what an earlier list named); a list left with no
 * word is dropped with its label. Other parts ("both: …") stay as they are. One reading of the
 * reason's shape for every step that shows its words otherwise (identifiers whole, Katakana words
 * whole, no address parts).
 */
export function rewriteReasonWordLists(reason: string, rewrite: (words: readonly string[]) => string[]): string {
  return reason.split('; ').flatMap((part) => {
    const label = wordListLabels.find((start) => part.startsWith(start));
    if (!label) return [part];
    const words = rewrite(part.slice(label.length).split(', '));
    return words.length ? [`${label}${words.join(', ')}`] : [];
  }).join('; ');
}
