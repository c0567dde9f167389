import { weekdayBeforeDayPattern } from './weekday-before-day.ts';
import { clockTimesAreOffsets, type StatedLength } from './clock-offset-rows.ts';
import { correctYearSlips } from './year-typo-rows.ts';
import { summarySentences } from './summary-length.ts';
import { calendarDayProblem } from '../instant-advice.ts';
import type { RootContent, Table, List } from 'mdast';
import { plainText, type ReportSection } from './report-structure.ts';
import { readRelativeTime, readWrittenTime, statedDurationMinutes, type ReadContext, type RelativeTime, type WrittenTime } from './written-time.ts';
import { cityZone, dayStartUtcIso, parseZone, toUtcIso, zonePattern, type WallClockFold, type Zone } from './time-zones.ts';
import { inferTimelineKind, type TimelineKind } from './timeline-kind.ts';
import { dateOnlyMark } from '../date-only-mark.ts';
import { monthSlipReader } from './month-slip.ts';
import { timeInRowWords } from './row-words-time.ts';

export interface ImportedTimelineEntry {
  at: string;
  event: string;
  kind: TimelineKind;
}

/** A row that names a moment but could not be placed in time; it stays in the body. */
export interface UnreadRow {
  row: string;
  reason: string;
  /** A relative time ("T+0", "Day 2") the report gives nothing to count from: kept as written. */
  relative?: boolean;
}

export interface TimelineReading {
  entries: ImportedTimelineEntry[];
  /**
   * Entries of rows that give a day but no time of day: placed at the start of that day in the
   * row's zone, their event ending in `dateOnlyMark`. Their instant is not a measured time, so
   * `times` (started, detected, …) are never taken from them. Each is given its written day
   * (YYYY-MM-DD): east of UTC the day's start is an instant of the day before (`rowDay`).
   */
  dateOnly: Map<ImportedTimelineEntry, string>;
  unread: UnreadRow[];
  /** What was assumed or corrected while reading, in words. */
  notes: string[];
  /** The zone every timed row writes, when they write one and the same ("02:33 CST"). */
  writtenZone?: Zone;
  /** Rows written with a relative time ("T+15m", "Day 2") placed from the start the report states. */
  relativePlaced: number;
  /**
   * Rows placed in the context's zone (the report's, `--timezone`, the folder's) or in UTC for
   * want of any: no zone on the row, its table or its section. The draft says where that zone came from.
   */
  inContextZone: number;
  /**
   * Rows dated two days or more before the incident day the report states, written after a row of
   * that day or later (univaf's "External ID Migration" of 2021-06-28: three rows of 2021-06-11
   * after three of 2021-06-28, the day slipped, or copied from another report): kept, sorted as
   * dated, but no key time is taken from them.
   */
  slippedDays: Set<ImportedTimelineEntry>;
  /**
   * Table rows whose time cell is a length of time, not a moment ("Time to recovery | 27s": an
   * agent's generated postmortems, import round 49): no row, and no unread one either; the
   * importer weighs them against the key times.
   */
  durations: { row: string; label: string; minutes: number }[];
}

export interface TimelineContext {
  /** The incident day when the report states one (YYYY-MM-DD): rows with a time only fall on it. */
  incidentDate?: string;
  /** Year for dates written without one. */
  year: number;
  /** The report writes `dd/mm/yyyy`: its dates with a slash are day first (slash-dates.ts). */
  dayFirst?: boolean;
  /** The report writes `mm-dd-yyyy`: its dates with dashes are month first (slash-dates.ts). */
  dashesMonthFirst?: boolean;
  /** A zone the report states for all its times, or `--timezone`. */
  zone?: Zone;
  /** True when `zone` is the report's own statement ("All times are UTC"), not `--timezone` or a guess. */
  zoneStated?: boolean;
  /** The start the report states with a time of day (UTC ISO): `T+15m` rows count from it. */
  start?: string;
  /** Where a row's time the clocks skipped or went over twice (daylight saving) is added, for the import's notes. */
  folds: WallClockFold[];
  /** Lengths of time the report states ("Time to Resolution: ~5 minutes"): rows "00:00" … "00:05" within one are minutes from the start (clock-offset-rows.ts). */
  statedLengths?: readonly StatedLength[];
  /**
   * A detection the report states with a time of day ("**Detected:** 10:42 UTC"), when it states no
   * start: offsets whose T+0 row is that detection ("00:00 – Alert fired") count from it (round 51).
   */
  statedDetection?: { at: string; label: string };
}


// "all times PST", "Times are in CET", "Time (UTC)", "(times: UTC+2)". Case matters: "et" is not ET.
const stated = new RegExp(String.raw`(?:[Tt]imes?\b[^.\n]{0,30}?[\s(:]|\()\s*(${zonePattern.replace(/\(\?:UTC\|GMT\)/, '(?:UTC|GMT|utc)')})\s*\)?`);

/** A zone a heading, table header or sentence states for the times that follow ("all times PST"). */

/**
 * The event without a comma left after its time, nor the row's time said again in UTC: "- 13:14
 * EDT (17:14 UTC): A user emails …"
 * was placed at 17:14 UTC with the event "(17:14 UTC): A user emails …". Another time in brackets
 * (a different minute, or a zone other than UTC) is words of the event and stays.
 */
function withoutRestatedTime(event: string, at: string): string {
  // "- 14:33, admin@… receives an email": the comma after the time is no word of the event.
  event = event.replace(/^[,;]\s+(?=\S)/, '');
  const restated = /^\(\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:UTC|GMT|Z)\s*\)\s*[:,–—-]?\s*/i.exec(event);
  if (!restated || `${restated[1].padStart(2, '0')}:${restated[2]}` !== at.slice(11, 16)) return event;
  const rest = event.slice(restated[0].length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : event;
}

// "All events are documented in UTC time", "Timestamps below are in CET": the rows' zone, said of
// the events rather than of "times" (hachyderm's posts, import round 29, read as "no zone stated").
const statedForEvents = new RegExp(String.raw`\b(?:[Ee]vents|[Tt]imestamps|[Ee]ntries)\b[^.\n]{0,40}?\bin\s+(${zonePattern})\b`);

export function findStatedZone(text: string): Zone | undefined {
  const match = stated.exec(text) ?? statedForEvents.exec(text);
  if (match) return parseZone(match[1].replace(/\s+/g, ''));
  // "All times US/Pacific", "Times are Europe/Berlin": an IANA name, daylight saving included.
  const iana = /\b[Tt]imes?\b[^.\n]{0,30}?\b([A-Z][A-Za-z_-]+\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_-]+)?)/.exec(text);
  if (iana) return parseZone(iana[1]);
  // "for the London timezone", "All times are Singapore time", "in UK local time": a city of the
  // IANA database (or the UK) named as a zone, daylight saving included. Only as a zone ("… time
  // zone", "… local time", or after "times"): "around Easter time" names no zone.
  const city = String.raw`([A-Z][a-z]+(?:[ _][A-Z][a-z]+)?|UK)`;
  const cityStatements = [new RegExp(String.raw`\b${city} (?:local )?time ?zone\b`, 'g'), new RegExp(String.raw`\b${city} local time\b`, 'g'), new RegExp(String.raw`\b[Tt]imes?\b[^.\n]{0,30}?\b${city} time\b`, 'g')];
  for (const statement of cityStatements) {
    for (const match of text.matchAll(statement)) {
      const zone = cityZone(match[1]);
      if (zone) return zone;
    }
  }
  return undefined;
}

const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/**
 * A line that only names the day of the rows under it: "Date: 2023-11-22", and "On the 16/12/21:"
 * or "On the 15/12/21 (in CET):", its zone in brackets (passbolt's timelines, import round 37: the
 * second day's rows had been placed on the first, and read in UTC).
 */
function dayLabel(text: string, when: ReadContext): { date: string; zone?: Zone } | undefined {
  const label = /^\s*(?:(?:date|day)\s*:\s*(.+?)|on\s+(?:the\s+)?(.+?)\s*:)\s*$/i.exec(text);
  if (!label) return undefined;
  let written = (label[1] ?? label[2]).replace(/[.\s]+$/, '');
  const bracket = /\s*\((?:in\s+|all\s+times\s+(?:in\s+)?)?([^()]+)\)$/i.exec(written);
  const zone = bracket ? parseZone(bracket[1].replace(/\s+/g, '')) : undefined;
  if (zone) written = written.slice(0, bracket!.index);
  const day = readWrittenTime(written, when);
  return day.date && !day.time && day.consumed >= written.length ? { date: day.date, ...(zone ? { zone } : {}) } : undefined;
}
/**
 * Why a time cell gives no instant, in words the author can act on: a month or a year is not a
 * day (history rows of a regression: "Jul 2024", "~2026-08", "≤ 2021"), a dash states nothing.
 * Such rows stay in the body; no day is invented for them.
 */
export function unreadTimeReason(cell: string): string {
  const text = cell.trim();
  const noDay = noDayAtStart(text);
  if (noDay) return noDay;
  if (/^(?:[—–-]+|n\/?a|\?+|tbd|unknown)$/i.test(text)) return `no time written ("${text}")`;
  const bound = String.raw`(?:[~≈≤≥<>]=?\s*|(?:about|around|circa|before|after|by|since|early|mid|late)\s+)?`;
  if (new RegExp(String.raw`^${bound}(?:${monthName}\s+\d{4}|\d{4}-\d{2})$`, 'i').test(text)) return `time "${text}" gives a month, not a day: kept in the body (no day is invented for it)`;
  if (new RegExp(String.raw`^${bound}\d{4}s?$`, 'i').test(text)) return `time "${text}" gives a year, not a day: kept in the body (no day is invented for it)`;
  return `time "${text}" cannot be read`;
}

/** A row or cell that starts with a day written YYYY-MM-DD the calendar lacks (2025-02-30): why. */
function noDayAtStart(text: string): string | undefined {
  const day = /^\W*(\d{4}-\d{2}-\d{2})(?!\d)/.exec(text)?.[1];
  const problem = day ? calendarDayProblem(day) : undefined;
  return problem;
}

// A line ending in a hard break (`<br />`, or Markdown's `\`: Wire's timelines, one row a line) ends there:
// the break is markup, not a word of the event.
const hardBreakAtEnd = /(?:\s*(?:<br\s*\/?>|\\))+\s*$/i;
const cleanEvent = (text: string) => text.replace(/^[\s*_`]*(?:[-–—:|)>]\s*)*/, '').replace(hardBreakAtEnd, '').replace(/[\s*_]+$/, '').replace(/\s+/g, ' ').trim();

interface RawRow { written: WrittenTime; event: string; row: string; zone?: Zone; timeCell?: string; relative?: RelativeTime }

function rowsOfTable(table: Table, when: ReadContext): RawRow[] {
  const [header, ...body] = table.children;
  const names = header.children.map((cell) => plainText(cell as unknown as RootContent).trim());
  const bodyCells = body.map((row) => row.children.map((cell) => plainText(cell as unknown as RootContent).trim()));
  const firstTimeColumn = Math.max(0, names.findIndex((name) => /time|date|when|utc|timestamp|hour/i.test(name)));
  // "| Day | Date (2021) | Time (PT) | Event |": the day in one column, its time of day in the next;
  // read together. The time alone had been read as no time, the row placed at its day's start and
  // the time and the weekday kept in its event ("Sun — 21:33 — …", import round 28).
  const split = splitDateAndTime(names);
  const timeColumn = split?.time ?? firstTimeColumn;
  const weekdays = split ? names.map((_, i) => i).filter((i) => i !== split.date && i !== split.time && /^(?:week)?days?$/i.test(names[i]) && bodyCells.every((cells) => !cells[i] || /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(cells[i]))) : [];
  const eventColumns = names.map((_, i) => i).filter((i) => i !== timeColumn && i !== split?.date && !weekdays.includes(i));
  const headerZone = names[timeColumn] ? findStatedZone(`(${names[timeColumn].replace(/^.*\(/, '').replace(/\).*$/, '')})`) ?? findStatedZone(names[timeColumn]) : undefined;
  // "| Date (2026) | … |" over "| 08-04 | … |": the header states the year of its days.
  const headerYear = Number(/\b((?:19|20)\d\d)\b/.exec(names[split?.date ?? timeColumn] ?? '')?.[1] ?? when.year);
  return body.map((row, r) => {
    const cells = bodyCells[r];
    const timeText = split && cells[split.date] ? `${cells[split.date]} ${cells[timeColumn] ?? ''}`.trim() : (cells[timeColumn] ?? '');
    const written = readWrittenTime(timeText, { ...when, year: headerYear });
    if (headerYear !== when.year) written.notes = written.notes.map((note) => note.replace(/taken from the report \((\d{4})\)/, `taken from the table's header (${headerYear})`));
    const relative = written.consumed ? undefined : readRelativeTime(timeText);
    const leftover = cleanEvent(timeText.slice(relative?.consumed ?? written.consumed));
    // A cell's line breaks (<br>) are spaces in the one-line event.
    const event = [leftover, ...eventColumns.map((i) => (cells[i] ?? '').replace(/\s*<br\s*\/?>\s*/gi, ' ').trim())].filter(Boolean).join(' — ');
    return { written, event, row: cells.join(' | '), zone: headerZone, timeCell: timeText, ...(relative ? { relative } : {}) };
  });
}

/** A "Date" column and a separate "Time" column of a table's header, or undefined. */
function splitDateAndTime(names: readonly string[]): { date: number; time: number } | undefined {
  const date = names.findIndex((name) => /^date\b/i.test(name) && !/time/i.test(name));
  const time = names.findIndex((name) => /^(?:time|hour|utc)\b/i.test(name) && !/date/i.test(name));
  return date >= 0 && time >= 0 ? { date, time } : undefined;
}

function rowsOfLines(text: string, when: ReadContext): RawRow[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const written = readWrittenTime(line, when);
    const relative = written.consumed ? undefined : readRelativeTime(line);
    return { written, event: cleanEvent(line.slice(relative?.consumed ?? written.consumed)), row: line, ...(relative ? { relative } : {}) };
  });
}

/**
 * The lines of a paragraph under a line with a time belong to its row, up to the next line with a
 * time: a time alone on its line over what happened ("1:03" over "First alert fires") had the time
 * as its event ("event: 1:03", 2i2c's reports), and a row wrapped at 80 columns ("…: first noticed
 * that the site was" over "giving an error.") lost its end (learningequality), import round 28.
 */
function withEventOnNextLines(rows: RawRow[]): RawRow[] {
  const timeLike = (row: RawRow) => row.written.consumed > 0 || !!row.relative || /^\W*\d{1,2}[:h.]\d/.test(row.row);
  return rows.map((row, i) => {
    if (!row.written.consumed) return row;
    const next = rows.slice(i + 1);
    const end = next.findIndex(timeLike);
    const lines = (end < 0 ? next : next.slice(0, end)).map((line) => line.row);
    // Each line's own hard break too (adoption round 43: a team's chat pasted one message a line,
    // each ending in `<br>`, left the tags inside the joined event, a plain-text field `npm run check`
    // refuses: 11 of 39 retros held back).
    return lines.length ? { ...row, event: cleanEvent([row.event, ...lines].map((line) => line.replace(hardBreakAtEnd, '')).join(' ')), row: [row.row, ...lines].join(' ') } : row;
  });
}

/** The first full date and time a sentence gives after "at", "on" or "@", read as the row's instant. */
function instantInSentence(line: string, when: ReadContext): WrittenTime | undefined {
  for (const match of line.matchAll(/(?:^|\s)(?:at|on|@)\s+(?=[A-Za-z]{3}|\d)/gi)) {
    const written = readWrittenTime(line.slice(match.index + match[0].length), when);
    if (written.consumed && written.date && written.time) return written;
  }
  return undefined;
}

/** "on" or "at" before a day or an instant, a weekday between them allowed ("on Friday, May 9, 2023"). */
const proseDayLead = new RegExp(String.raw`(?:^|\s)(?:on|at)\s+(?=${weekdayBeforeDayPattern}(?:[A-Za-z]{3,}\.?\s+\d|\d))`, 'gi');

/**
 * A timeline written as prose (a security advisory's "TIMELINE": "This issue was reported to the
 * curl project on April 2 2023. We contacted distros@openwall on May 9, 2023."): each sentence that
 * says on which day (or at which instant) is a row, its event the sentence as written. A sentence
 * that introduces what follows ("On May 9, the following happened:") is none.
 */
function rowsOfProse(paragraph: string, when: ReadContext): RawRow[] {
  return summarySentences(paragraph.replace(/\s+/g, ' ').trim()).flatMap((sentence) => {
    if (/:\s*$/.test(sentence)) return [];
    for (const match of sentence.matchAll(proseDayLead)) {
      const written = readWrittenTime(sentence.slice(match.index + match[0].length), when);
      if (written.consumed && written.date && !written.placeholder) return [{ written, event: cleanEvent(sentence), row: sentence }];
    }
    return [];
  });
}

/**
 * A line of a row's item that is a label saying nothing is known ("Diagnosis: None at this time.",
 * "Workaround: None at this time.", Google Cloud's updates end with both, a line each): no word of
 * the one-line event, where it buried what the update said under boilerplate. The body keeps it.
 */
const labelSayingNothing = /^[*_]*[A-Z][A-Za-z ]{1,30}:[*_]*\s*(?:none|n\/a|tbd)(?:\s+(?:at|for) (?:this|the) (?:time|moment))?\s*\.?$/i;

function rowsOfList(list: List, when: ReadContext): RawRow[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const text = first ? plainText(first).trim() : '';
    const line = text.split('\n')[0] ?? '';
    // A list of key events may write the label first and the instant last ("First detected
    // 2020-08-14 10:43", "Incident declared: 2020-08-14 11:01"): read as the instant, then the label.
    // Only a label of a few words and a full date and time that end the line.
    const labelFirst = /^([A-Za-z][A-Za-z ]{2,30}?):?\s+(\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|GMT|Z|[A-Z]{2,4}T|[+-]\d{2}:?\d{2}))?)\s*$/.exec(line);
    let [row] = rowsOfLines(line, when);
    if (labelFirst && row && !row.written.consumed && !row.relative) [row] = rowsOfLines(`${labelFirst[2]} ${labelFirst[1]}`, when);
    else if (row && !row.written.consumed && !row.relative) {
      // A sentence that says when, with a full date and time ("Attacker deployed the contract at
      // 2021-02-13 5:37 AM +UTC", "Attack started at Feb-08-2021 08:10:01 PM +UTC with …"): the row
      // is at that instant and its event is the sentence as written. A time without a day is not
      // enough ("retried at 14:00" may be any day).
      const said = instantInSentence(line, when);
      // The event stays the whole sentence: `consumed` is the length of the expression found inside it.
      if (said) row = { ...row, written: said };
    }
    const rest = text.split('\n').slice(1).filter((more) => !labelSayingNothing.test(more.trim())).join(' ');
    const nested = item.children.slice(1).flatMap((child) => (child.type === 'list' ? rowsOfList(child, when) : []));
    return row ? [{ ...row, event: [row.event, rest].filter(Boolean).join(' ') }, ...nested] : nested;
  });
}

/**
 * Timeline rows from the timeline sections of a report: tables (a time column and the rest as the
 * event), bullet lists and lines that start with a time. Each row's zone is its own, else its
 * table's or section's, else the report's, else `--timezone`, else UTC (said in the notes).
 */
/**
 * In a list written oldest first (its days rise from row to row more often than they fall), rows
 * dated two days or more before a row written above them: their day slipped. A month not turned
 * over across the month's end ("01/03/2023" after "31/03/2023" for the 1st of April, passbolt's
 * Android report) is read a month on before this (month-slip.ts, import round 37b); what is left is
 * kept and sorted as dated, as the rows before the stated day are, but no key time is taken from
 * it. A list written newest first (a status page's updates) has no such rows. Days as written
 * (`rowDay`): a date-only row's instant east of UTC is of the day before.
 */
function rowsBelowEarlierDays(written: readonly { entry: ImportedTimelineEntry; day: string }[]): ImportedTimelineEntry[] {
  const days = written.map((row) => Math.floor(Date.parse(`${row.day}T00:00:00Z`) / 86_400_000));
  let rising = 0;
  let falling = 0;
  for (let i = 1; i < days.length; i++) {
    if (days[i] > days[i - 1]) rising++;
    else if (days[i] < days[i - 1]) falling++;
  }
  if (rising <= falling) return [];
  const slipped: ImportedTimelineEntry[] = [];
  let latest = -Infinity;
  written.forEach(({ entry }, i) => {
    if (days[i] <= latest - 2) slipped.push(entry);
    else latest = Math.max(latest, days[i]);
  });
  return slipped;
}

/** The day a row is of: a date-only row's written day, else its instant's day in UTC. */
export function rowDay(reading: Pick<TimelineReading, 'dateOnly'>, entry: ImportedTimelineEntry): string {
  return reading.dateOnly.get(entry) ?? entry.at.slice(0, 10);
}

export function readTimeline(sections: ReportSection[], context: TimelineContext): TimelineReading {
  // Dates read as the report writes them: `01/07/2023` day first when its own dates are (slash-dates.ts).
  const when: ReadContext = { year: context.year, ...(context.dayFirst ? { dayFirst: true } : {}), ...(context.dashesMonthFirst ? { dashesMonthFirst: true } : {}) };
  const reading: TimelineReading = { entries: [], dateOnly: new Map(), unread: [], notes: [], relativePlaced: 0, inContextZone: 0, slippedDays: new Set(), durations: [] };
  const countedFrom = new Set<string>();
  let date = context.incidentDate;
  let previousMs: number | undefined;
  let assumedUtc = false;
  let previousRowZone: Zone | undefined;
  let rowsInCarriedZone = 0;
  // A date-only row keeps its written day: the instant of its day's start is not of that day east of UTC.
  const dated: { entry: ImportedTimelineEntry; order: number; dateOnlyDay?: string }[] = [];
  // "01/03/2023" written after "31/03/2023" for the 1st of April (month-slip.ts).
  const monthSlips = monthSlipReader();
  // Rows with a date only and no zone anywhere wait for the zone the report's timed rows write
  // (`2024-06-21:` among `2024-06-28 7:09 AM Eastern:` rows): the start of their day is in it.
  const zonelessDays: { item: (typeof dated)[number]; date: string; row: string; approximate?: boolean }[] = [];
  const timedRowZones = new Map<string, Zone>();
  let timedRowsWithoutZone = 0;
  // A zone stated in one timeline section ("All times in EEST") holds for the day sections after it.
  let carriedZone: Zone | undefined;
  // "Unless otherwise noted all events happened on 2019-10-21": the day of rows with a time only,
  // even after a row that names another day.
  let statedDay: string | undefined;
  for (const section of sections) {
    const sectionZone = findStatedZone(section.heading ?? '');
    // "Timeline (all times PST) 7/5/2023-7/6/2023", "March 4, 2025": the first date of the heading.
    const headingTime = readWrittenTime((section.heading ?? '').replace(/^.*?(?=\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i, ''), when);
    if (headingTime.date) date = headingTime.date;
    let zone = sectionZone ?? carriedZone;
    // A heading that is a time ("### 08:52 PM") is a row; the paragraph under it is its event.
    let pendingHeading: RawRow | undefined;
    const flushHeading = () => {
      if (pendingHeading) place([pendingHeading], false);
      pendingHeading = undefined;
    };
    // A day section headed by its first moment ("## Feb 21, 13:00"): the heading is a row, the
    // paragraph under it its event, as for a time heading inside a section.
    const sectionHeading = (section.heading ?? '').trim();
    const headingRow = readWrittenTime(sectionHeading, when);
    if (headingRow.time && headingRow.date && headingRow.consumed >= sectionHeading.replace(/[\s*_:.,]+$/, '').length) {
      pendingHeading = { written: headingRow, event: '', row: sectionHeading };
    }
    const visit = (node: RootContent) => {
      let raw: RawRow[] = [];
      if (node.type === 'heading') {
        flushHeading();
        const text = plainText(node).trim();
        const written = readWrittenTime(text, when);
        zone = findStatedZone(text) ?? zone;
        if (written.time || written.placeholder) {
          pendingHeading = { written, event: cleanEvent(text.slice(written.consumed)), row: text };
          return;
        }
        if (written.date) date = written.date;
        return;
      }
      if (pendingHeading && (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote')) {
        const event = plainText(node).replace(/\s+/g, ' ').trim();
        pendingHeading = { ...pendingHeading, event: [pendingHeading.event, event].filter(Boolean).join(' — '), row: `${pendingHeading.row} ${event}` };
        flushHeading();
        return;
      }
      flushHeading();
      if (node.type === 'table') raw = rowsOfTable(node, when);
      else if (node.type === 'list') raw = rowsOfList(node, when);
      else if (node.type === 'paragraph') {
        zone = findStatedZone(plainText(node)) ?? zone;
        // Only a statement about all the rows: "the job failed 3 times on 2024-03-02" is an event.
        const dayPhrase = /\ball (?:the )?(?:events|times|entries|rows)\b[^.\n]{0,40}?\bon\s+/i.exec(plainText(node));
        const day = dayPhrase && readWrittenTime(plainText(node).slice(dayPhrase.index + dayPhrase[0].length), when);
        if (day?.date && !day.time) {
          statedDay = day.date;
          date = day.date;
          reading.notes.push(`rows with a time only are on ${day.date}, the day the timeline states`);
        }
        // A day labelled on a line of its own ("**Date: 2023-11-22**" over the day's rows) is a day
        // label as a date alone is: the rows under it were placed on the report's day.
        const label = dayLabel(plainText(node), when);
        if (label) {
          date = label.date;
          statedDay = undefined;
          zone = label.zone ?? zone;
          return;
        }
        raw = withEventOnNextLines(rowsOfLines(plainText(node), when)).filter((row) => row.written.consumed > 0 || row.relative || /^\W*\d{1,2}[:h.]\d/.test(row.row));
        if (!raw.length) prose.push(plainText(node));
      } else return;
      place(raw, node.type === 'table');
    };
    const place = (raw: RawRow[], fromTable: boolean) => {
      // "July 2 2025, 11:00 AM UTC | Snapshot generated" over "+10 minutes | Upgrade retrial executed"
      // (cheqd's retrial RCA, import round 40b): offsets under a row of the same list that states its
      // instant count from that row, not from the start a "Date" line states two hours before it.
      let listOrigin: { at: string; row: string } | undefined;
      // "00:00 – identified", "00:02 – …", "00:05 – fixed" under "~5 minutes" to resolve: minutes
      // from the start, not moments after midnight (import round 50). Said, with why.
      const clockRows = raw.filter((row) => !row.relative && row.written.time && !row.written.date && !row.written.placeholder);
      const offsetsWhy = clockRows.length >= 2 && !zone && clockRows.every((row) => !row.written.zone && !row.zone) && clockRows.length === raw.filter((row) => !row.relative && row.written.consumed).length
        ? clockTimesAreOffsets(clockRows.map((row) => row.written.time!), context.statedLengths ?? [], section.heading ?? '')
        : undefined;
      if (offsetsWhy) {
        for (const row of clockRows) row.relative = { label: row.written.time!, minutes: Number(row.written.time!.slice(0, 2)) * 60 + Number(row.written.time!.slice(3, 5)), approximate: row.written.approximate, consumed: row.written.consumed };
        reading.notes.push(`rows written "${clockRows[0].written.time}" to "${clockRows[clockRows.length - 1].written.time}" read as minutes from the start (T+0 to T+${clockRows[clockRows.length - 1].relative!.minutes}m), not as times of day: ${offsetsWhy}`);
      }
      // Offsets with no start stated, whose T+0 row is the detection the report states with a time of
      // day ("Detected: 10:42 UTC" over "00:00 – Alert fired"): counted from it. They were placed on the
      // day with no time of day (round 50's leftover); a T+0 row of other words is no such anchor.
      const firstOffset = context.start ? undefined : raw.find((row) => row.relative?.minutes !== undefined && !row.relative.unknownAmount && !row.relative.session);
      const detectionOrigin = firstOffset && firstOffset.relative!.minutes === 0 && context.statedDetection && context.statedDetection.at.slice(0, 10) === context.incidentDate && inferTimelineKind(firstOffset.event) === 'detection'
        ? { at: context.statedDetection.at, event: firstOffset.event }
        : undefined;
      for (const row of raw) {
        if (row.relative) {
          placeRelative(row, row.relative, listOrigin, detectionOrigin);
          continue;
        }
        if (!row.written.consumed) {
          // A table row always means a moment: say when its time cannot be read. A line or bullet
          // without a time is simply prose.
          const minutes = fromTable && row.timeCell ? statedDurationMinutes(row.timeCell) : undefined;
          if (minutes !== undefined && row.event) reading.durations.push({ row: row.row, label: row.event, minutes });
          else if (fromTable && row.timeCell) reading.unread.push({ row: row.row, reason: unreadTimeReason(row.timeCell) });
          else if (/^\W*\d{1,2}[:h.]\d/.test(row.row)) reading.unread.push({ row: row.row, reason: 'its time cannot be read' });
          // "2025-02-30 10:00 UTC: alerts fired" was passed over as prose, without a word.
          else if (noDayAtStart(row.row)) reading.unread.push({ row: row.row, reason: noDayAtStart(row.row)! });
          continue;
        }
        const asWritten = row.written.date ? { ...row.written, date: monthSlips.read(row.written.date) } : row.written;
        // A date-only row whose first sentence says when its event began ("3 August | Severe
        // errors began around 20:50pm."): placed at that time, not at the day's start (import round 46).
        const wordsTime = asWritten.date && !asWritten.time && !asWritten.placeholder && row.event ? timeInRowWords(row.event) : undefined;
        const written = wordsTime
          ? { ...asWritten, time: wordsTime.time, zone: asWritten.zone ?? wordsTime.zone, approximate: asWritten.approximate || wordsTime.approximate, notes: [...asWritten.notes, ...wordsTime.notes] }
          : asWritten;
        if (wordsTime) reading.notes.push(`row "${row.row}": its day written without a time, the time ${wordsTime.time} read from its words ("${wordsTime.words}"): check it is when the event began`);
        reading.notes.push(...written.notes.map((note) => `row "${row.row}": ${note}`));
        if (written.placeholder) {
          reading.unread.push({ row: row.row, reason: `time "${written.placeholder}" is a placeholder` });
          if (written.date) date = written.date;
          continue;
        }
        // "17:50 UTC: ..." (or "—"): an event of marks only, which the schema refuses; the draft
        // was written not matching it. Kept in the body and listed with the rows not placed.
        if (written.time && row.event && !/[\p{L}\p{N}]/u.test(row.event)) {
          reading.unread.push({ row: row.row, reason: `nothing after its time says what happened ("${row.event}")` });
          if (written.date) date = written.date;
          continue;
        }
        if (!written.time) {
          // A date-only row ("2024-03-02 | Customer reported …", "March 2: …") is an event of that
          // day: placed at the day's start in the row's zone, its event marked "date only".
          // A date with nothing after it is a day label for the rows that follow, as is one with a
          // note in brackets only ("7th Sept: (GST is Gulf Standard Time, UTC+4)"): no event.
          date = written.date!;
          if (!row.event || /^\([^()]*\)$/.test(row.event)) continue;
          // "2025-02-28 24:30 UTC: fixed" was placed at 00:00 as a row without a time of day, its
          // impossible time kept as the start of its event.
          const clock = /^(\d{1,2})[:h.](\d{2})\b/.exec(row.event);
          if (clock && (Number(clock[1]) > 23 || Number(clock[2]) > 59)) {
            reading.unread.push({ row: row.row, reason: `${clock[0]} is not a time of day (00:00 to 23:59; 24:00 is 00:00 of the next day)` });
            continue;
          }
          const dayZone = written.zone ?? row.zone ?? zone ?? context.zone;
          if (!(written.zone ?? row.zone ?? zone)) reading.inContextZone++;
          const at = dayStartUtcIso(date, dayZone ?? { kind: 'offset', minutes: 0, label: 'UTC' });
          previousMs = Date.parse(at);
          const item = { entry: { at, event: `${row.event} ${dateOnlyMark}`, kind: inferTimelineKind(row.event) }, order: dated.length, dateOnlyDay: date };
          dated.push(item);
          if (!dayZone) {
            zonelessDays.push({ item, date, row: row.row, approximate: written.approximate });
            continue;
          }
          reading.notes.push(`row "${row.row}": a date without a time of day: placed at the start of ${date} (${dayZone.label}) and marked "date only"`);
          if (written.approximate) reading.notes.push(`row "${row.row}": the date is approximate`);
          continue;
        }
        let day = written.date ?? statedDay ?? date;
        if (!day) {
          reading.unread.push({ row: row.row, reason: 'time without a date, and the report states no incident day' });
          continue;
        }
        // A time without a zone after rows that wrote one ("### 16:59 PST" … "### 17:07") is in
        // theirs, unless the report states a zone for all its times.
        const carried = context.zoneStated ? undefined : previousRowZone;
        const rowZone = written.zone ?? row.zone ?? zone ?? carried ?? context.zone;
        if (!(written.zone ?? row.zone ?? zone ?? carried)) reading.inContextZone++;
        if (!(written.zone ?? row.zone ?? zone) && carried) rowsInCarriedZone++;
        if (written.zone) previousRowZone = written.zone;
        if (!rowZone) assumedUtc = true;
        const ownZone = written.zone ?? row.zone ?? zone;
        if (ownZone) timedRowZones.set(ownZone.label, ownZone);
        else timedRowsWithoutZone++;
        let at = toUtcIso(day, written.time, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds);
        // A time-only row far earlier than the one before it has crossed midnight.
        if (!written.date && previousMs !== undefined && Date.parse(at) < previousMs - 12 * 3_600_000) {
          const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          reading.notes.push(`row "${row.row}": read as the next day, ${next} (the time is earlier than the row before)`);
          statedDay = undefined;
          day = next;
          at = toUtcIso(day, written.time, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds);
        }
        date = day;
        previousMs = Date.parse(at);
        if (written.approximate) reading.notes.push(`row "${row.row}": the time is approximate`);
        const event = withoutRestatedTime(row.event || row.row, at);
        dated.push({ entry: { at, event, kind: inferTimelineKind(event) }, order: dated.length });
        listOrigin = { at, row: row.row };
      }
    };
    /**
     * "T+15m", "Day 2, 09:01": placed from the start the report states, the expression kept at the
     * head of the event. An offset without a start time falls on the start day, marked date only.
     */
    const placeRelative = (row: RawRow, relative: RelativeTime, listOrigin?: { at: string; row: string }, detectionOrigin?: { at: string; event: string }) => {
      const event = `(${relative.label}) ${row.event}`.trim();
      const rowZone = row.zone ?? zone ?? context.zone;
      if (!(row.zone ?? zone)) reading.inContextZone++;
      const keep = (reason: string) => reading.unread.push({ row: row.row, reason: `relative time "${relative.label}": ${reason}`, relative: true });
      const note = (text: string) => {
        if (!countedFrom.has(text)) reading.notes.push(text);
        countedFrom.add(text);
      };
      // A later session's offset counts from that session's start, which reports do not write down.
      if (relative.session && relative.session > 1) return keep(`counts from the start of session ${relative.session}, which the report does not state (kept in the body)`);
      const approximate = () => relative.approximate && reading.notes.push(`row "${row.row}": the time is approximate`);
      const countsFromList = (listOrigin || detectionOrigin) && relative.dayOffset === undefined && relative.minutes !== undefined;
      // An offset of no amount ("T+N minutes") is after the start by some minutes: of the start's
      // day, in the order written, with no time of day (it was kept in the body, unsaid: round 49).
      if (!countsFromList && (relative.dayOffset !== undefined || relative.unknownAmount || !context.start)) {
        const first = context.incidentDate;
        if (!first) return keep(relative.dayOffset !== undefined ? 'the report states no day to count from (kept in the body)' : 'the report states no start time or day to count from (kept in the body)');
        const days = relative.dayOffset ?? Math.floor((relative.minutes ?? 0) / 1440);
        const day = new Date(Date.parse(`${first}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        // "Day before" dates its own row only: the rows after it, written as times alone, stay on the incident day.
        const besideTheDay = relative.dayOffset !== undefined && /^(?:the\s+)?day\s+(?:before|after)$/i.test(relative.label);
        note(relative.unknownAmount
          ? `rows written with an offset of no amount ("${relative.label}") placed on ${first}, the incident day, in the order written: the report gives no minutes to count, so they have no time of day`
          : besideTheDay
          ? `row "${relative.label}" placed on ${day}, the day ${(relative.dayOffset ?? 0) < 0 ? 'before' : 'after'} the incident day the report states (${first})`
          : relative.dayOffset !== undefined
          ? `rows numbered by day ("Day 1", "Day 2") counted from ${first}, the incident day the report states, as Day 1: check it was not the day of discovery`
          : `rows with a time after the start ("T+…") placed on ${first}, the incident day: the report states no start time, so they have no time of day`);
        reading.relativePlaced++;
        if (!besideTheDay) date = day;
        if (relative.time) {
          approximate();
          if (!rowZone) assumedUtc = true;
          const at = toUtcIso(day, relative.time, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds);
          previousMs = Date.parse(at);
          dated.push({ entry: { at, event, kind: inferTimelineKind(row.event) }, order: dated.length });
          return;
        }
        if (!rowZone) assumedUtc = true;
        const at = dayStartUtcIso(day, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' });
        dated.push({ entry: { at, event: `${event} ${dateOnlyMark}`, kind: inferTimelineKind(row.event) }, order: dated.length, dateOnlyDay: day });
        return;
      }
      const origin = detectionOrigin && countsFromList ? detectionOrigin.at : countsFromList ? listOrigin!.at : context.start!;
      const at = new Date(Date.parse(origin) + Math.round((relative.minutes ?? 0) * 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      approximate();
      note(detectionOrigin && countsFromList
        ? `rows with a time after the start counted from ${origin}, the detection the report states ("${context.statedDetection!.label}"): their T+0 row is that detection ("${detectionOrigin.event}") and the report states no start: check the detection was the start`
        : countsFromList
        ? `rows with a time after an instant ("+…") counted from ${origin}, the row above them that states it ("${listOrigin!.row}")${context.start && context.start !== origin ? `, not from the start the report states (${context.start})` : ''}`
        : `rows with a time after the start ("T+…") counted from ${context.start}, the start the report states`);
      reading.relativePlaced++;
      previousMs = Date.parse(at);
      date = at.slice(0, 10);
      dated.push({ entry: { at, event, kind: inferTimelineKind(row.event) }, order: dated.length });
    };
    // Paragraphs that are no rows: a section written as prose alone is read sentence by sentence
    // (a sentence among rows is about one event: "The job failed 3 times on 2024-03-02" is no day
    // of the rows after it).
    const prose: string[] = [];
    const before = dated.length + reading.unread.length;
    section.nodes.forEach(visit);
    flushHeading();
    if (dated.length + reading.unread.length === before) {
      const day = date;
      place(prose.flatMap((paragraph) => rowsOfProse(paragraph, when)), false);
      date = day;
    }
    carriedZone = zone;
  }
  reading.notes.push(...monthSlips.notes());
  // A year's slip in one row ("2021-01-09" among rows of 2022) is read with the others' year (year-typo-rows.ts).
  const slips = correctYearSlips(dated.map((item) => item.entry));
  slips.rows.forEach((entry, i) => {
    const yearsOn = Number(entry.at.slice(0, 4)) - Number(dated[i].entry.at.slice(0, 4));
    const day = dated[i].dateOnlyDay;
    if (day && yearsOn) dated[i].dateOnlyDay = `${Number(day.slice(0, 4)) + yearsOn}${day.slice(4)}`;
    dated[i].entry = entry;
  });
  reading.notes.push(...slips.notes);
  // The zone every timed row writes, when they write one and the same: the day of a row with a
  // date only starts in it, and the draft says so; else at UTC's midnight, said as before.
  const writtenZone = timedRowZones.size === 1 && !timedRowsWithoutZone ? [...timedRowZones.values()][0] : undefined;
  if (writtenZone) reading.writtenZone = writtenZone;
  for (const { item, date: day, row, approximate } of zonelessDays) {
    if (writtenZone) {
      item.entry.at = dayStartUtcIso(day, writtenZone);
      reading.inContextZone--;
    } else assumedUtc = true;
    reading.notes.push(`row "${row}": a date without a time of day: placed at the start of ${day} (${writtenZone ? `${writtenZone.label}, the zone the report's timed rows write` : 'UTC'}) and marked "date only"`);
    if (approximate) reading.notes.push(`row "${row}": the date is approximate`);
  }
  // In the order written: a row of the stated day or later, then rows days before that day.
  const dayOfItem = (item: (typeof dated)[number]) => item.dateOnlyDay ?? item.entry.at.slice(0, 10);
  if (context.incidentDate) {
    const dayMs = Date.parse(`${context.incidentDate}T00:00:00Z`);
    let seenIncidentDay = false;
    for (const item of dated) {
      const at = item.dateOnlyDay ? Date.parse(`${item.dateOnlyDay}T00:00:00Z`) : Date.parse(item.entry.at);
      if (at >= dayMs - 86_400_000) seenIncidentDay = true;
      else if (seenIncidentDay && at <= dayMs - 2 * 86_400_000) reading.slippedDays.add(item.entry);
    }
  }
  for (const entry of rowsBelowEarlierDays(dated.map((item) => ({ entry: item.entry, day: dayOfItem(item) })))) reading.slippedDays.add(entry);
  const sorted = [...dated].sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.order - b.order);
  if (sorted.some((item, i) => item.order !== i)) reading.notes.push('timeline rows were out of order: sorted oldest first');
  reading.entries = sorted.map((item) => item.entry);
  reading.dateOnly = new Map(sorted.flatMap((item) => (item.dateOnlyDay ? [[item.entry, item.dateOnlyDay] as const] : [])));
  if (rowsInCarriedZone) reading.notes.push(`${rowsInCarriedZone} row(s) without a zone read in ${previousRowZone?.label}, the zone the rows before them write`);
  if (assumedUtc && reading.entries.length) {
    reading.notes.push('the report states no time zone: times read as UTC (run again with --timezone ZONE if they were local)');
  }
  return reading;
}
