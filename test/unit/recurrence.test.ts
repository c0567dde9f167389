import { describe, expect, test } from 'vitest';
import { describeRecurrence, findRecurrences, ordinal, splitRecentFirst } from '../../src/lib/recurrence.ts';
import type { PostmortemRecord } from '../../src/lib/browse.ts';

const record = (id: string, started: string, services: string[], trigger: string) =>
  ({ id, data: { times: { started: `${started}T10:00:00.000Z` }, services, trigger } }) as unknown as PostmortemRecord;

describe('ordinal', () => {
  test.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th']])('%i -> %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('findRecurrences', () => {
  const records = [
    record('a', '2025-01-01', ['checkout-api'], 'configuration'),
    record('b', '2025-02-10', ['checkout-api', 'payments-api'], 'configuration'),
    record('c', '2025-03-20', ['checkout-api'], 'configuration'),
    record('d', '2025-03-21', ['checkout-api'], 'deployment'),
    record('e', '2025-03-22', ['search-service'], 'configuration'),
    record('f', '2025-09-01', ['checkout-api'], 'configuration'),
  ];
  const result = findRecurrences(records);

  test('the first of its kind is not a recurrence', () => {
    expect(result.has('a')).toBe(false);
  });
  test('counts earlier incidents with the same service and trigger within 90 days', () => {
    expect(result.get('b')).toEqual({ previous: ['a'], service: 'checkout-api', trigger: 'configuration', occurrence: 2 });
    // a is 78 days before c, b is 38 days before: both count.
    expect(result.get('c')).toMatchObject({ previous: ['a', 'b'], occurrence: 3 });
  });
  test('a different trigger or a different service is not a recurrence', () => {
    expect(result.has('d')).toBe(false);
    expect(result.has('e')).toBe(false);
  });
  test('outside the window is not a recurrence', () => {
    expect(result.has('f')).toBe(false);
  });
  test('banner text', () => {
    expect(describeRecurrence(result.get('c')!, 'configuration')).toBe('3rd configuration incident on checkout-api in 90 days');
  });
});

describe('findRecurrences: window edges and ties', () => {
  test('exactly 90 days before counts, 91 days does not', () => {
    // 2025-01-01 + 90 days = 2025-04-01; + 91 days = 2025-04-02.
    const result = findRecurrences([
      record('first', '2025-01-01', ['checkout-api'], 'configuration'),
      record('at-90', '2025-04-01', ['checkout-api'], 'configuration'),
      record('x-first', '2025-01-01', ['search-service'], 'dns'),
      record('at-91', '2025-04-02', ['search-service'], 'dns'),
    ]);
    expect(result.get('at-90')?.previous).toEqual(['first']);
    expect(result.has('at-91')).toBe(false);
  });
  test('a shorter window', () => {
    const records = [record('a', '2025-01-01', ['checkout-api'], 'configuration'), record('b', '2025-01-20', ['checkout-api'], 'configuration')];
    expect(findRecurrences(records, 30).get('b')?.occurrence).toBe(2);
    expect(findRecurrences(records, 14).has('b')).toBe(false);
    expect(describeRecurrence(findRecurrences(records, 30).get('b')!, 'configuration', 30)).toBe('2nd configuration incident on checkout-api in 30 days');
  });
  test('same start time: the lower id counts as the earlier one, so only one of the pair is a recurrence', () => {
    const result = findRecurrences([record('b', '2025-01-01', ['checkout-api'], 'configuration'), record('a', '2025-01-01', ['checkout-api'], 'configuration')]);
    expect(result.has('a')).toBe(false);
    expect(result.get('b')?.previous).toEqual(['a']);
  });
  test('with two shared services, the one with more earlier incidents is named', () => {
    const result = findRecurrences([
      record('a', '2025-01-01', ['payments-api'], 'capacity'),
      record('b', '2025-01-10', ['checkout-api', 'payments-api'], 'capacity'),
      record('c', '2025-01-20', ['checkout-api', 'payments-api'], 'capacity'),
    ]);
    expect(result.get('c')).toEqual({ previous: ['a', 'b'], service: 'payments-api', trigger: 'capacity', occurrence: 3 });
  });
  test('input order does not matter', () => {
    const records = [record('a', '2025-01-01', ['checkout-api'], 'configuration'), record('b', '2025-02-01', ['checkout-api'], 'configuration'), record('c', '2025-03-01', ['checkout-api'], 'configuration')];
    expect([...findRecurrences([...records].reverse())].sort()).toEqual([...findRecurrences(records)].sort());
  });
});

describe('splitRecentFirst', () => {
  test.each([
    [[], [], []],
    [['a'], ['a'], []],
    [['a', 'b', 'c'], ['c', 'b', 'a'], []],
    // Oldest first in, newest first out: the three most recent named, the rest folded.
    [['a', 'b', 'c', 'd', 'e'], ['e', 'd', 'c'], ['b', 'a']],
  ])('%j -> recent %j, older %j', (previous, recent, older) => {
    expect(splitRecentFirst(previous)).toEqual({ recent, older });
  });

  test('keeps every incident, in one of the two lists, and leaves its input as it was', () => {
    const previous = Array.from({ length: 14 }, (_, i) => `incident-${i}`);
    const { recent, older } = splitRecentFirst(previous, 3);
    expect(recent).toHaveLength(3);
    expect([...recent, ...older]).toEqual([...previous].reverse());
    expect(previous[0]).toBe('incident-0');
  });
});
