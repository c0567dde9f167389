import { describe, expect, test } from 'vitest';
import { describePageRange, pagerItems, pagerLabel, pageUrl } from '../../src/lib/pagination.ts';

const render = (items: ReturnType<typeof pagerItems>) =>
  items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.number}]` : String(i.number))).join(' ');

describe('pagerItems', () => {
  test.each([
    [1, 1, '[1]'],
    [1, 3, '[1] 2 3'],
    [1, 10, '[1] 2 3 … 10'],
    [5, 10, '1 2 3 4 [5] 6 7 … 10'],
    [6, 12, '1 … 4 5 [6] 7 8 … 12'],
    [10, 10, '1 … 8 9 [10]'],
    // A gap never hides a single page: 1 … 3 is written 1 2 3.
    [5, 7, '1 2 3 4 [5] 6 7'],
  ])('page %i of %i reads %s', (current, last, expected) => {
    expect(render(pagerItems(current, last))).toBe(expected);
  });

  test('every page is reachable: each listed number is within range and the current one is listed once', () => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        const numbers = pagerItems(current, last).flatMap((i) => (i.kind === 'page' ? [i.number] : []));
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(pagerItems(current, last).filter((i) => i.kind === 'page' && i.current)).toHaveLength(1);
      }
    }
  });

  test('refuses a page outside the list', () => {
    expect(() => pagerItems(0, 3)).toThrow(/between 1 and 3, got 0/);
    expect(() => pagerItems(4, 3)).toThrow(/between 1 and 3, got 4/);
    expect(() => pagerItems(1, 0)).toThrow(/positive integer/);
  });
});

describe('pageUrl', () => {
  test('page 1 keeps the list URL; later pages add their number', () => {
    expect(pageUrl('/tags/dns/', 1)).toBe('/tags/dns/');
    expect(pageUrl('/tags/dns/', 2)).toBe('/tags/dns/2/');
    expect(pageUrl('/tags/dns', 3)).toBe('/tags/dns/3/');
  });
});

describe('describePageRange', () => {
  test('one page says only the count; later pages say which ones they show', () => {
    expect(describePageRange({ start: 0, end: 0, total: 1, lastPage: 1 })).toBe('1 postmortem, newest first.');
    expect(describePageRange({ start: 100, end: 199, total: 412, lastPage: 5 })).toBe('412 postmortems, newest first; showing 101–\u2060200.');
  });

  test('counts of a large knowledge base are grouped by thousands', () => {
    expect(describePageRange({ start: 1000, end: 1099, total: 1234, lastPage: 13 })).toBe('1,234 postmortems, newest first; showing 1,001–\u20601,100.');
    expect(describePageRange({ start: 0, end: 0, total: 1000, lastPage: 1 })).toBe('1,000 postmortems, newest first.');
  });

  test('an empty list does not describe an order of nothing', () => {
    expect(describePageRange({ start: 0, end: 0, total: 0, lastPage: 1 })).toBe('No postmortems yet.');
    expect(describePageRange({ start: 0, end: 0, total: 0, lastPage: 1 }, 'incident')).toBe('No incidents yet.');
  });
});

describe('pagerLabel', () => {
  test('the two pagers of a page have names of their own, each saying where it is', () => {
    expect(pagerLabel('Pages of follow-ups', 'above')).toBe('Pages of follow-ups, above the list');
    expect(pagerLabel('Pages of follow-ups', 'below')).toBe('Pages of follow-ups, below the list');
  });
});
