import { describe, expect, test } from 'vitest';
import { describePageRange, pagerItems, pagerLabel, pageUrl } from '../../src/lib/pagination.ts';

/** What one screen shows: the entries for every screen and those for a wide screen or a phone only. */
const onScreen = (items: ReturnType<typeof pagerItems>, screen: 'wide' | 'narrow') => items.filter((i) => !i.on || i.on === screen);
const render = (items: ReturnType<typeof pagerItems>, screen: 'wide' | 'narrow' = 'wide') =>
  onScreen(items, screen).map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.number}]` : String(i.number))).join(' ');

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

  test.each([
    [5, 9, '1 … 4 [5] 6 … 9'],
    [150, 300, '1 … 149 [150] 151 … 300'],
    // Look round 44: "1 … 9994 9995 9996 9997 9998 9999" left "9999" alone on a 320 px phone's
    // line; 9997 and 9998 had no "…" beside them to stand in for them: the phone's pager has its own.
    [9995, 9999, '1 … 9994 [9995] 9996 … 9999'],
    [9996, 9999, '1 … 9995 [9996] 9997 9998 9999'],
    [3, 300, '1 2 [3] 4 … 300'],
    [2, 3, '1 [2] 3'],
  ])('on a phone page %i of %i reads %s: one page either side of the current one', (current, last, expected) => {
    expect(render(pagerItems(current, last), 'narrow')).toBe(expected);
  });

  test('the two screens share their gaps where they can: page 9,995 of 9,999 holds one gap for a phone only, page 150 of 300 none', () => {
    expect(pagerItems(9995, 9999).filter((i) => i.on === 'narrow')).toHaveLength(1);
    expect(pagerItems(150, 300).filter((i) => i.on === 'narrow')).toHaveLength(0);
    expect(pagerItems(150, 300).filter((i) => i.on === 'wide').map((i) => i.kind === 'page' && i.number)).toEqual([148, 152]);
  });

  test.each(['wide', 'narrow'] as const)('every page is reachable on a %s screen: each listed number is within range, the current one listed once, a gap wherever numbers are left out', (screen) => {
    for (let last = 1; last <= 30; last++) {
      for (let current = 1; current <= last; current++) {
        const items = onScreen(pagerItems(current, last), screen);
        const numbers = items.flatMap((i) => (i.kind === 'page' ? [i.number] : []));
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(items.filter((i) => i.kind === 'page' && i.current)).toHaveLength(1);
        items.forEach((item, i) => {
          const next = items[i + 1];
          if (item.kind === 'page' && next?.kind === 'page') expect(next.number, render(items, screen)).toBe(item.number + 1);
          if (item.kind === 'gap') expect(next?.kind, render(items, screen)).toBe('page');
        });
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
