import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';
import { timelineLevelAfterHeading } from './body-timeline.ts';
import { clockAsRead } from './body-timeline-order.ts';
import { type Zone, parseZone, isIanaZone, toUtcIso, wallClockFold } from './import/time-zones.ts';
import { regionOfAbbreviation } from './instant-advice.ts';
import { isDelimiterCells, pipedRowCells } from './markdown-table-lines.ts';
import { hourOnTwentyFourHourClock } from './twelve-hour-clock.ts';

/** A frontmatter timeline entry as the check reads it: its instant (a Date, or the text YAML left) and its words. */
export interface FrontmatterTimelineEntry {
  at: Date | string;
  event: string;
}

/** An entry of the body's "## Timeline" section: its line (of the body, from 1), its time of day (24-hour) and day if written, the zone it is in (its own, its column's or its section's) and its words. */
interface BodyEntry {
  line: number;
  column: number;
  time?: string;
  /** The time as written (`5:58 PM`, `17h58`), for the message. */
  written?: string;
  day?: string;
  zone?: Zone;
  words: string;
}

/**
 * The entries of a body's "## Timeline" section that say another time than the frontmatter's `timeline` for the same
 * event, or list two events in the other order (bad input round 61). A report often keeps its timeline twice, the
 * frontmatter's for the page's table and the metrics, the body's as the writer pasted it; when one is edited and the
 * other not, the page shows two timelines that disagree and nothing says which is right. An entry is matched to the
 * frontmatter's by its words (the same words, or most of them); one matched to none, or to two alike, is left. A time
 * in a zone other than UTC is left too: the frontmatter's are UTC, and the body may name local times on purpose.
 * `firstLine` is the file's line of the body's first, as a message names the entry before by its line. Pure: no Astro, no
 * file system.
 */
export function findBodyTimelineDisagreements(body: string, timeline: readonly FrontmatterTimelineEntry[], firstLine = 1): { line: number; column: number; mistake: AngleBracketMistake }[] {
  if (timeline.length === 0 || !/^ {0,3}#{1,6}[ \t]/m.test(body)) return [];
  const written = timeline.map((entry, i) => ({ i, instant: instantOf(entry.at), words: contentWords(entry.event) })).filter((entry) => entry.instant && entry.words.length > 0);
  if (written.length === 0) return [];
  const entries = bodyTimelineEntries(body);
  const found: { line: number; column: number; mistake: AngleBracketMistake }[] = [];
  // Round 62: an entry in other words (`Rolled back the bad push.` for `Config reverted.`) is matched by its time where
  // it names the same minute as one entry of the frontmatter's and no other; its words alone matched nothing.
  const byWords = entries.map((entry) => {
    const words = contentWords(entry.words);
    return written.filter((front) => sameEvent(words, front.words));
  });
  const matchedByWords = new Set(byWords.filter((matches) => matches.length === 1).map((matches) => matches[0].i));
  let lastMatched: { entry: BodyEntry; index: number } | undefined;
  entries.forEach((entry, k) => {
    let matches = byWords[k];
    if (matches.length === 0 && entry.time) matches = written.filter((front) => !matchedByWords.has(front.i) && utcOf(entry, front.instant!) === front.instant!.slice(0, 16));
    if (matches.length !== 1) return;
    const front = matches[0];
    const instant = front.instant!;
    const frontTime = instant.slice(11, 16);
    const frontDay = instant.slice(0, 10);
    const event = quoted(timeline[front.i].event);
    const bodyUtc = entry.time ? utcOf(entry, instant) : undefined;
    if (entry.time && bodyUtc !== undefined && (bodyUtc.slice(11) !== frontTime || (entry.day !== undefined && bodyUtc.slice(0, 10) !== frontDay))) {
      const local = entry.zone && !isUtc(entry.zone);
      const bodyWhen = `${entry.day ? `${entry.day} ` : ''}${entry.written ?? entry.time}${local ? ` ${entry.zone!.label}` : ''}`;
      const inUtc = local ? ` (${entry.day ? bodyUtc.replace('T', ' ') : bodyUtc.slice(11)} UTC)` : '';
      // A time the clocks skipped (02:30 the night summer time begins) is read as if they had gone on (03:30), and said so.
      const skipped = entry.zone?.kind === 'iana' && wallClockFold(entry.day ?? frontDay, entry.time, entry.zone)?.kind === 'gap' ? `, a time the clocks of ${entry.zone.label} skipped on ${entry.day ?? frontDay} (daylight saving time began), read as if they had gone on` : '';
      found.push({
        line: entry.line,
        column: entry.column,
        mistake: {
          index: 0,
          message: `the body's timeline gives ${event} at ${bodyWhen}${inUtc}${skipped}, but the frontmatter's timeline at ${entry.day || local ? `${frontDay} ` : ''}${frontTime} UTC (timeline[${front.i}].at, ${instant}): the page shows both, and a reader cannot tell which is right.`,
          fix: local
            ? `write the same time in both (${frontTime} UTC is ${localOf(instant, entry.zone!)} ${entry.zone!.label}), or keep the timeline in one place; if ${entry.zone!.label} is not the zone the body's times were noted in, name the right one.`
            : `write the same time in both (the frontmatter's \`at\` is UTC: if ${bodyWhen} is a local time, name its zone after it), or keep the timeline in one place.`,
        },
      });
      lastMatched = undefined;
      return;
    }
    if (lastMatched && front.i < lastMatched.index) {
      found.push({
        line: entry.line,
        column: entry.column,
        mistake: {
          index: 0,
          message: `the body's timeline lists ${event} after ${quoted(timeline[lastMatched.index].event)} (line ${lastMatched.entry.line + firstLine - 1}), but the frontmatter's timeline the other way (timeline[${front.i}] before timeline[${lastMatched.index}]): the page shows both, in two orders.`,
          fix: `put the events in the order they happened, in both timelines (or keep the timeline in one place).`,
        },
      });
    }
    lastMatched = { entry, index: front.i };
  });
  return found;
}

/** Whether a zone is UTC's (`UTC`, `GMT`, `Z`, `+00:00`). */
function isUtc(zone: Zone): boolean {
  return zone.kind === 'offset' && zone.minutes === 0;
}

/**
 * An entry's instant in UTC to the minute (`YYYY-MM-DDThh:mm`), its day its own or, when it writes none, the day of the
 * frontmatter's instant it is compared with; a time written with no zone is read as UTC, as the frontmatter's are.
 */
function utcOf(entry: BodyEntry, frontInstant: string): string | undefined {
  if (!entry.time) return undefined;
  const day = entry.day ?? frontInstant.slice(0, 10);
  if (!entry.zone || isUtc(entry.zone)) return `${day}T${entry.time}`;
  const utc = toUtcIso(day, entry.time, entry.zone).slice(0, 16);
  if (entry.day) return utc;
  // A local time with no day may fall on the UTC day before or after the frontmatter's: the nearest reading is taken.
  const candidates = [-1, 1].map((shift) => toUtcIso(new Date(Date.parse(`${day}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10), entry.time!, entry.zone!).slice(0, 16));
  const distance = (at: string) => Math.abs(Date.parse(`${at}Z`) - Date.parse(frontInstant));
  return [utc, ...candidates].reduce((best, at) => (distance(at) < distance(best) ? at : best));
}

/** A UTC instant's time of day in a zone (`10:55`). */
function localOf(instant: string, zone: Zone): string {
  const ms = Date.parse(instant);
  if (zone.kind === 'offset') return new Date(ms + zone.minutes * 60_000).toISOString().slice(11, 16);
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone.name, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

/** The instant as `YYYY-MM-DDThh:mm:ssZ`, or undefined for one not read. */
function instantOf(at: Date | string): string | undefined {
  const date = at instanceof Date ? at : typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? new Date(at) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/\.000Z$/, 'Z') : undefined;
}

function quoted(event: string): string {
  const short = event.length > 60 ? `${event.slice(0, 57).trimEnd()}…` : event;
  return `"${short}"`;
}

/** Words that name nothing of an event, left out when two events are compared. */
const filler = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'is', 'was', 'were', 'be', 'been', 'by', 'with', 'from', 'it', 'its', 'we', 'our', 'utc']);

/** An event's words as compared: lower case, letters and digits, a final `s` or `ed` left off, filler words left out. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !filler.has(word)).map((word) => word.replace(/(?:ed|es|s)$/, '') || word);
}

/** The same event: the same words, or, of two or more words each, most of the shorter's among the longer's. */
function sameEvent(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 2) return false;
  const inLonger = new Set(longer);
  const common = shorter.filter((word) => inLonger.has(word)).length;
  return common >= 2 && common / shorter.length >= 0.75 && common / longer.length >= 0.5;
}

/** A time of day at an entry's start (after a list mark, a day), `17:49`, `17:49:05`, `**17:49**`, `5:49 PM`, with the rest of the line after it. */
const entryStart = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:\*\*|__)?(?:(\d{4}-\d{2}-\d{2})[ T]+)?~?(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t]?([aApP])\.?[mM]\.?(?![a-zA-Z]))?(?:\*\*|__)?/;
const cellTime = /^(?:\*\*|__)?~?(?:(\d{4}-\d{2}-\d{2})[ T]+)?(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t]?([aApP])\.?[mM]\.?)?(?:\*\*|__)?(.*)$/;
const cellDay = /^(?:\*\*|__)?(\d{4}-\d{2}-\d{2})(?:\*\*|__)?$/;
/** A zone written right after a time: `PDT`, `(CEST)`, `UTC`, `Europe/Berlin`, `(Europe/Berlin)`. */
const zoneAfterTime = /^[ \t]*\(?(?:\*\*|__)?([A-Z][A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|[A-Z]{1,5})(?![\w/])\)?(?:\*\*|__)?/;
/** Abbreviations that name more than one zone (India's, Ireland's or Israel's `IST`): an entry in one is left, as before. */
const ambiguousZones = new Set(['IST', 'CST', 'GST']);

/** A 24-hour `hh:mm` from an hour, minutes and an am/pm letter, or undefined for no time of day (`13:10 AM`, `25:00`). */
function clockOf(hours: string, minutes: string, meridiem: string | undefined): string | undefined {
  const hour = hourOnTwentyFourHourClock(Number(hours), meridiem);
  if (hour === undefined || Number(minutes) > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${minutes}`;
}

/** A zone as written after a time or in a heading's parentheses (an abbreviation, an IANA name), or `left` for one read two ways. */
function zoneWritten(text: string): Zone | 'left' | undefined {
  if (ambiguousZones.has(text.toUpperCase())) return 'left';
  if (text.includes('/')) return isIanaZone(text) ? parseZone(text) : undefined;
  if (!/^[A-Z]{1,5}$/.test(text)) return undefined;
  return parseZone(text);
}

/**
 * The one zone a heading, a line of the section or a table's header names (`## Timeline (all times PDT)`, `All times are
 * in Europe/Berlin.`, `| Time (CET/CEST) |`): an IANA name, an abbreviation, or a region's two (`CET/CEST`, read as its
 * IANA zone, so that the change of daylight saving time is read). Undefined for none; `left` for two zones, or one read
 * two ways.
 */
export function zoneNamedIn(text: string): Zone | 'left' | undefined {
  if (!/[A-Z]/.test(text)) return undefined;
  const iana = [...text.matchAll(/(?<![\w/])[A-Z][A-Za-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?(?![\w/])/g)].map((m) => m[0]).filter(isIanaZone);
  const abbreviations = [...new Set([...text.matchAll(/(?<!\w)(?:UTC|GMT|[A-Z]{1,3}[SD]T|[A-Z]{1,2}EST|[A-Z]{1,2}EDT|[CEW]ES?T|BST|JST|KST|MSK|SGT|HKT|IST|CST|GST)(?![\w])/g)].map((m) => m[0]).filter((a) => ambiguousZones.has(a) || parseZone(a)))];
  if (abbreviations.some((a) => ambiguousZones.has(a))) return 'left';
  const regions = [...new Set(abbreviations.map((a) => regionOfAbbreviation[a] ?? a))];
  const named = [...new Set([...iana, ...regions])];
  if (named.length === 0) return undefined;
  if (named.length > 1) return 'left';
  // Two abbreviations of one region (`CET/CEST`) name the region's zone; one alone its fixed offset.
  if (abbreviations.length > 1 || iana.length > 0) return parseZone(named[0]) ?? 'left';
  return parseZone(abbreviations[0]) ?? 'left';
}

/** The entries (list items, table rows, lines opening with a time) under the body's timeline heading, code left out. */
function bodyTimelineEntries(body: string): BodyEntry[] {
  const entries: BodyEntry[] = [];
  let level: number | undefined;
  let inTable = false;
  // Round 62: the zone the section's times are in, named by its heading, a heading under it or a line of it; a table's
  // header may name its own.
  let sectionZone: Zone | 'left' | undefined;
  let tableZone: Zone | 'left' | undefined;
  mistakesOutsideCode(body, (lineWritten, _written, index) => {
    // Round 62: times as other languages write them (`17h58`, `5:58 p. m.`) as the order check reads them.
    const line = clockAsRead(lineWritten);
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      const before = level;
      level = timelineLevelAfterHeading(heading[1].length, heading[2], level);
      if (level === undefined) sectionZone = undefined;
      else if (before === undefined || level === heading[1].length) sectionZone = zoneNamedIn(heading[2]);
      else sectionZone = zoneNamedIn(heading[2]) ?? sectionZone;
      inTable = false;
      return [];
    }
    if (level === undefined || !line.trim()) {
      inTable = false;
      return [];
    }
    const cells = pipedRowCells(line);
    if (cells) {
      const header = !inTable;
      inTable = true;
      if (header) tableZone = zoneNamedIn(cells.join(' | '));
      if (header || isDelimiterCells(cells)) return [];
      let time: string | undefined;
      let writtenTime: string | undefined;
      let day: string | undefined;
      let zone: Zone | 'left' | undefined;
      const rest: string[] = [];
      for (const cell of cells) {
        const clock = time === undefined ? cellTime.exec(cell) : null;
        const after = clock ? zoneAfterTime.exec(clock[5]) : null;
        const cellZone = after ? zoneWritten(after[1]) : undefined;
        const read = clock && (!clock[5].trim() || (after && cellZone && after[0].length === clock[5].length)) ? clockOf(clock[2], clock[3], clock[4]) : undefined;
        const date = cellDay.exec(cell);
        if (clock && read) {
          time = read;
          writtenTime = cell.slice(0, cell.length - clock[5].length).replace(/\*\*|__|~/g, '').replace(clock[1] ?? '', '').trim();
          day = clock[1] ?? day;
          zone = cellZone;
        } else if (date && !day) day = date[1];
        else rest.push(cell);
      }
      zone ??= tableZone ?? sectionZone;
      if (zone === 'left') return [];
      entries.push({ line: index + 1, column: Math.max(1, line.indexOf('|') + 1), time, written: writtenTime, day: time ? day : undefined, zone: time ? zone : undefined, words: rest.join(' ') });
      return [];
    }
    inTable = false;
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/.exec(line);
    const start = entryStart.exec(line);
    const time = start ? clockOf(start[2], start[3], start[4]) : undefined;
    if (!item && !time) {
      // A line of the section that names the zone of its times (`All times are in Europe/Berlin.`).
      if (/\btimes?\b/i.test(line)) sectionZone = zoneNamedIn(line) ?? sectionZone;
      return [];
    }
    let words = time ? line.slice(start![0].length) : item![1];
    let zone: Zone | 'left' | undefined;
    if (time) {
      const after = zoneAfterTime.exec(words);
      const named = after ? zoneWritten(after[1]) : undefined;
      if (after && named) {
        zone = named;
        words = words.slice(after[0].length);
      }
      zone ??= sectionZone;
      if (zone === 'left') return [];
    }
    entries.push({
      line: index + 1,
      column: line.search(/\S/) + 1,
      time,
      written: time ? start![0].replace(/^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?/, '').replace(/\*\*|__|~/g, '').replace(start![1] ?? '', '').trim() : undefined,
      day: time ? start![1] : undefined,
      zone: time ? (zone as Zone | undefined) : undefined,
      words: words.replace(/^[ \t]*(?:\*\*|__)?[ \t]*[-–—:|]?[ \t]*/, ''),
    });
    return [];
  });
  return entries;
}
