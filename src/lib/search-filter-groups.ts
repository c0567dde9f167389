/**
 * Which filter groups the search page offers. pagefind reports, for each filter name, how many
 * indexed pages carry each value. A group can narrow the results only if choosing one of its
 * values leaves some page out: it has two values or more, or its one value is missing from some
 * page (a tag that only a few postmortems carry). A group whose single value every page carries
 * ("Near-miss: no" on a history with no near-miss) changes nothing and is not offered.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export function canNarrow(values: Record<string, number> | undefined, documentCount: number): boolean {
  const counts = Object.values(values ?? {});
  if (counts.length >= 2) return true;
  return counts.length === 1 && counts[0] < documentCount;
}

/**
 * The groups to offer, in the page's order (`[name, label]`): those with values that can narrow
 * `documentCount` indexed pages.
 */
export function narrowingFilterGroups(groups: readonly (readonly [string, string])[], available: FilterCounts, documentCount: number): [string, string][] {
  return groups.filter(([name]) => canNarrow(available[name], documentCount)).map(([name, label]) => [name, label]);
}
