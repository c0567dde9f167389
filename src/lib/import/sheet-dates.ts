/**
 * Dates and times as spreadsheets write them into a CSV: ISO (`2024-03-05 14:02`,
 * `2024-03-05T14:02:00Z`), numbers in the order of the sheet's locale (`3/5/2024 2:02 PM` in the
 * US, `05/03/2024 14:02` or `05.03.2024 14:02` in Europe), month names (`Mar 5, 2024 2:02 PM`,
 * `5 March 2024`), Jira's `05/Mar/24 2:02 PM`, and Excel's serial numbers (`45356.58`, when a
 * cell was not formatted as a date). Written back as `YYYY-MM-DD HH:MM` (with the zone the cell
 * states), the form the importer reads without doubt.
 */

import { hourOnTwentyFourHourClock } from '../twelve-hour-clock.ts';

export interface SheetTime {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM (24-hour), when the cell gives a time of day. */
  time?: string;
  /** The zone the cell writes (`UTC`, `CET`); an offset is applied, the instant written in UTC. */
  zone?: string;
}

/** Which number comes first in a sheet's dates written as numbers (`05/03/2024`). */
export type DayOrder = 'day-first' | 'month-first';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (written: string) => (written.length === 2 ? 2000 + Number(written) : Number(written));

function realDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** `14:02`, `14:02:33`, `2:02 PM`, `2.02 pm` and a zone after it (`UTC`, `Z`, `+01:00`, `CET`). */
const timePart = String.raw`(?:[ T,]+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?)?\s*(Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$`;

const iso = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${timePart}`, 'i');
const numeric = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${timePart}`, 'i');
const monthFirstNamed = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${timePart}`, 'i');
const dayFirstNamed = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s/-]+${monthName}[\s/-]+(\d{4}|\d{2})${timePart}`, 'i');

/** The two leading numbers of the numeric dates of a column (`05/03/2024` → 5, 3), to decide the order. */
export function numericDateParts(cell: string): [number, number] | undefined {
  const match = numeric.exec(cell.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * The order of a sheet's numeric dates, from the cells themselves: a first number over 12 is a
 * day (`25/03/2024`), a second one over 12 is a day too (`3/25/2024`). When no cell settles it, a
 * sheet separated by `;` or writing dates with dots is European (day first), else month first, as
 * Excel and Google Sheets in the US write; `assumed` says it was not settled by the cells.
 */
export function sheetDayOrder(cells: string[], separator: string): { order: DayOrder; assumed: boolean; conflicting: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let dotted = false;
  for (const cell of cells) {
    const parts = numericDateParts(cell);
    if (!parts) continue;
    if (/^\d{1,2}\.\d{1,2}\./.test(cell.trim())) dotted = true;
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return { order: dayFirst ? 'day-first' : 'month-first', assumed: false, conflicting: false };
  return { order: separator === ';' || dotted ? 'day-first' : 'month-first', assumed: true, conflicting: dayFirst && monthFirst };
}

function withTime(date: string | undefined, match: RegExpExecArray, from: number): SheetTime | undefined {
  if (!date) return undefined;
  const [hours, minutes, , meridiem, zone] = match.slice(from, from + 5);
  if (hours === undefined) return zone && !/^[+-]|^z$/i.test(zone) ? undefined : { date };
  let hour = Number(hours);
  if (meridiem) {
    const as24 = hourOnTwentyFourHourClock(hour, meridiem);
    if (as24 === undefined) return undefined;
    hour = as24;
  }
  if (hour > 23 || Number(minutes) > 59) return undefined;
  const time = `${pad(hour)}:${minutes}`;
  if (!zone) return { date, time };
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (/^z$/i.test(zone) || offset) {
    const minutesEast = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
    const at = new Date(Date.parse(`${date}T${time}:00Z`) - minutesEast * 60_000).toISOString();
    return { date: at.slice(0, 10), time: at.slice(11, 16), zone: 'UTC' };
  }
  return { date, time, zone: zone.replace(/[()]/g, '') };
}

/** Excel's day numbers (days since 1899-12-30; a fraction is the time of day), 1990 to 2100. */
function serialDay(cell: string): SheetTime | undefined {
  if (!/^\d{5}(?:\.\d+)?$/.test(cell)) return undefined;
  const value = Number(cell);
  if (value < 32874 || value > 73051) return undefined;
  const at = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400) * 1000).toISOString();
  return cell.includes('.') ? { date: at.slice(0, 10), time: at.slice(11, 16) } : { date: at.slice(0, 10) };
}

/** The date (and time) a cell writes, read in the sheet's day order; undefined when it writes none. */
export function readSheetTime(cell: string, order: DayOrder): SheetTime | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  let match = iso.exec(text);
  if (match) return withTime(realDate(Number(match[1]), Number(match[2]), Number(match[3])), match, 4);
  match = numeric.exec(text);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    const year = fullYear(match[3]);
    return withTime(order === 'day-first' ? realDate(year, b, a) : realDate(year, a, b), match, 4);
  }
  match = monthFirstNamed.exec(text);
  if (match) return withTime(realDate(Number(match[3]), months.indexOf(match[1].slice(0, 3).toLowerCase()) + 1, Number(match[2])), match, 4);
  match = dayFirstNamed.exec(text);
  if (match) return withTime(realDate(fullYear(match[3]), months.indexOf(match[2].slice(0, 3).toLowerCase()) + 1, Number(match[1])), match, 4);
  return serialDay(text);
}

/** A sheet time as the importer reads it: `2024-03-05 14:02 UTC`. */
export const writtenSheetTime = (time: SheetTime): string => [time.date, time.time, time.time ? time.zone : undefined].filter(Boolean).join(' ');
