import { describe, expect, test } from 'vitest';
import { stopWords } from '../../src/lib/text-analysis.ts';
import { isDateOrTimeWord, sharedDayAndMonthNames } from '../../src/lib/date-and-time-words.ts';
import { calendarDateSchema, utcTimestampSchema } from '../../src/lib/postmortem-schema.ts';

/** Review, session 55 (docs/architecture.md): one table of day and month names, one schema of written dates. */
describe('the day and month names the stop words and the date words share', () => {
  test('every shared name is a stop word (similarity and search drop it)', () => {
    expect(sharedDayAndMonthNames.filter((name) => !stopWords.has(name))).toEqual([]);
    expect(sharedDayAndMonthNames).toEqual(expect.arrayContaining(['monday', 'january', 'sept', 'utc', 'aest']));
  });
  test("each list keeps its own words, so neither drops what it did not", () => {
    // The date words' own: days' short forms and US zones' short forms are no stop words.
    for (const word of ['mon', 'sun', 'sat', 'wed', 'pt', 'et', 'ct', 'eet', 'pm', 'noon']) {
      expect([word, isDateOrTimeWord(word), stopWords.has(word)]).toEqual([word, true, false]);
    }
    // The stop words' own zones are no date words; "may" is a stop word (the verb), no date word.
    for (const word of ['acst', 'awst', 'kst', 'hst', 'akst', 'nzst', 'nzdt']) expect([word, stopWords.has(word), isDateOrTimeWord(word)]).toEqual([word, true, false]);
    expect([stopWords.has('may'), isDateOrTimeWord('may')]).toEqual([true, false]);
    expect(stopWords.size).toBe(653);
  });
});

describe("the instant's and the calendar day's schema, one set of steps", () => {
  test.each([
    [utcTimestampSchema, '“2025-07-08T17:45:00Z”', 'and it is not read as a date-time. Write 2025-07-08T17:45:00Z, without them'],
    [calendarDateSchema, '“2025-07-08”', 'and it is not read as a date. Write 2025-07-08, without them'],
    // A Date the YAML loader handed over, of a year no incident has.
    [utcTimestampSchema, new Date('1850-01-01T00:00:00Z'), '1850'],
    [calendarDateSchema, new Date('1850-01-01T00:00:00Z'), '1850'],
    [utcTimestampSchema, '2025-07-08 17:45', 'is not an ISO-8601 UTC date-time with its zone'],
    [calendarDateSchema, '2025-02-30', 'is not a date'],
  ] as const)('%#: %s', (schema, value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain(message);
  });
  test('stored forms', () => {
    expect(utcTimestampSchema.parse('2025-03-14T10:12:00+01:00')).toBe('2025-03-14T09:12:00.000Z');
    expect(calendarDateSchema.parse(new Date('2025-03-21T00:00:00Z'))).toBe('2025-03-21');
    expect(utcTimestampSchema.parse(new Date('2025-03-14T09:12:00Z'))).toBe('2025-03-14T09:12:00.000Z');
  });
});
