import { thaiDay } from './thai-day.ts';
import { parseZone, toUtcIso, wallClockFold } from './import/time-zones.ts';
import { monthNamesByLanguage, monthNumbersOf } from './month-names.ts';
import { cjkClockAs24Hour, cjkDay } from './cjk-written-day.ts';
import { hourOnTwentyFourHourClock } from './twelve-hour-clock.ts';

/**
 * What is wrong with a date-time the schema refused, when it is close to one it takes, and that
 * one written out: "2025-07-08 09:49 PST" was refused as "not an ISO-8601 UTC date-time with its
 * zone", which left the author to work out that PST is -08:00, that a T goes between day and time,
 * that 24:00 is the next day's 00:00 and that a leap second cannot be stored.
 * Undefined when the text is not a day and a time at all (the general message says enough).
 */
const monthNames = monthNamesByLanguage.en.map((name) => name[0].toUpperCase() + name.slice(1));

/**
 * The instant a number of 10 or 13 digits is as Unix time (seconds or milliseconds since 1970, as a
 * log or an API export writes it), or undefined for any other number.
 */
export function unixTimeReading(value: number): { instant: string; unit: 'seconds' | 'milliseconds' } | undefined {
  const milliseconds = value >= 1e12 && value < 1e13 ? value : value >= 1e9 && value < 1e10 ? value * 1000 : undefined;
  if (milliseconds === undefined || !Number.isInteger(value)) return undefined;
  return { instant: new Date(milliseconds).toISOString().replace('.000Z', 'Z'), unit: milliseconds === value ? 'milliseconds' : 'seconds' };
}

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

/**
 * A day written in another notation at the start of `text` (bad input round 15), rewritten as
 * YYYY-MM-DD with what differed, the rest of the text kept: `8.7.2025` and `12.07.2025` (day first,
 * as German and Nordic dates are), `2025/07/09`, `2025.07.09`, `20250709`, dashes that are not the
 * hyphen-minus (`2025‐07‐08`), a week date (`2025-W28-2`) and a day of the year (`2025-189`).
 * `03/05/2024` is either day first or month first: both are named (`ambiguous`) and none chosen,
 * unless a part over 12 settles it. A day without its year (`Jul 8`, `1 Aug`) is `noYear`.
 */
export function otherDayNotation(text: string): { day: string; rest: string; reason: string } | { ambiguous: [string, string]; written: string } | { noYear: string } | undefined {
  const pad = (n: number | string) => String(n).padStart(2, '0');
  const dashes = /^(\d{4})[\u2010-\u2015\u2212\uFE63\uFF0D](\d{1,2})[\u2010-\u2015\u2212\uFE63\uFF0D](\d{1,2})(.*)$/.exec(text);
  if (dashes) return { day: `${dashes[1]}-${pad(dashes[2])}-${pad(dashes[3])}`, rest: dashes[4], reason: `the dashes of the day are U+${text.charCodeAt(4).toString(16).toUpperCase()}, a word processor's dash, not the hyphen-minus (-)` };
  // Round 57: a space after each dot too (`09. 07. 2025`), as a German word processor writes it.
  const dotted = /^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})(.*)$/.exec(text);
  if (dotted && Number(dotted[2]) <= 12) return { day: `${dotted[3]}-${pad(dotted[2])}-${pad(dotted[1])}`, rest: dotted[4], reason: 'the day is written year-month-day, not day.month.year' };
  // Round 57: a year of two digits after dots (`9.7.25`) got the format alone. Dots mostly write the day
  // first, but a part over 12 alone settles it: both readings are named when each is a day.
  const dottedShortYear = /^(\d{1,2})\. ?(\d{1,2})\. ?(\d{2})(?![\d.])(.*)$/.exec(text);
  if (dottedShortYear) {
    const [first, second] = [Number(dottedShortYear[1]), Number(dottedShortYear[2])];
    const year = `20${dottedShortYear[3]}`;
    const rest = dottedShortYear[4];
    const twoDigits = `the year is written with its four digits (${dottedShortYear[3]} is ${year})`;
    if (first >= 1 && first <= 12 && second >= 1 && second <= 12 && first !== second) return { ambiguous: [`${year}-${pad(first)}-${pad(second)}`, `${year}-${pad(second)}-${pad(first)}`], written: `${dottedShortYear[1]}.${dottedShortYear[2]}.${dottedShortYear[3]}` };
    if (second >= 1 && second <= 12 && first >= 1 && first <= 31) return { day: `${year}-${pad(second)}-${pad(first)}`, rest, reason: `the day is written year-month-day, not day.month.year, and ${twoDigits}` };
    if (first >= 1 && first <= 12 && second >= 1 && second <= 31) return { day: `${year}-${pad(first)}-${pad(second)}`, rest, reason: `the day is written year-month-day, not month.day.year, and ${twoDigits}` };
  }
  const yearFirst = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(text);
  if (yearFirst) return { day: `${yearFirst[1]}-${pad(yearFirst[3])}-${pad(yearFirst[4])}`, rest: yearFirst[5], reason: `the parts of the day are joined by "-", not "${yearFirst[2]}"` };
  const compact = /^(\d{4})(\d{2})(\d{2})(?=$|[Tt ])(.*)$/.exec(text);
  if (compact && Number(compact[2]) >= 1 && Number(compact[2]) <= 12) return { day: `${compact[1]}-${compact[2]}-${compact[3]}`, rest: compact[4], reason: 'the parts of the day are joined by "-"' };
  const week = /^(\d{4})-?W(\d{2})-?([1-7])(.*)$/.exec(text);
  if (week) {
    // ISO week 1 holds the year's first Thursday: its Monday is 3 days before the Thursday on or after 4 January.
    const fourth = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(fourth.getTime() - ((fourth.getUTCDay() + 6) % 7) * 86_400_000);
    const day = new Date(monday.getTime() + ((Number(week[2]) - 1) * 7 + Number(week[3]) - 1) * 86_400_000);
    return { day: day.toISOString().slice(0, 10), rest: week[4], reason: 'the day is written as a week date (year, week, weekday)' };
  }
  const ordinal = /^(\d{4})-(\d{3})(?=$|[Tt ])(.*)$/.exec(text);
  if (ordinal && Number(ordinal[2]) >= 1 && Number(ordinal[2]) <= 366) {
    const day = new Date(Date.UTC(Number(ordinal[1]), 0, Number(ordinal[2])));
    if (day.getUTCFullYear() === Number(ordinal[1])) return { day: day.toISOString().slice(0, 10), rest: ordinal[3], reason: `the day is written as the ${Number(ordinal[2])}th day of the year` };
  }
  // Round 54: `25-07-09`, three pairs joined by dashes, was read day first as 2009-07-25 alone: dashes join
  // ISO 8601's parts, year first, so that reading is given, and the other named beside it.
  const shortIso = /^(\d{2})-(\d{2})-(\d{2})(?![\d-])(.*)$/.exec(text);
  if (shortIso && Number(shortIso[2]) >= 1 && Number(shortIso[2]) <= 12 && Number(shortIso[3]) >= 1 && Number(shortIso[3]) <= 31) {
    const dayFirst = Number(shortIso[1]) >= 1 && Number(shortIso[1]) <= 31 ? `20${shortIso[3]}-${shortIso[2]}-${shortIso[1]}` : undefined;
    return { day: `20${shortIso[1]}-${shortIso[2]}-${shortIso[3]}`, rest: shortIso[4], reason: `the year is written with two digits: ${shortIso[1]}-${shortIso[2]}-${shortIso[3]} reads year first, as dashes join ISO 8601's parts${dayFirst ? ` (if the day comes first, it is ${dayFirst})` : ''}` };
  }
  // Round 18: a year of two digits (`8/1/25`, as a US spreadsheet shows it) is read as 19xx or 20xx,
  // as spreadsheets read it; before, "is not a date" was all it got.
  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?!\d)(.*)$/.exec(text);
  if (slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    const year = slashed[3].length === 2 ? `${Number(slashed[3]) < 70 ? '20' : '19'}${slashed[3]}` : slashed[3];
    const dayFirst = `${year}-${pad(second)}-${pad(first)}`;
    const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
    if (first > 12 && second <= 12) return { day: dayFirst, rest: slashed[4], reason: 'the day is written year-month-day, not day/month/year' };
    if (second > 12 && first <= 12) return { day: monthFirst, rest: slashed[4], reason: 'the day is written year-month-day, not month/day/year (US order)' };
    if (first <= 12 && second <= 12) return { ambiguous: [monthFirst, dayFirst], written: `${slashed[1]}/${slashed[2]}/${slashed[3]}` };
  }
  // Round 18: `due: 8/1` (a day and a month, no year) was "is not a date" with no word of what was missing.
  const numericNoYear = /^(\d{1,2})[/.](\d{1,2})\.?$/.exec(text);
  if (numericNoYear && Math.min(Number(numericNoYear[1]), Number(numericNoYear[2])) >= 1 && Math.min(Number(numericNoYear[1]), Number(numericNoYear[2])) <= 12 && Math.max(Number(numericNoYear[1]), Number(numericNoYear[2])) <= 31) return { noYear: text };
  const yearless = /^(?:[A-Za-z]{3,9},?\s+)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?)(?:$|[\s,]+(?![\s,]|\d{4})(.*))$/.exec(text);
  if (yearless && monthNumberOf(yearless[1] ?? yearless[4])) return { noYear: text };
  return undefined;
}

/**
 * A day written in another notation, {@link otherDayNotation}'s or with its month named (`July 12,
 * 2025`, `12 juillet 2025`), or undefined: the one reading of a field holding a day only and of a
 * due day in a table of follow-ups (round 50).
 */
export function dayInOtherNotation(text: string): ReturnType<typeof otherDayNotation> {
  // Round 56: `2025年9月1日` (Japanese), `le 9 juillet 2025`, `am 9. Juli 2025`, `9-Jul-2025` were "not a date", the format alone.
  // Round 57: a Japanese era's year (`令和7年3月14日`), a weekday after the day, Korean's 년월일 too (cjk-written-day.ts).
  const cjk = cjkDay(text);
  if (cjk) return cjk;
  // Round 58: digits of another script (`٢٠٢٥-٠٧-٠٩`, `２０２５-０７-０９`) were "names no day", a word's advice.
  const digits = asciiDigits(text);
  if (digits) {
    const found = dayInOtherNotation(digits.text);
    if (found && 'day' in found) return { ...found, reason: `${digits.reason}, and ${found.reason}` };
    if (found) return found;
    if (/^\d{4}-\d{2}-\d{2}$/.test(digits.text.trim())) return { day: digits.text.trim(), rest: '', reason: digits.reason };
  }
  // Round 59 (round 58's leftover): a Thai day with a year of the Buddhist era (`9 ก.ค. 2568`), the format alone.
  const thai = thaiDay(text);
  if (thai) return thai;
  // Round 58: a Vietnamese day (`ngày 9 tháng 7 năm 2025`, day, month and year each after its word).
  const vietnamese = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})$/iu.exec(text.trim());
  if (vietnamese) return { day: `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}`, rest: '', reason: 'the day is written year-month-day, in digits' };
  // Round 58: Jira's `09/Jul/25` (day, month cut short, two-digit year) and Russian's year word after the year (`9 июля 2025 г.`).
  const words = text.trim().replace(/^(?:le|el|am|den|on)\s+(?=\d)/i, '').replace(/^(\d{1,2})[-/](\p{L}{3,9})[-/](\d{4})$/u, '$1 $2 $3').replace(/^(\d{1,2})[-/](\p{L}{3,9})[-/](\d{2})$/u, '$1 $2 20$3').replace(/(\d{4})\s*г\.?$/u, '$1');
  const spelled = spelledOutDay(`${words} 00:00`);
  return otherDayNotation(text.trim()) ?? (spelled ? { day: spelled.slice(0, 10), rest: '', reason: 'the day is written year-month-day, in digits' } : undefined);
}

/** The first digit, 0, of each run of ten decimal digits outside ASCII that a report is likely to hold. */
const otherDigitZeros: [number, string][] = [[0x660, 'Arabic-Indic'], [0x6f0, 'Persian'], [0x966, 'Devanagari'], [0x9e6, 'Bengali'], [0xe50, 'Thai'], [0xff10, 'full-width']];

/**
 * `text` with its digits of another script (`٢٠٢٥`, `２０２５`, `२०२५`) written 0-9, and the reason to say, or
 * undefined when it has none (bad input round 58: a date in Arabic-Indic digits was "names no day").
 */
export function asciiDigits(text: string): { text: string; reason: string } | undefined {
  const scripts = new Set<string>();
  const ascii = text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const run = otherDigitZeros.find(([zero]) => code >= zero && code <= zero + 9);
    if (!run) return digit;
    scripts.add(run[1]);
    return String(code - run[0]);
  }).replace(/[\uFF0D\uFF0F\uFF1A\u066B]/g, (mark) => ({ '\uFF0D': '-', '\uFF0F': '/', '\uFF1A': ':', '\u066B': '.' })[mark]!);
  if (!scripts.size) return undefined;
  return { text: ascii, reason: `the digits are ${[...scripts].join(' and ')} digits, where this field takes 0-9` };
}

/** What {@link dayInOtherNotation} finds as a sentence of advice for a field holding a day only, or undefined. */
export function dayNotationAdvice(text: string): string | undefined {
  const found = dayInOtherNotation(text);
  if (!found) return undefined;
  if ('ambiguous' in found) return ` ${found.written} can be read two ways: write ${found.ambiguous[0]} if the month comes first (US order), ${found.ambiguous[1]} if the day does.`;
  if ('noYear' in found) return ` ${found.noYear} has no year: write the year too, as YYYY-MM-DD.`;
  if (calendarDayProblem(found.day)) return ` ${calendarDayProblem(found.day)}.`;
  return ` Here ${found.reason}${found.rest.trim() ? '; this field is a day, the time of day is not written' : ''}. Write ${found.day}.`;
}

/**
 * Why a command-line day (`--date`, `--set drafted=`, `--publish`) is no day, with the option to
 * give when the text reads as one (bad input round 18: `--date 30.07.2025` was "must be a real
 * day" with no value, where a file's `drafted: 30.07.2025` got "Write 2025-07-30."). Empty when
 * there is nothing more to say than the format.
 */
export function dayOptionAdvice(text: string, give: (day: string) => string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const problem = calendarDayProblem(text);
    return problem ? ` ${problem}.` : '';
  }
  // Round 33: `--since 2026-01-01T00:00:00Z`, `' 2026-01-01'` and `2026-1-1` got the format and no day to give.
  const padded = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/s.exec(text.trim());
  const day = padded ? `${padded[1]}-${padded[2].padStart(2, '0')}-${padded[3].padStart(2, '0')}` : undefined;
  // Round 36: `--since 2026-02-30T10:00Z` got the format alone: the day the calendar lacks is
  // said first, whatever follows it (a time, spaces, one digit for the month).
  const noDay = day ? calendarDayProblem(day) : undefined;
  if (padded && noDay) return ` ${noDay}${padded[4].trim() ? '; and the option takes a day, without its time of day' : ''}.`;
  if (padded && day) {
    const rest = padded[4];
    if (/^[T ]\d{1,2}:\d{2}/i.test(rest)) return ` The option takes a day, without its time of day: give ${give(day)}.`;
    // Round 37: `2026-01-01+02:00` (a day with a zone, as XML Schema writes one) got the format alone.
    if (zoneAfterDay.test(rest)) return ` A day is written without a time zone (the day is read in UTC): give ${give(day)}.`;
    if (!rest && day !== padded[0]) return ` The month and the day take two digits each: give ${give(day)}.`;
    if (!rest && text !== text.trim()) return ` It has spaces around the day (a quoted or pasted value?): give ${give(day)}.`;
  }
  const week = isoWeekDays(text.trim());
  if (week) return ` ${text.trim()} is a week (ISO 8601), not a day: give its first day, ${give(week.monday)} (the week runs from ${week.monday} to ${week.sunday}), or the day meant.`;
  return dayNotationAdvice(text)?.replace(/ Write (\d{4}-\d{2}-\d{2})\.$/, (_, day: string) => ` Give ${give(day)}.`) ?? '';
}

/**
 * The days of an ISO 8601 week written `2025-W31` (or `2025W31`), or undefined: week 1 is the one
 * holding 4 January, and weeks run Monday to Sunday. A week where a day goes (`due: 2025-W31`,
 * `--since 2026-W01`) got an example day, not one of its own (bad input round 37).
 */
export function isoWeekDays(text: string): { monday: string; friday: string; sunday: string } | undefined {
  const week = /^(\d{4})-?W(\d{2})$/i.exec(text);
  if (!week || Number(week[2]) < 1 || Number(week[2]) > 53) return undefined;
  const jan4 = Date.UTC(Number(week[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
  const day = (offset: number) => new Date(monday + offset * 86_400_000).toISOString().slice(0, 10);
  return { monday: day(0), friday: day(4), sunday: day(6) };
}

/**
 * A zone written after a day: an offset (`+02:00`, `Z`, as XML Schema writes one; round 37) or
 * a zone's name (`2025-08-01 Europe/Berlin`, `UTC`; round 38, which got "e.g. 2025-03-21").
 */
// Round 41: a zone's abbreviation too (`drafted: 2025-07-09 CET`), which got "e.g. 2025-03-21".
export const zoneAfterDay = /^\s*(?:Z|[+-]\d{2}(?::?\d{2})?|\s[A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?|\s(?:UTC|GMT|[A-Z]{1,3}T))$/i;

export function instantAdvice(written: string, isValid: (candidate: string) => boolean): string | undefined {
  const reasons: string[] = [];
  // Bad input round 13: reports converted from elsewhere wrote "8 July 2025 17:45 UTC", full-width
  // digits, "2025-7-8", a space before the zone and twelve digits of fraction; each was only "not
  // an ISO-8601 UTC date-time", with no value to write.
  let text = written.trim();
  // Round 39: a value in an editor's smart quotes (`“2025-07-08T17:45:00Z”`, text to YAML), marked
  // as an estimate (`~2025-…`), or with dots for colons (`T17.45.00Z`) got the format alone.
  const typographicallyQuoted = /^([“‘„«「])(.*)([”’“»」])$/.exec(text);
  if (typographicallyQuoted) {
    reasons.push(`the value is wrapped in ${typographicallyQuoted[1]}…${typographicallyQuoted[3]}, a word processor's quotes, which YAML reads as part of the text`);
    text = typographicallyQuoted[2].trim();
  }
  if (/^(?:~|ca\.|approx\.?)\s*\d/i.test(text)) {
    reasons.push('a time takes no sign of estimate (say in the body that it is approximate)');
    text = text.replace(/^(?:~|ca\.|approx\.?)\s*/i, '');
  }
  // Round 41: a word between the day and the time (`2025-07-08 at 17:45 UTC`, `@`, `um`, `à`) and
  // the zone in brackets (`17:45 (CET)`), as a sentence of a report writes them, got the format alone.
  // Round 57: a day and a clock written the Japanese, Chinese or Korean way (`2025年7月8日 17時45分`,
  // `2025-07-08 午後5時45分`, `下午5:45`, `오후 5:45`, `令和7年…`) got the format alone.
  const cjk = cjkDay(text);
  if (cjk) {
    reasons.push(cjk.reason);
    text = `${cjk.day}${/^\s/.test(cjk.rest) || !cjk.rest ? cjk.rest : ` ${cjk.rest}`}`;
  }
  // Round 59: a Thai day (`8 ก.ค. 2568 17:45 UTC`, a Buddhist-era year) got the format alone.
  const thai = thaiDay(text);
  if (thai) {
    reasons.push(thai.reason);
    text = `${thai.day}${thai.rest}`;
  }
  const cjkClock = cjkClockAs24Hour(text);
  if (cjkClock.changed) {
    reasons.push('the time is written on a 24-hour clock, its hours and minutes joined by ":"');
    text = cjkClock.text.replace(/^(\d{4}-\d{1,2}-\d{1,2})(?=\d{2}:)/, '$1 ');
  }
  // Round 58: and in Russian and Polish (`2025-07-08 в 17:45`, `godz. 17:45`).
  const spokenAt = /^(\d{4}-\d{1,2}-\d{1,2}),?\s+(at|@|um|à|a las|в|o godz\.|godz\.)\s+(?=\d)/iu.exec(text);
  if (spokenAt) {
    reasons.push(`"${spokenAt[2]}" between the day and the time is not written: a T goes there`);
    text = `${spokenAt[1]}T${text.slice(spokenAt[0].length)}`;
  }
  // Round 51: a comma between them (`2025-07-08, 17:45 UTC`), and the time before the day (`17:45 UTC
  // on 2025-07-08`, as a sentence of a report says it), got the format alone.
  const dayComma = spokenAt ? undefined : /^(\d{4}-\d{1,2}-\d{1,2}),\s*(?=\d)/.exec(text);
  if (dayComma) {
    reasons.push('a comma between the day and the time is not written: a T goes there');
    text = `${dayComma[1]}T${text.slice(dayComma[0].length)}`;
  }
  const timeFirst = /^(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})?,?\s+(?:on\s+|am\s+|le\s+)?(\d{4}-\d{1,2}-\d{1,2})$/i.exec(text);
  if (timeFirst) {
    reasons.push('the day comes first, then a T and the time');
    text = `${timeFirst[3]}T${timeFirst[1]}${timeFirst[2] ? ` ${timeFirst[2]}` : ''}`;
  }
  // Go's way of printing a time (`2025-07-08 17:45:00 +0000 UTC`, a log's or a bot's) writes the zone twice.
  const goZone = /^(.*\d)\s+([+-]\d{2}):?(\d{2})\s+[A-Z]{2,5}$/.exec(text);
  if (goZone) {
    reasons.push(`the zone is written once, as its offset: "${goZone[2]}${goZone[3]} ${text.slice(text.lastIndexOf(' ') + 1)}" names it twice`);
    text = `${goZone[1]}${goZone[2]}:${goZone[3]}`;
  }
  // An interval (`2025-07-08T17:45:00Z/2025-07-08T18:30:00Z`, ISO 8601's start/end) where one time goes.
  const interval = /^(\d{4}-\d{2}-\d{2}T[^/\s]+)\s*\/\s*(\d{4}-\d{2}-\d{2}T\S+)$/.exec(text);
  if (interval && isValid(interval[1])) {
    return `Here two times are written, a start and an end (${interval[1]}/${interval[2]}), and this field holds one: write ${interval[1]} here, and the end in the field of the end (times.resolved, impact.end).`;
  }
  // `resolved: ongoing`, `TBD`: no time yet, which a time field cannot say.
  if (/^(?:still\s+)?(?:ongoing|open|tbd|tba|n\/a|unknown|none|pending|not yet|in progress|-|\?+)$/i.test(text)) {
    return `Here "${text}" is no time: a time field holds the instant alone. If it has not happened yet (the incident is not over), delete the line until it has (a post of an incident not over stays status: draft); if it has, write when, e.g. 2025-07-08T18:30:00Z.`;
  }
  const bracketedZone = /^(.*\d)\s*\(([A-Za-z][\w/+:-]*)\)$/.exec(text);
  if (bracketedZone) {
    reasons.push(`the zone is written without brackets, (${bracketedZone[2]})`);
    text = `${bracketedZone[1]} ${bracketedZone[2]}`;
  }
  // Round 41: also `17h45` (French, German), joined by an h.
  const dotted = /^(\d{4}-\d{2}-\d{2}[Tt ])(\d{1,2})[.hH](\d{2})(?:\.(\d{2}))?(?![\d:])(.*)$/.exec(text);
  if (dotted) {
    reasons.push('the hours, minutes and seconds are joined by ":"');
    text = `${dotted[1]}${dotted[2]}:${dotted[3]}:${dotted[4] ?? '00'}${dotted[5]}`;
  }
  // Round 39b: `detected: +4m` (minutes after the start, as a timeline sheet writes it) got the
  // format alone; no field takes a time relative to another, so the advice is the instant itself.
  // Round 40: the forms of a run sheet too, `T+4m`, `T + 4 minutes`, `T+00:04`, and `T+4` or `+10`
  // with no unit (said as such, the example read in minutes), got the format alone.
  const relative = /^(?:T\s*)?\+\s*((?:\d+\s*(?:days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\s*)+|\d{1,2}:\d{2}(?::\d{2})?|\d+)$/i.exec(text);
  if (relative) {
    const unitSeconds: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
    const amount = relative[1].trim();
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(amount);
    let seconds = 0;
    if (clock) seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
    else if (/^\d+$/.test(amount)) seconds = Number(amount) * 60;
    else for (const [, count, unit] of amount.matchAll(/(\d+)\s*([a-z]+)/gi)) seconds += Number(count) * unitSeconds[unit[0].toLowerCase()];
    const example = new Date(Date.parse('2025-07-08T17:45:00Z') + seconds * 1000).toISOString().replace('.000Z', 'Z');
    const after = /^T/i.test(text) ? 'a time after the start (as a run sheet counts, T+ the minutes since the incident began)' : 'a time after another one (as a timeline sheet counts from the start)';
    if (/^\d+$/.test(amount)) return `Here ${text} is ${after}, with no unit, and a time field takes no relative time, only the instant itself: add the ${amount} minutes (or hours, as your sheet counts) to the time it counts from and write the result, e.g. with times.started 2025-07-08T17:45:00Z and minutes, write ${example}.`;
    return `Here ${text} is ${after}, and a time field takes no relative time, only the instant itself: add ${clock ? `${amount} (hours:minutes)` : amount} to the time it counts from and write the result, e.g. with times.started 2025-07-08T17:45:00Z, write ${example}.`;
  }
  // Round 36: `--started 1751996700` got the shape alone, where a file's `started: 1751996700`
  // is read as the Unix time it is.
  const unix = /^\d{10}(?:\d{3})?$/.test(text) ? unixTimeReading(Number(text)) : undefined;
  if (unix) return `${text} reads as Unix time (${unix.unit} since 1970-01-01), not a date-time: it is ${unix.instant}. Write ${unix.instant}.`;
  if (text.normalize('NFKC') !== text && /[\uFF10-\uFF19\uFF0D\uFF1A]/.test(text)) {
    reasons.push('the digits are full-width (from an East Asian keyboard): write them as 0-9');
    text = text.normalize('NFKC');
  }
  // Round 58: digits of another script (`٢٠٢٥-٠٧-٠٨T١٧:٤٥:٠٠Z`) got the format alone.
  const otherDigits = asciiDigits(text);
  if (otherDigits) {
    reasons.push(otherDigits.reason.replace(', where this field takes', ': write them as'));
    text = otherDigits.text;
  }
  // Round 19: ISO 8601's expanded year (`+002025-07-08T…`, as some exporters and JavaScript's
  // toISOString for far years write it) was "not an ISO-8601 date-time" with no value to write.
  const expanded = /^\+00(\d{4})(-.*)$/.exec(text);
  if (expanded) {
    reasons.push('the year is written with a sign and six digits (ISO 8601\'s expanded form): write its four digits');
    text = `${expanded[1]}${expanded[2]}`;
  }
  // Round 38: a year of five digits or more, or with a minus sign (`10000-01-01T…`,
  // `+010000-…`, `-000001-…`), got the format alone, where a day so written names its digits.
  const signedYear = expanded ? undefined : /^([+-]?)0*(\d{4,})(-\d{2}-\d{2}T.*)$/.exec(text);
  if (signedYear?.[1] === '-') return `Here the year is written with a minus sign, a year before the common era: write the year meant with four digits, e.g. 2025${signedYear[3]}.`;
  if (signedYear && signedYear[2].length > 4) return `Here the year, ${signedYear[2]}, is written with ${signedYear[2].length} digits, where a year takes four: write the year meant with four digits, e.g. 2025${signedYear[3]}.`;
  // Round 40: a year that lost a digit (`resolvedWhen: 024-10-16T08:30:00`, as a status page's
  // file in /work/corpora has it) got the format alone.
  const shortYear = /^(\d{3})(-\d{2}-\d{2}T.*)$/.exec(text);
  if (shortYear) return `Here the year, ${shortYear[1]}, is written with 3 digits, where a year takes four (a digit is missing): write the year meant, e.g. ${shortYear[1].startsWith('0') ? `2${shortYear[1]}` : '2025'}${shortYear[2]}.`;
  // Round 37: ISO 8601's basic form (`20250708T174500Z`, as iCalendar and some logs write it) and
  // a time after a lone T (`T17:45:00Z`) got the format alone.
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (basic) {
    reasons.push('the date-time is written in ISO 8601\'s basic form, without its - and :');
    text = `${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6] ?? '00'}${basic[7] ?? ''}${basic[8] ?? ''}`;
  }
  if (/^T\d{1,2}:\d{2}/i.test(text)) text = text.slice(1);
  // Round 50: a weekday before the day in digits (`Tuesday 2025-07-08 17:45 UTC`, as a chat's or a
  // calendar's copy writes it) got the format alone.
  const weekdayFirst = /^(\p{L}{3,9})\.?,?\s+(?=\d{4}-\d{1,2}-\d{1,2})/u.exec(text);
  if (weekdayFirst && weekdayNames.some((name) => name.startsWith(weekdayFirst[1].toLowerCase()))) {
    const otherWeekday = weekdayMismatch(text, text.slice(weekdayFirst[0].length, weekdayFirst[0].length + 10));
    reasons.push(otherWeekday ?? `the weekday (${weekdayFirst[1]}) is not written: the day says it`);
    text = text.slice(weekdayFirst[0].length);
  }
  // Round 56: the date command's and a log's order (`Tue Jul 08 17:45:00 UTC 2025`, the year last) was said to have no year.
  const yearLast = /^((?:[A-Za-z]{3,9},?\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?\s+[A-Za-z]{1,5})\s+(\d{4})$/.exec(text);
  if (yearLast) text = `${yearLast[1]} ${yearLast[3]} ${yearLast[2]}`;
  // Round 58: Jira's `08/Jul/25 5:45 PM` (day, month cut short, two-digit year) got the format alone.
  text = text.replace(/^(\d{1,2})[-/](\p{L}{3,9})[-/](\d{4}|\d{2})(?=\s+\d)/u, (_, day: string, month: string, year: string) => `${day} ${month} ${year.length === 2 ? `20${year}` : year}`);
  // Round 58: Russian's year word after the year (`8 июля 2025 г. 17:45 UTC`), the words for "at" before the time
  // (`8 lipca 2025, godz. 17:45`, `8 июля 2025 в 17:45`).
  text = text.replace(/(\d{4})\s*г\.(?=\s)/u, '$1').replace(/(\d{4}),?\s+(?:o\s+)?(?:godz\.|в)\s+(?=\d)/u, '$1 ');
  const spelled = spelledOutDay(text);
  if (spelled) {
    reasons.push('the day is written year-month-day, in digits');
    const otherWeekday = weekdayMismatch(text, spelled.slice(0, 10));
    if (otherWeekday) reasons.push(otherWeekday);
    text = spelled;
  }
  const other = spelled ? undefined : otherDayNotation(text);
  if (other && 'ambiguous' in other) return `${other.written} can be read two ways: write ${other.ambiguous[0]} if the month comes first (US order), ${other.ambiguous[1]} if the day does, then T, the time and its zone (e.g. ${other.ambiguous[0]}T17:45:00Z).`;
  if (other && 'noYear' in other) return `${other.noYear} has no year: write the whole date-time, e.g. 2025-07-08T17:45:00Z.`;
  if (other) {
    reasons.push(other.reason);
    text = `${other.day}${other.rest}`;
  }
  // Round 50: an hour without its minutes (`2025-07-08T17Z`, `T19+02:00`, `17h UTC`), as a note
  // taken on the hour writes it, got the format alone: the minutes are written, :00.
  const hourAlone = /^(\d{4}-\d{1,2}-\d{1,2}(?:[Tt]| +))(\d{1,2})(?:[hH](?![A-Za-z]))?(?![\d:.,])(\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z][\w/+:. -]*))?$/.exec(text);
  if (hourAlone && Number(hourAlone[2]) <= 24) {
    // `5 PM` is left to the 12-hour clock's reading below, as `5:00 PM`.
    const twelveHourMark = /^\s*[AaPp]\.?[Mm]\.?(?![A-Za-z])/.test(hourAlone[3] ?? '');
    const hour = twelveHourMark ? hourAlone[2] : hourAlone[2].padStart(2, '0');
    reasons.push(twelveHourMark ? 'the time has no minutes: write them, :00' : `the time has no minutes: ${hourAlone[2]} o'clock is written ${hour}:00`);
    text = `${hourAlone[1]}${hour}:00${hourAlone[3] ?? ''}`;
  }
  // Round 54: `2025-07-08 1745Z` (a military or run sheet's time, its colon left out) got the format alone.
  const noColon = /^(\d{4}-\d{1,2}-\d{1,2}(?:[Tt]| +))([01]\d|2[0-3])([0-5]\d)(?![\d:.,])(\s*(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z][\w/+:. -]*))?$/.exec(text);
  if (noColon) {
    reasons.push(`the hours and the minutes are joined by a colon: ${noColon[2]}${noColon[3]} is written ${noColon[2]}:${noColon[3]}`);
    text = `${noColon[1]}${noColon[2]}:${noColon[3]}${noColon[4] ?? ''}`;
  }
  // `5:45 PM` after the day: a 24-hour clock is written (round 15). Not the "Am" of "America/…"
  // (round 21: "10:55:00 America/Los_Angeles" was a 12-hour time in the zone "erica/Los_Angeles").
  const twelveHour = /^(\d{4}-\d{1,2}-\d{1,2}(?:[Tt]| +|[Tt] +))(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?(?![A-Za-z])(.*)$/.exec(text);
  const twelveHourAs24 = twelveHour ? hourOnTwentyFourHourClock(Number(twelveHour[2]), twelveHour[5]) : undefined;
  if (twelveHour && twelveHourAs24 !== undefined) {
    const hour = twelveHourAs24;
    reasons.push('the time is written on a 24-hour clock');
    text = `${twelveHour[1]}${String(hour).padStart(2, '0')}:${twelveHour[3]}${twelveHour[4] ? `:${twelveHour[4]}` : ''}${twelveHour[6].startsWith(' ') ? twelveHour[6] : ` ${twelveHour[6]}`}`.replace(/ +$/, '');
  }
  // A minus sign of a word processor (U+2212) or a dash before the offset (round 15).
  const oddMinus = /[\u2212\u2010-\u2015\uFE63\uFF0D](\d{2}:?\d{2})$/.exec(text);
  if (oddMinus) {
    reasons.push(`the offset's sign is U+${text.charCodeAt(oddMinus.index).toString(16).toUpperCase()}, a word processor's minus or dash, not the hyphen-minus (-)`);
    text = `${text.slice(0, oddMinus.index)}-${oddMinus[1]}`;
  }
  // A day alone or a time alone (round 15) said nothing of what was missing.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !calendarDayProblem(text)) return `${text} is a day without its time: write the time of day and its zone, e.g. ${text}T17:45:00Z (if only the day is known, its start in UTC: ${text}T00:00:00Z).`;
  // Round 42: a span of a run sheet (`17:49-17:52`) was read as 17:49 at the offset -17:52, and
  // `5:49 PM` alone as 05:49.
  const span = /^(\d{1,2}:\d{2})(?::\d{2})?\s*[-\u2013\u2014]\s*\d{1,2}:\d{2}(?::\d{2})?$/.exec(text);
  if (span) return `${text} is a span of time, not one moment: write when it began, with its day and zone, e.g. 2025-07-08T${span[1].padStart(5, '0')}:00Z, and say how long it lasted in the text.`;
  const twelveHourAlone = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?$/.exec(text);
  const twelveHourAloneAs24 = twelveHourAlone ? hourOnTwentyFourHourClock(Number(twelveHourAlone[1]), twelveHourAlone[4]) : undefined;
  // `13:06 PM` alone is read as 13:06 too (twelve-hour-clock.ts), but only `1:06 PM` is said to be on a 12-hour clock.
  const onTwelveHourClock = twelveHourAlone && twelveHourAloneAs24 !== undefined && Number(twelveHourAlone[1]) <= 12;
  const timeAlone = twelveHourAlone && twelveHourAloneAs24 !== undefined
    ? { clock: `${String(twelveHourAloneAs24).padStart(2, '0')}:${twelveHourAlone[2]}${twelveHourAlone[3] ? `:${twelveHourAlone[3]}` : ''}`, offset: undefined }
    : ((m) => m && { clock: m[1], offset: m[2] as string | undefined })(/^(\d{1,2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?(?:\s*\S+)?$/i.exec(text));
  // 24:00 alone is the end of a day: its example is the next day's 00:00, not "T24:00", which is refused in turn.
  if (timeAlone && /^24:00(?::00)?$/.test(timeAlone.clock)) return `${text} is a time without its day, the end of a day: write it as 00:00 of the next day, with that day, e.g. 2025-07-09T00:00:00${timeAlone.offset?.toUpperCase() ?? 'Z'} for the end of 2025-07-08.`;
  if (timeAlone) return `${text} is a time without its day${onTwelveHourClock ? ', on a 12-hour clock' : ''}: write the day before it, e.g. 2025-07-08T${timeAlone.clock.padStart(5, '0')}${/:\d{2}:\d{2}/.test(timeAlone.clock) ? '' : ':00'}${timeAlone.offset?.toUpperCase() ?? 'Z'}.`;
  // A comma before the fraction of a second (ISO 8601 allows it; the schema reads a point).
  const comma = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}),(\d+)(.*)$/.exec(text);
  if (comma) {
    reasons.push('a fraction of a second is written after a point (.5), not a comma');
    text = `${comma[1]}.${comma[2]}${comma[3]}`;
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
  let zone = zoneText.trim();
  // Bad input round 16: Temporal and java.time write the region after the offset, in brackets
  // (RFC 9557: `+02:00[Europe/Berlin]`); the offset alone says the instant.
  const bracketed = /^(Z|[+-]\d{2}:?\d{2})\[[^\]]+\]$/i.exec(zone);
  if (bracketed) {
    reasons.push(`the region in brackets (${zone.slice(bracketed[1].length)}) after the offset is not written: the offset alone says when it was`);
    zone = bracketed[1];
  }
  // `Z+02:00` (two zones) and `ZZ` (a Z typed twice) were "is not a zone", with no value to write.
  const zAndOffset = /^Z([+-]\d{2}:?\d{2})$/i.exec(zone);
  if (zAndOffset) {
    const stem = `${date}T${String(hour).padStart(2, '0')}:${minute}:${seconds}${fraction}`;
    return `Here the time has two zones, Z (UTC) and ${zAndOffset[1]}: write one. Write ${stem}Z if the time was noted in UTC, ${stem}${zAndOffset[1]} if it was noted at ${zAndOffset[1]}.`;
  }
  if (/^Z{2,}$/i.test(zone)) {
    reasons.push('the Z is written once');
    zone = 'Z';
  }
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
      // The offset the region had at that time, worked out: the example was Pacific time's
      // whatever the region (bad input round 21: "Europe/Berlin … e.g. -07:00").
      const clock = `${String(hour).padStart(2, '0')}:${minute}`;
      const fold = /^\d{4}-\d{2}-\d{2}$/.test(date) && hour < 24 && Number(minute) < 60 ? wallClockFold(date, clock, parsed) : { kind: 'gap' };
      if (fold) {
        reasons.push(`${zone} is a region whose offset changes with daylight saving, and ${clock} on that day ${fold.kind === 'gap' ? 'is a time its clocks skipped' : 'came twice there'}: write the offset the time was noted at, or the time in UTC with Z`);
      } else {
        const minutes = Math.round((Date.parse(`${date}T${clock}:00Z`) - Date.parse(toUtcIso(date, clock, parsed))) / 60_000);
        offset = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
        reasons.push(`${zone} is a region, written as the offset it had then (${zone} was ${offset === 'Z' ? 'at UTC, written Z' : offset} on ${date})`);
      }
    } else {
      reasons.push(`"${zone}" is not a zone: write Z for UTC, or an offset such as +01:00`);
    }
  }
  if (!reasons.length) return undefined;
  const candidate = offset ? `${date}T${String(hour).padStart(2, '0')}:${minute}:${seconds}${fraction}${offset}` : undefined;
  if (!candidate || !isValid(candidate)) return `Here ${reasons.join('; ')}.`;
  const abbreviation = zone.toUpperCase();
  const regionOffset = regionOfAbbreviation[abbreviation] ? offsetOfRegion(date, `${String(hour).padStart(2, '0')}:${minute}`, regionOfAbbreviation[abbreviation]) : undefined;
  const seasonal = regionOffset && regionOffset !== offset ? ` Write ${candidate} if the time was noted at ${offset} (${abbreviation} proper), or ${candidate.slice(0, -offset!.length)}${regionOffset} if it is the local time of ${regionOfAbbreviation[abbreviation]}, whose clocks were at ${regionOffset} on ${date} (reports write one abbreviation all year).` : ` Write ${candidate}.`;
  const others = otherZonesOf[abbreviation] ? ` ${abbreviation} is read here as ${otherZonesOf[abbreviation][0]}; it also names ${otherZonesOf[abbreviation][1]}: check which the report meant.` : '';
  return `Here ${reasons.join('; ')}.${seasonal}${others}`;
}

/**
 * Abbreviations of a region's standard or summer time (round 41): reports write "PST" all year,
 * and a time in July marked PST was read at -08:00 alone, where the clocks there showed -07:00.
 */
export const regionOfAbbreviation: Record<string, string> = {
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', MST: 'America/Denver', MDT: 'America/Denver', CST: 'America/Chicago', CDT: 'America/Chicago',
  EST: 'America/New_York', EDT: 'America/New_York', AKST: 'America/Anchorage', AKDT: 'America/Anchorage', CET: 'Europe/Berlin', CEST: 'Europe/Berlin',
  EET: 'Europe/Helsinki', EEST: 'Europe/Helsinki', BST: 'Europe/London', AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
};

/** Abbreviations that name more than one zone (round 41: `IST` was read as India's with no word of Ireland's or Israel's): the one read, and the others. */
const otherZonesOf: Record<string, [string, string]> = {
  IST: ['India Standard Time, +05:30', 'Irish Standard Time, +01:00, and Israel Standard Time, +02:00'],
  CST: ['US Central Standard Time, -06:00', 'China Standard Time, +08:00, and Cuba Standard Time, -05:00'],
  BST: ['British Summer Time, +01:00', 'Bangladesh Standard Time, +06:00'],
  GST: ['Gulf Standard Time, +04:00', 'South Georgia Time, -02:00'],
};

/** The offset (`-07:00`, `Z`) a region's clocks were at for a wall-clock time of a day. */
function offsetOfRegion(date: string, clock: string, name: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const minutes = Math.round((Date.parse(`${date}T${clock}:00Z`) - Date.parse(toUtcIso(date, clock, { kind: 'iana', name, label: name }))) / 60_000);
  if (!Number.isFinite(minutes)) return undefined;
  return minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/**
 * Month names in the languages of the reports imported most (French, German, Spanish, Italian,
 * Dutch, Portuguese; round 58 Swedish, Russian, Polish, Czech, Turkish; month-names.ts), and English's with its three-letter forms, for
 * {@link spelledOutDay}: bad input round 50's `published: 12 juillet 2025` got the format alone,
 * where `July 12, 2025` got the day to write.
 */
const monthNumbers = new Map([
  ...monthNumbersOf((['fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'ru', 'pl', 'cs', 'tr'] as const).map((language) => monthNamesByLanguage[language])),
  ...monthNamesByLanguage.en.flatMap((name, index) => [[name, index + 1], [name.slice(0, 3), index + 1]] as [string, number][]),
]);

/**
 * The month a word names, whole (`juillet`, `Jul`) or cut short as French and German write a month
 * (`juil.`, `sept.`, `Mär.`, `févr.`): round 57's `8 juil. 2025` and `14. Mär. 2025` got the format
 * alone. A start of three letters or more names a month when every name it starts names the same one.
 */
export function monthNumberOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const whole = monthNumbers.get(lower);
  if (whole || lower.length < 3) return whole;
  const named = new Set([...monthNumbers].filter(([name]) => name.startsWith(lower)).map(([, number]) => number));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "8 July 2025 17:45 UTC", "July 8, 2025 5:45 PM UTC", "Tue, 08 Jul 2025 17:45:00 GMT" as
 * "2025-07-08 17:45 UTC" (the zone kept as written, for the advice to name), or undefined.
 */
function spelledOutDay(text: string): string | undefined {
  const match = /^(?:[A-Za-z]{3,9},?\s+)?(?:(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?(?:\s+de)?|(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp][Mm])(?![A-Za-z]))?\s*(.*)$/u.exec(text);
  if (!match) return undefined;
  const month = monthNumberOf(match[2] ?? match[3]);
  if (!month) return undefined;
  const dayOfMonth = Number(match[1] ?? match[4]);
  let hour = Number(match[6]);
  if (match[9]) {
    const as24 = hourOnTwentyFourHourClock(hour, match[9]);
    if (as24 === undefined) return undefined;
    hour = as24;
  }
  const time = `${String(hour).padStart(2, '0')}:${match[7]}${match[8] ? `:${match[8]}` : ''}`;
  return `${match[5]}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')} ${time}${match[10] ? ` ${match[10]}` : ''}`;
}

const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A weekday written before a day that is another weekday (bad input round 16): `Wed, 08 Jul 2025`
 * (a Tuesday) was turned into 2025-07-08 without a word, when the weekday may be the right part.
 */
function weekdayMismatch(written: string, day: string): string | undefined {
  const word = /^([A-Za-z]{3,9})\.?,?\s/.exec(written)?.[1].toLowerCase();
  const named = word ? weekdayNames.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word))) : -1;
  const date = new Date(`${day}T00:00:00Z`);
  if (named < 0 || Number.isNaN(date.getTime()) || date.getUTCDay() === named) return undefined;
  const actual = weekdayNames[date.getUTCDay()];
  const capital = (text: string) => `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;
  return `it says ${capital(word!)}, but ${day} was a ${capital(actual)}: check which of the two is right (the date-time below keeps the digits)`;
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
