import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';

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
  if (!/timeline/i.test(body)) return [];
  let timelineLevel: number | undefined;
  let previous: { minutes: number; written: string; zone?: string; line: number; approximate: boolean; day?: string } | undefined;
  return mistakesOutsideCode(body, (line, _written, index) => {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      if (/timeline/i.test(heading[2])) timelineLevel = level;
      else if (timelineLevel !== undefined && level <= timelineLevel) timelineLevel = undefined;
      previous = undefined;
      return [];
    }
    if (timelineLevel === undefined) return [];
    // Round 55: a table with a column of days, the day written once and its cell left empty below it (a merged
    // cell: `| 2025-07-08 | 23:50 | … |` over `| | 00:10 | … |`), read no row of the kind: the rows under the day
    // are that day's, and one earlier than the row before it is said with the day the empty cell gives it.
    const cells = /^\s*\|(.*)\|\s*$/.exec(line)?.[1].split('|').map((cell) => cell.trim());
    if (cells && !cells.every((cell) => /^:?-+:?$/.test(cell))) {
      const at = cells.findIndex((cell) => tableCellTime.test(cell));
      const dayCell = cells.find((cell, i) => i !== at && namesADay.test(cell));
      const clock = at > 0 ? tableCellTime.exec(cells[at])! : undefined;
      if (clock && (dayCell || (previous?.day && cells.slice(0, at).some((cell) => !cell)))) {
        const entry = { minutes: Number(clock[1]) * 60 + Number(clock[2]), written: clock[0], line: index + firstLine, approximate: false, day: dayCell ?? previous!.day };
        const before = previous;
        previous = entry;
        if (dayCell || !before || entry.minutes >= before.minutes) return [];
        return [{
          index: line.indexOf(clock[0]),
          message: `the timeline's entry at ${clock[0]} has its day's cell empty, so it reads as ${before.day}, the day of the row above (line ${before.line}, ${before.written}), but is earlier in the day: if the clock passed midnight, the page shows it on the wrong day.`,
          fix: `write the day in its cell where it changes (${nextDayOf(before.day!) ?? 'the next day, YYYY-MM-DD'}, if it is past midnight); if the entry is in fact earlier, move it up to its place.`,
        }];
      }
    }
    if (namesADay.test(line)) {
      previous = undefined;
      return [];
    }
    const time = entryTime.exec(line);
    if (!time) return [];
    const [, hoursWritten, minutesWritten, meridiem, zoneWritten] = time;
    let hours = Number(hoursWritten);
    const minutes = Number(minutesWritten);
    if (hours > 23 || minutes > 59 || (meridiem && (hours < 1 || hours > 12))) return [];
    if (meridiem) hours = (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
    const zone = zoneWritten?.toUpperCase().replace(/^Z$/, 'UTC').replace(/^GMT$/, 'UTC');
    const written = time[0].replace(/^[\s|*_+-]*(?:\d{1,9}[.)][ \t]+)?(?:\*\*|__)?/, '').replace(/\*\*|__/g, '').trim();
    // A span (`02:04–07:14`) is put among the instants by where it ends as often as where it starts: not compared.
    if (/^\s*[-–—]|^\s*to\s/i.test(line.slice(time.index + time[0].length)) && /\d{1,2}:\d{2}/.test(line.slice(time.index + time[0].length, time.index + time[0].length + 12))) return [];
    const entry = { minutes: hours * 60 + minutes, written, zone, line: index + firstLine, approximate: written.startsWith('~') };
    const before = previous;
    previous = entry;
    if (!before) return [];
    if (before.zone && zone && before.zone !== zone) {
      return [{
        index: line.indexOf(written),
        message: `the timeline's entry at ${written} is in another zone than the one before it (${before.written}, line ${before.line}): read in order, the entries jump by the zones' difference, and a reader cannot tell which came first.`,
        fix: `write every entry's time in one zone, UTC as the frontmatter's times are (${written} in UTC), and name it once, in the heading or the column (| Time (UTC) |); a local time may follow in parentheses.`,
      }];
    }
    if (entry.minutes >= before.minutes) return [];
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

/** A table cell holding a time of day alone (`23:50`, `~17:49`, `17:49:07`). */
const tableCellTime = /^(?:\*\*|__)?~?(\d{1,2}):(\d{2})(?::\d{2})?(?:\*\*|__)?$/;

/** The day after one written YYYY-MM-DD, or undefined for a day written otherwise (`Jul 8`). */
function nextDayOf(day: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}$/.exec(day.trim());
  return iso ? new Date(Date.parse(`${iso[0]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : undefined;
}

/** A time of day at the start of an entry (a list item, a table row, a line), with am/pm and a zone after it. */
const entryTime = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|\s*)?(?:\*\*|__)?~?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([aApP]\.?[mM]\.?)(?![a-zA-Z]))?(?:\*\*|__)?(?:\s*\(?((?:UTC|GMT|Z|[A-Z]{1,2}[SD]T|CES?T|IST|JST|AEST|AEDT|BST))\)?(?![A-Za-z]))?/;

/** A day written in the line (`2025-07-09`, `07/09`, `Jul 9`, `9 July`, `Tuesday`), which starts the count again. */
const namesADay = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d/])\d{1,2}\/\d{1,2}(?![\d:])|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?<![\d:])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b|\b(?:next day|day \d+|d\+\d+)\b|\(\s*\+\s*\d\s*(?:d(?:ays?)?)?\s*\)|(?<![\w:])\+\d\s*d(?:ays?)?\b/i;
