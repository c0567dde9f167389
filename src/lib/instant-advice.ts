import { parseZone } from './import/time-zones.ts';

/**
 * What is wrong with a date-time the schema refused, when it is close to one it takes, and that
 * one written out: "2025-07-08 09:49 PST" was refused as "not an ISO-8601 UTC date-time with its
 * zone", which left the author to work out that PST is -08:00, that a T goes between day and time,
 * that 24:00 is the next day's 00:00 and that a leap second cannot be stored.
 * Undefined when the text is not a day and a time at all (the general message says enough).
 */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `YYYY-MM-DD` (digits in that shape) names no day of the calendar, or undefined when it does:
 * "2025-02-30" was only "not a date", which left the author to count February's days.
 */
export function calendarDayProblem(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  if (month < 1 || month > 12) return `${date} is no day: there is no month ${match[2]} (months run from 01 to 12; is the day before the month?)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${date} is no day: ${monthNames[month - 1]} ${year} has ${days} days`;
  return undefined;
}

export function instantAdvice(written: string, isValid: (candidate: string) => boolean): string | undefined {
  const reasons: string[] = [];
  // Bad input round 13: reports converted from elsewhere wrote "8 July 2025 17:45 UTC", full-width
  // digits, "2025-7-8", a space before the zone and twelve digits of fraction; each was only "not
  // an ISO-8601 UTC date-time", with no value to write.
  let text = written.trim();
  if (text.normalize('NFKC') !== text && /[\uFF10-\uFF19\uFF0D\uFF1A]/.test(text)) {
    reasons.push('the digits are full-width (from an East Asian keyboard): write them as 0-9');
    text = text.normalize('NFKC');
  }
  const spelled = spelledOutDay(text);
  if (spelled) {
    reasons.push('the day is written year-month-day, in digits');
    text = spelled;
  }
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})([Tt]| +|[Tt] +)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(\s*)(.*)$/.exec(text);
  if (!match) return undefined;
  const [, year, monthText, dayText, separator, hourText, minute, second = '00', writtenFraction = '', spaceBeforeZone, zoneText] = match;
  const month = monthText.padStart(2, '0');
  const day = dayText.padStart(2, '0');
  if (month !== monthText || day !== dayText) reasons.push('the month and the day take two digits each');
  let fraction = writtenFraction;
  if (fraction.length > 10) {
    reasons.push(`a fraction of a second takes at most 9 digits (it has ${fraction.length - 1})`);
    fraction = fraction.slice(0, 10).replace(/\.?0+$/, '');
  }
  if (spaceBeforeZone && zoneText && !/^[A-Za-z]/.test(zoneText.trim()) || spaceBeforeZone && /^z$/i.test(zoneText.trim())) reasons.push('no space goes before the zone');
  let date = `${year}-${month}-${day}`;
  const noDay = calendarDayProblem(date);
  if (noDay) return `${noDay}.`;
  let hour = Number(hourText);
  let seconds = second;
  if (separator !== 'T') reasons.push('a T goes between the day and the time');
  if (hour === 24 && minute === '00' && Number(second) === 0 && !/[1-9]/.test(fraction)) {
    reasons.push('24:00 is written as 00:00 of the next day');
    const next = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + 1));
    if (Number.isNaN(next.getTime())) return undefined;
    date = next.toISOString().slice(0, 10);
    hour = 0;
  } else if (hour > 23 || Number(minute) > 59) {
    return `${hourText}:${minute} is not a time of day (00:00 to 23:59).`;
  }
  if (second === '60') {
    reasons.push('a leap second (:60) cannot be stored; write :59');
    seconds = '59';
  }
  const zone = zoneText.trim();
  let offset: string | undefined;
  if (/^z$/i.test(zone)) {
    offset = 'Z';
    if (zone === 'z') reasons.push('the Z is a capital');
  } else if (/^[+-]\d{2}:?\d{2}$/.test(zone)) {
    offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    // +25:00 was only "not an ISO-8601 UTC date-time": no zone is that far from UTC.
    if (!isOffsetInRange(offset)) return `${zone} is no offset from UTC: offsets run from -12:00 to +14:00, the minutes from 00 to 59 (check the sign and the digits, or write the time in UTC with Z).`;
  } else if (zone === '') {
    reasons.push('it has no zone, so no one can tell when it was: add Z for UTC, or the offset it was noted in');
  } else {
    const parsed = parseZone(zone);
    if (parsed?.kind === 'offset') {
      const sign = parsed.minutes < 0 ? '-' : '+';
      const absolute = Math.abs(parsed.minutes);
      offset = parsed.minutes === 0 ? 'Z' : `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
      reasons.push(`a zone is written as its offset from UTC, not its name (${zone} is ${offset === 'Z' ? 'UTC, written Z' : offset})`);
    } else if (parsed?.kind === 'iana') {
      reasons.push(`${zone} is a region whose offset changes with daylight saving: write the offset it had then (e.g. -07:00 or -08:00 for Pacific time)`);
    } else {
      reasons.push(`"${zone}" is not a zone: write Z for UTC, or an offset such as +01:00`);
    }
  }
  if (!reasons.length) return undefined;
  const candidate = offset ? `${date}T${String(hour).padStart(2, '0')}:${minute}:${seconds}${fraction}${offset}` : undefined;
  const suggestion = candidate && isValid(candidate) ? ` Write ${candidate}.` : '';
  return `Here ${reasons.join('; ')}.${suggestion}`;
}

/** Month names and their three-letter forms, for {@link spelledOutDay}. */
const monthNumbers = new Map(monthNames.flatMap((name, index) => [[name.toLowerCase(), index + 1], [name.slice(0, 3).toLowerCase(), index + 1]] as [string, number][]));

/**
 * "8 July 2025 17:45 UTC", "July 8, 2025 5:45 PM UTC", "Tue, 08 Jul 2025 17:45:00 GMT" as
 * "2025-07-08 17:45 UTC" (the zone kept as written, for the advice to name), or undefined.
 */
function spelledOutDay(text: string): string | undefined {
  const match = /^(?:[A-Za-z]{3,9},?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*(.*)$/.exec(text);
  if (!match) return undefined;
  const month = monthNumbers.get((match[2] ?? match[3]).toLowerCase());
  if (!month) return undefined;
  const dayOfMonth = Number(match[1] ?? match[4]);
  let hour = Number(match[6]);
  if (match[9]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(match[9]) ? 12 : 0);
  }
  const time = `${String(hour).padStart(2, '0')}:${match[7]}${match[8] ? `:${match[8]}` : ''}`;
  return `${match[5]}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')} ${time}${match[10] ? ` ${match[10]}` : ''}`;
}

/**
 * Whether an offset (`+05:45`, `-0300`) is one a zone has: -12:00 to +14:00, minutes 00 to 59.
 * Only the hours were compared with 14, so `-13:00` and `+14:30`, which no zone has had, passed.
 */
export function isOffsetInRange(offset: string): boolean {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return false;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return Number(match[3]) <= 59 && (match[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60);
}
