import { z } from 'zod';
import { buddhistEraOffset, commonEraOfBuddhistYear } from './thai-day.ts';
import { findWeekdayContradictions } from './weekday-contradictions.ts';
import { personAsTeam, teamBesideAnother, teamIdIn, vocabularyEntryNamed } from './vocabulary-value-names.ts';
import { findClosestMatch } from './closest-match.ts';
import { calendarDayProblem, dayNotationAdvice, instantAdvice, isOffsetInRange, isoWeekDays, unixTimeReading, zoneAfterDay } from './instant-advice.ts';
import { vocabularyFiles, type Vocabulary, type VocabularyKind } from './vocabulary.ts';
import { securitySchema, findSecurityIssues } from './security-schema.ts';
import { describeCharacter, withLatinLookalikesReplaced } from './confusables.ts';
import { escapeHiddenCharacters, findHiddenCharacter, withoutInvisibleMarks } from './invisible-characters.ts';
import { quotedSnippet } from './quoted-snippet.ts';
import { typographicallyQuoted } from './typographic-quotes.ts';

/**
 * The day an author surely meant by a text a day field refused (bad input round 13): a date-time
 * (`due: 2025-08-01T00:00:00Z`) or a day without its zeros (`2025-8-1`). Undefined otherwise.
 */
function dayMeant(text: string): string | undefined {
  // Round 18: `2025-08-01 EOD` (end of day, of business: a time of day in words) got no day to write.
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?|\s+(?:EOD|COB|EOB|end of (?:the )?(?:day|business))\.?|\s*(?:Z|[+-]\d{2}(?::?\d{2})?)|\s+(?:[A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?|UTC|GMT|[A-Z]{1,3}T))?$/i.exec(text);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return day !== text && isoDatePattern.test(day) && isRealDate(day) ? day : undefined;
}
/**
 * A week day before the day (`due: Monday 2025-08-01`, bad input round 63): "is not a date" said nothing of the week day,
 * nor that 2025-08-01 was a Friday. The day to write, and the week day's nearest date when the two disagree.
 */
function weekdayBeforeDay(value: unknown, text: string): string | undefined {
  const day = /^\p{L}{3,9}\.?,?\s+(\d{4}-\d{2}-\d{2})$/u.exec(text)?.[1];
  if (!day || !isRealDate(day)) return undefined;
  const other = findWeekdayContradictions(text)[0];
  return other
    ? `"${value}" is not a date: it says ${other.named}, but ${day} was a ${other.actual}. Write it as YYYY-MM-DD: ${day}, or ${other.nearest}, the nearest ${other.named}, if the week day is the right part.`
    : `"${value}" is not a date: a date takes no week day (${day} says it). Write it as YYYY-MM-DD: ${day}.`;
}
/** A month without its day (`2025-08`): the day to add. */
function partialDayReason(text: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (!month || Number(month[2]) < 1 || Number(month[2]) > 12) return '';
  const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return ` ${text} is a month: write the day too, e.g. ${text}-${last} for its last day.`;
}
/** A word or a quarter where a day goes (`ASAP`, `tomorrow`, `Q3`, round 15): what to write instead. */
function wordForDayReason(text: string): string {
  // Round 58: `end of Q3` too, as a tracker's target writes it.
  const quarter = /^(?:(?:the\s+)?end\s+of\s+)?Q([1-4])(?:[\s/-]+(\d{4}))?$/i.exec(text.trim()) ?? /^(\d{4})[\s/-]*Q([1-4])$/i.exec(text.trim())?.slice(0).reverse();
  if (quarter) {
    const q = Number(/Q([1-4])/i.exec(text)![1]);
    const year = /\d{4}/.exec(text)?.[0] ?? '2025';
    const last = new Date(Date.UTC(Number(year), q * 3, 0)).toISOString().slice(0, 10);
    return ` ${text.trim()} is a quarter, not a day: write its last day (${last} for Q${q} ${year}), or the day agreed.`;
  }
  // Round 52: `due: August 2025`, `end of Aug 2025` (a month and its year) got the format alone.
  const month = /^(?:(?:the )?end of |eo)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})$/i.exec(text.trim());
  const monthIndex = month ? ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(month[1].toLowerCase()) : -1;
  if (month && monthIndex >= 0) return ` ${JSON.stringify(text.trim())} is a month, not a day: write the day agreed, e.g. its last, ${new Date(Date.UTC(Number(month[2]), monthIndex + 1, 0)).toISOString().slice(0, 10)}.`;
  // Round 37: `due: 2025-W31` (an ISO week) got "e.g. 2025-03-21", another day.
  const week = isoWeekDays(text.trim());
  if (week) return ` ${text.trim()} is a week (ISO 8601), not a day: write the day agreed, e.g. its Friday, ${week.friday} (the week runs from ${week.monday} to ${week.sunday}).`;
  // Round 48: `due: 2 weeks`, `in 3 days` (a span from a day the reader does not know) and
  // `2025-07-09T` (a time begun and left) got the format alone.
  const span = /^(?:in\s+|within\s+|\+)?(\d+)\s*(days?|d|weeks?|wks?|w|months?|mo|sprints?)(?:\s+(?:later|from now|after))?$/i.exec(text.trim());
  if (span) return ` ${JSON.stringify(text.trim())} is a span of time, not a day: it counts from a day the reader does not know, and means another day as the report ages. Write the day it ends, counted from the day it was agreed.`;
  const dayThenT = /^(\d{4}-\d{2}-\d{2})[Tt ]$/.exec(text.trim());
  if (dayThenT) return ` The T after the day begins a time of day, which this field does not take: write ${dayThenT[1]}.`;
  // Round 58: digits of another script (`٢٠٢٥-٠٧-٠٩`) are digits, no word.
  if (!/\p{Nd}/u.test(text)) return ` ${JSON.stringify(text.trim())} names no day: write the day itself (a word such as tomorrow or next sprint means another day as the report ages).`;
  return '';
}
/**
 * A year of five digits or more (`10000-07-09`, `20255-07-09`): round 19 left it "not a date" with
 * `e.g. 2025-03-21`, another day. The month and day are kept; the years that one digit fewer
 * makes, within the accepted range, are offered, or the year is left for the author to write.
 */
function longYearMessage(value: string, text: string): string | undefined {
  const match = /^(\d{5,})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const monthDay = `${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  // A month and day no year has (02-30) is the other messages' to name.
  if (!isRealDate(`2024-${monthDay}`)) return undefined;
  const years = [...new Set([...match[1]].map((_, i) => match[1].slice(0, i) + match[1].slice(i + 1)))]
    .filter((year) => /^\d{4}$/.test(year) && !implausibleYear(year) && isRealDate(`${year}-${monthDay}`)).sort();
  const written = `"${value}" is not a date: its year, ${match[1]}, has ${match[1].length} digits, where a year takes four (${earliestYear} to ${latestYear}).`;
  if (years.length) return `${written} Write ${years.map((year) => `${year}-${monthDay}`).join(' or ')}${years.length > 1 ? ', whichever was meant' : ''}.`;
  return `${written} Write the year meant with four digits, keeping the month and day: YYYY-${monthDay}, e.g. 2025-${monthDay}.`;
}
function dayMeantReason(text: string): string {
  // Round 42: a day with a note after it (`due: 2025-08-01 (Alice)`, `2025-08-01, tentative`), as a
  // tracker's cell holds one, got the format alone.
  const noted = /^(\d{4}-\d{2}-\d{2})\s*(?:[(,;–—-]\s*|\s)(\S.*?)\)?$/.exec(text.trim());
  const day = dayMeant(text);
  if (!day) return noted && isRealDate(noted[1]) && /\p{L}/u.test(noted[2]) ? ` It is the day ${noted[1]} with a note after it ("${noted[2].slice(0, 40)}"): write ${noted[1]} alone, and say the note in the body.` : '';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return ' The month and the day take two digits each.';
  // Round 37: `drafted: 2025-07-09+02:00` (a day with a zone, as XML Schema writes one) got "e.g. 2025-03-21".
  if (zoneAfterDay.test(text.replace(/^\d{4}-\d{1,2}-\d{1,2}/, ''))) return ' This field is a day, written without a time zone.';
  return ' This field is a day: the time of day is not written.';
}

/**
 * The frontmatter contract of a postmortem. Strict objects throughout: a misspelled key is an
 * error, not silently ignored. Authors write `z.input`; code reads `z.output`.
 */

export const severities = ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
export const reviewStatuses = ['draft', 'in-review', 'published'] as const;
export const visibilities = ['internal', 'public'] as const;
export const timelineKinds = [
  'detection',
  'escalation',
  'decision',
  'mitigation',
  'communication',
  'resolution',
  'other',
] as const;
export const actionItemTypes = ['prevent', 'detect', 'mitigate', 'communicate'] as const;
export const actionItemStatuses = ['open', 'in-progress', 'done', 'wont-do'] as const;
export const actionItemPriorities = ['P0', 'P1', 'P2', 'P3'] as const;
/** Lists that stay internal unless the author opts them into the public post. */
export const publicOptInLists = ['contributors', 'mitigators', 'risks'] as const;

// ISO 8601 with a zone: `Z` or an offset such as `+01:00` (stored as UTC). A time without a zone is
// ambiguous and refused.
const isoInstantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Days of each month of a common year; February has 29 in a leap year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` (a `YYYY-MM-DD` day, every caller's form) is a day the calendar has. Such a day
 * is counted, not parsed: the schema asks it of every instant and day of every report (about 18,000
 * at 1,000 reports), and `new Date` with `toISOString` cost more than all the arithmetic
 * (docs/performance.md, session 48). Any other text is read by Date as before.
 */
export function isRealDate(value: string): boolean {
  if (value.length === 10 && isoDatePattern.test(value)) {
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    if (month < 1 || month > 12 || day < 1) return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && leap ? 29 : monthDays[month - 1]);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return false;
  // Reject roll-overs such as 2025-02-30, which Date would silently turn into March.
  return parsed.toISOString().slice(0, 10) === value.slice(0, 10);
}

/** Whether a `YYYY-MM-DD` day is one the calendar has. */
function isRealCalendarDay(day: string): boolean {
  return isoDatePattern.test(day) && isRealDate(day);
}

/** `+0100` as `+01:00`, the offset form Date reads. */
const withOffsetColon = (text: string) => text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');

/** The calendar day and clock time as written exist (no 2025-02-30, no 24:61), whatever the offset. */
export function isRealInstant(text: string): boolean {
  return realUtcInstant(text) !== undefined;
}

/**
 * The instant `text` writes, as the UTC time the schema stores ({@link utcInstant}), when its
 * calendar day and clock time exist ({@link isRealInstant}); undefined otherwise. One reading of
 * the text for both questions: the schema asked each instant twice, parsing it each time.
 */
export function realUtcInstant(text: string): string | undefined {
  const match = isoInstantPattern.exec(text);
  if (!match || !isRealDate(`${match[1]}-${match[2]}-${match[3]}`)) return undefined;
  if (!(Number(match[4]) < 24 && Number(match[5]) < 60 && (match[8] === 'Z' || isOffsetInRange(match[8])))) return undefined;
  // `+0100` is read by Date as `+01:00`; a text ending in Z has no such offset.
  const at = Date.parse(match[8] === 'Z' ? text : withOffsetColon(text));
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/** What is wrong with a date-time close to one the schema takes, and that one: ' Here 24:00 is ... Write 2025-07-09T00:00:00Z.' */
function adviceFor(text: string): string {
  const advice = instantAdvice(text, isRealInstant);
  return advice ? ` ${advice}` : '';
}

/** An instant written with its zone (`Z`, `+01:00` or `+0100`) as the UTC time the schema stores. */
export function utcInstant(text: string): string {
  return new Date(withOffsetColon(text)).toISOString();
}

/**
 * A year no incident report has: a typo ("0025", "1025") that would otherwise be published as
 * an incident centuries long, or break the year pages. Old public reports (the 1980s) still fit.
 */
const earliestYear = 1900;
const latestYear = 2999;
function implausibleYear(date: string | Date): string | undefined {
  const year = typeof date === 'string' ? Number(date.slice(0, 4)) : date.getUTCFullYear();
  if (year < earliestYear || year > latestYear) return `is in the year ${year}: check the year (dates from ${earliestYear} to ${latestYear} are accepted).`;
  // Round 59: a year of the Buddhist era (the Thai calendar's `2568-07-09`) passed as a day five centuries ahead.
  const commonEra = commonEraOfBuddhistYear(year);
  if (commonEra === undefined) return undefined;
  const written = typeof date === 'string' ? date.trim() : date.toISOString().slice(0, 10);
  return `is in the year ${year}, which reads as a year of the Buddhist era (the Thai calendar, ${buddhistEraOffset} years ahead): ${year} is ${commonEra}. Write ${commonEra}${written.slice(4)}, with the year of the common era.`;
}

/**
 * Why an incident start is too early for a postmortem written now, or undefined (bad input round
 * 23): 1900 to 2999 is the range a date is read in, and a start in 1969 or 1900 passed, or the
 * Unix epoch itself, the value a tool writes when it has no date (an export's empty field read as
 * 0). A team writes postmortems of incidents it has just had; one from before 1970 is a typo or a
 * tool's zero, unless the record is kept as history (`historical: true`), which may be older.
 */
export function startedBeforeComputingReports(started: string): string | undefined {
  const at = Date.parse(started);
  if (at > 0) return undefined;
  const zero = at === 0 ? ', the Unix epoch (time 0), which a tool writes when it has no date' : '';
  return `times.started (${started.replace(/\.000Z$/, 'Z')}) is ${zero ? 'exactly 1970-01-01T00:00:00Z' : 'before 1970'}${zero}: a postmortem tells an incident its team has had, not one from before computers kept such records. Check the year and where the value came from; if this is a record of an incident that old, set historical: true.`;
}

/** Without this, zod reports a missing union-typed field as "Invalid input". */
const missingOr = (format: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is missing: add it, written ${format}.`
    : typeof issue.input === 'number' && epochReading(issue.input, format) ? epochReading(issue.input, format)!
    : typeof issue.input === 'number' && spreadsheetDayReading(issue.input, format) ? spreadsheetDayReading(issue.input, format)!
    : typeof issue.input === 'number' && /^\d{8}$/.test(String(issue.input)) && dayNotationAdvice(String(issue.input)) ? `is ${issue.input}, which YAML reads as a number, not as a date.${dayNotationAdvice(String(issue.input))}`
    : typeof issue.input === 'number' && compactNumberReading(issue.input, format) ? compactNumberReading(issue.input, format)!
    // Round 63: Jekyll's `published: false` (a page kept off the site) was told to write a date, which would publish it.
    : typeof issue.input === 'boolean' ? `is ${issue.input}, a yes or no as another site generator writes one (Jekyll's published: false keeps a page off its site), not a date: this field holds a day. ${issue.input ? 'Write' : 'To keep the report off the site, write status: draft and delete this line; once it is published, write'} it ${format}.`
    : dayAndTimeAsKeys(issue.input) ?? `is ${JSON.stringify(issue.input) ?? String(issue.input)}, which is not a date: write it ${format} (in quotes if your editor turns it into a number).`;

/**
 * A date-time written as a set of keys, its day and its time apart (`started: {date: 2025-07-08, time:
 * "17:45"}`, as a form's export or a template splits it; bad input round 57 got a generic example):
 * the two joined, with the zone when a key gives it, or undefined when the keys are not a day and a time.
 */
function dayAndTimeAsKeys(input: unknown): string | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const keys = input as Record<string, unknown>;
  const day = keys.date ?? keys.day;
  const clock = keys.time ?? keys.clock;
  const day10 = day instanceof Date ? day.toISOString().slice(0, 10) : typeof day === 'string' ? day.trim() : undefined;
  const time = typeof clock === 'string' ? clock.trim() : undefined;
  if (!day10 || !/^\d{4}-\d{2}-\d{2}$/.test(day10) || !time || !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(time)) return undefined;
  const zone = [keys.zone, keys.timezone, keys.tz, keys.offset].find((value): value is string => typeof value === 'string');
  const stem = `${day10}T${time.padStart(5, '0')}${/^\d{1,2}:\d{2}$/.test(time) ? ':00' : ''}`;
  const written = `is written as a set of keys (${Object.keys(keys).join(', ')}), its day and its time apart, but holds one date-time:`;
  if (zone) {
    const advice = instantAdvice(`${day10} ${time} ${zone}`, (candidate) => !Number.isNaN(Date.parse(candidate)));
    const value = advice && /Write (\S+)\.$/.exec(advice)?.[1];
    if (value) return `${written} write them joined, ${value} (the zone ${zone} as ${value.endsWith('Z') ? 'Z' : 'its offset'}), on the line of the field.`;
    if (/^(?:Z|[+-]\d{2}:\d{2})$/i.test(zone)) return `${written} write them joined, ${stem}${zone.toUpperCase()}, on the line of the field.`;
  }
  return `${written} write them joined, with the zone the time was noted in: ${stem}Z if it was UTC, or ${stem}+02:00 with the offset it was noted at, on the line of the field.`;
}

/**
 * A year alone (`published: 2025`) or a day and a time without their separators (`started:
 * 20250708174500`, as a log's file name or a compact export writes it), each a number to YAML
 * (bad input round 43): said was the format alone.
 */
function compactNumberReading(value: number, format: string): string | undefined {
  const text = String(value);
  const day = format.startsWith('as YYYY-MM-DD');
  if (/^(?:19[7-9]\d|20\d\d)$/.test(text)) return `is ${value}, a year alone, which YAML reads as a number: the field is ${day ? 'a day' : 'a moment'}, so write its month and day too: ${day ? `${text}-MM-DD` : `${text}-MM-DDThh:mm:ssZ`}.`;
  const parts = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(text);
  if (!parts || +parts[2] < 1 || +parts[2] > 12 || +parts[3] < 1 || +parts[3] > 31 || +parts[4] > 23 || +parts[5] > 59 || +(parts[6] ?? 0) > 59) return undefined;
  const instant = `${parts[1]}-${parts[2]}-${parts[3]}T${parts[4]}:${parts[5]}:${parts[6] ?? '00'}`;
  return `is ${value}, a day and a time written without their separators (YYYYMMDDhhmm${parts[6] ? 'ss' : ''}), which YAML reads as a number, not a date. Write ${day ? instant.slice(0, 10) : `${instant}Z if it was noted in UTC, or with the offset it was noted in, e.g. ${instant}+02:00`}.`;
}

/**
 * A number that reads as Unix time (round 15): seconds (10 digits) or milliseconds (13) since
 * 1970, as a log or an API export writes it, with the date-time it is.
 */
function epochReading(value: number, format: string): string | undefined {
  const reading = unixTimeReading(value);
  if (!reading) return undefined;
  const day = format.startsWith('as YYYY-MM-DD');
  return `is ${value}, which reads as Unix time (${reading.unit} since 1970-01-01), a number, not a date: it is ${reading.instant}. Write ${day ? reading.instant.slice(0, 10) : reading.instant}.`;
}

/**
 * A number that reads as a spreadsheet's date (bad input round 16): Excel, LibreOffice and Google
 * Sheets store a day as the days since 1899-12-30 and a time as its fraction, and a column pasted
 * from a sheet without its format keeps that number (45846.7395833 is 2025-07-08 17:45). Only
 * numbers of 1970 to 2099 (25569 to 73050) are read so; a sheet stores no zone, so the zone is asked.
 */
function spreadsheetDayReading(value: number, format: string): string | undefined {
  if (!(value >= 25569 && value < 73051)) return undefined;
  const minutes = Math.round((value - 25569) * 24 * 60);
  const instant = new Date(minutes * 60_000).toISOString().replace(':00.000Z', '');
  const day = format.startsWith('as YYYY-MM-DD');
  if (day) {
    return Number.isInteger(value) ? `is ${value}, which reads as a spreadsheet's day number (days since 1899-12-30, as Excel and LibreOffice store dates), a number, not a date: it is ${instant.slice(0, 10)}. Write ${instant.slice(0, 10)}.` : undefined;
  }
  return `is ${value}, which reads as a spreadsheet's date (days since 1899-12-30 and the time as a fraction of a day, as Excel and LibreOffice store them), a number, not a date: it is ${instant.replace('T', ' ')} in the zone of the sheet, which stores none. Write ${instant}:00Z if the sheet was in UTC, or ${instant}:00 with the offset it was in (e.g. ${instant}:00+02:00).`;
}

/**
 * Why a Date the YAML loader handed over (an unquoted value) cannot be stored, if it cannot: no
 * valid date (`invalid` says how to write it), or a year no incident has (`implausibleYear`). Read
 * by `writtenDateSchema` (the instant's and the calendar day's steps; reviews, sessions 52 and 55).
 */
function unusableYamlDate(value: Date, invalid: string): string | undefined {
  return Number.isNaN(value.getTime()) ? invalid : implausibleYear(value);
}

/**
 * A field written as text or handed over as a Date by the YAML loader (an unquoted value): the
 * steps of the instant's and the calendar day's schema, which wrote them twice (review, session
 * 55). A Date is stored by `fromDate` unless it cannot be (`invalidDate` says how to write it);
 * text right but for an editor's smart quotes (`isRight` of what is inside) is said as such (round
 * 48); `read` gives the stored form or what is wrong with the text; a year no incident has is
 * refused last.
 */
function writtenDateSchema(spec: {
  format: string;
  invalidDate: string;
  fromDate: (value: Date) => string;
  /** What the field takes, after "it is not read as": "a date-time", "a date". */
  what: string;
  isRight: (text: string) => boolean;
  read: (value: string, text: string) => { stored: string } | { problem: string };
}) {
  return z
    .union([z.string(), z.date()], { error: missingOr(spec.format) })
    .transform((value, ctx) => {
      const refuse = (message: string) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      if (value instanceof Date) {
        const unusable = unusableYamlDate(value, spec.invalidDate);
        return unusable ? refuse(unusable) : spec.fromDate(value);
      }
      const text = value.trim();
      const curled = typographicallyQuoted(text);
      if (curled && spec.isRight(curled.inner)) {
        return refuse(`"${value}" ${curled.words}, and it is not read as ${spec.what}. Write ${curled.inner}, without them (or in straight quotes, "${curled.inner}").`);
      }
      // Round 59: an invisible mark of direction before or inside the value (`\u200F2025-07-09`, as editors of right-to-left
      // text write digits) got "is not a date" for a value that looks right.
      const marked = withoutInvisibleMarks(text);
      if (marked && spec.isRight(marked.text.trim())) {
        return refuse(`"${value}" holds the invisible character ${marked.first}, which an editor of right-to-left text puts around digits: it looks like ${marked.text.trim()}, but is not read as ${spec.what}. Write ${marked.text.trim()}, retyped without it.`);
      }
      const read = spec.read(value, text);
      if ('problem' in read) return refuse(read.problem);
      const implausible = implausibleYear(text);
      return implausible ? refuse(`"${value}" ${implausible}`) : read.stored;
    });
}

/**
 * An instant, written as ISO 8601 in UTC (`2025-03-14T09:12:00Z`) or with its offset
 * (`2025-03-14T10:12:00+01:00`), stored as UTC. YAML loaders may hand us a Date already (unquoted
 * timestamps); every form normalises to a canonical ISO string in UTC.
 */
export const utcTimestampSchema = writtenDateSchema({
  format: 'as an ISO-8601 date-time such as 2025-03-14T09:12:00Z',
  invalidDate: 'is not a valid date-time: write it like 2025-03-14T09:12:00Z.',
  fromDate: (value) => value.toISOString(),
  what: 'a date-time',
  isRight: isRealInstant,
  read: (value, text) => {
    const utc = realUtcInstant(text);
    return utc !== undefined ? { stored: utc } : {
      problem: `"${value}" is not an ISO-8601 UTC date-time with its zone. Write it like 2025-03-14T09:12:00Z (UTC, with the Z), or with the offset it was noted in, 2025-03-14T10:12:00+01:00 (stored as UTC).${adviceFor(text)}`,
    };
  },
});

/** A calendar day, written `YYYY-MM-DD`. */
export const calendarDateSchema = writtenDateSchema({
  format: 'as YYYY-MM-DD, e.g. 2025-03-21',
  invalidDate: 'is not a valid date: write it as YYYY-MM-DD, e.g. 2025-03-21.',
  fromDate: (value) => value.toISOString().slice(0, 10),
  what: 'a date',
  isRight: (inner) => isoDatePattern.test(inner) && isRealDate(inner),
  read: (value, text) => isoDatePattern.test(text) && isRealDate(text) ? { stored: text } : {
    problem: longYearMessage(value, text) ?? weekdayBeforeDay(value, text) ?? (dayMeant(text) || calendarDayProblem(text) || !dayNotationAdvice(text)
      ? `"${value}" is not a date${calendarDayProblem(text) ? ` (${calendarDayProblem(text)})` : ''}. Write it as YYYY-MM-DD, e.g. ${dayMeant(text) ?? '2025-03-21'}.${dayMeantReason(text) || partialDayReason(text) || wordForDayReason(text)}`
      // Round 15: `03/05/2024`, `9 July 2025`, `2025/07/09`, `12.07.2025`, `1 Aug` got "e.g. 2025-03-21".
      : `"${value}" is not a date as this field takes it (YYYY-MM-DD).${dayNotationAdvice(text)}`),
  },
});

const nonEmptyText = z.string().trim().min(1, 'is empty: write the text, or remove the key where the field is optional.');

/**
 * Text with a letter or a digit, `what` saying what to write instead. `summary: "..."` (a
 * placeholder, or `public.summary: "-"`), an action item titled "---" or a timeline event "..."
 * passed and were published as marks that say nothing.
 */
const textWithWords = (what: string) => nonEmptyText.refine((text) => text.trim() === '' || /[\p{L}\p{N}]/u.test(text), {
  error: (issue) => `is ${typeof issue.input === 'string' ? quotedSnippet(issue.input, 60) : JSON.stringify(issue.input)}, which has no letter or digit: ${what}`,
});
/** A summary or an impact description. */
/**
 * An optional one-line text (`commander`, `impact.slo`): `commander: ""` or `slo: "  "` passed and
 * was shown as nothing, a field that looked filled in. Empty, it names what to write or to delete the line.
 */
const optionalText = (example: string) => z.string().trim()
  .min(1, `is empty: write ${example}, or delete the line (the field is optional).`)
  .refine((text) => text === '' || /[\p{L}\p{N}]/u.test(text), { error: (issue) => `is ${typeof issue.input === 'string' ? quotedSnippet(issue.input, 60) : JSON.stringify(issue.input)}, which has no letter or digit: write ${example}, or delete the line.` });
const proseText = textWithWords('write in words what happened and what customers saw, e.g. "Some checkout attempts failed for 10 minutes after a config push; reverting it fixed them."');

/**
 * A title: text with a letter or a digit. `title: "---"` or a row of emoji passed and was listed,
 * searched and sent in the feed as marks that say nothing of what broke (`npm run new` refuses
 * such a --title too).
 */
const titleText = nonEmptyText.refine((text) => text.trim() === '' || /[\p{L}\p{N}]/u.test(text), {
  error: (issue) => `is ${typeof issue.input === 'string' ? quotedSnippet(issue.input, 60) : JSON.stringify(issue.input)}, which has no letter or digit: a title says what broke and where, e.g. "Checkout errors after a config push".`,
}).refine((text) => !addressAlone.test(text.trim()), {
  // Round 59: a wiki page's address pasted as the title (`https://wiki…/display/SRE/2025-07-08+Checkout+errors+…`) passed,
  // and was listed, searched and sent in the feed as an address.
  error: (issue) => `is an address, ${quotedSnippet(String(issue.input), 60)}, not a title: lists, search results and the feed would show the address. A title says what broke and where.`
    + `${wordsOfAddress(String(issue.input)) ? ` Its last part reads "${wordsOfAddress(String(issue.input))}": write the title in such words` : ' Write the title in words'}, and keep the address in the body (the page the report came from).`,
});
/** A value that is one web address and nothing else. */
const addressAlone = /^(?:https?:\/\/|www\.)\S+$/i;
/** The words of an address's last part (`2025-07-08+Checkout+errors` -> "2025-07-08 Checkout errors"), or '' when it has none. */
function wordsOfAddress(address: string): string {
  const last = address.trim().replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
  let decoded = last;
  try { decoded = decodeURIComponent(last.replace(/\+/g, ' ')); } catch { /* a stray % is kept as written */ }
  const words = decoded.replace(/\.(?:html?|aspx?|php|md)$/i, '').replace(/[_+]/g, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}{3,}.*\s/u.test(words) ? words : '';
}

/**
 * An id from a vocabulary file (a service, team, tag or trigger). Spaces and tabs around it (in
 * quotes) are dropped; other white space is kept for findVocabularyIssues to name: `trim()` took
 * a no-break space (U+00A0) off `checkout-api\u00A0` without a word, so a file whose id no search
 * for "checkout-api " finds, and that another tool reads otherwise, passed.
 */
const vocabularyIdText = z.string().overwrite((value) => value.replace(/^[ \t]+|[ \t]+$/g, '')).min(1, 'is empty: write the text, or remove the key where the field is optional.');
const vocabularyIdList = z.array(vocabularyIdText).default([]);

/**
 * An address the site links to. http(s) only: a javascript: or data: address would run in
 * readers' browsers. A space in it was accepted (the URL parser encodes it, and the link leads
 * nowhere), and so were a user name and password (https://user:secret@tracker/...), which every
 * reader of the page and every tracker export would be shown.
 */
function linkSchema(example: string) {
  // White space is looked for in the address as written: the URL parser behind z.url drops a tab
  // or a line break (`"https://tracker/OPS-\n123"`) and hands back another address, which passed.
  return z.string().superRefine((value, ctx) => {
    const space = /\s/.exec(value.trim());
    if (!space) return;
    // Round 56: two addresses joined by a comma (`https://…/OPS-12, https://…/OPS-13`) were "a space in it".
    const several = value.trim().split(/\s*[,;]\s*|\s+(?:and\s+)?(?=https?:\/\/)/).filter(Boolean);
    if (several.length > 1 && several.every((part) => /^https?:\/\/\S+$/i.test(part))) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} holds ${several.length} addresses, but the field holds one link: write the first, "${several[0]}", and give each other its own action item (or name it in the body).` });
      return;
    }
    const what = space[0] === ' ' ? 'a space' : space[0] === '\t' ? 'a tab' : /[\n\r]/.test(space[0]) ? 'a line break' : `the space character U+${space[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} has ${what} in it, so the link leads nowhere${space[0] === ' ' ? '' : ' (a browser drops it and opens another address)'}: remove it, or write it as %20 if the address really holds a space.` });
  }).superRefine((value, ctx) => {
    // "must be a full http(s) URL" named no address to write (bad input round 14): a host without
    // its scheme, a ticket key alone and a mailto: address are each said with what to write.
    const written = value.trim();
    // Round 15: a Markdown link or an address in angle brackets (pasted from a report or a chat),
    // and a mistyped scheme (`htps://`, `https//`, `https:/x`): "must be a full http(s) URL".
    const markdown = /^\[[^\]]*\]\((https?:\/\/[^)\s]+)\)$/i.exec(written) ?? /^<(https?:\/\/[^>\s]+)>$/i.exec(written);
    if (markdown) {
      ctx.addIssue({ code: 'custom', message: `"${written}" is ${written.startsWith('[') ? 'a Markdown link' : 'an address in angle brackets'}: the field holds the address alone, which the page makes a link. Write "${markdown[1]}".` });
      return;
    }
    const typo = /^(htps?|htttps?|hhttps?|ttps?|htpp?s?|hptts?|httpss)(:\/\/|:\/(?!\/)|\/\/)(.+)$/i.exec(written) ?? /^(https?)(:\/(?!\/)|\/\/)(.+)$/i.exec(written);
    if (typo) {
      const meant = `${/^(?:https|htps|ttps|htttps|hhttps|hptts|httpss|htpps)$/i.test(typo[1]) ? 'https' : 'http'}://${typo[3]}`;
      ctx.addIssue({ code: 'custom', message: `"${written}" has a mistyped scheme (${typo[1]}${typo[2]}), so no browser opens it: write "${meant}".` });
      return;
    }
    if (/\s/.test(written) || /^https?:\/\//i.test(written)) return;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1];
    if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,63}(?::\d+)?(?:[/?#]|$))/i.test(written) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) {
      ctx.addIssue({ code: 'custom', message: `"${written}" has no scheme, so a browser would read it as a path on this site: write "https://${written.replace(/^\/+/, '')}".` });
    } else if (/^\[?(?:[A-Z][A-Z0-9]*-\d+|#\d+)\]?$/.test(written)) {
      // Round 56: or in brackets (`[OPS-12]`, a Markdown link's words without its address), "must be a full http(s) URL".
      ctx.addIssue({ code: 'custom', message: `"${written}" is a ticket's key${written.startsWith('[') ? ' in brackets' : ''}, not its address: write the ticket's full address, e.g. ${example}.` });
    } else if (scheme && !/^https?$/i.test(scheme)) {
      ctx.addIssue({ code: 'custom', message: `"${written}" is a ${scheme.toLowerCase()}: address: only https:// (or http://) addresses are linked here, so that following one opens a page, e.g. ${example}.` });
    }
  }).pipe(z.url({ protocol: /^https?$/, message: `must be a full http(s) URL, e.g. ${example}.` })).superRefine((value, ctx) => {
    // A letter of another script that looks Latin (`https://st\u0430tus.example.com`) leads to
    // another host than the one the reader sees: site.config.ts refuses it for the sites' own
    // addresses, and a link on a page was published with it.
    const host = /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(value)?.[1] ?? '';
    const latin = withLatinLookalikesReplaced(host);
    if (latin !== undefined && /[a-z]/i.test(host)) {
      const lookalike = [...host].find((character) => withLatinLookalikesReplaced(character) !== undefined)!;
      ctx.addIssue({ code: 'custom', message: `"${value}" holds ${describeCharacter(lookalike)} in its host, which looks like a Latin letter but leads to another host: retype it, ${value.replace(host, latin)}.` });
      return;
    }
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return; // z.url reported it
    }
    if (parsed.username || parsed.password) {
      ctx.addIssue({ code: 'custom', message: `holds a user name${parsed.password ? ' and password' : ''} before the @ (${parsed.protocol}//${parsed.username ? '<user>' : ''}${parsed.password ? ':<password>' : ''}@${parsed.host}), which every reader of the page would be shown: remove it and link to the address itself, e.g. ${example}.` });
    }
  // The editor schema (npm run schema) is the pipe's input, a plain string, as the white-space
  // check runs before z.url: the meta keeps `format: uri` there, so an editor flags "tracker/OPS-1".
  }).meta({ format: 'uri' });
}

export const incidentTimesSchema = z.strictObject({
  /** When the problem began (first bad deploy, first failing request), in UTC. */
  started: utcTimestampSchema,
  /** When a person or alert first noticed it. */
  detected: utcTimestampSchema.optional(),
  /** When the on-call responder acknowledged the page. */
  acknowledged: utcTimestampSchema.optional(),
  /** When it was declared an incident. */
  declared: utcTimestampSchema.optional(),
  /** When customer impact stopped (workaround, rollback), even if not yet fixed. */
  mitigated: utcTimestampSchema.optional(),
  /** When the incident was closed: fixed and verified. */
  resolved: utcTimestampSchema.optional(),
});

export const impactSchema = z.strictObject({
  /** Customer-facing description of what customers experienced, in plain language. */
  description: proseText,
  /** Start of the customer-impact window (UTC). Omit for a near-miss without impact. */
  start: utcTimestampSchema.optional(),
  /** End of the customer-impact window (UTC). */
  end: utcTimestampSchema.optional(),
  /** Distinct users or accounts affected. */
  usersAffected: z.number().int().nonnegative().optional(),
  /** Requests that failed or timed out. */
  failedRequests: z.number().int().nonnegative().optional(),
  /** Orders or transactions that failed. */
  failedOrders: z.number().int().nonnegative().optional(),
  /** Minutes of full unavailability. */
  downtimeMinutes: z.number().nonnegative().optional(),
  /** Share of the monthly error budget consumed, in percent (may exceed 100). */
  errorBudgetBurnedPercent: z.number().nonnegative().optional(),
  /** SLO or SLA affected, e.g. "checkout availability 99.95%". */
  slo: optionalText('the SLO or SLA affected, e.g. "checkout availability 99.95%"').optional(),
  /** Estimated revenue lost, in the organisation's currency. */
  revenueLost: z.number().nonnegative().optional(),
});

export const timelineEntrySchema = z.strictObject({
  /** When it happened (UTC). */
  at: utcTimestampSchema,
  /** What happened, in one or two sentences. Describe systems and decisions, not blame. */
  event: textWithWords('say what happened at this time, e.g. "Error-rate alert pages the on-call."'),
  /** What kind of moment this was. */
  kind: z.enum(timelineKinds),
  /** Record the entry was assembled from by `npm run draft` (alertmanager, pagerduty, slack, ...). Internal. */
  source: nonEmptyText.optional(),
  /** Shown on the customer-facing post. Default: internal only. */
  public: z.boolean().default(false),
});

/**
 * An action item's id: letters a-z and A-Z, digits, ".", "_" and "-". It is the item's link
 * (`#action-<id>`) and the mark that ties a ticket to it (`postmortem-kb:<postmortem>#<id>`): an id
 * holding a Cyrillic "А" (`АI-1`) was taken beside `AI-1`, the same id on every page and another
 * one for the tracker and the repeat check; a space or a "/" was written into the link as it was.
 */
const actionItemIdText = nonEmptyText.superRefine((id, ctx) => {
  const text = id.trim();
  if (findHiddenCharacter(text)) return; // said as file/encoding, with the character named
  const other = [...text].find((character) => !/[A-Za-z0-9._-]/.test(character));
  if (other === undefined) {
    // `id: ..` or `id: "-"` passed: a link #action-.. and a ticket mark that name no item.
    if (!/[A-Za-z0-9]/.test(text)) ctx.addIssue({ code: 'custom', message: `is "${text}", which has no letter or digit: an action item id names the item in its link (#action-<id>) and in its ticket. Write one such as "AI-2" or the ticket key (OPS-123).` });
    return;
  }
  const latin = withLatinLookalikesReplaced(text);
  const meant = latin !== undefined && /^[A-Za-z0-9._-]+$/.test(latin) ? latin : undefined;
  ctx.addIssue({
    code: 'custom',
    message: `is "${escapeHiddenCharacters(text)}", which holds ${describeCharacter(other)}: an action item id is made of the letters a-z and A-Z, digits, ".", "_" and "-" (AI-1, OPS-123), since it is the item's link (#action-<id>) and the mark that ties a ticket to it. ${meant ? `Retype it as "${meant}"` : 'Write it with those characters only, e.g. "AI-2"'}${meant ? ' (the letters of another script look like Latin ones, but make another id)' : ''}.`,
  });
});

export const actionItemSchema = z.strictObject({
  /** Stable id, unique within the postmortem, e.g. "AI-1" or a ticket key: letters, digits, ".", "_" and "-". */
  id: actionItemIdText,
  /** A specific, verifiable outcome ("Alert when pool usage > 80% for 5 min"). */
  title: textWithWords('say what will be done, e.g. "Alert when pool usage is over 80% for 5 minutes".'),
  /** Exactly one owning team (id from teams.yaml). */
  owner: vocabularyIdText,
  /** Due date (YYYY-MM-DD). */
  due: calendarDateSchema,
  /** P0 (do now) .. P3 (when convenient). */
  priority: z.enum(actionItemPriorities),
  /** Whether it prevents recurrence, improves detection, limits impact or improves communication. */
  type: z.enum(actionItemTypes),
  /** Current state. */
  status: z.enum(actionItemStatuses),
  /** How we will know it is done and works. */
  verification: textWithWords('say how you will know it is done and works, e.g. "CI rejects a pool size under 16."'),
  /** Ticket or pull request (internal). */
  // http(s) only: the site links to it, and a javascript: or data: address would run in readers' browsers.
  link: linkSchema('https://tracker.example.com/OPS-123').optional(),
  /** Shown (title and status only) on the customer-facing post. */
  public: z.boolean().default(false),
});

export const publicWordingSchema = z.strictObject({
  /** Customer-facing title, free of internal names. */
  title: titleText,
  /** Customer-facing summary, 2-3 sentences for a non-engineer. */
  summary: proseText,
  /** Internal lists the author opts into the public post. */
  include: z.array(z.enum(publicOptInLists)).default([]),
});

const idList = z.array(nonEmptyText).default([]);

export const importFormats = ['markdown', 'html', 'text'] as const;

export const importedFromSchema = z.strictObject({
  /** The original file, as given to `npm run import` (a path or a URL). */
  source: nonEmptyText,
  /** What the original was written in. */
  format: z.enum(importFormats),
  /** Day it was imported. */
  on: calendarDateSchema,
});

export const postmortemObjectSchema = z.strictObject({
  /** Internal title: what broke, where. */
  title: titleText,
  /** 2-3 sentences for a non-technical reader: what happened, impact, what fixed it. */
  summary: proseText,
  /** SEV-0 (most severe) .. SEV-4. */
  severity: z.enum(severities),
  /** Review state. Only `published` postmortems appear on the built site. */
  status: z.enum(reviewStatuses),
  /** `public` also publishes a redacted customer-facing post (needs `public` wording). */
  visibility: z.enum(visibilities),
  /** Affected service ids (services.yaml). The first is the primary one. */
  services: z.array(vocabularyIdText).min(1, 'list at least one affected service id.'),
  /** Team ids (teams.yaml) that responded. */
  teams: vocabularyIdList,
  /** Theme tags (tags.yaml). */
  tags: vocabularyIdList,
  /** Trigger category (triggers.yaml): what set the incident off. */
  trigger: vocabularyIdText,
  /** Key instants of the incident, UTC. */
  times: incidentTimesSchema,
  /** Customer impact. */
  impact: impactSchema,
  /** Day the first draft was written. */
  drafted: calendarDateSchema,
  /** Day the review finished and the postmortem was published. Required once published. */
  published: calendarDateSchema.optional(),
  /** Roles or team handles that reviewed it (no personal names). */
  reviewers: idList,
  /** Incident commander, as a role ("IC: payments on-call"). */
  commander: optionalText('the role, e.g. "IC: payments on-call"').optional(),
  /** Link to the status-page incident, if one was posted. */
  statusPage: linkSchema('https://status.example.com/incidents/123').optional(),
  /** Timestamped events, oldest first. */
  timeline: z.array(timelineEntrySchema).default([]),
  /** Contributing factors: what made the incident more likely or worse. */
  contributors: idList,
  /** Mitigators: what limited the damage. */
  mitigators: idList,
  /** Risks: what could make a repeat worse. */
  risks: idList,
  /** Follow-up work. */
  actionItems: z.array(actionItemSchema).default([]),
  /** Ids of related postmortems, pinned first among similar incidents. */
  related: idList,
  /**
   * Exact error messages, alert names and log lines responders saw ("x509: certificate has
   * expired", "CheckoutErrorRateHigh"): shown on the internal page and weighted in search, so a
   * pasted error finds the report. Internal only.
   */
  signals: idList,
  /** True when the problem was caught before customers were affected. */
  nearMiss: z.boolean().default(false),
  /** Customer-facing wording; required when visibility is public. */
  public: publicWordingSchema.optional(),
  /**
   * Security and privacy details (classification, personal data, notification times, evidence,
   * legal privilege). Internal only, never on the public site: src/lib/security-schema.ts.
   */
  security: securitySchema.optional(),
  /**
   * Written before the team adopted this knowledge base (set by `npm run import`). Review-process
   * rules (completeness, publication timing, blame wording) only warn; validity rules still apply.
   */
  historical: z.boolean().default(false),
  /** Where an imported report came from (written by `npm run import`). */
  imported: importedFromSchema.optional(),
});

/**
 * Facts a review needs but an imported or early draft may not have yet. While `status: draft`
 * they may be left out (the check warns "fill before review"); from `in-review` on they are
 * required. Action items of a draft may likewise lack everything but their id and title.
 */
export const reviewFacts = ['summary', 'severity', 'services', 'trigger', 'times', 'impact', 'drafted'] as const;
export const actionItemReviewFacts = ['owner', 'due', 'priority', 'type', 'status', 'verification'] as const;
/**
 * Facts of an action item a historical record (`historical: true`) may leave unrecorded, also
 * once in review or published: reports written years ago never said who owned a follow-up or when
 * it was due, and inventing that after the fact would mislead an auditor. The pages say "not
 * recorded" instead. Id, title and status stay required.
 */
export const historicalUnrecordedFacts = ['owner', 'due', 'priority', 'type', 'verification'] as const;
export type HistoricalUnrecordedFact = (typeof historicalUnrecordedFacts)[number];

export const draftActionItemSchema = actionItemSchema.partial(
  Object.fromEntries(actionItemReviewFacts.map((key) => [key, true])) as { [K in (typeof actionItemReviewFacts)[number]]: true },
);

/** The schema of a draft: every review fact optional, everything written still checked. */
export const draftPostmortemObjectSchema = postmortemObjectSchema
  .partial({ summary: true, severity: true, services: true, trigger: true, drafted: true })
  .extend({
    times: incidentTimesSchema.partial().optional(),
    impact: impactSchema.partial().optional(),
    actionItems: z.array(draftActionItemSchema).default([]),
  });

export type DraftPostmortem = z.output<typeof draftPostmortemObjectSchema>;

/** Each review fact a (draft) postmortem leaves out, with the path and what to write. */
export function findMissingReviewFacts(pm: DraftPostmortem): Issue[] {
  const issues: Issue[] = [];
  const missing = (path: (string | number)[], what: string) => issues.push({ path, message: `${formatPath(path)} is not filled in yet: ${what}.` });
  if (!pm.summary) missing(['summary'], 'write 2-3 sentences on what happened, the impact and what fixed it');
  if (!pm.severity) missing(['severity'], `set one of ${severities.join(', ')}`);
  if (!pm.services?.length) missing(['services'], 'list the affected service ids from services.yaml');
  if (!pm.trigger) missing(['trigger'], 'set the trigger category id from triggers.yaml');
  if (!pm.times?.started) missing(['times', 'started'], 'add when it began, e.g. 2025-03-14T09:12:00Z');
  if (!pm.impact?.description) missing(['impact', 'description'], 'describe what customers experienced');
  if (!pm.drafted) missing(['drafted'], 'add the day the first draft was written, YYYY-MM-DD');
  const notRequired: readonly string[] = pm.historical ? historicalUnrecordedFacts : [];
  pm.actionItems.forEach((item, i) => {
    const absent = actionItemReviewFacts.filter((key) => item[key] === undefined && !notRequired.includes(key));
    if (absent.length) missing(['actionItems', i], `action item ${item.id} needs ${absent.join(', ')}`);
  });
  return issues;
}

/**
 * Longest title and summary a postmortem may have, in characters. A title is one line on every
 * page, list and search result (the longest here are 107 characters, the first headings of the
 * public reports we import from under 130); a summary is 2-3 sentences (consistency/summary-length
 * warns above 600). Text many
 * times longer is a paste gone wrong: a 200,000-character title was built into every page that
 * lists the incident.
 */
export const titleMaxLength = 200;
export const summaryMaxLength = 2000;
/** A timeline event: a status page's update runs to 3,428 characters in the corpora's imports. */
export const eventMaxLength = 5000;

/** Each title or summary (internal and public) longer than its limit, with its length and the limit. */
export function findOverlongTexts(pm: DraftPostmortem): (Issue & { length: number; limit: number })[] {
  const fields: [(string | number)[], string | undefined, number][] = [
    [['title'], pm.title, titleMaxLength],
    [['summary'], pm.summary, summaryMaxLength],
    [['public', 'title'], pm.public?.title, titleMaxLength],
    [['public', 'summary'], pm.public?.summary, summaryMaxLength],
    // Round 15: an action item's title is one line of every follow-up list and ticket; a
    // 300-character one (a paste of its whole description) passed.
    ...pm.actionItems.map((item, i): [(string | number)[], string | undefined, number] => [['actionItems', i, 'title'], item.title, titleMaxLength]),
    // Round 22: the impact, a timeline event and a follow-up's check had no limit, and a 10,000-
    // character paste filled the facts box or a row of the timeline table. The longest any import
    // of the corpora writes: an event of 3,428 characters (a status page's update), an impact of 532.
    [['impact', 'description'], pm.impact?.description, summaryMaxLength],
    ...(pm.timeline ?? []).map((entry, i): [(string | number)[], string | undefined, number] => [['timeline', i, 'event'], entry.event, eventMaxLength]),
    ...pm.actionItems.map((item, i): [(string | number)[], string | undefined, number] => [['actionItems', i, 'verification'], item.verification, summaryMaxLength]),
  ];
  return fields.flatMap(([path, text, limit]) => {
    // Characters as a reader counts them: an emoji is one, not two UTF-16 units.
    const length = text === undefined ? 0 : [...text].length;
    if (length > limit) return [{ path, length, limit, message: `${formatPath(path)} is ${length.toLocaleString('en-US')} characters long; at most ${limit.toLocaleString('en-US')} are allowed.` }];
    // Round 59: a title of 192 Chinese or Japanese characters passed, as wide on every list and in the feed as 384
    // Latin letters: a post's title counts each wide character as the two columns it takes (not an action item's, whose
    // title the import cuts by characters).
    const width = (path[0] === 'title' || path[1] === 'title') && path[0] !== 'actionItems' && text !== undefined ? length + [...text].filter((character) => wideCharacter.test(character)).length : length;
    return width > limit
      ? [{ path, length: width, limit, message: `${formatPath(path)} is ${length.toLocaleString('en-US')} characters long, as wide as ${width.toLocaleString('en-US')} Latin letters (a Chinese, Japanese or Korean character takes the room of two); at most ${limit.toLocaleString('en-US')} are allowed, ${Math.floor(limit / 2)} such characters.` }]
      : [];
  });
}

/** A character of East Asian width "wide" or "full-width" (CJK ideographs, kana, Hangul, full-width forms): two columns of a line. */
const wideCharacter = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

const formatPath = (path: (string | number)[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');

/** True when nothing a review needs is missing: the draft reads as a full postmortem. */
export function hasReviewFacts(pm: DraftPostmortem): pm is Postmortem {
  return findMissingReviewFacts(pm).length === 0;
}

export type PostmortemInput = z.input<typeof postmortemObjectSchema>;
/** An action item with every fact recorded, as a non-historical postmortem in review has it. */
export type RecordedActionItem = z.output<typeof actionItemSchema>;
/**
 * An action item as the site reads it: on a historical record (`historical: true`) owner, due,
 * priority, type and verification may be absent (never recorded), so every reader handles that.
 */
export type ActionItem = Omit<RecordedActionItem, HistoricalUnrecordedFact> & Partial<Pick<RecordedActionItem, HistoricalUnrecordedFact>>;
/** A postmortem with its review facts, as the site reads it (action items of a historical record may lack theirs). */
export type Postmortem = Omit<z.output<typeof postmortemObjectSchema>, 'actionItems'> & { actionItems: ActionItem[] };
export type TimelineEntry = Postmortem['timeline'][number];
export type Severity = (typeof severities)[number];

type Issue = { path: (string | number)[]; message: string };

const ms = (iso: string) => Date.parse(iso);

/**
 * When a time lies less than a day before the one it should follow, on the same day (bad input
 * round 16): an incident that ran past midnight, its later times written with the first day's
 * date (`resolved: 2025-07-08T00:30:00Z` after `started: 2025-07-08T23:45:00Z`). The advice said
 * only "check the date and the UTC offset"; the value of the next day is the likely fix.
 */
function afterMidnightHint(later: string, earlier: string): string {
  // The earlier late in the day and the later early in it: a day later, at most 12 hours apart.
  const gap = ms(earlier) - ms(later);
  if (!(gap >= 43_200_000 && gap < 86_400_000) || later.slice(0, 10) !== earlier.slice(0, 10)) return '';
  const nextDay = new Date(ms(later) + 86_400_000).toISOString().replace('.000Z', 'Z');
  return ` If it was after midnight, the day is the next one: write ${nextDay}.`;
}

/**
 * How far apart the impact's window and the incident's times may be before one is said to lie outside the
 * other: a minute, as times are most often noted to the minute (`17:45`) and a graph's or a log's to the
 * second or the millisecond (`17:44:59.877`); under a minute, the difference is the notes', not a mistake.
 */
export const notedToTheMinute = 60_000;

/** Ordering rules between fields, each naming both fields and both values. */
export function findCrossFieldIssues(pm: DraftPostmortem): Issue[] {
  const issues: Issue[] = [];
  const t: Partial<Postmortem['times']> = pm.times ?? {};
  // One issue per field: a time typed a day wrong is before (or after) several others, and the
  // first pair that says so is enough to find it.
  const saidAt = new Set<string>();
  const notBefore = (
    later: keyof typeof t,
    earlier: keyof typeof t,
  ) => {
    const a = t[later];
    const b = t[earlier];
    if (a && b && ms(a) < ms(b) && !saidAt.has(later)) {
      saidAt.add(later);
      issues.push({
        path: ['times', later],
        message: `times.${later} (${a}) is before times.${earlier} (${b}). ${later} must be at or after ${earlier}; check the date and the UTC offset.${afterMidnightHint(a, b)}`,
      });
    }
  };
  notBefore('detected', 'started');
  notBefore('acknowledged', 'started');
  notBefore('acknowledged', 'detected');
  notBefore('declared', 'started');
  // Declared an incident before anyone noticed the problem: one of the two is typed wrong.
  notBefore('declared', 'detected');
  notBefore('mitigated', 'started');
  notBefore('resolved', 'started');
  notBefore('resolved', 'detected');
  notBefore('resolved', 'mitigated');
  // Acknowledged or declared after the incident was closed passed (round 8 left it): a day or an
  // offset typed wrong, and the time to acknowledge of the metrics came out longer than the
  // incident. Said at the field that lies after `resolved`.
  for (const field of ['acknowledged', 'declared'] as const) {
    const at = t[field];
    if (at && t.resolved && ms(at) > ms(t.resolved) && !saidAt.has(field)) {
      saidAt.add(field);
      issues.push({
        path: ['times', field],
        message: `times.${field} (${at}) is after times.resolved (${t.resolved}): ${field === 'acknowledged' ? 'the page is acknowledged' : 'an incident is declared'} before it is closed. Check the date and the UTC offset of both; if it was only ${field} after it was over, leave times.${field} out and say so in the timeline.`,
      });
    }
  }

  const { start, end } = pm.impact ?? {};
  if (start && end && ms(end) <= ms(start)) {
    issues.push({
      path: ['impact', 'end'],
      // Round 15: an offset typed wrong in one of them said nothing of the offsets.
      message: `impact.end (${end}) must be after impact.start (${start}); check the date and the UTC offset of both (a local time written with Z, or the wrong offset, moves it by hours).`,
    });
  }
  // The impact window lies inside the incident: a day or an offset typed wrong in one of them
  // published an impact longer than the incident (a day early was accepted without a word).
  // Round 55: within a minute is no mistake: `impact.start: 17:44:59.877Z` (a graph's first bad point) against
  // `times.started: 17:45Z` (noted to the minute) was an error of its own, 123 ms before.
  if (start && t.started && ms(t.started) - ms(start) >= notedToTheMinute) {
    issues.push({
      path: ['impact', 'start'],
      message: `impact.start (${start}) is before times.started (${t.started}): customers cannot be affected before the problem began. Check the date and the UTC offset of both, or move times.started back to when it began.`,
    });
  }
  // A `resolved` before `started` (said above) puts the impact's end after it too: one mistake, said once.
  if (end && t.resolved && ms(end) - ms(t.resolved) >= notedToTheMinute && !saidAt.has('resolved')) {
    issues.push({
      path: ['impact', 'end'],
      message: `impact.end (${end}) is after times.resolved (${t.resolved}): the incident was closed while customers were still affected. Check the date and the UTC offset of both, or move times.resolved to when it was fixed and verified.`,
    });
  }
  // Minutes of full unavailability fit in the window they happened in: 9800 for 98 was published
  // in the metrics as a week-long outage. A minute of rounding is allowed.
  const downtime = pm.impact?.downtimeMinutes;
  if (downtime !== undefined) {
    const [from, to, window] = start && end ? [start, end, 'the impact window (impact.start to impact.end)']
      : t.started && t.resolved ? [t.started, t.resolved, 'the incident (times.started to times.resolved)'] : [];
    const minutes = from && to ? (ms(to) - ms(from)) / 60_000 : undefined;
    if (minutes !== undefined && downtime > Math.ceil(minutes) + 1) {
      issues.push({
        path: ['impact', 'downtimeMinutes'],
        message: `impact.downtimeMinutes (${downtime}) is longer than ${window}, ${Math.round(minutes).toLocaleString('en-US')} minutes: check the number (minutes, not seconds) and the times.`,
      });
    }
  }
  const tooEarly = t.started && !pm.historical ? startedBeforeComputingReports(t.started) : undefined;
  if (tooEarly) issues.push({ path: ['times', 'started'], message: tooEarly });
  // Days written for the incident cannot come before it: a year typed wrong (2013 for 2023).
  const startedDay = t.started?.slice(0, 10);
  if (startedDay && pm.drafted && pm.drafted < startedDay) {
    issues.push({
      path: ['drafted'],
      message: `drafted (${pm.drafted}) is before the incident started (${startedDay}): check the year and the day.`,
    });
  }
  // A postmortem published, or a report imported, before the incident was over or had begun: a
  // year or month typed wrong (published: 2025-07-12 for an incident resolved 2025-07-15 passed).
  // A day of grace: `published` is the writer's day, the times are UTC.
  const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const resolvedDay = t.resolved?.slice(0, 10);
  if (resolvedDay && pm.published && pm.published < dayBefore(resolvedDay)) {
    issues.push({
      path: ['published'],
      message: `published (${pm.published}) is before the incident was resolved (${resolvedDay}): a postmortem is published once the incident is over. Check the year and the day of both.`,
    });
  }
  if (startedDay && pm.imported?.on && pm.imported.on < dayBefore(startedDay)) {
    issues.push({
      path: ['imported', 'on'],
      message: `imported.on (${pm.imported.on}) is before the incident started (${startedDay}): a report cannot be imported before what it tells happened. Check the year and the day.`,
    });
  }
  if (startedDay) {
    pm.actionItems.forEach((item, i) => {
      // Round 16: `due: 2205-08-01` (a year mistyped) passed, and the follow-up was listed as due
      // for two centuries; no team plans a follow-up ten years out.
      const startedYear = Number(startedDay.slice(0, 4));
      if (item.due && Number(item.due.slice(0, 4)) > startedYear + 10) {
        const sameYear = `${startedYear}${item.due.slice(4)}`;
        const meant = sameYear >= startedDay ? sameYear : `${startedYear + 1}${item.due.slice(4)}`;
        issues.push({
          path: ['actionItems', i, 'due'],
          message: `actionItems[${i}].due (${item.due}) is ${Number(item.due.slice(0, 4)) - startedYear} years after the incident started (${startedDay}): a follow-up is due within months, so the year is surely mistyped. Check the year${isRealCalendarDay(meant) ? ` (${meant}?)` : ''}.`,
        });
      }
      if (item.due && item.due < startedDay) {
        issues.push({
          path: ['actionItems', i, 'due'],
          message: `actionItems[${i}].due (${item.due}) is before the incident started (${startedDay}): a follow-up cannot be due before the incident it follows. Check the year and the day.`,
        });
      }
    });
  }
  if ((start && !end) || (!start && end)) {
    issues.push({
      path: ['impact', start ? 'end' : 'start'],
      message: 'give both impact.start and impact.end (the customer-impact window), or neither for a near-miss.',
    });
  }

  for (let i = 1; i < pm.timeline.length; i++) {
    const previous = pm.timeline[i - 1];
    const current = pm.timeline[i];
    if (ms(current.at) < ms(previous.at)) {
      issues.push({
        path: ['timeline', i, 'at'],
        message: `timeline[${i}] at ${current.at} comes before timeline[${i - 1}] at ${previous.at}. List timeline entries oldest first.${afterMidnightHint(current.at, previous.at)}`,
      });
    }
  }

  // Compared without letter case: `AI-1` and `ai-1` read as one id, and a follow-up list or a
  // ticket naming one cannot tell which is meant.
  const seen = new Map<string, number>();
  pm.actionItems.forEach((item, index) => {
    const first = seen.get(item.id.toLowerCase());
    if (first !== undefined) {
      const other = pm.actionItems[first].id;
      issues.push({
        path: ['actionItems', index, 'id'],
        message: other === item.id
          ? `action item id "${item.id}" is already used by actionItems[${first}]. Give every action item its own id.`
          : `action item id "${item.id}" is actionItems[${first}]'s "${other}" in other letter case: a reader, a follow-up list or a ticket naming one cannot tell which is meant. Give every action item its own id (next free one, e.g. "${nextFreeId(pm.actionItems.map((a) => a.id), other)}").`,
      });
    } else {
      seen.set(item.id.toLowerCase(), index);
    }
  });

  if (pm.visibility === 'public' && !pm.public) {
    issues.push({
      path: ['public'],
      message:
        'visibility is public, so customer-facing wording is required: add `public: { title: ..., summary: ... }`, or set visibility: internal.',
    });
  }
  if (pm.status === 'published' && !pm.published) {
    issues.push({
      path: ['published'],
      message: 'status is published, so the publication day is required: add `published: YYYY-MM-DD`.',
    });
  }
  if (pm.published && pm.drafted && pm.published < pm.drafted) {
    issues.push({
      path: ['published'],
      message: `published (${pm.published}) is before drafted (${pm.drafted}).`,
    });
  }
  if (pm.status === 'published' && pm.times && !pm.times.resolved && !pm.nearMiss) {
    issues.push({
      path: ['times', 'resolved'],
      message: 'a published postmortem needs times.resolved (or nearMiss: true when nothing had to be resolved).',
    });
  }
  issues.push(...findSecurityIssues(pm));
  issues.push(...findRepeatedListValues(pm));
  return issues;
}

/**
 * A service, team, tag or related postmortem listed twice: the site would count the incident
 * twice on that service's page and in the insights, and a reader cannot tell a typo from intent.
 * A text list entry or a timeline entry given twice is shown twice.
 */
function findRepeatedListValues(pm: DraftPostmortem): Issue[] {
  const issues: Issue[] = [];
  // Contributors, mitigators, risks, signals and reviewers too: a line pasted twice is shown twice.
  const lists = {
    services: pm.services ?? [], teams: pm.teams, tags: pm.tags, related: pm.related,
    contributors: pm.contributors, mitigators: pm.mitigators, risks: pm.risks, signals: pm.signals, reviewers: pm.reviewers,
  } as const;
  const quoted = (value: string) => quotedSnippet(value, 60);
  // Each value's first index, in one pass: indexOf per entry was quadratic (60,000 risks did
  // not check in two minutes).
  const firstIndexes = (values: readonly string[]) => {
    const first = new Map<string, number>();
    return values.map((value, i) => {
      if (!first.has(value)) first.set(value, i);
      return first.get(value)!;
    });
  };
  for (const [key, values] of Object.entries(lists)) {
    // A value repeated many times (a paste run 1,000 times: `tags: [config, config, …]`) is one
    // error naming the count, not an error per copy (999 lines that buried every other finding).
    const repeats = new Map<number, number[]>();
    firstIndexes(values).forEach((first, i) => {
      if (first !== i) repeats.set(first, [...(repeats.get(first) ?? []), i]);
    });
    for (const [first, copies] of repeats) {
      if (copies.length === 1) issues.push({ path: [key, copies[0]], message: `${key} lists ${quoted(values[first])} twice (${key}[${first}] and ${key}[${copies[0]}]); remove this one.` });
      else issues.push({ path: [key, copies[0]], message: `${key} lists ${quoted(values[first])} ${(copies.length + 1).toLocaleString('en-US')} times (${key}[${first}], ${key}[${copies[0]}]${copies.length > 2 ? ' … ' : ' and '}${key}[${copies.at(-1)}]); keep ${key}[${first}] and remove the other ${copies.length.toLocaleString('en-US')}.` });
    }
  }
  // `public.include: [risks, risks]` passed: the list was published once, the repeat said nothing.
  const include = pm.public?.include ?? [];
  firstIndexes(include).forEach((first, i) => {
    if (first !== i) issues.push({ path: ['public', 'include', i], message: `public.include lists ${quoted(include[i])} twice (public.include[${first}] and public.include[${i}]): it is published once either way; remove this one.` });
  });
  // The same moment and event twice in the timeline: a paste repeated, shown twice on the page.
  firstIndexes(pm.timeline.map((entry) => `${entry.at}\n${entry.event}`)).forEach((first, i) => {
    if (first !== i) issues.push({ path: ['timeline', i], message: `timeline[${i}] repeats timeline[${first}] (${pm.timeline[i].at}, ${quoted(pm.timeline[i].event)}); remove this one.` });
  });
  return issues;
}

const vocabularyLabels: Record<VocabularyKind, string> = {
  services: 'service',
  teams: 'team',
  tags: 'tag',
  triggers: 'trigger category',
};

/** Values that must come from a controlled vocabulary, with a "did you mean" for near misses. */
export function findVocabularyIssues(pm: DraftPostmortem, vocabulary: Vocabulary, contentDir = 'content'): Issue[] {
  const issues: Issue[] = [];
  const check = (kind: VocabularyKind, value: string, path: (string | number)[]) => {
    const known = vocabulary[kind];
    // An empty entry (`services: [""]`) is the schema's "is empty" already; as an id it was a second
    // error that offered to add "" to the vocabulary (bad input round 37).
    if (known.has(value) || !value.trim()) return;
    const file = `${contentDir}/${vocabularyFiles[kind]}`;
    if (!known.size) {
      // No vocabulary at all: "it is not in services.yaml" would send the author looking for a file that may not exist.
      issues.push({
        path,
        message: `unknown ${vocabularyLabels[kind]} "${value}": ${file} is missing or empty, so no ${vocabularyLabels[kind]} can be named. Add "${value}" there; a new content folder starts as a copy of content/ (docs/adopting.md).`,
      });
      return;
    }
    // `owner: checkout, payments` (round 18): two ids in one value, said as one unknown id with
    // "did you mean checkout?", as if the second were a typo.
    // Round 50: also joined by a slash, a plus or a pipe (`checkout/payments`, `checkout + payments`),
    // which got the characters ids lack and "did you mean checkout?".
    // Round 53: or by a space alone (`services: [checkout-api payments-api]`, the list's comma left
    // out), said as one unknown id to add to the file as "checkout-api-payments-api".
    const parts = value.split(/\s*[,;/+|]\s*|\s+(?:and|&)\s+|\s+/).map((part) => part.trim()).filter(Boolean);
    if (parts.length > 1 && parts.every((part) => known.has(part))) {
      const owner = path[0] === 'actionItems';
      issues.push({
        path,
        message: `${owner ? 'owner' : vocabularyLabels[kind]} "${value}" is ${parts.length} ids of ${file} joined in one value (${parts.join(', ')}), which names no ${vocabularyLabels[kind]}.` +
          (owner
            ? ` An action item has one owner team, which answers for it: write owner: ${parts[0]} (or the team that does the work), and give each other team's part an action item of its own.`
            : kind === 'triggers'
              ? ` A postmortem names one trigger, what set the incident off: write trigger: ${parts[0]} (or the one that came first), and say how the others played in in the body.`
              : ` Write each as an item of the list: [${parts.join(', ')}].`),
      });
      return;
    }
    const beside = kind === 'teams' ? teamBesideAnother(value, (written) => teamIdIn(written, known as ReadonlyMap<string, { name?: string; handle?: string }>)) : undefined;
    if (beside) {
      const owner = path[0] === 'actionItems';
      const label = owner ? 'owner' : vocabularyLabels[kind];
      issues.push({
        path,
        message: beside.otherTeam
          ? `${label} "${value}" names two teams of ${file}, ${beside.team} and ${beside.otherTeam}, in one value, which names no ${vocabularyLabels[kind]}. ${owner ? `An action item has one owner team, which answers for it: write owner: ${beside.team} (or ${beside.otherTeam}, if it does the work), and give the other team's part an action item of its own.` : `Write each as an item of the list: [${beside.team}, ${beside.otherTeam}].`}`
          : `${label} "${value}" holds a team, ${beside.team}, and ${beside.address ? 'an e-mail address' : 'a person'}, ${beside.other}, in one value: the field is the team's id alone, as the team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site). Write ${owner ? 'owner: ' : ''}${beside.team}; who does the work is the team's to track, in its tracker.`,
      });
      return;
    }
    const named = vocabularyEntryNamed(value, known as ReadonlyMap<string, { name?: string; handle?: string }>);
    if (named) {
      issues.push({ path, message: `${path[0] === 'actionItems' ? 'owner' : vocabularyLabels[kind]} "${value}" is the ${named.by} of the ${vocabularyLabels[kind]} ${named.id} in ${file}, not its id: write ${named.id}.` });
      return;
    }
    const person = kind === 'teams' ? personAsTeam(value) : undefined;
    if (person) {
      issues.push({ path, message: `${path[0] === 'actionItems' ? 'owner' : vocabularyLabels[kind]} "${value}" ${person} Write an id from ${file}.` });
      return;
    }
    const placeholder = kind === 'teams' && /^(?:tbd|tba|tbc|n\/?a|none|nobody|unknown|unassigned|\?+|-+|todo)$/i.test(value.trim());
    if (placeholder) {
      issues.push({ path, message: `${path[0] === 'actionItems' ? 'owner' : vocabularyLabels[kind]} "${value}" names no team: ${path[0] === 'actionItems' ? 'an action item needs the team that answers for it, even before the work is planned' : 'teams lists the teams that responded'}. Write an id from ${file}.` });
      return;
    }
    // `trigger: Config change` (round 43): near a display name (Configuration change), not an id.
    const names = [...known].flatMap(([id, entry]) => ((entry as { name?: string }).name ? [[(entry as { name?: string }).name!, id] as const] : []));
    const nearName = /\s/.test(value.trim()) ? findClosestMatch(value, names.map(([name]) => name)) : undefined;
    const suggestion = findClosestMatch(value, [...known.keys()]) ?? names.find(([name]) => name === nearName)?.[1];
    const label = path[0] === 'actionItems' ? 'owner' : vocabularyLabels[kind];
    // Round 53: `owner: CHECKOUT` named each of its seven capitals before its "did you mean": an id
    // in other letter case is said as that, in one sentence.
    const lower = value.toLowerCase();
    if (lower !== value && known.has(lower)) {
      // The kind is said once: "owner "Checkout" is the team checkout", "trigger category "Configuration" is configuration".
      const meant = label === vocabularyLabels[kind] ? lower : `the ${vocabularyLabels[kind]} ${lower}`;
      issues.push({ path, message: `${label} "${value}" is ${meant} in other letter case: ids in ${file} are lower case, and are read as written. Write ${lower}.` });
      return;
    }
    const foreign = [...new Set(value.match(/[^a-z0-9-]/gu) ?? [])];
    // Round 55: `owner: AL`, `services: [Redis]`: capitals alone, no id in lower case either, named each capital
    // as a character ids are not made of. Said as letter case, with the id to add and, for two or three
    // capitals where a team goes, a person's initials.
    if (foreign.length && foreign.every((character) => /^[A-Z]$/.test(character))) {
      const initials = kind === 'teams' && /^[A-Z]{2,3}$/.test(value);
      issues.push({
        path,
        message: `unknown ${vocabularyLabels[kind]} "${value}": ids in ${file} are written in lower case, and "${lower}" is not one either.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : '') +
          (initials ? ` If ${value} are a person's initials, write the team that answers for the work: a postmortem names no person (it is blameless, and names must not reach the public site).` : '') +
          ` Use an id from ${file}, or, if it is new, add it there as ${lower} and write ${lower} here.`,
      });
      return;
    }
    // Round 56: a name written in another script alone (`owner: 決済チーム`, a Japanese team's name) named each of its
    // letters as a character ids are not made of: it is a name, not a mistyped id, and the id it stands for is to write.
    if (foreign.length && !/[A-Za-z]/.test(value) && /\p{L}/u.test(value)) {
      const ids = [...known.keys()];
      issues.push({
        path,
        message: `unknown ${vocabularyLabels[kind]} "${value}": it is a name written in another script than the a-z, 0-9 and hyphens ids in ${file} are made of, not an id. Write the id it stands for (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}), or, if it is new, add it to ${file} with an id in those letters (a name in its language may go in its name:) and write that id here.`,
      });
      return;
    }
    // A space or tab inside the id ("checkout api") is said with the closest id below; any other
    // character, a no-break space around the id included, is named.
    if (foreign.length && !/[ \t]/.test(value)) {
      // `checkout-\u0430pi` with a Cyrillic а prints as "checkout-api": "unknown service
      // "checkout-api". Did you mean "checkout-api"?" left the author nothing to see. Ids are
      // a-z, digits and hyphens, so the characters are named, and adding the id is no fix.
      issues.push({
        path,
        message: `unknown ${vocabularyLabels[kind]} "${value}": it holds ${foreign.map(describeCharacter).join(', ')}, not among the a-z, 0-9 and hyphens ids are made of, though it may look like one.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : '') + ` Retype the id from ${file}.`,
      });
      return;
    }
    // Round 48: `trigger: A bad config push` was told to add "A bad config push" to triggers.yaml,
    // which takes no id with spaces or capitals: the id to add is given, and a sentence where a
    // category goes is said as one, with the categories to choose from.
    const asId = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const sentence = kind === 'triggers' && !suggestion && value.trim().split(/\s+/).length >= 3;
    issues.push({
      path,
      message:
        `unknown ${vocabularyLabels[kind]} "${value}": it is not in ${file}.` +
        (suggestion ? ` Did you mean "${suggestion}"?` : '') +
        (sentence
          ? ` It reads as a description of what set the incident off, but trigger is the id of a category of ${file} (${[...known.keys()].slice(0, 8).join(', ')}${known.size > 8 ? ', …' : ''}): write the one it belongs to, and tell the incident's own story in summary and the body.`
          : asId && asId === suggestion
            ? ` An id is written in lowercase letters, digits and hyphens: write ${suggestion}.`
          : asId && asId !== value
            ? ` Use an id from ${file}, or, if it is new, add it there with an id of lowercase letters, digits and hyphens ("${asId}") and write that id here.`
            : ` Use an id from ${file}, or add "${value}" there if it is new.`),
    });
  };
  (pm.services ?? []).forEach((value, i) => check('services', value, ['services', i]));
  pm.teams.forEach((value, i) => check('teams', value, ['teams', i]));
  pm.tags.forEach((value, i) => check('tags', value, ['tags', i]));
  if (pm.trigger) check('triggers', pm.trigger, ['trigger']);
  pm.actionItems.forEach((item, i) => item.owner && check('teams', item.owner, ['actionItems', i, 'owner']));
  return issues;
}

/** The first character of `id` that no id holds (not a-z, 0-9 or a hyphen), if any. */
function strayIdCharacter(id: string): string | undefined {
  return [...id].find((character) => !/[a-z0-9-]/.test(character));
}

/** `related` must name other postmortems that exist. */
export function findRelatedIssues(pm: DraftPostmortem, selfId: string | undefined, knownIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  pm.related.forEach((id, i) => {
    if (id === selfId) {
      issues.push({ path: ['related', i], message: `related lists this postmortem itself ("${id}"); remove it.` });
    } else if (/^\[\[[^\]]+\]\]$/.test(id.trim())) {
      // Round 42: Obsidian's `related: ["[[2025-07-01-db-failover]]"]` was "holds [", with no id to write.
      const inner = id.trim().slice(2, -2).split('|')[0].trim().replace(/\.mdx?$/, '');
      issues.push({ path: ['related', i], message: `related lists "${id}", a wiki link as Obsidian writes it: related lists ids alone, without brackets. ${knownIds.has(inner) ? `Write ${inner}.` : `Write the id (the file name, without its extension) of the postmortem "${inner}" names${findClosestMatch(inner, [...knownIds]) ? `; did you mean "${findClosestMatch(inner, [...knownIds])}"?` : '.'}`}` });
    } else if (!knownIds.has(id)) {
      const suggestion = findClosestMatch(id, [...knownIds]);
      issues.push({
        path: ['related', i],
        // An id holding a character no id has (a zero-width joiner, a soft hyphen) was printed as
        // the id it looks like, so "does not exist. Did you mean" named what seemed the same id.
        message:
          `related postmortem "${id}" does not exist${strayIdCharacter(id) ? `: it holds ${describeCharacter(strayIdCharacter(id)!)}, which no postmortem id has (ids are a-z, 0-9 and hyphens)` : ''}.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : '') +
          ' Use the file name, without its extension, of a postmortem in the postmortems folder.',
      });
    }
  });
  return issues;
}

export interface SchemaContext {
  vocabulary: Vocabulary;
  /** Ids of every postmortem in the corpus, for checking `related`. */
  knownIds: ReadonlySet<string>;
  contentDir?: string;
}

/**
 * The full schema: field types, ordering rules, vocabularies and `related` ids. The entry's own
 * id is not known inside a zod schema, so self-reference is caught by the corpus check. A draft
 * may still lack review facts (an imported report, say): it passes, and the data layer keeps it
 * off every page until they are filled (`hasReviewFacts`); from `in-review` on they are required.
 */
export function createPostmortemSchema(context: SchemaContext) {
  return draftPostmortemObjectSchema.superRefine((pm, ctx) => {
    const issues = [
      ...(pm.status === 'draft' ? [] : findMissingReviewFacts(pm)),
      ...findCrossFieldIssues(pm),
      ...findVocabularyIssues(pm, context.vocabulary, context.contentDir),
      ...findRelatedIssues(pm, undefined, context.knownIds),
    ];
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }).transform((pm) => pm as Postmortem);
}

/** An id like `taken`'s with the next number no action item uses (`AI-1` → `AI-3` beside AI-2). */
function nextFreeId(ids: readonly string[], taken: string): string {
  const used = new Set(ids.map((id) => id.toLowerCase()));
  const shape = /^(.*?)(\d+)$/.exec(taken);
  const prefix = shape ? shape[1] : `${taken}-`;
  for (let n = shape ? Number(shape[2]) + 1 : 2; ; n++) if (!used.has(`${prefix}${n}`.toLowerCase())) return `${prefix}${n}`;
}
