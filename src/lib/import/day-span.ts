import { readWrittenTime, type WrittenTime } from './written-time.ts';
import { isIsoDay } from '../as-of.ts';

/**
 * A span of days that writes its year once, at its end: "September 7-8, 2026", "September 30 -
 * October 2, 2026", "Dec 31 - Jan 1 2026/27", "Monday, June 9 – Tuesday, June 10, 2025". Its first
 * day, read alone, has no year and dated nothing (a title, a dateline or a "Date:" line so written
 * was dated by its last day, or not at all: import rounds 25 and 26). The year is the end's, or the
 * year before when the span crosses the year's end ("December 30 – January 2, 2026" opens on
 * 2025-12-30); "2026/27" names both years, the first the first day's.
 */

const separator = /^\s*(?:[-–—]|to|until|till|through|thru)\s*/i;
const isYearless = (written: WrittenTime) => written.notes.some((note) => note.startsWith('year of'));

/**
 * The span's first day (YYYY-MM-DD), given the reading of that day (`first`: a date with no year of
 * its own and no time) and the text right after it; undefined when no later day with a year ends
 * a span there.
 */
export function spanFirstDay(first: WrittenTime, after: string): string | undefined {
  if (!first.date || first.time || !isYearless(first)) return undefined;
  const gap = separator.exec(after);
  if (!gap) return undefined;
  const rest = after.slice(gap[0].length);
  const month = Number(first.date.slice(5, 7));
  const day = Number(first.date.slice(8, 10));
  let end: { month: number; year: number; consumed: number } | undefined;
  // "September 7-8, 2026": the end is a day of the same month.
  const sameMonth = /^(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d|:\d)/.exec(rest);
  if (sameMonth) {
    if (Number(sameMonth[1]) <= day) return undefined;
    end = { month, year: Number(sameMonth[2]), consumed: sameMonth[0].length };
  } else {
    const written = readWrittenTime(rest, { year: 2000 });
    if (!written.date || isYearless(written)) return undefined;
    end = { month: Number(written.date.slice(5, 7)), year: Number(written.date.slice(0, 4)), consumed: written.consumed };
  }
  const pair = /^\s*[/–-]\s*(\d{2}|\d{4})(?!\d|:\d)/.exec(rest.slice(end.consumed));
  const namesNextYear = pair && Number(pair[1]) % 100 === (end.year + 1) % 100;
  const year = namesNextYear || month <= end.month ? end.year : end.year - 1;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(date) ? date : undefined;
}

/** `written` with the year its span's end gives it, or as it was. */
export function withSpanYear(written: WrittenTime, after: string): WrittenTime {
  const date = spanFirstDay(written, after);
  return date ? { ...written, date, notes: written.notes.filter((note) => !note.startsWith('year of')) } : written;
}

/** "7–8", "7th to 8th", "7 - ": a first day's number and the span's separator, then the last day. */
const dayFirstOpening = /^\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|till|through|thru)\s*(?=\d)/i;

/**
 * A span of days inside one month written day first, its month and year once at its end: "7–8
 * September 2026", "7-8 Sept 2026", "7 to 8 September". Read alone, its first number is no day, and
 * the day read after it was the span's last (import round 26 left "7–8 September 2026" dated
 * 2026-09-08, and "7-8 Sept 2026" undated: "8" after "7-" looked like part of a longer number).
 * The reading of its first day, `consumed` taking the whole span, or undefined when `text` does not
 * open with such a span (a later day of another month is "30 September – 2 October", read as a
 * span by `withSpanYear`; a time after the last day belongs to that day alone).
 */
export function readDayFirstSpan(text: string, year: number): WrittenTime | undefined {
  const opening = dayFirstOpening.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const last = readWrittenTime(rest, { year });
  const lastDay = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+\p{L}/u.exec(rest);
  if (!last.date || last.time || !lastDay || Number(lastDay[1]) !== Number(last.date.slice(8, 10))) return undefined;
  const firstDay = Number(opening[1]);
  if (firstDay < 1 || firstDay >= Number(lastDay[1])) return undefined;
  return { ...last, date: `${last.date.slice(0, 8)}${String(firstDay).padStart(2, '0')}`, consumed: opening[0].length + last.consumed };
}
