import { weekdayBeforeDayPattern } from './weekday-before-day.ts';
import { readWrittenTime } from './written-time.ts';
import { toUtcIso, zonePattern, type WallClockFold, type Zone } from './time-zones.ts';

/**
 * The instant a report's opening sentence says the incident began, written in prose with a day and
 * a time of day before what happened: "On January 7th, 2023 at approximately 22:26 UTC the site
 * experienced …", "At around 14:05 UTC on 3 March 2024, the API …", "On Sept 30 @ 22:16:01 UTC
 * time, the network halted …". A report without a timeline or labelled times states its start only
 * so (import round 21: hachyderm's report of 2023-01-07 had no `times.started`). Only the first
 * sentence is read, and only when the day and time open it and words follow them (its subject and
 * verb): a time further in ("… was restored at 23:10 UTC") is no start, and neither is a day alone.
 * `approximate` is true when the sentence says so ("approximately", "around", "about", "~").
 * A day and time the clocks skipped or went over twice is added to `context.folds` (see toUtcIso).
 * A time without a day ("At 19:55 UTC, all services …"; "At 03:01 UTC on Tuesday 12th January",
 * no year) takes `context.day`, the incident day the report states, and the year `context.year`.
 */
/** "07/09/2023 From 05:15 PM to 02:00 AM WAT": the day, the span's start and its zone (read as "07/09/2023 05:15 PM WAT"). */
const spanFromDay = new RegExp(String.raw`^(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\s+from\s+(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)\s*(?:to|until|till|–|-)\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(\s+${zonePattern})?`, 'i');

export function openingInstant(paragraph: string, context: { year: number; zone?: Zone; folds?: WallClockFold[]; day?: string }): { at: string; words: string; approximate: boolean; ownZone: boolean; writtenZone?: Zone; dayFromReport?: boolean } | undefined {
  const sentence = /^[\s\S]*?(?:[.!?](?=\s|$)|$)/.exec(paragraph.trim())?.[0] ?? '';
  // "07/09/2023 From 05:15 PM to 02:00 AM WAT SSL of web server … failed" (an ALX student's issue
  // summary, import round 57): a day that opens the sentence with the span of its outage.
  const lead = new RegExp(String.raw`^(?:on|at|beginning|starting|started)\s+(?:(?:at|on)\s+)?${weekdayBeforeDayPattern}`, 'i').exec(sentence)
    ?? /^(?=\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s+from\s+\d)/i.exec(sentence);
  if (!lead) return undefined;
  const rest = sentence.slice(lead[0].length).replace(spanFromDay, '$1 $2$3');
  const approximately = /^(?:(?:approximately|approx\.|around|about|roughly|circa|ca\.|~)\s*)/i;
  // "14:05 UTC on 3 March 2024, …" is read as "3 March 2024 14:05 UTC, …"; "Sept 30 @ 22:16" as "Sept 30 at 22:16".
  const timeFirst = /^((?:(?:approximately|approx\.|around|about|roughly|circa|~)\s*)?\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?)(\s+[A-Z]{2,5})?\s+on\s+(?:\w+day,?\s+)?((?:\w+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\w+(?:,?\s+\d{4})?)|(?:\d{4}-\d{2}-\d{2}))/i;
  const reordered = rest.replace(timeFirst, (_all, time: string, zone: string | undefined, day: string) => `${day} ${time}${zone ?? ''}`).replace(/\s+@\s+/, ' at ');
  const written = readWrittenTime(reordered.replace(approximately, ''), { year: context.year });
  // A time alone ("At **19:55 UTC**, all services became unresponsive", a team's post dated by its
  // metadata: import round 44) is on the report's day, as a timeline row of a time alone is.
  const date = written.date ?? (written.time && context.day ? context.day : undefined);
  if (!date || !written.time || written.placeholder) return undefined;
  // What happened follows: words, not the end of the sentence or another time.
  const after = reordered.replace(approximately, '').slice(written.consumed).replace(/^\s*(?:time\b)?[\s,]*/i, '');
  if ((after.match(/\p{L}+/gu)?.length ?? 0) < 2) return undefined;
  const zone = written.zone ?? context.zone ?? { kind: 'offset', minutes: 0, label: 'UTC' };
  const words = (sentence.endsWith(after) ? sentence.slice(0, sentence.length - after.length) : sentence).replace(/[\s,]+$/, '');
  return { at: toUtcIso(date, written.time, zone, context.folds), words, approximate: written.approximate || /(?:\b(?:approximately|approx|around|about|roughly|circa)\b|~)/i.test(words), ownZone: !!written.zone, ...(written.zone ? { writtenZone: written.zone } : {}), ...(written.date ? {} : { dayFromReport: true }) };
}
