// Session 48 (docs/performance.md): the schema counts whether a `YYYY-MM-DD` day exists instead of
// asking Date, and reads an instant once for "is it real?" and "which UTC time is it?". Both must
// answer as the Date-based readings they replaced, written out here as the reference.
import { describe, expect, it } from 'vitest';
import { isOffsetInRange } from '../../src/lib/instant-advice.ts';
import { isRealDate, isRealInstant, realUtcInstant, utcTimestampSchema } from '../../src/lib/postmortem-schema.ts';

/** The reading before session 48: Date parses the day, and a day Date rolls over is not real. */
function dateReadsAsTheDay(value: string): boolean {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return false;
  return parsed.toISOString().slice(0, 10) === value.slice(0, 10);
}

/** The readings before session 48: whether the instant is real, then its UTC time, each parsing the text. */
function instantAsDateReadsIt(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.exec(text);
  if (!match || !dateReadsAsTheDay(`${match[1]}-${match[2]}-${match[3]}`)) return undefined;
  const withColon = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const real = Number(match[4]) < 24 && Number(match[5]) < 60 && (match[8] === 'Z' || isOffsetInRange(match[8])) && !Number.isNaN(Date.parse(withColon));
  return real ? new Date(withColon).toISOString() : undefined;
}

const two = (n: number) => String(n).padStart(2, '0');
// Leap-year rules at their edges (every 4th, not every 100th, every 400th), years 0 to 9999.
const years = [0, 1, 4, 99, 100, 400, 1582, 1899, 1900, 1904, 1970, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999];
const days = years.flatMap((year) => Array.from({ length: 14 }, (_, month) => month).flatMap((month) =>
  Array.from({ length: 33 }, (_, day) => `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`)));

describe('a YYYY-MM-DD day counted, not parsed', () => {
  it('is real exactly when Date reads it as that day (every month 00-13 and day 00-32 of 20 years)', () => {
    const differ = days.filter((day) => isRealDate(day) !== dateReadsAsTheDay(day));
    expect(differ).toEqual([]);
    // The sweep holds both answers, and the edges of February.
    expect(days.filter((day) => isRealDate(day)).length).toBe(20 * 365 + years.filter((year) => dateReadsAsTheDay(`${String(year).padStart(4, '0')}-02-29`)).length);
    expect([isRealDate('1900-02-29'), isRealDate('2000-02-29'), isRealDate('2024-02-29'), isRealDate('2025-02-29')]).toEqual([false, true, true, false]);
  });

  it.each(['2025-7-09', '2025-07-09T00:00:00Z', ' 2025-07-09', '20250709', '2025-07-0a'])('reads %j, not a day of that form, as Date does', (text) => {
    expect(isRealDate(text)).toBe(dateReadsAsTheDay(text));
  });
});

describe('an instant read once', () => {
  const clockTimes = ['00:00', '23:59:59', '24:00', '12:60', '12:30:60', '12:30:59.5', '12:30:59.123', '12:30:59.123456789', '07:08:00'];
  const zones = ['Z', '+01:00', '+0100', '-05:30', '-0530', '+14:00', '-14:00', '+14:01', '+24:00', '+00:60'];
  // Each year's edges of the calendar with every clock time in UTC; a few days with every zone too.
  const edges = ['01-01', '02-28', '02-29', '02-30', '04-30', '04-31', '12-31', '13-01', '00-10', '06-00'];
  const instantDays = years.flatMap((year) => edges.map((edge) => `${String(year).padStart(4, '0')}-${edge}`));
  const instants = [
    ...instantDays.flatMap((day) => clockTimes.map((time) => `${day}T${time}Z`)),
    ...['2024-02-29', '2025-02-29', '2025-12-31', '1969-12-31', '0000-01-01'].flatMap((day) => clockTimes.flatMap((time) => zones.map((zone) => `${day}T${time}${zone}`))),
  ];

  it('gives the UTC time Date gives, for exactly the instants that are real', () => {
    const differ = instants.filter((text) => realUtcInstant(text) !== instantAsDateReadsIt(text) || isRealInstant(text) !== (instantAsDateReadsIt(text) !== undefined));
    expect(differ).toEqual([]);
    expect(instants.filter((text) => realUtcInstant(text) !== undefined).length).toBeGreaterThan(instants.length / 4);
    expect(realUtcInstant('2025-07-09T01:30:00+0200')).toBe('2025-07-08T23:30:00.000Z');
  });

  it('is what the schema stores', () => {
    expect(utcTimestampSchema.parse('2025-07-09T01:30:00+0200')).toBe('2025-07-08T23:30:00.000Z');
    expect(utcTimestampSchema.safeParse('2025-02-29T10:00:00Z').success).toBe(false);
  });
});
