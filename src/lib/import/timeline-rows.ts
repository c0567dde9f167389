import type { RootContent, Table, List } from 'mdast';
import { plainText, type ReportSection } from './report-structure.ts';
import { readWrittenTime, type WrittenTime } from './written-time.ts';
import { parseZone, toUtcIso, zonePattern, type Zone } from './time-zones.ts';
import { inferTimelineKind, type TimelineKind } from './timeline-kind.ts';

export interface ImportedTimelineEntry {
  at: string;
  event: string;
  kind: TimelineKind;
}

/** A row that names a moment but could not be placed in time; it stays in the body. */
export interface UnreadRow {
  row: string;
  reason: string;
}

export interface TimelineReading {
  entries: ImportedTimelineEntry[];
  /**
   * Entries of rows that give a day but no time of day: placed at the start of that day in the
   * row's zone, their event ending in `dateOnlyMark`. Their instant is not a measured time, so
   * `times` (started, detected, …) are never taken from them.
   */
  dateOnly: Set<ImportedTimelineEntry>;
  unread: UnreadRow[];
  /** What was assumed or corrected while reading, in words. */
  notes: string[];
}

export interface TimelineContext {
  /** The incident day when the report states one (YYYY-MM-DD): rows with a time only fall on it. */
  incidentDate?: string;
  /** Year for dates written without one. */
  year: number;
  /** A zone the report states for all its times, or `--timezone`. */
  zone?: Zone;
}

/** Ends the event of a row placed by its day alone: the schema needs an instant, the reader must see there was none. */
export const dateOnlyMark = '(date only: no time of day given)';

// "all times PST", "Times are in CET", "Time (UTC)", "(times: UTC+2)". Case matters: "et" is not ET.
const stated = new RegExp(String.raw`(?:[Tt]imes?\b[^.\n]{0,30}?[\s(:]|\()\s*(${zonePattern.replace(/\(\?:UTC\|GMT\)/, '(?:UTC|GMT|utc)')})\s*\)?`);

/** A zone a heading, table header or sentence states for the times that follow ("all times PST"). */
export function findStatedZone(text: string): Zone | undefined {
  const match = stated.exec(text);
  return match ? parseZone(match[1].replace(/\s+/g, '')) : undefined;
}

const cleanEvent = (text: string) => text.replace(/^[\s*_`]*(?:[-–—:|)>]\s*)*/, '').replace(/[\s*_]+$/, '').replace(/\s+/g, ' ').trim();

interface RawRow { written: WrittenTime; event: string; row: string; zone?: Zone; timeCell?: string }

function rowsOfTable(table: Table, year: number): RawRow[] {
  const [header, ...body] = table.children;
  const names = header.children.map((cell) => plainText(cell as unknown as RootContent).trim());
  const timeColumn = Math.max(0, names.findIndex((name) => /time|date|when|utc|timestamp|hour/i.test(name)));
  const eventColumns = names.map((_, i) => i).filter((i) => i !== timeColumn);
  const headerZone = names[timeColumn] ? findStatedZone(`(${names[timeColumn].replace(/^.*\(/, '').replace(/\).*$/, '')})`) ?? findStatedZone(names[timeColumn]) : undefined;
  return body.map((row) => {
    const cells = row.children.map((cell) => plainText(cell as unknown as RootContent).trim());
    const timeText = cells[timeColumn] ?? '';
    const written = readWrittenTime(timeText, { year });
    const leftover = cleanEvent(timeText.slice(written.consumed));
    // A cell's line breaks (<br>) are spaces in the one-line event.
    const event = [leftover, ...eventColumns.map((i) => (cells[i] ?? '').replace(/\s*<br\s*\/?>\s*/gi, ' ').trim())].filter(Boolean).join(' — ');
    return { written, event, row: cells.join(' | '), zone: headerZone, timeCell: timeText };
  });
}

function rowsOfLines(text: string, year: number): RawRow[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const written = readWrittenTime(line, { year });
    return { written, event: cleanEvent(line.slice(written.consumed)), row: line };
  });
}

function rowsOfList(list: List, year: number): RawRow[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const text = first ? plainText(first).trim() : '';
    const [row] = rowsOfLines(text.split('\n')[0] ?? '', year);
    const rest = text.split('\n').slice(1).join(' ');
    const nested = item.children.slice(1).flatMap((child) => (child.type === 'list' ? rowsOfList(child, year) : []));
    return row ? [{ ...row, event: [row.event, rest].filter(Boolean).join(' ') }, ...nested] : nested;
  });
}

/**
 * Timeline rows from the timeline sections of a report: tables (a time column and the rest as the
 * event), bullet lists and lines that start with a time. Each row's zone is its own, else its
 * table's or section's, else the report's, else `--timezone`, else UTC (said in the notes).
 */
export function readTimeline(sections: ReportSection[], context: TimelineContext): TimelineReading {
  const reading: TimelineReading = { entries: [], dateOnly: new Set(), unread: [], notes: [] };
  let date = context.incidentDate;
  let previousMs: number | undefined;
  let assumedUtc = false;
  const dated: { entry: ImportedTimelineEntry; order: number; dateOnly?: boolean }[] = [];
  // A zone stated in one timeline section ("All times in EEST") holds for the day sections after it.
  let carriedZone: Zone | undefined;
  for (const section of sections) {
    const sectionZone = findStatedZone(section.heading ?? '');
    // "Timeline (all times PST) 7/5/2023-7/6/2023", "March 4, 2025": the first date of the heading.
    const headingTime = readWrittenTime((section.heading ?? '').replace(/^.*?(?=\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i, ''), { year: context.year });
    if (headingTime.date) date = headingTime.date;
    let zone = sectionZone ?? carriedZone;
    // A heading that is a time ("### 08:52 PM") is a row; the paragraph under it is its event.
    let pendingHeading: RawRow | undefined;
    const flushHeading = () => {
      if (pendingHeading) place([pendingHeading], false);
      pendingHeading = undefined;
    };
    const visit = (node: RootContent) => {
      let raw: RawRow[] = [];
      if (node.type === 'heading') {
        flushHeading();
        const text = plainText(node).trim();
        const written = readWrittenTime(text, { year: context.year });
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
      if (node.type === 'table') raw = rowsOfTable(node, context.year);
      else if (node.type === 'list') raw = rowsOfList(node, context.year);
      else if (node.type === 'paragraph') {
        zone = findStatedZone(plainText(node)) ?? zone;
        raw = rowsOfLines(plainText(node), context.year).filter((row) => row.written.consumed > 0 || /^\W*\d{1,2}[:h.]\d/.test(row.row));
      } else return;
      place(raw, node.type === 'table');
    };
    const place = (raw: RawRow[], fromTable: boolean) => {
      for (const row of raw) {
        if (!row.written.consumed) {
          // A table row always means a moment: say when its time cannot be read. A line or bullet
          // without a time is simply prose.
          if (fromTable && row.timeCell) reading.unread.push({ row: row.row, reason: `time "${row.timeCell}" cannot be read` });
          else if (/^\W*\d{1,2}[:h.]\d/.test(row.row)) reading.unread.push({ row: row.row, reason: 'its time cannot be read' });
          continue;
        }
        const written = row.written;
        reading.notes.push(...written.notes.map((note) => `row "${row.row}": ${note}`));
        if (written.placeholder) {
          reading.unread.push({ row: row.row, reason: `time "${written.placeholder}" is a placeholder` });
          if (written.date) date = written.date;
          continue;
        }
        if (!written.time) {
          // A date-only row ("2024-03-02 | Customer reported …", "March 2: …") is an event of that
          // day: placed at the day's start in the row's zone, its event marked "date only".
          // A date with nothing after it is a day label for the rows that follow.
          date = written.date!;
          if (!row.event) continue;
          const dayZone = written.zone ?? row.zone ?? zone ?? context.zone;
          if (!dayZone) assumedUtc = true;
          const at = toUtcIso(date, '00:00', dayZone ?? { kind: 'offset', minutes: 0, label: 'UTC' });
          previousMs = Date.parse(at);
          reading.notes.push(`row "${row.row}": a date without a time of day: placed at the start of ${date} (${dayZone?.label ?? 'UTC'}) and marked "date only"`);
          if (written.approximate) reading.notes.push(`row "${row.row}": the date is approximate`);
          dated.push({ entry: { at, event: `${row.event} ${dateOnlyMark}`, kind: inferTimelineKind(row.event) }, order: dated.length, dateOnly: true });
          continue;
        }
        let day = written.date ?? date;
        if (!day) {
          reading.unread.push({ row: row.row, reason: 'time without a date, and the report states no incident day' });
          continue;
        }
        const rowZone = written.zone ?? row.zone ?? zone ?? context.zone;
        if (!rowZone) assumedUtc = true;
        let at = toUtcIso(day, written.time, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' });
        // A time-only row far earlier than the one before it has crossed midnight.
        if (!written.date && previousMs !== undefined && Date.parse(at) < previousMs - 12 * 3_600_000) {
          const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          reading.notes.push(`row "${row.row}": read as the next day, ${next} (the time is earlier than the row before)`);
          day = next;
          at = toUtcIso(day, written.time, rowZone ?? { kind: 'offset', minutes: 0, label: 'UTC' });
        }
        date = day;
        previousMs = Date.parse(at);
        if (written.approximate) reading.notes.push(`row "${row.row}": the time is approximate`);
        const event = row.event || row.row;
        dated.push({ entry: { at, event, kind: inferTimelineKind(event) }, order: dated.length });
      }
    };
    section.nodes.forEach(visit);
    flushHeading();
    carriedZone = zone;
  }
  const sorted = [...dated].sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.order - b.order);
  if (sorted.some((item, i) => item.order !== i)) reading.notes.push('timeline rows were out of order: sorted oldest first');
  reading.entries = sorted.map((item) => item.entry);
  reading.dateOnly = new Set(sorted.filter((item) => item.dateOnly).map((item) => item.entry));
  if (assumedUtc && reading.entries.length) {
    reading.notes.push('the report states no time zone: times read as UTC (run again with --timezone ZONE if they were local)');
  }
  return reading;
}
