import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';
import { timelineHeading, timelineLevelAfterHeading } from './body-timeline.ts';
import { cjkClockAs24Hour } from './cjk-written-day.ts';
import { isDelimiterCells, pipedRowCells } from './markdown-table-lines.ts';
import { parseZone } from './import/time-zones.ts';
import { regionOfAbbreviation } from './instant-advice.ts';
import { hourOnTwentyFourHourClock } from './twelve-hour-clock.ts';

/**
 * A body timeline's entries that open with a time of day and no day (`- 23:50 Alert fired` then
 * `- 00:10 Config reverted`, `| 17:49 UTC | … |` then `| 10:55 PDT | … |`): a time earlier than the
 * entry before it, or in another zone than it. Nothing read a body timeline's times but their clock
 * (round 53), so a timeline past midnight showed both entries as one day's, and one whose rows changed
 * zone read out of order, without a word (bad input round 54). A line or row that names a day
 * (`2025-07-09`, `Jul 9`), or a heading below the timeline's (`### 2025-07-09`), starts the count
 * again: the day is written there. `firstLine` is the file's line of the body's first, as the
 * messages name the entry before by its line. Pure: no Astro, no file system.
 */
export function findTimelineTurningBack(body: string, firstLine = 1): { line: number; column: number; mistake: AngleBracketMistake }[] {
  if (!headingLines(body).some((written) => timelineHeading.test(written))) return [];
  let timelineLevel: number | undefined;
  let previous: { minutes: number; seconds?: number; written: string; zone?: string; line: number; approximate: boolean; day?: string; sinceStart?: boolean } | undefined;
  // Round 57: the last entry that gave its day and time in digits (`| 2025-07-08 23:50 | … |`), to which the next such is compared.
  let lastDated: { stamp: string; line: number } | undefined;
  // Round 63: the last entry that gave its day in digits with slashes or points (`08/07/2025 23:50`), read both ways.
  let lastNumeric: NumericDay | undefined;
  return mistakesOutsideCode(body, (lineWritten, _written, index) => {
    // Round 56: times as other languages write them (`17h49`, `23 h 50`, `11:50 p. m.`, `午後11時50分`, `２３：５０`) read as none.
    const line = clockAsRead(lineWritten);
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      timelineLevel = timelineLevelAfterHeading(heading[1].length, heading[2], timelineLevel);
      previous = undefined;
      lastDated = undefined;
      lastNumeric = undefined;
      return [];
    }
    if (timelineLevel === undefined) return [];
    // Round 55: a table with a column of days, the day written once and its cell left empty below it (a merged
    // cell: `| 2025-07-08 | 23:50 | … |` over `| | 00:10 | … |`), read no row of the kind: the rows under the day
    // are that day's, and one earlier than the row before it is said with the day the empty cell gives it.
    // Round 62: split as every table reader splits a row (pipedRowCells): a `\|` stays in its cell.
    const cells = pipedRowCells(line);
    if (cells && !isDelimiterCells(cells)) {
      const at = cells.findIndex((cell) => tableCellTime.test(cell));
      const dayCell = cells.find((cell, i) => i !== at && namesADay.test(cell));
      const clock = at > 0 ? tableCellTime.exec(cells[at])! : undefined;
      // Round 61: a day's cell written as a ditto mark (`〃`) is read as an empty one (the row above's day).
      if (clock && (dayCell || (previous?.day && cells.slice(0, at).some((cell) => !cell || sameAsAbove.test(cell))))) {
        const entry = { minutes: Number(clock[1]) * 60 + Number(clock[2]), written: clock[0], line: index + firstLine, approximate: false, day: dayCell ?? previous!.day };
        const before = previous;
        previous = entry;
        if (dayCell || !before || entry.minutes >= before.minutes) return [];
        return [{
          index: line.indexOf(clock[0]),
          message: `the timeline's entry at ${clock[0]} has its day's cell ${dittoOf(cells.slice(0, at))}, so it reads as ${before.day}, the day of the row above (line ${before.line}, ${before.written}), but is earlier in the day: if the clock passed midnight, the page shows it on the wrong day.`,
          fix: `write the day in its cell where it changes (${nextDayOf(before.day!) ?? 'the next day, YYYY-MM-DD'}, if it is past midnight); if the entry is in fact earlier, move it up to its place.`,
        }];
      }
    }
    // Round 57: an entry giving its day and time (`| 2025-07-09 00:10 |` over `| 2025-07-08 23:50 |`) started the count
    // again and was compared with nothing: two such rows out of order read so without a word.
    // Round 63: a day written `08/07/2025` (or `08/07`, `08.07.2025`) started the count again and was compared with
    // nothing, so `07/07/2025 00:10` after `08/07/2025 23:50` passed, though it goes back read either way. Each entry is
    // read day first and month first (points: day first alone); one is out of order when it is earlier in every
    // reading both entries have (`14/07` has no month-first reading).
    const numeric = numericDatedEntry.exec(line);
    if (numeric) {
      const entry = numericDayOf(numeric, index + firstLine, lastNumeric);
      const before = lastNumeric;
      lastNumeric = entry;
      previous = undefined;
      const readings = (['dayFirst', 'monthFirst'] as const).filter((reading) => entry[reading] && before?.[reading]);
      if (!before || readings.length === 0 || (entry.year === undefined) !== (before.year === undefined) || readings.some((reading) => entry[reading]! >= before[reading]!)) return [];
      const both = readings.map((reading) => `read ${reading === 'dayFirst' ? 'day' : 'month'} first, ${entry[reading]} against ${before[reading]}`).join('; ');
      return [{
        index: Math.max(0, line.indexOf(entry.written)),
        message: `the timeline's entry at ${entry.written} comes after one at ${before.written} (line ${before.line}), but is earlier (${both}): the entries read out of order.`,
        fix: `put the entries in the order they happened (move this one above ${before.written}); write each day as YYYY-MM-DD (${entry[readings[0]]!.slice(0, 10)}), which reads one way only.`,
      }];
    }
    const dated = datedEntry.exec(line);
    if (dated) {
      // On a 12-hour clock (`2017-12-28 02:15 PM CET`, the corpora) the hour is read as it.
      const hour = hourOnTwentyFourHourClock(Number(dated[2]), dated[4]) ?? Number(dated[2]);
      const stamp = `${dated[1]} ${String(hour).padStart(2, '0')}:${dated[3]}`;
      const before = lastDated;
      lastDated = { stamp, line: index + firstLine };
      previous = undefined;
      if (!before || stamp >= before.stamp) return [];
      return [{
        index: Math.max(0, line.indexOf(dated[1])),
        message: `the timeline's entry at ${stamp} comes after one at ${before.stamp} (line ${before.line}), but is earlier: the entries read out of order.`,
        fix: `put the entries in the order they happened (move this one above ${before.stamp}); if a day is mistyped, write the day it was.`,
      }];
    }
    if (namesADay.test(line)) {
      previous = undefined;
      return [];
    }
    // Round 56: a run sheet's offsets from the start (`T+0`, `T+5m`, `T+1h05m`, `T-4m`): `T+3m` after `T+5m` read as no time.
    const offset = sinceStart.exec(line);
    if (offset) {
      const [, sign, hoursAfter, minutesAfter] = offset;
      const written = offset[0].replace(/^[\s|*_+-]*(?:\d{1,9}[.)][ \t]+)?(?:\*\*|__)?/, '').replace(/\*\*|__/g, '').trim();
      const entry = { minutes: (sign === '-' ? -1 : 1) * (Number(hoursAfter ?? 0) * 60 + Number(minutesAfter ?? 0)), written, line: index + firstLine, approximate: false, sinceStart: true };
      const before = previous;
      previous = entry;
      if (!before?.sinceStart || entry.minutes >= before.minutes) return [];
      return [{
        index: Math.max(0, lineWritten.indexOf(written)),
        message: `the timeline's entry at ${written} comes after one at ${before.written} (line ${before.line}), but is earlier after the start: the entries read out of order.`,
        fix: `put the entries in the order they happened (move this one above ${before.written}).`,
      }];
    }
    const time = entryTime.exec(line);
    if (!time) return [];
    const [, hoursWritten, minutesWritten, secondsWritten, meridiem, zoneWritten] = time;
    // `13:06 PM` is 13:06; `13:06 AM` and `0:30 PM` contradict themselves and are passed over (twelve-hour-clock.ts).
    const hours = hourOnTwentyFourHourClock(Number(hoursWritten), meridiem);
    const minutes = Number(minutesWritten);
    if (hours === undefined || minutes > 59) return [];
    const zone = zoneWritten?.toUpperCase().replace(/^Z$/, 'UTC').replace(/^GMT$/, 'UTC');
    const written = time[0].replace(/^[\s|*_+-]*(?:\d{1,9}[.)][ \t]+)?(?:\*\*|__)?/, '').replace(/\*\*|__/g, '').trim();
    // A span (`02:04–07:14`) is put among the instants by where it ends as often as where it starts: not compared.
    const afterTime = line.slice(time.index + time[0].length);
    const spanEnd = /^\s*(?:[-–—]|to\s|bis\s|à\s|a\s|~)\s*(\d{1,2}):(\d{2})/i.exec(afterTime);
    if (spanEnd) {
      // Round 56: but one ending before it begins (`10:15–10:02`, not past midnight) is said, and an entry after a
      // span is compared with the span's start (`10:01` under `10:02 to 10:15` reads out of order).
      const start = hours * 60 + minutes;
      const end = Number(spanEnd[1]) * 60 + Number(spanEnd[2]);
      previous = { minutes: start, written, zone, line: index + firstLine, approximate: false };
      if (end >= start || (start >= 18 * 60 && end < 6 * 60) || Number(spanEnd[1]) > 23 || Number(spanEnd[2]) > 59) return [];
      const span = `${written}${spanEnd[0]}`.replace(/\s+/g, ' ').trim();
      return [{
        index: Math.max(0, lineWritten.indexOf(written)),
        message: `the timeline's span ${span} ends before it begins, and gives no day: read as written, it lasts no time at all.`,
        fix: `write the earlier time first (${span.replace(/^(.*?)(\s*[-–—~]\s*|\s+(?:to|bis|à|a)\s+)(.*)$/i, '$3$2$1')}); if it runs past midnight, write the day of each end (YYYY-MM-DD hh:mm).`,
      }];
    }
    const entry = { minutes: hours * 60 + minutes, seconds: secondsWritten === undefined ? undefined : Number(secondsWritten), written, zone, line: index + firstLine, approximate: written.startsWith('~') };
    const before = previous;
    previous = entry;
    if (!before || before.sinceStart) return [];
    if (before.zone && zone && before.zone !== zone) {
      // Round 62: a region's two times (`01:50 CET` then `03:10 CEST`, the night its clocks change) are one zone's:
      // compared in UTC, they are in order or not, with no jump to tell of.
      const sameRegion = regionOfAbbreviation[before.zone] !== undefined && regionOfAbbreviation[before.zone] === regionOfAbbreviation[zone];
      const utcMinutes = (at: { minutes: number; zone?: string }) => at.minutes - (parseZone(at.zone!) as { minutes: number }).minutes;
      if (sameRegion) {
        const [earlier, later] = [utcMinutes(before), utcMinutes(entry)];
        if (later >= earlier || earlier - later > 12 * 60) return [];
        return [{
          index: line.indexOf(written),
          message: `the timeline's entry at ${written} comes after one at ${before.written} (line ${before.line}), but is earlier (${formatUtc(later)} UTC against ${formatUtc(earlier)} UTC): the entries read out of order.`,
          fix: `put the entries in the order they happened (move this one above ${before.written}); if the clocks changed between them, check which of ${before.zone} and ${zone} each was noted in.`,
        }];
      }
      return [{
        index: line.indexOf(written),
        message: `the timeline's entry at ${written} is in another zone than the one before it (${before.written}, line ${before.line}): read in order, the entries jump by the zones' difference, and a reader cannot tell which came first.`,
        fix: `write every entry's time in one zone, UTC as the frontmatter's times are (${written} in UTC), and name it once, in the heading or the column (| Time (UTC) |); a local time may follow in parentheses.`,
      }];
    }
    // Round 56: the seconds too (`17:49:05` under `17:49:30`, read as one minute).
    // A time noted to the minute beside one to the second (`17:55` under `17:55:08`, the corpora) is no order to mend.
    if (entry.minutes > before.minutes || (entry.minutes === before.minutes && (entry.seconds === undefined || before.seconds === undefined || entry.seconds >= before.seconds))) return [];
    // `~03:35` after `03:36:03` (the corpora): an estimate a few minutes off is no order to mend.
    if ((entry.approximate || before.approximate) && before.minutes - entry.minutes <= 10) return [];
    const pastMidnight = before.minutes >= 18 * 60 && entry.minutes < 6 * 60;
    return [{
      index: line.indexOf(written),
      message: `the timeline's entry at ${written} comes after one at ${before.written} (line ${before.line}) but is earlier in the day, and neither gives its day: ${pastMidnight ? 'if the clock passed midnight, the page shows both as one day\'s' : 'the entries read out of order'}.`,
      fix: pastMidnight
        ? `write the day where it changes: a heading for each day under the timeline's (### and the day, YYYY-MM-DD), or the day before the time (YYYY-MM-DD ${written}); if the entry is in fact earlier, move it up to its place.`
        : `put the entries in the order they happened (move this one above ${before.written}); if it is the next day, write the day before the time (YYYY-MM-DD ${written}).`,
    }];
  });
}

/** Minutes of a day as `hh:mm`, a day before or after folded in. */
function formatUtc(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The text of each ATX heading of a body, code blocks included: a cheap first look before the walk line by line. */
function headingLines(body: string): string[] {
  return (body.match(/^ {0,3}#{1,6}[ \t]+.*$/gm) ?? []).map((line) => line.replace(/^ {0,3}#{1,6}[ \t]+/, ''));
}

/** An entry (a list item, a table row, a line) opening with its day and time in digits, `2025-07-08 23:50` or `2025-07-08T23:50`. */
const datedEntry = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}):(\d{2})(?!\d)(?::\d{2}(?:\.\d+)?)?(?:\s*([aApP])\.?[mM]\.?(?![a-zA-Z]))?/;

/** An entry opening with a day in digits with slashes or points and a time (`08/07/2025 23:50`, `08.07. 23:50`, `8/7 23:50`). */
const numericDatedEntry = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?,?[ T]+(?:at[ \t]+)?(\d{1,2}):(\d{2})(?!\d)/;

/** An entry's day and time read day first and month first (`YYYY-MM-DD hh:mm`; a reading the numbers do not allow left out). */
interface NumericDay { written: string; line: number; year?: number; dayFirst?: string; monthFirst?: string }

function numericDayOf(match: RegExpExecArray, line: number, before: NumericDay | undefined): NumericDay {
  const [written, first, separator, second, yearWritten, hour, minute] = match;
  // A day without its year is the year of the entry before it (or none, the same for both).
  const year = yearWritten ? Number(yearWritten.length === 2 ? `20${yearWritten}` : yearWritten) : before?.year;
  const stamp = (month: number, day: number) => {
    if (month < 1 || month > 12 || day < 1 || day > 31 || Number(hour) > 23 || Number(minute) > 59) return undefined;
    const date = new Date(Date.UTC(year ?? 2000, month - 1, day));
    if (date.getUTCDate() !== day) return undefined;
    return `${year === undefined ? '' : `${year}-`}${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${hour.padStart(2, '0')}:${minute}`;
  };
  return {
    written: written.replace(/^[\s|*_+-]*(?:\d{1,9}[.)][ \t]+)?(?:\*\*|__)?/, '').trim(),
    line,
    year,
    dayFirst: stamp(Number(second), Number(first)),
    // Points are written day first alone (08.07.2025, as German and most of Europe write a day).
    monthFirst: separator === '.' ? undefined : stamp(Number(first), Number(second)),
  };
}

/**
 * A cell written as "the same as the row above": a ditto mark (`〃`, `″`, `"`, `''`, `do.`), the word, or a
 * caret. A dash is left: it says the time is not known. A spreadsheet or a word processor shows a merged cell once; pasted as Markdown, it becomes one of these
 * or an empty cell.
 */
export const sameAsAbove = /^(?:〃|″|"|''|„|ditto|do\.|same|same as above|\^)$/i;

/** How a row's day cell before its time is written: empty, or a ditto mark (`written \`〃\``). */
function dittoOf(cells: readonly string[]): string {
  const mark = cells.find((cell) => cell && sameAsAbove.test(cell));
  return mark ? `written \`${mark}\`` : 'empty';
}

/** A table cell holding a time of day alone (`23:50`, `~17:49`, `17:49:07`). */
export const tableCellTime = /^(?:\*\*|__)?~?(\d{1,2}):(\d{2})(?::\d{2})?(?:\*\*|__)?$/;

/** The day after one written YYYY-MM-DD, or undefined for a day written otherwise (`Jul 8`). */
function nextDayOf(day: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}$/.exec(day.trim());
  return iso ? new Date(Date.parse(`${iso[0]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : undefined;
}

/** A time of day at the start of an entry (a list item, a table row, a line), with am/pm and a zone after it. */
const entryTime = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?~?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([aApP]\.?[mM]\.?)(?![a-zA-Z]))?(?:\*\*|__)?(?:\s*\(?((?:UTC|GMT|Z|[A-Z]{1,2}[SD]T|CES?T|IST|JST|AEST|AEDT|BST))\)?(?![A-Za-z]))?/;

/** A day written in the line (`2025-07-09`, `07/09`, `Jul 9`, `9 July`, `Tuesday`), which starts the count again. */
export const namesADay = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d/])\d{1,2}\/\d{1,2}(?![\d:])|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?<![\d:])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b|\b(?:next day|day \d+|d\+\d+)\b|\(\s*\+\s*\d\s*(?:d(?:ays?)?)?\s*\)|(?<![\w:])\+\d\s*d(?:ays?)?\b/i;

/** A run sheet's offset from the start at the start of an entry (`- T+5m`, `| T+1h05m |`, `T-4m`, `T+0`). */
const sinceStart = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?T\s*([+-])\s*(?:(\d{1,3})\s*h\s*)?(?:(\d{1,4})\s*(?:m(?:in)?)?)?(?:\*\*|__)?(?![\w:])/;

/**
 * A line with its times written as the timeline check reads them: full-width digits and colon as ASCII
 * (`２３：５０`), French hours (`17h49`, `23 h 50`), a Spanish meridiem with its space (`11:50 p. m.`) and a
 * Japanese, Chinese or Korean clock (`午後11時50分`, `下午11:50`, `오후 11:50`) as `23:50`. The corpora's French and Japanese timelines write them so.
 */
export function clockAsRead(line: string): string {
  // Round 57: the clock's reading is cjk-written-day.ts' (Korean `오후 11:50`, Chinese `下午11:50` too).
  return cjkClockAs24Hour(line.replace(/[\uff10-\uff19\uff1a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))).text
    .replace(/(?<![\d:])(\d{1,2})\s?h\s?(\d{2})(?![\d:]|\s*m(?:in)?\b)/g, '$1:$2')
    .replace(/(\d{1,2}:\d{2}(?::\d{2})?)\s*([ap])\.\s+m\./gi, '$1 $2.m.');
}
