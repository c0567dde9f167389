/**
 * The words of a time zone's name as the time zone database writes it, "Area/Location"
 * (`US/Pacific`, `America/Los_Angeles`, `Europe/Berlin`), that a report writes nowhere else. A
 * cloud's status notices give every time in one ("Monday, 2035-02-07 10:30 US/Pacific"): the
 * similarity counts "pacific" as a word, and it filled reasons beside similar links between
 * unrelated notices ("same words: <product>, none, pacific": 79 of 2,951 reasons on
 * round 58's judgement sets, docs/findability.md). It says when, as "pm" and "UTC" do
 * (src/lib/date-and-time-words.ts), and is no reason; a report that writes it on its own (a
 * "Pacific" cable) keeps it. Only the words named change: what is counted, and so which reports
 * are linked, does not.
 */

/** The database's areas (its first part), in capitals as it writes them; a location follows, or a region and a location. */
const zoneName = /(?<![\p{L}\p{N}/])(?:US|America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica|Arctic|Canada|Brazil|Mexico|Chile|Etc)\/[A-Z][A-Za-z_-]*(?:\/[A-Z][A-Za-z_-]*)?(?![\p{L}\p{N}/])/gu;

const none: ReadonlySet<string> = new Set();

/** The words (lower case) `text` writes only inside a time zone's name ({@link zoneName}). */
export function timeZoneNamePartsOf(text: string): ReadonlySet<string> {
  // Most reports write no "/" between two capitals' words: one search for "/" and they are done.
  if (!text.includes('/')) return none;
  const candidates = new Set<string>();
  for (const match of text.matchAll(zoneName)) for (const word of match[0].toLowerCase().split(/[/_-]/)) if (word) candidates.add(word);
  if (candidates.size === 0) return none;
  const outside = text.replace(zoneName, ' ');
  const parts = new Set<string>();
  for (const word of candidates) if (!new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(outside)) parts.add(word);
  return parts;
}
