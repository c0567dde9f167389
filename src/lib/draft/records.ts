import { jsonSyntaxProblem } from '../json-syntax.ts';
import { CommandLineMistake } from '../command-line-mistake.ts';
import { calendarDayProblem, instantAdvice } from '../instant-advice.ts';
import type { Severity, TimelineEntry } from '../postmortem-schema.ts';

/**
 * What every record reader returns: timeline candidates, people, and the facts the records state
 * about the incident. Readers only translate what a vendor file says; they never guess.
 */

/** Where an assembled entry came from, written to the timeline entry's `source`. */
export const recordSources = [
  'alertmanager',
  'pagerduty',
  'opsgenie',
  'slack',
  'teams',
  'git',
  'github-deployments',
  'statuspage',
] as const;
export type RecordSource = (typeof recordSources)[number];

export interface TimelineCandidate {
  /** UTC instant, ISO 8601 with Z, whole seconds. */
  at: string;
  event: string;
  kind: TimelineEntry['kind'];
  source: RecordSource;
  /** A vendor id (fingerprint, log entry id, message ts) used to drop repeats within one source. */
  key?: string;
}

export interface Participant {
  /** Display name as the record gives it. Internal only. */
  name: string;
  /** Vendor id (Slack user id, PagerDuty user id, e-mail) used to merge the same person across records. */
  id?: string;
  source: RecordSource;
  /** Other records the same person was found in (same id or name). */
  alsoIn?: RecordSource[];
  /** Other names the person goes by in the records (chat handle, display name): replaced in text too. */
  aliases?: string[];
  /** What the records say the person did ("acknowledged the page", "12 messages"). */
  roles: string[];
}

/** An instant the records state, with where it came from (for the draft's notes). */
export interface StatedInstant {
  at: string;
  source: RecordSource;
  what: string;
}

export interface RecordFacts {
  /** First alert or page: when monitoring noticed. */
  detected?: StatedInstant[];
  /** When the condition began, if the record says so (Alertmanager startsAt). */
  started?: StatedInstant[];
  acknowledged?: StatedInstant[];
  resolved?: StatedInstant[];
  /** Severity suggested from a pager priority or urgency, with the value it came from. */
  severity?: { severity: Severity; from: string; source: RecordSource }[];
  /** Service names as the records spell them (alert labels, pager services), to match the vocabulary. */
  services?: string[];
  /** Public status-page URL. */
  statusPage?: string;
  /** When the status page told customers the incident began and ended: a candidate impact window, never written as one. */
  customerWindow?: { start?: string; end?: string };
}

export interface RecordReading {
  source: RecordSource;
  /** File the reading came from (for the draft's list of records). */
  file: string;
  entries: TimelineCandidate[];
  participants: Participant[];
  facts: RecordFacts;
  /** Things the reader skipped or could not read, said plainly for the checklist. */
  notes: string[];
}

export function emptyReading(source: RecordSource, file: string): RecordReading {
  return { source, file, entries: [], participants: [], facts: {}, notes: [] };
}

/** A time window `START..END` (either side may be empty), ISO 8601 with an offset. */
export interface TimeWindow {
  start?: string;
  end?: string;
}

/**
 * Normalises an instant to UTC ISO with Z, whole seconds. Accepts ISO 8601 with any offset
 * (`2026-11-20T11:02:03.123+01:00`), and epoch seconds or milliseconds as numbers or strings
 * (Slack `ts` "1763636523.000200"). Returns undefined for anything else, including the
 * Alertmanager zero time `0001-01-01T00:00:00Z` that means "not yet".
 */
export function toUtc(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'number') ms = value > 1e11 ? value : value * 1000;
  else if (typeof value === 'string' && /^\d{9,}(\.\d+)?$/.test(value.trim())) {
    const n = Number(value.trim());
    ms = n > 1e11 ? n : n * 1000;
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value.trim())) {
    const text = value.trim();
    // An ISO time without an offset is ambiguous: refuse it rather than assume the machine's zone.
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return undefined;
    // Date.parse rolls a day the calendar lacks over: 2025-02-30 was taken as 2 March, in the
    // records and in --started. Such a time, an hour 24 or an offset beyond 14 hours is no time.
    if (!isRealDayAndClock(text)) return undefined;
    ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  } else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(Math.floor(ms / 1000) * 1000);
  if (date.getUTCFullYear() < 1970) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * Why a time given on the command line (`--started`, a side of `--window`) is not taken, with what
 * to write when that can be said. Round 36: `--started 1969-12-31T10:00:00Z` was "not an ISO-8601
 * time with an offset", which it is (it is refused for its year), and `--window
 * 2026-02-30T10:00:00Z..` got the shape alone where --started named February's days.
 */
export function timeOptionRefusal(option: string, value: string, example: string): string {
  const text = value.trim();
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) && isRealDayAndClock(text);
  if (zoned && Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) < 0) return `${option} "${value}" is before 1970: the records of an incident kept now are not that old. Check the year.`;
  const advice = instantAdvice(text, (candidate) => toUtc(candidate) !== undefined);
  return `${option} "${value}" is not an ISO-8601 time with an offset, e.g. ${example}.${advice ? ` ${advice}` : ''}`;
}

/** The day, the clock and the offset of an ISO time (`2026-11-20T11:02:03.123+01:00`) exist. */
function isRealDayAndClock(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?.*?(?:Z|([+-])(\d{2}):?(\d{2}))$/i.exec(text);
  if (!match) return false;
  const [, day, hour, minute, second = '00', , offsetHours = '00', offsetMinutes = '00'] = match;
  return calendarDayProblem(day) === undefined && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60
    && Number(offsetHours) <= 14 && Number(offsetMinutes) < 60;
}

/**
 * The window meant when its two times are joined by another mark than `..`: ISO 8601's interval
 * `START/END` (`2026-11-20T10:00:00Z/2026-11-21T10:00:00Z` was "must be START..END" without a word
 * of the `/`, bad input round 37), a duration after the `/` (`START/PT4H`), ` to `, an en dash or a
 * comma. Empty when no such mark joins two times.
 */
function windowSeparatorAdvice(text: string): string {
  const time = String.raw`\d{4}-\d{2}-\d{2}T[^\s/,–—]*`;
  const joined = new RegExp(String.raw`^\s*(${time})?\s*(/|\s+to\s+|\s*[–—]\s*|\s*,\s*)\s*(${time}|P[\dTHMSDW.]+)?\s*$`, 'i').exec(text);
  if (!joined || (!joined[1] && !joined[3])) return '';
  const mark = joined[2].trim() === '/' ? 'a "/" (ISO 8601\'s interval)' : `"${joined[2].trim()}"`;
  if (joined[3] && /^P/i.test(joined[3])) return ` Here the start and a duration are joined by ${mark}: give both ends as times, e.g. --window ${joined[1] ?? '2026-11-20T09:00:00Z'}..<the end>.`;
  return ` Here the two times are joined by ${mark}: write --window ${joined[1] ?? ''}..${joined[3] ?? ''}.`;
}

/** Parses `START..END`; each side an ISO time with offset, either may be empty. */
export function parseWindow(text: string): TimeWindow {
  const parts = text.split('..');
  if (parts.length !== 2) throw new CommandLineMistake(`--window "${text}" must be START..END, e.g. 2026-11-20T09:00:00Z..2026-11-20T13:00:00Z (either side may be empty).${windowSeparatorAdvice(text)}`);
  const side = (value: string, name: string) => {
    if (!value.trim()) return undefined;
    const at = toUtc(value);
    if (!at) throw new CommandLineMistake(timeOptionRefusal(`--window ${name}`, value, '2026-11-20T09:00:00Z'));
    return at;
  };
  const window = { start: side(parts[0], 'start'), end: side(parts[1], 'end') };
  if (window.start && window.end && window.end < window.start) throw new CommandLineMistake(`--window end ${window.end} is before its start ${window.start}.`);
  return window;
}

export function inWindow(at: string, window: TimeWindow | undefined): boolean {
  if (!window) return true;
  return (!window.start || at >= window.start) && (!window.end || at <= window.end);
}

/** Collapses whitespace and trims; the one-line form a timeline event takes. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens an event to `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** Adds a participant, merging with one already known by id or by the same name. */
export function addParticipant(list: Participant[], person: Participant): void {
  const same = list.find((p) => (person.id && p.id === person.id) || p.name.toLowerCase() === person.name.toLowerCase());
  if (!same) {
    list.push({ ...person, roles: [...person.roles], aliases: person.aliases && [...person.aliases], alsoIn: person.alsoIn && [...person.alsoIn] });
    return;
  }
  for (const role of person.roles) if (!same.roles.includes(role)) same.roles.push(role);
  for (const alias of person.aliases ?? []) if (!(same.aliases ??= []).includes(alias)) same.aliases.push(alias);
  for (const source of [person.source, ...(person.alsoIn ?? [])]) {
    if (source !== same.source && !(same.alsoIn ??= []).includes(source)) same.alsoIn.push(source);
  }
}

/** Reads JSON with an error that names the file and what it expected. */
export function parseJson(text: string, file: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${file} ${jsonSyntaxProblem(text)}; expected ${expected}.`);
  }
}
