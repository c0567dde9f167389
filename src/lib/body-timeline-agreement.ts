import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';
import { timelineLevelAfterHeading } from './body-timeline.ts';
import { isDelimiterCells, pipedRowCells } from './markdown-table-lines.ts';

/** A frontmatter timeline entry as the check reads it: its instant (a Date, or the text YAML left) and its words. */
export interface FrontmatterTimelineEntry {
  at: Date | string;
  event: string;
}

/** An entry of the body's "## Timeline" section: its line (of the body, from 1), its time of day and day if written, and its words. */
interface BodyEntry {
  line: number;
  column: number;
  time?: string;
  day?: string;
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
  let lastMatched: { entry: BodyEntry; index: number } | undefined;
  for (const entry of entries) {
    const words = contentWords(entry.words);
    const matches = written.filter((front) => sameEvent(words, front.words));
    if (matches.length !== 1) continue;
    const front = matches[0];
    const instant = front.instant!;
    const frontTime = instant.slice(11, 16);
    const frontDay = instant.slice(0, 10);
    const event = quoted(timeline[front.i].event);
    if ((entry.time && entry.time !== frontTime) || (entry.day && entry.time && entry.day !== frontDay)) {
      const bodyWhen = `${entry.day ? `${entry.day} ` : ''}${entry.time}`;
      found.push({
        line: entry.line,
        column: entry.column,
        mistake: {
          index: 0,
          message: `the body's timeline gives ${event} at ${bodyWhen}, but the frontmatter's timeline at ${entry.day ? `${frontDay} ` : ''}${frontTime} UTC (timeline[${front.i}].at, ${instant}): the page shows both, and a reader cannot tell which is right.`,
          fix: `write the same time in both (the frontmatter's \`at\` is UTC: if ${bodyWhen} is a local time, name its zone after it), or keep the timeline in one place.`,
        },
      });
      lastMatched = undefined;
      continue;
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
  }
  return found;
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

/** A time of day at an entry's start (after a list mark, a day), `17:49`, `17:49:05`, `**17:49**`, with an optional zone. */
const entryStart = /^\s*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:\*\*|__)?(?:(\d{4}-\d{2}-\d{2})[ T]+)?~?(\d{1,2}):(\d{2})(?::\d{2})?(?:\*\*|__)?(?:[ \t]*\(?(UTC|GMT|Z|[A-Z]{1,2}[SD]T|CES?T|IST|JST|AEST|AEDT|BST)\)?(?!\w))?(?:\*\*|__)?[ \t]*[-–—:|]?[ \t]*/;
const cellTime = /^(?:\*\*|__)?~?(?:(\d{4}-\d{2}-\d{2})[ T]+)?(\d{1,2}):(\d{2})(?::\d{2})?(?:\*\*|__)?(?:[ \t]*\(?(UTC|GMT|Z|[A-Z]{1,2}[SD]T|CES?T|IST|JST|AEST|AEDT|BST)\)?)?$/;
const cellDay = /^(?:\*\*|__)?(\d{4}-\d{2}-\d{2})(?:\*\*|__)?$/;
const utcZones = new Set(['UTC', 'GMT', 'Z']);

/** The entries (list items, table rows, lines opening with a time) under the body's timeline heading, code left out. */
function bodyTimelineEntries(body: string): BodyEntry[] {
  const entries: BodyEntry[] = [];
  let level: number | undefined;
  let inTable = false;
  mistakesOutsideCode(body, (line, _written, index) => {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      level = timelineLevelAfterHeading(heading[1].length, heading[2], level);
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
      if (header || isDelimiterCells(cells)) return [];
      let time: string | undefined;
      let day: string | undefined;
      let zone: string | undefined;
      const rest: string[] = [];
      for (const cell of cells) {
        const clock = time === undefined ? cellTime.exec(cell) : null;
        const date = cellDay.exec(cell);
        if (clock) {
          time = `${clock[2].padStart(2, '0')}:${clock[3]}`;
          day = clock[1] ?? day;
          zone = clock[4];
        } else if (date && !day) day = date[1];
        else rest.push(cell);
      }
      if (zone && !utcZones.has(zone.toUpperCase())) return [];
      entries.push({ line: index + 1, column: Math.max(1, line.indexOf('|') + 1), time, day: time ? day : undefined, words: rest.join(' ') });
      return [];
    }
    inTable = false;
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/.exec(line);
    const start = entryStart.exec(line);
    const timed = start && start[2] !== undefined && Number(start[2]) < 24 && Number(start[3]) < 60;
    if (!item && !timed) return [];
    if (timed && start![4] && !utcZones.has(start![4].toUpperCase())) return [];
    entries.push({
      line: index + 1,
      column: line.search(/\S/) + 1,
      time: timed ? `${start![2].padStart(2, '0')}:${start![3]}` : undefined,
      day: timed ? start![1] : undefined,
      words: timed ? line.slice(start![0].length) : item![1],
    });
    return [];
  });
  return entries;
}
