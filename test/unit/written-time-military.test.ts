import { describe, expect, test } from 'vitest';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';

// Adoption round 23: a chain's postmortem wrote its timeline "Feb 7 1506 UTC: …" (a 24-hour time
// without its colon), and the import dated the rows in the years 117, 1506 and 1541.
const read = (text: string) => {
  const { date, time, zone } = readWrittenTime(text, { year: 2025 });
  return { date, time, zone: zone?.label };
};

describe('a time without its colon after a day, before a zone', () => {
  test.each([
    ['Feb 7 1506 UTC: Hypha and ICL agree', { date: '2025-02-07', time: '15:06', zone: 'UTC' }],
    ['Feb 8 0117 UTC: First validator reports', { date: '2025-02-08', time: '01:17', zone: 'UTC' }],
    ['7 Feb 1541 UTC: instructions', { date: '2025-02-07', time: '15:41', zone: 'UTC' }],
    ['Feb 7 0930Z rollback', { date: '2025-02-07', time: '09:30', zone: 'Z' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test('a year from 1970 on is still the year', () => {
    expect(read('Jan 14, 2024 10:18 UTC: paged')).toEqual({ date: '2024-01-14', time: '10:18', zone: 'UTC' });
    expect(read('14 January 1999: the first outage')).toEqual({ date: '1999-01-14', time: undefined, zone: undefined });
  });

  test('no year before 1970 is read from four digits after a day', () => {
    expect(read('Feb 7 1506 the release').date).toBe('2025-02-07');
    expect(read('Feb 7 1506 the release').time).toBeUndefined();
  });

  test('four digits with no date before them are no time', () => {
    expect(read('1506 UTC: something').time).toBeUndefined();
  });
});
