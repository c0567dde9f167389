/**
 * Timeline rows written as clock times that are minutes from the start: "00:00 – incident
 * identified", "00:02 – script inspected", … "00:05 – fixed", under a report that says the work took
 * "~5 minutes" (a practice lab's write-ups, import round 50). Read as clock times they were
 * midnight, or "no incident day" and unread without a word of what they are. Pure functions.
 */

/** A length of time the report states for the incident or its handling, with the words that state it. */
export interface StatedLength {
  minutes: number;
  words: string;
}

const unitMinutes = (unit: string) => (/^h/i.test(unit) ? 60 : 1);

/**
 * The lengths of time a report states for the incident or for resolving it: "Time to Resolution:
 * ~5 minutes", "lasted 15 minutes", "actual hands-on diagnosis time was ~5 minutes", "Duration: 2
 * hours". Lengths of days or more are no timeline of minutes and are left out.
 */
export function statedLengths(text: string): StatedLength[] {
  const lengths: StatedLength[] = [];
  const pattern = /\b(?:time\s+to\s+(?:resolution|resolve|recovery|recover|mitigat\w*|fix)|duration|(?:diagnosis|resolution|recovery|response|hands-on)[\w\s-]{0,20}?\btime|lasted|took)\b[^.\n]{0,40}?(?:~|≈|\babout\s+|\baround\s+|\bapprox(?:\.|imately)?\s+)?\s*(\d{1,3}(?:\.\d)?)\s*(minutes?|mins?|hours?|hrs?)\b/gi;
  for (const match of text.replace(/[*_`]/g, '').matchAll(pattern)) {
    lengths.push({ minutes: Number(match[1]) * unitMinutes(match[2]), words: match[0].replace(/\s+/g, ' ').trim() });
  }
  return lengths;
}

/** A heading or sentence saying the rows count from the start: "(minutes from detection)", "elapsed time", "T+mm:ss". */
const offsetsStated = /\b(?:minutes?|time)\s+(?:from|since|after)\s+(?:the\s+)?(?:start|detection|alert|page|incident|kick-?off)\b|\belapsed(?:\s+time)?\b|\brelative\s+to\s+(?:the\s+)?(?:start|detection)\b/i;

/**
 * Whether rows written at `times` ("HH:MM", in the order written) are minutes from the start
 * rather than moments of a day: the first is 00:00, none goes back, and the last falls within a
 * length the report states (at least half of it: "00:05" under "~5 minutes"), or the timeline's
 * heading or the report says its times count from the start. Undefined when they are clock
 * times; else why they were read as offsets, for the import's notes.
 */
export function clockTimesAreOffsets(times: readonly string[], lengths: readonly StatedLength[], heading: string): string | undefined {
  if (times.length < 2 || times[0] !== '00:00') return undefined;
  const minutes = times.map((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
  if (minutes.some((value, i) => i > 0 && value < minutes[i - 1])) return undefined;
  const last = minutes[minutes.length - 1];
  if (last === 0) return undefined;
  if (offsetsStated.test(heading)) return `the timeline's heading says its times count from the start ("${heading.trim()}")`;
  const length = lengths.find((stated) => last <= stated.minutes + 1 && last * 2 >= stated.minutes);
  return length ? `they begin at 00:00 and end at ${times[times.length - 1]}, within the ${length.minutes} minute(s) the report states ("${length.words}")` : undefined;
}
