// The queue order of test/support/lock-aware-sequencer.ts, apart from vitest so a unit test can call it.

/** A file and its recorded seconds (undefined: not recorded). */
export interface TimedFile<T> {
  file: T;
  seconds: number | undefined;
}

/** What a file with no recorded time counts as when the two lists are kept level: a middling file. */
const unrecordedSeconds = 10;

/**
 * Both lists longest first (unrecorded files first, ties in the given order), merged by taking the
 * next file from the list with fewer seconds taken so far (the first list on a tie).
 */
export function inTurnLongestFirst<T>(first: readonly TimedFile<T>[], second: readonly TimedFile<T>[]): T[] {
  const longestFirst = (files: readonly TimedFile<T>[]) =>
    files
      .map((entry, index) => ({ ...entry, index }))
      .sort((a, b) => Number(b.seconds === undefined) - Number(a.seconds === undefined) || (b.seconds ?? 0) - (a.seconds ?? 0) || a.index - b.index);
  const lists = [longestFirst(first), longestFirst(second)];
  const taken = [0, 0];
  const merged: T[] = [];
  while (lists[0].length || lists[1].length) {
    const from = lists[1].length === 0 || (lists[0].length > 0 && taken[0] <= taken[1]) ? 0 : 1;
    const next = lists[from].shift()!;
    taken[from] += next.seconds ?? unrecordedSeconds;
    merged.push(next.file);
  }
  return merged;
}
