/**
 * Whether a report writes its dates with slashes day first (`01/07/2023` the 1st of July), read
 * from the report itself: `written-time.ts` reads such a date month first, as the US writes it,
 * unless its first number cannot be a month. passbolt's July 2023 outage, posted 2023-07-03 over
 * rows "01/07/2023 - 10:50 - Maintenance starts", had its timeline on 7 January (import round 37),
 * and a report writing "27/03/2023" and "04/03/2023" in one list had the second read as 3 April.
 *
 * Day first when a date of the report can only be day first (`27/03/2023`) and none can only be
 * month first (`03/27/2023`); else, when every date could be either, when each read day first
 * falls within `windowDays` of the day the report states and read month first one at least does
 * not. Undefined (month first, as before) otherwise.
 */
import type { Zone } from './time-zones.ts';

export interface SlashDayOrder {
  /** In words, for the import's notes: what showed the order. */
  from: string;
}

const slashDate = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
/** A day written without its year at the start of a line, a list item or a table's cell, a time or the cell's end after it. */
const yearlessRowDay = /(?:^|\|)[ \t]*(?:[-*+][ \t]+)?(\d{1,2})\/(\d{1,2})(?=[ \t]+~?[ \t]*\d{1,2}:\d{2}|[ \t]*(?:\||$))/gm;
const dayMs = 86_400_000;

function dayOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const at = Date.UTC(year, month - 1, day);
  return new Date(at).getUTCMonth() === month - 1 ? at : undefined;
}

/**
 * Zones where a day is written day first with slashes (`03/04/2024`, the 3rd of April): Europe's,
 * Australia's and New Zealand's, by their IANA names or the labels reports write.
 */
const dayFirstZone = /^(?:WES?T|CES?T|EES?T|BST|IST|MSK|AE[SD]T|AC[SD]T|AWST|NZ[SD]T)$/i;
const dayFirstIanaZone = /^(?:Europe|Australia)\/|^Pacific\/Auckland$/;

/** A zone where slashed days are written day first (see {@link dayFirstZone}); none for UTC, the zone of every team. */
function writesDayFirst(zone: Zone | undefined): boolean {
  if (!zone) return false;
  return zone.kind === 'iana' ? dayFirstIanaZone.test(zone.name) : dayFirstZone.test(zone.label);
}

export function slashDatesDayFirst(markdown: string, statedDay: string | undefined, windowDays: number, zone?: Zone): SlashDayOrder | undefined {
  const statedYear = statedDay ? Number(statedDay.slice(0, 4)) : undefined;
  const dates = [
    ...[...markdown.matchAll(slashDate)].map((m) => ({ written: m[0], a: Number(m[1]), b: Number(m[2]), year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]) })),
    // A day without its year opening a row ("| 01/07 ~19:17 | …", "* 11/25"): of the stated day's
    // year, as the row is read (written-time.ts; import round 56). Only with a stated day.
    ...(statedYear ? [...markdown.matchAll(yearlessRowDay)].map((m) => ({ written: `${m[1]}/${m[2]}`, a: Number(m[1]), b: Number(m[2]), year: statedYear })) : []),
  ];
  if (!dates.length) return undefined;
  const onlyDayFirst = dates.find((d) => d.a > 12 && d.b <= 12);
  const onlyMonthFirst = dates.find((d) => d.b > 12 && d.a <= 12);
  if (onlyDayFirst) return onlyMonthFirst ? undefined : { from: `its date "${onlyDayFirst.written}" can only be day first` };
  if (onlyMonthFirst) return undefined;
  const ambiguous = dates.filter((d) => d.a !== d.b);
  if (!ambiguous.length) return undefined;
  const stated = statedDay ? Date.parse(`${statedDay}T00:00:00Z`) : undefined;
  const near = (at: number | undefined) => at !== undefined && stated !== undefined && Math.abs(at - stated) <= windowDays * dayMs;
  const dayFirstNear = stated !== undefined && ambiguous.every((d) => near(dayOf(d.year, d.b, d.a)));
  if (dayFirstNear && ambiguous.some((d) => !near(dayOf(d.year, d.a, d.b)))) return { from: `its date "${ambiguous[0].written}" read day first is within ${windowDays} days of the incident day ${statedDay} (read month first, it is not)` };
  // Import round 45: the zone the report's times are in (or --timezone) says how its team writes days.
  if (writesDayFirst(zone) && (stated === undefined || dayFirstNear)) return { from: `the report's times are in ${zone!.label}, where days are written day first` };
  return undefined;
}

/**
 * The first slashed date of a report that nothing settles the order of, read month first
 * (`03/04/2024` the 4th of March, as the US writes it) when {@link slashDatesDayFirst} found no
 * reason for day first: no date of the report can only be one or the other, its zone is none of
 * the United States or Canada, and its day is none or does not tell the orders apart. Such dates
 * were read month first without a word (import round 44's leftover); the import now asks (round
 * 45), as it asks of dashed ones ({@link unsettledDashedDate}). Undefined when there is none.
 */
export function unsettledSlashDate(markdown: string, statedDay: string | undefined, zone: Zone | undefined, windowDays: number): string | undefined {
  if (writesMonthFirst(zone)) return undefined;
  const dates = [...markdown.matchAll(slashDate)].map((m) => ({ written: m[0], a: Number(m[1]), b: Number(m[2]), year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]) }));
  return firstUnsettled(dates, statedDay, windowDays, (d) => dayOf(d.year, d.a, d.b), (d) => dayOf(d.year, d.b, d.a));
}

/**
 * The first of `dates` written either way (both numbers 12 or less, not the same) whose reading
 * as taken (`read`) the report's day does not confirm against the other (`other`); undefined when
 * a date can only be one order or the day settles them.
 */
function firstUnsettled(dates: readonly WrittenDate[], statedDay: string | undefined, windowDays: number, read: (d: WrittenDate) => number | undefined, other: (d: WrittenDate) => number | undefined): string | undefined {
  if (dates.some((d) => (d.a > 12) !== (d.b > 12))) return undefined;
  const ambiguous = dates.filter((d) => d.a !== d.b && d.a <= 12 && d.b <= 12);
  if (!ambiguous.length) return undefined;
  if (statedDay) {
    const stated = Date.parse(`${statedDay}T00:00:00Z`);
    const near = (at: number | undefined) => at !== undefined && Math.abs(at - stated) <= windowDays * dayMs;
    if (ambiguous.every((d) => near(read(d))) && ambiguous.some((d) => !near(other(d)))) return undefined;
  }
  return ambiguous[0].written;
}

interface WrittenDate { written: string; a: number; b: number; year: number }

const dashedDate = /(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g;
/** Zones of the United States and Canada, where a day is written month first (`06-10-2025`, the 10th of June). */
const monthFirstZone = /^(?:[ECMP][SD]?T|AK[SD]T|H[SD]?T|PACIFIC|EASTERN|CENTRAL|MOUNTAIN)$/i;

/**
 * Whether a report writes its dates with dashes month first (`06-10-2025` the 10th of June):
 * `written-time.ts` reads `dd-mm-yyyy` day first, as Europe writes it. chia's disclosure filed
 * 2025-06-24 (its file name), "all times PST", had its report "06-10-2025" on 6 October, three
 * months after it was filed (import round 43).
 *
 * Never when a dashed date can only be day first (`24-10-2024`). Month first when one can only be
 * month first (`06-24-2025`); else, for dates either way, when each read month first falls within
 * `windowDays` of the report's day and read day first one at least does not, or when the report
 * states a zone of the United States or Canada and none read month first is far from its day.
 */
export function dashedDatesMonthFirst(markdown: string, statedDay: string | undefined, zone: Zone | undefined, windowDays: number): SlashDayOrder | undefined {
  const dates = [...markdown.matchAll(dashedDate)].map((m) => ({ written: m[0], a: Number(m[1]), b: Number(m[2]), year: Number(m[3]) }));
  if (!dates.length || dates.some((d) => d.a > 12 && d.b <= 12)) return undefined;
  const onlyMonthFirst = dates.find((d) => d.b > 12 && d.a <= 12);
  if (onlyMonthFirst) return { from: `its date "${onlyMonthFirst.written}" can only be month first` };
  const ambiguous = dates.filter((d) => d.a !== d.b);
  if (!ambiguous.length) return undefined;
  const stated = statedDay ? Date.parse(`${statedDay}T00:00:00Z`) : undefined;
  const near = (at: number | undefined) => at !== undefined && stated !== undefined && Math.abs(at - stated) <= windowDays * dayMs;
  const monthFirstNear = stated !== undefined && ambiguous.every((d) => near(dayOf(d.year, d.a, d.b)));
  if (monthFirstNear && ambiguous.some((d) => !near(dayOf(d.year, d.b, d.a)))) return { from: `its date "${ambiguous[0].written}" read month first is within ${windowDays} days of the report's day ${statedDay} (read day first, it is not)` };
  if (writesMonthFirst(zone) && (stated === undefined || monthFirstNear)) return { from: `the report's times are in ${zone.label}, where days are written month first` };
  return undefined;
}

/** A zone of the United States or Canada, where days are written month first. */
function writesMonthFirst(zone: Zone | undefined): zone is Zone {
  return !!zone && (zone.kind === 'iana' ? zone.name.startsWith('America/') : monthFirstZone.test(zone.label));
}

/**
 * The first dashed date of a report that nothing settles the order of, read day first (`03-04-2024`
 * the 3rd of April) when {@link dashedDatesMonthFirst} found no reason for month first: no date of
 * the report can only be one or the other, it states no zone of the United States or Canada, and
 * its day (a file name's, a Date line's) is none, or does not tell the orders apart (each within
 * `windowDays`, or neither). Round 43 read such dates day first without a word; the import now asks
 * (import round 44). Undefined when the report has no such date or its day settles it day first.
 */
export function unsettledDashedDate(markdown: string, statedDay: string | undefined, windowDays: number): string | undefined {
  const dates = [...markdown.matchAll(dashedDate)].map((m) => ({ written: m[0], a: Number(m[1]), b: Number(m[2]), year: Number(m[3]) }));
  return firstUnsettled(dates, statedDay, windowDays, (d) => dayOf(d.year, d.b, d.a), (d) => dayOf(d.year, d.a, d.b));
}

/** A dashed or slashed date in words, read day first or month first: "03-04-2024" → "3 April 2024" (or "4 March 2024"). */
export function writtenDayFirst(written: string, monthFirst = false): string {
  const [a, b, written_year] = written.split(/[-/]/).map(Number);
  const year = written_year < 100 ? 2000 + written_year : written_year;
  const [day, month] = monthFirst ? [b, a] : [a, b];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
