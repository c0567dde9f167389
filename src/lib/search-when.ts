/**
 * When an incident started, as the words a responder types for it: "artifactory down january",
 * "latency spike july", "the outage in march 2022" (round 39, docs/findability.md). A report's day
 * is metadata (a filter, a sort key, the date beside a result), never words of the page, so a
 * query naming the month found the report only by its other words, below notices of the same
 * system from any other month. The month is written out in English (the site's stemmer and its
 * query words); the year as its four digits.
 */
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/**
 * "January 2022" for a start on any day of January 2022 (UTC, as the report page shows it), or
 * undefined when `started` is not a date.
 */
export function startedMonthAndYear(started: string): string | undefined {
  const date = new Date(started);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${monthName.format(date)} ${date.getUTCFullYear()}`;
}
