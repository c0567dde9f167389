import type { Postmortem } from './postmortem-schema.ts';
import { boundedMemo } from './bounded-memo.ts';
import { recordedDetection } from './recorded-detection.ts';
import { isDayOnlySpan } from './day-only-span.ts';

/**
 * `Date.parse` of each instant and day already read, by its text. The site computes the same few
 * thousand durations over and over: each insights page (the whole corpus, each year, each team)
 * summarises every duration of its postmortems per month, per quarter and overall, and
 * `/metrics.json` again, and every postmortem page shows its own: about 17 parses of each instant
 * for each page that counts it (docs/performance.md, session 19). Emptied when it grows past
 * `parseCacheLimit`, so a long `astro dev` session does not keep every instant it ever saw.
 */
export const parseCacheLimit = 50_000;
let parses = 0;

/** How many texts `Date.parse` has read here (a remembered one is not read again): for tests. */
export function durationParseCount(): number {
  return parses;
}

/** `Date.parse` of `text`, counted. A text that is no date gives NaN, remembered like any other value. */
const countedParse = (text: string) => {
  parses += 1;
  return Date.parse(text);
};
const instantMs = boundedMemo(countedParse, parseCacheLimit);
/** Midnight UTC of the day that starts the text (a day or an instant). */
const dayMs = boundedMemo((value) => countedParse(`${value.slice(0, 10)}T00:00:00Z`), parseCacheLimit);

/**
 * Whole minutes from `from` to `to` (ISO instants), or undefined when either is missing. Rounded
 * to the nearest minute: the schema allows seconds, the metrics do not need them.
 */
export function minutesBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  return Math.round((instantMs(to) - instantMs(from)) / 60_000);
}

/** Whole days from one calendar day (or instant) to another, comparing UTC days. */
export function daysBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}

/**
 * Minutes between two of the record's times, or undefined when either is missing or both are days
 * without hours on an imported report (`isDayOnlySpan`: two midnights measure no span).
 */
function recordedMinutes(pm: Pick<Postmortem, 'imported'>, from: string | undefined, to: string | undefined): number | undefined {
  return isDayOnlySpan(pm, from, to) ? undefined : minutesBetween(from, to);
}

/** Time to detect = detected - started, in minutes (an imported report's placeholder detection aside: `recordedDetection`). */
export const computeTimeToDetect = (pm: Postmortem) => recordedMinutes(pm, pm.times.started, recordedDetection(pm));
/** Time to acknowledge = acknowledged - detected, in minutes (the same detection). */
export const computeTimeToAcknowledge = (pm: Postmortem) => recordedMinutes(pm, recordedDetection(pm), pm.times.acknowledged);
/** Time to mitigate = mitigated - started, in minutes. */
export const computeTimeToMitigate = (pm: Postmortem) => recordedMinutes(pm, pm.times.started, pm.times.mitigated);
/** Time to resolve = resolved - started, in minutes. */
export const computeTimeToResolve = (pm: Postmortem) => recordedMinutes(pm, pm.times.started, pm.times.resolved);
/** Customer-impact duration = impact.end - impact.start, in minutes. */
export const computeImpactDuration = (pm: Postmortem) => recordedMinutes(pm, pm.impact.start, pm.impact.end);
/** Time to draft = drafted day - resolved day, in days. */
export const computeTimeToDraft = (pm: Postmortem) => daysBetween(pm.times.resolved, pm.drafted);
/** Time to publish = published day - resolved day, in days. */
export const computeTimeToPublish = (pm: Postmortem) => daysBetween(pm.times.resolved, pm.published);

/** Every per-postmortem duration at once (minutes, except the two review delays in days). */
export function computeDurations(pm: Postmortem) {
  return {
    timeToDetect: computeTimeToDetect(pm),
    timeToAcknowledge: computeTimeToAcknowledge(pm),
    timeToMitigate: computeTimeToMitigate(pm),
    timeToResolve: computeTimeToResolve(pm),
    customerImpact: computeImpactDuration(pm),
    timeToDraftDays: computeTimeToDraft(pm),
    timeToPublishDays: computeTimeToPublish(pm),
  };
}

/**
 * A duration in minutes for people: "45 min", "3 h 12 min", "2 d 4 h". Two units at most:
 * a responder reading "2 d 4 h" does not need the minutes.
 *
 * A measured span that rounds to no minute reads "under 1 min", not "0 min": durations are
 * counted in whole minutes between two times, so 0 is a record resolved (or detected) in the
 * minute it started, up to 59 seconds, not an instant. "0 min" read as "nothing", or as a
 * missing value, in key facts and in the median of a year of such status-page records.
 * A count the author states (`impact.downtimeMinutes: 0`) is `formatStatedMinutes`.
 */
export function formatDuration(minutes: number | undefined): string {
  if (minutes === undefined || Number.isNaN(minutes)) return '—';
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(Math.round(minutes));
  if (rest === 0) return 'under 1 min';
  if (rest < 60) return `${sign}${rest} min`;
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  if (days > 0) return `${sign}${days} d${hours ? ` ${hours} h` : ''}`;
  return `${sign}${hours} h${mins ? ` ${mins} min` : ''}`;
}

/**
 * Minutes an author wrote down (`impact.downtimeMinutes`), not measured between two times: 0
 * means none ("none", not "under 1 min"), any other count reads as `formatDuration`.
 */
export function formatStatedMinutes(minutes: number): string {
  return minutes === 0 ? 'none' : formatDuration(minutes);
}

/**
 * A duration as the large figure of a square (the insights page's medians): the words before the
 * number apart, so the page draws them small. "under 1 min" in the figure's 1.5rem bold was wider
 * than a square of six at 1280 and of two on a phone (it ran past the border at 375 px).
 */
export function durationFigure(minutes: number | undefined): { qualifier?: string; value: string } {
  const text = formatDuration(minutes);
  const qualified = /^(under) (.+)$/.exec(text);
  return qualified ? { qualifier: qualified[1], value: qualified[2] } : { value: text };
}
