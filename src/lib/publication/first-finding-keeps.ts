/**
 * How a finder of the guard adds a place it found on a line to the ones it found before, when two
 * of its phrasings can find the same words: the first to find them keeps them (its `why` is the one
 * shown). Finders differ only in what counts as "the same": a place that shares a character, or one
 * that starts at the same column. These two were written inline as a small closure in about twenty
 * finders (review, session 44).
 */

/** A place found on one line: where it starts and the text found there. */
export interface FoundPlace {
  index: number;
  text: string;
}

/**
 * A name a finder of prose in another script found (Chinese, Japanese, Korean): its place and how
 * the sentence writes it as a name, for the finding's message. One shape for the three readers,
 * which wrote it as three interfaces of the same fields (review, session 53).
 */
export interface FoundName extends FoundPlace {
  why: string;
}

/** Whether the two places share at least one character of their line. */
export function placesOverlap(a: FoundPlace, b: FoundPlace): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Whether the character at `index` of the line is one of `place`'s: a place found before covers where another starts. */
export function placeHolds(place: FoundPlace, index: number): boolean {
  return place.index <= index && index < place.index + place.text.length;
}

/** Adds `place` unless a place found before shares a character with it. */
export function addUnlessOverlapping<T extends FoundPlace>(found: T[], place: T): void {
  if (!found.some((f) => placesOverlap(f, place))) found.push(place);
}

/** Adds `place` unless a place found before starts at the same column. */
export function addUnlessSameStart<T extends FoundPlace>(found: T[], place: T): void {
  if (!found.some((f) => f.index === place.index)) found.push(place);
}
