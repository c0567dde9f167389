import { describe, expect, test } from 'vitest';
import { formatCount, formatDay, formatDaysOverdue, formatInstant, formatTimeOfDay } from '../../src/lib/format.ts';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { findClosestMatch, editDistance } from '../../src/lib/closest-match.ts';

describe('formatting is UTC and locale-independent', () => {
  test('days and instants', () => {
    expect(formatDay('2025-03-14')).toBe('14 Mar 2025');
    expect(formatDay('2025-12-01T23:59:00.000Z')).toBe('1 Dec 2025');
    expect(formatTimeOfDay('2025-03-14T09:02:00.000Z')).toBe('09:02');
    expect(formatInstant('2025-03-14T09:02:00.000Z')).toBe('14 Mar 2025, 09:02 UTC');
  });
  test.each([[0, '0'], [999, '999'], [1000, '1,000'], [4100, '4,100'], [3900000, '3,900,000'], [12.5, '12.5']])('count %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});

describe('as-of date', () => {
  test('KB_AS_OF fixes it', () => expect(resolveAsOfDate({ KB_AS_OF: '2026-01-31' })).toBe('2026-01-31'));
  test('defaults to the UTC day of now', () => expect(resolveAsOfDate({}, new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22'));
  test('rejects a malformed value with the fix', () => expect(() => resolveAsOfDate({ KB_AS_OF: '22/11/2026' })).toThrow(/YYYY-MM-DD/));
});

describe('closest match', () => {
  test('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  test.each([
    ['checkout-ap', ['checkout-api', 'payments-api'], 'checkout-api'],
    ['checkout', ['checkout-api', 'payments-api'], 'checkout-api'],
    ['Postgres', ['postgres', 'database'], 'postgres'],
    ['kubernetes', ['database', 'dns'], undefined],
  ])('%s -> %s', (value, known, expected) => {
    expect(findClosestMatch(value, known)).toBe(expected);
  });
});

describe('formatDaysOverdue', () => {
  test('days under a year, whole years and months from a year on, never rounded up', () => {
    expect(formatDaysOverdue(1)).toBe('1 d');
    expect(formatDaysOverdue(364)).toBe('364 d');
    expect(formatDaysOverdue(365)).toBe('1 y');
    expect(formatDaysOverdue(586)).toBe('1 y 7 mo');
    expect(formatDaysOverdue(729)).toBe('1 y 11 mo');
    expect(formatDaysOverdue(730)).toBe('2 y');
    expect(formatDaysOverdue(731)).toBe('2 y');
    expect(formatDaysOverdue(5070)).toBe('13 y 10 mo');
  });
});
