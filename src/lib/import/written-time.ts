import { parseZone, zonePattern, type Zone } from './time-zones.ts';
import { hourOnTwentyFourHourClock } from '../twelve-hour-clock.ts';

/**
 * Reads the date and time a report wrote at the start of a timeline row or in its time cell, as
 * people write them: `2025-03-03 14:02 UTC`, `8:40`, `Jan 14, 10:18 AM`, `**16:58 UTC**`, `10:45~`,
 * `~2025-03-03`, `03/10/2023`, and placeholders (`14:??`, `HH:mm`, `--:--`) that hold no time.
 */
export interface WrittenTime {
  /** YYYY-MM-DD when a date is written. */
  date?: string;
  /** HH:mm (24-hour) when a usable time is written. */
  time?: string;
  zone?: Zone;
  /** `~`, "about", "approx." or a trailing `~`. */
  approximate: boolean;
  /** The time as written when it is a placeholder or otherwise unusable (`14:??`). */
  placeholder?: string;
  /** Corrections made while reading, in words ("year 20202 read as 2020"). */
  notes: string[];
  /** Characters of the input the expression took (the rest is the event text). */
  consumed: number;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An English month's name or its abbreviation, without the abbreviation's full stop. */
export const monthNamePattern = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const monthPattern = String.raw`${monthNamePattern}\.?`;
// Weekday names and their usual abbreviations only: "Mongodb down" or "Satellite link lost" after
// a date are the event, not a weekday to skip.
const weekdayPattern = String.raw`(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])\.?,?`;

const pad = (n: number) => String(n).padStart(2, '0');
/** A year an incident report may be about, written in full: 1970-2099. */
const plausibleYear = String.raw`(?:19[7-9]\d|20\d\d)`;

function realDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A five-digit year is a typo: the four-digit year one deleted digit away, nearest the context year. */
function repairYear(written: string, contextYear: number): number | undefined {
  const candidates = new Set<number>();
  for (let i = 0; i < written.length; i++) candidates.add(Number(written.slice(0, i) + written.slice(i + 1)));
  return [...candidates].filter((y) => y >= 1990 && y <= 2100).sort((a, b) => Math.abs(a - contextYear) - Math.abs(b - contextYear) || a - b)[0];
}

interface Token { re: RegExp; apply(match: RegExpExecArray, into: WrittenTime, context: ReadContext): boolean }
/**
 * What a date is read against: the year of dates written without one, and, when the report's own
 * dates show it, that `01/07/2023` is day first (import round 37) or that `06-10-2025` is month
 * first (import round 43; slash-dates.ts).
 */
export interface ReadContext { year: number; dayFirst?: boolean; dashesMonthFirst?: boolean }

const monthIndex = (name: string) => months.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * "[ 10:55 am PST ]", "[ 4: 45 am PST ]": a time of day in square brackets, as a systems course's
 * postmortems write each timeline row, spaces inside the brackets and at times after the colon
 * (round 50 left them unread, "no time"). Read when the brackets hold a time and at most its zone,
 * nothing else: the space after the colon is allowed only there, where no "Step 4: 45 servers" stands.
 */
const bracketedTime = new RegExp(String.raw`^\[\s*(~?\s*\d{1,2}):\s?(\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:${zonePattern})\)?)?)\s*\](?!\()`, 'i');

const tokens: Token[] = [
  { re: bracketedTime, apply(m, into, context) {
    if (into.date || into.time || into.placeholder) return false;
    const inner = `${m[1]}:${m[2]}`;
    const read = readWrittenTime(inner, context);
    if (!read.time || read.consumed !== inner.length) return false;
    Object.assign(into, { ...read, notes: [...into.notes, ...read.notes], approximate: into.approximate || read.approximate });
    return true;
  } },
  { re: /^(?:~|≈|ca\.|circa|approx(?:\.|imately)?|about|around)\s*/i, apply: (_m, into) => (into.approximate = true) },
  { re: new RegExp(`^${weekdayPattern}\\s+`, 'i'), apply: () => true },
  // 2025-03-03, 2025/03/03, and the typo 20202-01-16
  { re: /^(\d{4,5})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, apply(m, into, context) {
    let year = Number(m[1]);
    if (m[1].length === 5) {
      const repaired = repairYear(m[1], context.year);
      if (!repaired) return false;
      into.notes.push(`year ${m[1]} read as ${repaired}`);
      year = repaired;
    }
    const date = realDate(year, Number(m[2]), Number(m[3]));
    if (!date) return false;
    into.date = date;
    return true;
  } },
  // 2026-02-2418:43: a day and a time written without a space between them (Mozilla's bravoservice
  // timeline, import round 39b): a two-digit day straight before a time.
  { re: /^(\d{4})-(\d{2})-(\d{2})(?=\d{1,2}:\d{2}(?![\d:]))/, apply(m, into) {
    const date = realDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || into.date) return false;
    into.date = date;
    return true;
  } },
  // 2025 01 27, spaces for dashes, when a time follows ("2025 01 27 @ 15:58 UTC": a Mozilla
  // incident timeline, import round 39): read only before a time, so a row of numbers is no date.
  { re: /^(\d{4}) (\d{2}) (\d{2})(?=\s*(?:@|at)?\s*~?\s*\d{1,2}:\d{2})/i, apply(m, into) {
    const date = realDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!date || into.date) return false;
    into.date = date;
    return true;
  } },
  // 2025-12-05 10-20-00: a time written with dashes after its day, as a file name writes one ("Incident:
  // 2025-12-05 10-20-00", a course's reports titled from their file, adoption round 58). Read only
  // after a day and whole (hours, minutes, seconds); before, "10-20-00" was read as a second day,
  // 20 October 2000, and the report placed 25 years before it happened.
  { re: /^([01]\d|2[0-3])-([0-5]\d)-[0-5]\d(?![\d:-])/, apply(m, into) {
    if (!into.date || into.time || into.placeholder) return false;
    into.time = `${m[1]}:${m[2]}`;
    return true;
  } },
  // 03/10/2023 (US month first unless the first number cannot be a month, or the report's dates
  // are day first: slash-dates.ts), 14.01.2025 and 24-10-2024 (day first, unless the second
  // number cannot be a month, 06-24-2025, or the report's dashed dates are month first: slash-dates.ts).
  // A day already read is not replaced by a second one (adoption round 58).
  { re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|:\d)/, apply(m, into, context) {
    if (into.date) return false;
    const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const [a, b] = [Number(m[1]), Number(m[3])];
    const dayFirst = m[2] === '/' ? a > 12 || (context.dayFirst === true && b <= 12) : m[2] === '.' || a > 12 || (b <= 12 && context.dashesMonthFirst !== true);
    const date = dayFirst ? realDate(year, b, a) : realDate(year, a, b);
    if (!date) return false;
    into.date = date;
    return true;
  } },
  // 07-25 (month and day, no year) when a time or nothing follows: "07-25 04:43", a cell "07-26"
  { re: /^(\d{2})-(\d{2})(?=\s+~?\d{1,2}:\d{2}|\s*$)/, apply(m, into, context) {
    const date = realDate(context.year, Number(m[1]), Number(m[2]));
    if (!date) return false;
    into.date = date;
    into.notes.push(`year of "${m[0]}" taken from the report (${context.year})`);
    return true;
  } },
  // 11/25, 01/07 (a day without its year, slashes) when a time or nothing follows: a day's item
  // over its times ("* 11/25" over "* 15:00 - v1.4.0 released", a Japanese app's accident report)
  // and a table's "01/07 ~19:17" (a Portuguese report's, the 1st of July). Month first unless the
  // first number cannot be a month or the report's slashed days are day first (slash-dates.ts),
  // as a slashed date with its year is read; the year is the report's (import round 56).
  { re: /^(\d{1,2})\/(\d{1,2})(?=\s+~?\s*\d{1,2}:\d{2}|\s*$)/, apply(m, into, context) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const dayFirst = a > 12 || (context.dayFirst === true && b <= 12);
    const date = dayFirst ? realDate(context.year, b, a) : realDate(context.year, a, b);
    if (!date || into.date) return false;
    into.date = date;
    into.notes.push(`year of "${m[0]}" taken from the report (${context.year})`);
    return true;
  } },
  // Feb-08-2021, as Etherscan writes a transaction's time ("Feb-08-2021 08:10:01 PM +UTC"), which
  // reports of on-chain incidents copy
  { re: new RegExp(`^(${monthPattern})-(\\d{1,2})-(\\d{4})(?!\\d)`, 'i'), apply(m, into) {
    const date = realDate(Number(m[3]), monthIndex(m[1]), Number(m[2]));
    if (!date) return false;
    into.date = date;
    return true;
  } },
  // "Fri Sep 11 02:02:13 2020 +0000", git's default date (`git log`, `git show`), and "Thu Mar 5
  // 14:02:11 UTC 2020", date(1)'s: the time between the day and the year. A kernel bug's
  // postmortems head each row of their timeline so (import round 55); the day was read with the
  // year of another number of the report ("2048 bytes": 2048-09-11) and "2020 +0000" left as the
  // row's words. Read whole here: the day, its time, a zone before the year or an offset after it.
  // Both print the seconds, and only a time with them is read so: "Mar 3 14:02 2000 requests
  // failed" keeps its 2000 requests.
  { re: new RegExp(String.raw`^(${monthPattern})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):\d{2}(?:\s+(${zonePattern}))?\s+(${plausibleYear})(?:\s+([+-]\d{4}))?(?!\d)`, 'i'), apply(m, into) {
    const date = realDate(Number(m[6]), monthIndex(m[1]), Number(m[2]));
    const zone = m[7] ?? m[5];
    const parsed = zone ? parseZone(zone) : undefined;
    if (!date || into.date || Number(m[3]) > 23 || Number(m[4]) > 59 || (zone && !parsed)) return false;
    Object.assign(into, { date, time: `${pad(Number(m[3]))}:${m[4]}`, ...(parsed ? { zone: parsed } : {}) });
    return true;
  } },
  // Jan 14, 2025 / January 14th / Jan 14
  // A colon after the day ends the date ("March 2: Customer reported …"); "Mar 2:30" is not a date.
  // A four-digit number after the day is a year only from 1970 on: "Feb 7 1506 UTC" is 15:06
  // (a 24-hour time without its colon, read by the token after), not the year 1506.
  { re: new RegExp(`^(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${plausibleYear}))?(?!\\d|:\\d)`, 'i'), apply(m, into, context) {
    const date = realDate(m[3] ? Number(m[3]) : context.year, monthIndex(m[1]), Number(m[2]));
    if (!date) return false;
    into.date = date;
    if (!m[3]) into.notes.push(`year of "${m[0].trim()}" taken from the report (${context.year})`);
    return true;
  } },
  // 22/Mar/2022 and 22/Mar/2022:10:15:32 +0000, as Apache's access log and its readers write a
  // day (import round 33): the colon before the time is consumed so the time token reads it.
  { re: new RegExp(`^(\\d{1,2})/(${monthPattern})/(\\d{4})(?:(?=[^\\d:])|$|:(?=\\d{1,2}:\\d{2}))`, 'i'), apply(m, into) {
    const date = realDate(Number(m[3]), monthIndex(m[2]), Number(m[1]));
    if (!date) return false;
    into.date = date;
    return true;
  } },
  // 14 Jan 2025 / 14 January / 06-nov-2022 and 07-Sept-2022 (file names)
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|[-_])(${monthPattern})(?:(?:,?\\s+|[-_])(${plausibleYear}))?(?!\\d|:\\d)`, 'i'), apply(m, into, context) {
    const date = realDate(m[3] ? Number(m[3]) : context.year, monthIndex(m[2]), Number(m[1]));
    if (!date) return false;
    into.date = date;
    if (!m[3]) into.notes.push(`year of "${m[0].trim()}" taken from the report (${context.year})`);
    return true;
  } },
  // 15Sep94, 03JAN2021: a day, its month and year run together, as military and logistics reports
  // write a date (a web stack's postmortem "from 0233 to 0239 on 15Sep94", import round 46). A
  // two-digit year is of the 1900s from 70 on, as a two-digit year of a slashed date is not.
  { re: new RegExp(`^(\\d{1,2})(${monthNamePattern})((?:19|20)\\d\\d|\\d\\d)(?![\\p{L}\\d])`, 'iu'), apply(m, into) {
    const year = m[3].length === 4 ? Number(m[3]) : Number(m[3]) + (Number(m[3]) >= 70 ? 1900 : 2000);
    const date = realDate(year, monthIndex(m[2]), Number(m[1]));
    if (!date) return false;
    into.date = date;
    return true;
  } },
  // Placeholders: 14:??, HH:mm, --:--, ??:??, xx:xx
  { re: /^(?:\d{1,2}:(?:\?\?|\d\?|\?\d|xx|XX|--)|[Hh]{1,2}:[Mm]{2}|--:--|\?\?:\?\?|[xX]{2}:[xX]{2})(?::\S\S)?/, apply(m, into) {
    if (into.time || into.placeholder) return false;
    into.placeholder = m[0];
    return true;
  } },
  // 8:40, 14:02:11, 10:18 AM, 10:45~, 1:05pm, 0930Z; and as Japanese writes an approximate time
  // or one from which something lasts, "23:28 頃", "00:05ごろ", "23:28〜" (a Japanese project's
  // timelines, import round 56: the mark opened the row's words, "頃 — 検知 — …"). A range's end
  // after 〜 ("00:30〜01:45") stays in the words.
  { re: /^(\d{1,2})[:h.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?(~|\s*(?:頃|ごろ)|[〜～](?!\s*\d))?(?!\d|:\d)/i, apply(m, into) {
    if (into.time || into.placeholder) return false;
    let hours = Number(m[1]);
    const minutes = Number(m[2]);
    if (m[4] && hours >= 13 && hours <= 23) {
      into.notes.push(`"${m[0].trim()}" read as ${pad(hours)}:${pad(minutes)} (a 24-hour time with AM/PM)`);
    } else if (m[4]) {
      const as24 = hourOnTwentyFourHourClock(hours, m[4]);
      if (as24 === undefined) return false;
      hours = as24;
    }
    if (hours > 23 || minutes > 59) return false;
    into.time = `${pad(hours)}:${pad(minutes)}`;
    if (m[5] && !/[〜～]/.test(m[5])) into.approximate = true;
    return true;
  } },
  // 1506 UTC, 0117Z after a day ("Feb 7 1506 UTC: …", military style): a 24-hour time written
  // without its colon, read only after a date and before a zone, where no year can stand; or
  // before the colon or dash that opens a row's words ("- 2022-02-02 1625: … receives an e-mail",
  // Optimism's timeline, import round 47: 17 rows were placed at midnight, their times lost).
  { re: new RegExp(`^([01]\\d|2[0-3])([0-5]\\d)(?=\\s*\\(?(?:${zonePattern})(?![a-z])|:\\s|\\s+[–—-]\\s)`, 'i'), apply(m, into) {
    if (!into.date || into.time || into.placeholder) return false;
    into.time = `${m[1]}:${m[2]}`;
    return true;
  } },
  // 10am, 3 PM
  { re: /^(\d{1,2})\s*([ap])\.?m\.?(?![a-z])/i, apply(m, into) {
    const hours = Number(m[1]);
    if (into.time || into.placeholder || hours < 1 || hours > 12) return false;
    into.time = `${pad(hourOnTwentyFourHourClock(hours, m[2])!)}:00`;
    return true;
  } },
  // "+UTC" is how Etherscan writes UTC after a time ("08:10:01 PM +UTC").
  { re: new RegExp(`^\\(?(?:\\+(?=[a-z]))?(${zonePattern})\\)?`, 'i'), apply(m, into) {
    if (into.zone || (!into.time && !into.placeholder)) return false;
    const zone = parseZone(m[1].replace(/\s+/g, ''));
    if (!zone) return false;
    into.zone = zone;
    return true;
  } },
  // "February 15, 2024: 7:56am UTC" (a day, a colon, its time; Chia's timelines): the colon after a
  // date separates it from its time, which had been lost (the row read as a day alone, round 28).
  { re: /^:\s+(?=\d{1,2}(?::\d{2}|\s*[ap]\.?m\b))/i, apply: (_m, into) => !!into.date && !into.time },
  // Separators inside one expression: "Jan 14, 10:18", "2025-03-03T14:02", "on 3 March at 14:02", "14:00-14:30" ranges
  // "2023-01-04/11:34" (Wire's timeline): a slash between a date and its time, as typed.
  // "2025 01 27 @ 15:58": an at sign between a date and its time, as typed in chat.
  { re: /^\s*@\s*(?=~?\s*\d{1,2}:\d{2})/, apply: (_m, into) => !!into.date && !into.time },
  { re: /^(?:,\s*|\s+at\s+|\s+|T(?=\d)|\s*[–-]\s*(?=\d{1,2}:\d{2}(?!\d))|\/(?=\d{1,2}:\d{2}(?!\d)))/i, apply: (m, into) => m[0] !== '/' || (!!into.date && !into.time) },
];

/** Reads the time expression at the start of `text` (emphasis and code marks ignored). */
export function readWrittenTime(text: string, context: ReadContext): WrittenTime {
  const into: WrittenTime = { approximate: false, notes: [], consumed: 0 };
  let position = 0;
  let lastMeaningful = 0;
  let rangeEnd = false;
  while (position < text.length) {
    const rest = text.slice(position);
    const marks = /^[*_`]+/.exec(rest);
    if (marks) { position += marks[0].length; if (into.date || into.time || into.placeholder) lastMeaningful = position; continue; }
    let matched = false;
    // "02:00-04:30" is a range, not a time at offset -04:30: offsets need the ISO form (…T02:00-04:30).
    const range = into.time && !rangeEnd && !/\dT\d/.test(text.slice(0, position)) ? /^\s*[–-]\s*\d{1,2}:\d{2}(?![\d:])/.exec(rest) : null;
    if (range) { position += range[0].length; lastMeaningful = position; continue; }
    for (const token of tokens) {
      const match = token.re.exec(rest);
      if (!match || match[0].length === 0) continue;
      // The second time of a range ("14:00-14:30") is read and dropped: the row starts at the first.
      // A dash between a date and a time separates them; after a time it starts a range.
      const isRangeSeparator = /^\s*[–-]\s*$/.test(match[0]);
      if (isRangeSeparator) { rangeEnd = !!into.time; position += match[0].length; matched = true; break; }
      const snapshot = { ...into, notes: [...into.notes] };
      if (rangeEnd && /^\d/.test(match[0])) {
        position += match[0].length; lastMeaningful = position; rangeEnd = false; matched = true; break;
      }
      if (!token.apply(match, into, context)) { Object.assign(into, snapshot); continue; }
      position += match[0].length;
      if (!/^(?:,\s*|\s+|\s+at\s+)$/i.test(match[0])) lastMeaningful = position;
      matched = true;
      break;
    }
    if (!matched) break;
  }
  into.consumed = into.date || into.time || into.placeholder ? lastMeaningful : 0;
  if (!into.consumed) return { approximate: false, notes: [], consumed: 0 };
  return into;
}

/**
 * A time a timeline gives relative to the incident rather than on the clock: `T+0`, `T+~10min`,
 * `T+0:45`, `T+2h15`, `+15m`, `+40min`, `Day 2`, `Day 2, 09:01`. Placing it needs the start the
 * report states (a start time for offsets, a day for day numbers).
 */
export interface RelativeTime {
  /** The expression as written ("T+1:20", "Day 2"). */
  label: string;
  /** Minutes after the start, for `T+…` and `+…`; negative before it, for `T-72h`. */
  minutes?: number;
  /** 0 for "Day 1", 1 for "Day 2": days after the start day; -1 for "Day before". */
  dayOffset?: number;
  /** HH:mm written after a day number ("Day 2, 09:01"). */
  time?: string;
  approximate: boolean;
  /** "Session 2, +40min": the offset counts from the start of that session, not of the incident. */
  session?: number;
  /**
   * "T+N minutes", "T+Minutes", "T+?": an offset after the start whose amount the report leaves
   * out (a template's placeholder kept, or the minutes not noted). Its row is after the start, in
   * the order written, at no time that can be counted.
   */
  unknownAmount?: true;
  /** Characters of the input the expression took. */
  consumed: number;
}

const unitMinutes = (unit: string) => (/^d/i.test(unit) ? 1440 : /^h/i.test(unit) ? 60 : /^s/i.test(unit) ? 1 / 60 : 1);

/** Minutes of a written duration: `10min`, `1hr`, `2h15`, `0:45`, `1h 30m`, `0`. */
function readDuration(text: string): { minutes: number; length: number } | undefined {
  const clock = /^(\d{1,3}):(\d{2})(?!\d)/.exec(text);
  if (clock) return { minutes: Number(clock[1]) * 60 + Number(clock[2]), length: clock[0].length };
  const parts = /^(\d+(?:\.\d+)?)\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])(?:\s*(\d{1,2})\s*(?:m|mins?|minutes?)?(?![a-z\d]))?/i.exec(text);
  if (parts) {
    const minutes = Number(parts[1]) * unitMinutes(parts[2]) + (parts[3] && /^h/i.test(parts[2]) ? Number(parts[3]) : 0);
    return { minutes, length: parts[0].length };
  }
  // "T+0" alone: the start itself. Another bare number has no unit to read it by.
  const zero = /^0(?![\d.]|:\d)/.exec(text);
  return zero ? { minutes: 0, length: 1 } : undefined;
}

/**
 * The minutes a cell states when all it holds is a duration ("27s", "**45 minutes**", "1h 20m"):
 * a timeline table's "Time to recovery | 27s" row is a length of time, not a moment. Else undefined.
 */
export function statedDurationMinutes(cell: string): number | undefined {
  const text = cell.replace(/[*_`]/g, '').trim();
  const duration = readDuration(text);
  return duration && duration.length === text.length && /\p{L}/u.test(text) ? duration.minutes : undefined;
}

/** Reads a relative time at the start of `text` (emphasis marks ignored); undefined when there is none. */
export function readRelativeTime(text: string): RelativeTime | undefined {
  const session = /^[\s*_`]*session\s*(\d{1,2})\s*[,:]?\s*/i.exec(text);
  if (session) {
    const inSession = readRelativeTime(text.slice(session[0].length));
    return inSession && { ...inSession, label: text.slice(0, session[0].length + inSession.consumed).trim(), session: Number(session[1]), consumed: session[0].length + inSession.consumed };
  }
  // "[+1 hrs]", "(T+15m)": an offset in brackets (GitBook escapes them: "\\[+1 hrs]", read here unescaped).
  const lead = /^[\s*_`]*(?:[[(](?=\s*(?:~\s*)?(?:T\s*\+|\+)))?\s*/i.exec(text)![0].length;
  const bracket = /[[(]\s*$/.exec(text.slice(0, lead))?.[0].trim();
  const rest = text.slice(lead);
  // "Day before", "The day after" (Mozilla's epsilon timeline, import round 39b): the day next to
  // the incident day, as a day number is counted from it.
  const nextDay = /^(?:the\s+)?day\s+(before|after)\b[*_]*(?=\s*(?:[|,:]|$))/i.exec(rest);
  if (nextDay) return { label: nextDay[0].replace(/[*_]+$/, ''), dayOffset: /before/i.test(nextDay[1]) ? -1 : 1, approximate: false, consumed: lead + nextDay[0].length };
  const day = /^day\s*(\d{1,3})\b(?:\s*[,:]?\s*(?:at\s+)?)?/i.exec(rest);
  if (day) {
    const after = readWrittenTime(rest.slice(day[0].length), { year: 2000 });
    const timed = after.time && !after.date ? after : undefined;
    const length = day[0].length + (timed ? timed.consumed : 0);
    return {
      label: rest.slice(0, length).replace(/[\s,:*_]+$/, ''),
      dayOffset: Math.max(0, Number(day[1]) - 1),
      ...(timed ? { time: timed.time } : {}),
      approximate: timed?.approximate ?? false,
      consumed: lead + length,
    };
  }
  // "T0:" as "T0" (a homelab's "**T0:** switch removed", import round 49); "T0:05" is no T0.
  // "T-72h" (import round 50): an offset before the start, "last good backup" three days earlier.
  const offset = /^(~\s*)?(?:T\s*\+\s*|T\s*[-−–]\s*(?=\d)|T\s*(?=0(?!\d|:\d))|\+\s*)(~\s*)?/i.exec(rest);
  if (!offset || (!/^~?\s*T/i.test(rest) && !/^\+/.test(rest))) return undefined;
  const before = /T\s*[-−–]/i.test(offset[0]);
  const duration = readDuration(rest.slice(offset[0].length));
  if (before && (!duration || duration.minutes === 0)) return undefined;
  if (!duration) {
    // "T+N minutes", "T+Minutes", "T+X min", "T+?": after the start, by an amount not written.
    const unknown = /^T\s*\+/i.test(rest) && /^(?:(?:[NXnx]|\?+)(?:\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d))?|minutes?|mins|hours?|hrs)(?![\p{L}\d])/iu.exec(rest.slice(offset[0].length));
    if (!unknown) return undefined;
    const length = offset[0].length + unknown[0].length;
    return { label: rest.slice(0, length).trim(), approximate: true, unknownAmount: true, consumed: lead + length };
  }
  let length = offset[0].length + duration.length;
  const trailing = /^\s*~/.exec(rest.slice(length));
  if (trailing) length += trailing[0].length;
  const label = rest.slice(0, length).trim();
  const closing = bracket && new RegExp(`^\\s*\\${bracket === '[' ? ']' : ')'}`).exec(rest.slice(length));
  if (bracket && !closing) return undefined;
  return { label, minutes: before ? -duration.minutes : duration.minutes, approximate: !!(offset[1] || offset[2] || trailing), consumed: lead + length + (closing ? closing[0].length : 0) };
}
