/**
 * When an incident started, as the words a responder types for it: "artifactory down january",
 * "latency spike july", "the outage in march 2022" (round 39, docs/findability.md). A report's day
 * is metadata (a filter, a sort key, the date beside a result), never words of the page, so a
 * query naming the month found the report only by its other words, below notices of the same
 * system from any other month. The month is written out in English (the site's stemmer and its
 * query words); the year as its four digits.
 */
const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
/**
 * The twelve names, formatted once: formatting a date took ~0.1 ms, for every search document
 * (docs/performance.md, session 47). Exported for its test.
 */
export const monthNames: readonly string[] = Array.from({ length: 12 }, (_, month) => monthFormat.format(Date.UTC(2000, month, 15)));

/**
 * "January 2022" for a start on any day of January 2022 (UTC, as the report page shows it), or
 * undefined when `started` is not a date.
 */
export function startedMonthAndYear(started: string): string | undefined {
  const date = new Date(started);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
