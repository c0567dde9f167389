import type { Postmortem, Severity } from './postmortem-schema.ts';
import { severities } from './postmortem-schema.ts';

/** A postmortem as the browse pages need it: its id and validated frontmatter. */
export interface PostmortemRecord {
  id: string;
  data: Postmortem;
}

/** Newest first by start time, then by id, so equal times still sort the same way every build. */
export function sortNewestFirst<T extends PostmortemRecord>(records: readonly T[]): T[] {
  return [...records].sort(
    (a, b) => b.data.times.started.localeCompare(a.data.times.started, 'en') || a.id.localeCompare(b.id, 'en'),
  );
}

/** URL segment of a severity: `SEV-1` -> `sev-1`. */
export function severitySlug(severity: Severity): string {
  return severity.toLowerCase();
}

export function severityFromSlug(slug: string): Severity | undefined {
  return severities.find((severity) => severitySlug(severity) === slug);
}

/** UTC year of the incident start. */
export function incidentYear(record: PostmortemRecord): string {
  return record.data.times.started.slice(0, 4);
}

/**
 * Groups records by every key `keysOf` returns (a postmortem with two tags lands in both
 * groups). Groups come back sorted by key; records inside each group newest first.
 */
export function groupBy<T extends PostmortemRecord>(
  records: readonly T[],
  keysOf: (record: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    for (const key of new Set(keysOf(record))) {
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
  }
  return new Map(
    [...groups.keys()].sort().map((key) => [key, sortNewestFirst(groups.get(key)!)] as const),
  );
}

export const groupByTag = <T extends PostmortemRecord>(records: readonly T[]) => groupBy(records, (r) => r.data.tags);
export const groupByService = <T extends PostmortemRecord>(records: readonly T[]) => groupBy(records, (r) => r.data.services);
export const groupByTrigger = <T extends PostmortemRecord>(records: readonly T[]) => groupBy(records, (r) => [r.data.trigger]);
export const groupBySeverity = <T extends PostmortemRecord>(records: readonly T[]) => groupBy(records, (r) => [r.data.severity]);
/** Years newest first (unlike the other groupings, which sort by key ascending). */
export function groupByYear<T extends PostmortemRecord>(records: readonly T[]): Map<string, T[]> {
  const byYear = groupBy(records, (r) => [incidentYear(r)]);
  return new Map([...byYear.entries()].reverse());
}

/**
 * The keys `groupBy` would group by, in its order (sorted by key), without grouping or sorting
 * the records: what a filter row needs. The insights pages' filter (YearNav.astro) grouped and
 * sorted all records by year and by team on each of its pages only to read the keys (about 3 ms
 * of CPU a page at 1,000 postmortems, against 0.5 ms now; docs/performance.md, session 29).
 */
export function groupKeys<T extends PostmortemRecord>(records: readonly T[], keysOf: (record: T) => readonly string[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of keysOf(record)) keys.add(key);
  return [...keys].sort();
}

/** The years of `groupByYear`, newest first, without grouping the records. */
export function incidentYears<T extends PostmortemRecord>(records: readonly T[]): string[] {
  return groupKeys(records, (r) => [incidentYear(r)]).reverse();
}

/** One year on `/postmortems/`: the newest of its postmortems, and how many it has in all. */
export interface ListedYear<T> {
  year: string;
  shown: T[];
  total: number;
}

/**
 * What `/postmortems/` lists: the newest `maxEntries` postmortems, grouped by year (a year may
 * be cut short; its page has the rest), and the older years as links. The page stays a few
 * hundred kilobytes however many postmortems the knowledge base holds, and always shows the
 * newest postmortem.
 */
export function selectNewestByYear<T>(byYear: ReadonlyMap<string, readonly T[]>, maxEntries = 100): { listed: ListedYear<T>[]; linked: string[] } {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  const listed: ListedYear<T>[] = [];
  const linked: string[] = [];
  let room = maxEntries;
  for (const [year, entries] of byYear) {
    if (room > 0 && entries.length > 0) {
      listed.push({ year, shown: entries.slice(0, room), total: entries.length });
      room -= Math.min(room, entries.length);
    } else {
      linked.push(year);
    }
  }
  return { listed, linked };
}

/** One square of the home page's severity row: the count, and the list to open when it has any. */
export interface SeverityCount {
  severity: Severity;
  count: number;
  /** The severity's list; none for a level without postmortems (its page would say only "none"). */
  href?: string;
}

/**
 * The home page's severity row: every level of the scale in order, so the row keeps its shape
 * and says "none" where a level is unused, but only levels with postmortems link to their list.
 * On GitHub's status history three of five squares read a large "0" drawn as loudly as "298",
 * each a link to an empty page; the page draws an unused level muted (`stat--none`).
 */
export function severityCounts(bySeverity: ReadonlyMap<string, readonly unknown[]>): SeverityCount[] {
  return severities.map((severity) => {
    const count = bySeverity.get(severity)?.length ?? 0;
    return count > 0 ? { severity, count, href: `/severity/${severitySlug(severity)}/` } : { severity, count };
  });
}

/**
 * What the page of a level without postmortems says (it is reachable by URL, and was linked
 * before session 20): that there are none yet, and which levels have some, with their counts,
 * instead of "0 postmortems, newest first." over an empty list.
 */
export function emptySeverityNote(severity: Severity, counts: readonly SeverityCount[]): { sentence: string; inUse: Required<SeverityCount>[] } {
  const inUse = counts.filter((count): count is Required<SeverityCount> => count.href !== undefined && count.count > 0 && count.severity !== severity);
  return { sentence: `No postmortems at ${severity} yet.`, inUse };
}
