/**
 * Time zones as reports write them: abbreviations (PST, CEST), offsets (UTC+2, +01:00) and, from
 * `--timezone`, IANA names (Europe/Berlin). Everything resolves to minutes east of UTC for one
 * local wall-clock time, so daylight saving is right for IANA names.
 */

import { findClosestMatch } from '../closest-match.ts';

/** Fixed abbreviations; ambiguous ones (IST, CST in Asia) follow the most common English usage. */
const abbreviationOffsets: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0,
  BST: 60, CET: 60, WEST: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  // GST: Gulf Standard Time (Dubai), as reports that define it write ("GST is gulf standard time [UTC+04]").
  GST: 240, IST: 330, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  // Africa's zones, as ALX students' postmortems write them ("From 05:15 PM to 02:00 AM WAT": import
  // round 57). Central Africa Time is left out: zones are read in any case after a time, and
  // "14:02 cat /var/log/…" is a command.
  WAT: 60, SAST: 120, EAT: 180,
};

/** "PT", "ET", "Pacific" and friends name a zone, not an offset: daylight saving decides. */
const regionalZones: Record<string, string> = {
  PT: 'America/Los_Angeles', PACIFIC: 'America/Los_Angeles', ET: 'America/New_York', EASTERN: 'America/New_York',
  CT: 'America/Chicago', CENTRAL: 'America/Chicago', MT: 'America/Denver',
};

export type Zone = { kind: 'offset'; minutes: number; label: string } | { kind: 'iana'; name: string; label: string };

/** Pattern source matching a written zone after a time (used by the time parser). */
export const zonePattern = String.raw`(?:(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z\b|\b(?:${[...Object.keys(abbreviationOffsets), ...Object.keys(regionalZones)].filter((k) => k !== 'Z').sort((a, b) => b.length - a.length).join('|')})\b)`;

export function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** Reads a zone as written ("PST", "UTC+2", "+01:00", "Europe/Berlin"), or undefined. */
export function parseZone(text: string): Zone | undefined {
  const written = text.trim();
  const upper = written.toUpperCase();
  if (upper in abbreviationOffsets) return { kind: 'offset', minutes: abbreviationOffsets[upper], label: upper };
  if (upper in regionalZones) return { kind: 'iana', name: regionalZones[upper], label: upper };
  const offset = /^(?:UTC|GMT)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(written);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) * (offset[1] === '-' ? -1 : 1);
    if (Math.abs(minutes) <= 14 * 60) return { kind: 'offset', minutes, label: written };
  }
  if (isIanaZone(written)) return { kind: 'iana', name: written, label: written };
  return undefined;
}

/** Countries named for their one zone ("UK time"). */
const countryZones: Record<string, string> = { UK: 'Europe/London', Britain: 'Europe/London', Ireland: 'Europe/Dublin' };
let cities: Map<string, string> | undefined;

/**
 * The IANA zone a city names ("London" → Europe/London, "New York" → America/New_York, "UK" →
 * Europe/London), or undefined: a word that is no zone's city ("Response", "Lunch") names none.
 */
export function cityZone(name: string): Zone | undefined {
  if (name in countryZones) return { kind: 'iana', name: countryZones[name], label: countryZones[name] };
  cities ??= new Map(Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/')).map((zone) => [zone.split('/').pop()!.toLowerCase(), zone]));
  const zone = cities.get(name.replace(/ /g, '_').toLowerCase());
  return zone ? { kind: 'iana', name: zone, label: zone } : undefined;
}

/** Minutes east of UTC that an IANA zone had at a UTC instant. */
function ianaOffsetAt(name: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: name, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** A wall-clock time that names no instant of its zone (`gap`: the clocks skipped it) or two (`overlap`: they went back over it). */
export type WallClockFold = { kind: 'gap' | 'overlap'; date: string; time: string; zone: string; readAs: string; other?: string };

const isoOf = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function wallMs(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm);
}

/**
 * Whether a wall-clock time in an IANA zone fell in a daylight-saving change: the offsets a day
 * before and a day after are the two the change is between, and each is tried; none that reads
 * back as the same wall time is a gap (02:30 on 2025-03-30 in Europe/Berlin), both an overlap
 * (02:30 on 2025-10-26). A fixed offset has neither.
 */
export function wallClockFold(date: string, time: string, zone: Zone): WallClockFold | undefined {
  if (zone.kind !== 'iana') return undefined;
  const wall = wallMs(date, time);
  const offsets = [...new Set([ianaOffsetAt(zone.name, wall - 86_400_000), ianaOffsetAt(zone.name, wall + 86_400_000)])];
  const instants = offsets.map((offset) => wall - offset * 60_000).filter((at, i) => ianaOffsetAt(zone.name, at) === offsets[i]);
  const readAs = toUtcIsoUnnoted(date, time, zone);
  if (!instants.length) return { kind: 'gap', date, time, zone: zone.name, readAs };
  if (instants.length < 2) return undefined;
  return { kind: 'overlap', date, time, zone: zone.name, readAs, other: instants.map(isoOf).find((at) => at !== readAs) };
}

/**
 * One rule for a wall time in a daylight-saving change, east of UTC or west of it: RFC 5545's
 * (iCalendar, section 3.3.5), which Temporal's default "compatible" follows. A time the clocks
 * skipped is read with the offset before the change, as if they had gone on already (02:30 → 03:30
 * summer time, in Europe/Berlin and in America/New_York alike); a time that came twice is the first
 * of the two. Before bad input round 22, the two-pass offset read New York's skipped 02:30 as 01:30
 * standard time (an hour back, while the note said "as if the clocks had gone on") and Berlin's
 * doubled 02:30 as the second, New York's as the first.
 */
function toUtcIsoUnnoted(date: string, time: string, zone: Zone): string {
  const wall = wallMs(date, time);
  if (zone.kind === 'offset') return isoOf(wall - zone.minutes * 60_000);
  const before = ianaOffsetAt(zone.name, wall - 86_400_000);
  const after = ianaOffsetAt(zone.name, wall + 86_400_000);
  if (before !== after) {
    const instants = [...new Set([before, after])].map((offset) => wall - offset * 60_000).filter((at) => ianaOffsetAt(zone.name, at) === (at === wall - before * 60_000 ? before : after));
    if (!instants.length) return isoOf(wall - before * 60_000);
    return isoOf(Math.min(...instants));
  }
  // Two passes settle the offset on both sides of a change the day around does not show.
  let offset = ianaOffsetAt(zone.name, wall);
  offset = ianaOffsetAt(zone.name, wall - offset * 60_000);
  return isoOf(wall - offset * 60_000);
}

/**
 * The UTC instant (ISO, `Z`) of a wall-clock date and time noted in `zone`. A time the clocks
 * skipped is read as if they had gone on already (02:30 → 03:30 summer time), one they went over
 * twice as the first of the two (RFC 5545's rule, see toUtcIsoUnnoted); either is added to `folds` (each once), since the report
 * may have meant another (bad input round 20; before, neither was said). An import passes the one
 * list it says its notes from; a conversion without it tells no one.
 */
export function toUtcIso(date: string, time: string, zone: Zone, folds?: WallClockFold[]): string {
  if (folds && zone.kind === 'iana') {
    const fold = wallClockFold(date, time, zone);
    if (fold) {
      if (!folds.some((seen) => seen.date === date && seen.time === time && seen.zone === fold.zone)) folds.push(fold);
      // The fold already holds the instant it is read as.
      return fold.readAs;
    }
  }
  return toUtcIsoUnnoted(date, time, zone);
}

/**
 * The first instant of a day in `zone`, where a row that gives a date and no time of day is
 * placed. Midnight, except where the clocks change at midnight: the day summer time begins in
 * America/Santiago, Asia/Beirut or America/Havana has no 00:00 and begins at 01:00, the moment
 * the clocks jump; the day it ends in Havana has 00:00 twice, and begins at the first. Nothing is
 * added to the caller's list: the report wrote no time, so there is no time to check (bad
 * input round 21; before, such a row got a note about a 00:00 the report did not write, and in
 * Santiago and Havana was placed at 23:00 the day before).
 */
export function dayStartUtcIso(date: string, zone: Zone): string {
  const fold = zone.kind === 'iana' ? wallClockFold(date, '00:00', zone) : undefined;
  if (!fold || zone.kind !== 'iana') return toUtcIsoUnnoted(date, '00:00', zone);
  if (fold.kind === 'overlap') return [fold.readAs, fold.other ?? fold.readAs].sort()[0];
  // Skipped: the day begins when the clocks jump, found by halving the hour between the two
  // readings of its midnight (the earlier has the offset before the change, the later the one after).
  const wall = wallMs(date, '00:00');
  const before = ianaOffsetAt(zone.name, wall - 86_400_000);
  const after = ianaOffsetAt(zone.name, wall + 86_400_000);
  let earlier = Math.min(wall - before * 60_000, wall - after * 60_000);
  let later = Math.max(wall - before * 60_000, wall - after * 60_000);
  while (later - earlier > 60_000) {
    const middle = earlier + Math.floor((later - earlier) / 120_000) * 60_000;
    if (ianaOffsetAt(zone.name, middle) === before) earlier = middle;
    else later = middle;
  }
  return isoOf(later);
}

/** What an import says of a fold: the time as written, how it was read, and what else it could be. */
export function wallClockFoldNote(fold: WallClockFold): string {
  const written = `${fold.time} on ${fold.date} in ${fold.zone}`;
  return fold.kind === 'gap'
    ? `the report's ${written} is a time the clocks skipped (daylight saving began): read as ${fold.readAs}, as if the clocks had gone on already; check which time the report meant`
    : `the report's ${written} came twice (the clocks went back): read as ${fold.readAs}, the first${fold.other ? `, not ${fold.other}` : ''}; check which the report meant`;
}

/**
 * Why a zone given on the command line (`--timezone`) is refused, or undefined when it is taken.
 * `Etc/GMT+2` is a real IANA name, but POSIX's: its sign is inverted, so it is UTC−2, two hours
 * behind, where a reader (and most who write it) mean two hours ahead; every time imported would be
 * four hours off without a word (bad input round 19). A near miss of an IANA name (`Europe/Berln`)
 * names the zone meant.
 */
export function zoneOptionProblem(option: string, text: string): string | undefined {
  const written = text.trim();
  const posix = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(written);
  if (posix && Number(posix[2]) !== 0) {
    const sign = posix[1] === '+' ? '-' : '+';
    return `${option} "${text}" is a POSIX zone name, whose sign is the reverse of what it looks like: Etc/GMT${posix[1]}${posix[2]} is UTC${sign}${posix[2]}, ${posix[2]} hours ${sign === '-' ? 'behind' : 'ahead of'} UTC. Give the offset the way it reads: ${option} UTC${sign}${posix[2]} if the reports' clocks were ${sign === '-' ? 'behind' : 'ahead of'} UTC, ${option} UTC${posix[1]}${posix[2]} if they were ${posix[1] === '+' ? 'ahead of' : 'behind'} it.`;
  }
  if (parseZone(written)) return undefined;
  const closest = /^[A-Za-z_]+\/[A-Za-z_/+-]+$/.test(written) ? findClosestMatch(written, Intl.supportedValuesOf('timeZone')) : undefined;
  return `${option} "${text}" is not a time zone.${closest ? ` Did you mean ${closest}?` : ''} Use an IANA name (Europe/Berlin), an abbreviation (PST, CET) or an offset (UTC+2, +05:30).`;
}
