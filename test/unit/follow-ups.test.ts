import { describe, expect, test } from 'vitest';
import {
  ageBucketLength, bucketAges, csvField, flattenActionItems, isOpen, isOverdue, openAgeDays, overdueDays, openFollowUpsOf, selectListedFollowUps, serviceFollowUpsShown, serviceFollowUpsUrl, splitShownFollowUps, summariseFollowUps, toFollowUpsCsv,
} from '../../src/lib/follow-ups.ts';
import type { PostmortemRecord } from '../../src/lib/browse.ts';

const item = (id: string, status: string, due: string, extra: Record<string, unknown> = {}) =>
  ({ id, title: `Do ${id}`, owner: 'sre', due, priority: 'P1', type: 'prevent', status, verification: 'checked', public: false, ...extra });
const record = (id: string, drafted: string, actionItems: unknown[], extra: Record<string, unknown> = {}) =>
  ({ id, data: { title: `T ${id}`, severity: 'SEV-2', drafted, actionItems, ...extra } }) as unknown as PostmortemRecord;

const records = [
  record('p2', '2025-02-11', [
    item('AI-1', 'in-progress', '2025-03-01', { owner: 'checkout', priority: 'P0', title: 'Quote "this", please' }),
    item('AI-2', 'open', '2025-09-01', { verification: 'line one\nline two' }),
  ], { severity: 'SEV-1' }),
  record('p1', '2025-01-11', [item('AI-1', 'open', '2025-02-01'), item('AI-2', 'done', '2025-01-15'), item('AI-3', 'wont-do', '2025-01-01')]),
  record('p0', '2025-01-05', [item('AI-9', 'open', '2025-02-01')]),
];
const items = flattenActionItems(records);
const key = (i: { postmortemId: string; id: string }) => `${i.postmortemId}/${i.id}`;

describe('flattenActionItems', () => {
  test('sorted by due day, then postmortem id, then item id; each item knows its postmortem', () => {
    expect(items.map(key)).toEqual(['p1/AI-3', 'p1/AI-2', 'p0/AI-9', 'p1/AI-1', 'p2/AI-1', 'p2/AI-2']);
    expect(items[4]).toMatchObject({ postmortemId: 'p2', postmortemTitle: 'T p2', severity: 'SEV-1', raised: '2025-02-11', owner: 'checkout' });
  });
});

describe('overdue and age, hand-computed', () => {
  test.each([
    // status, due, as-of, overdue?, days past due
    ['open', '2025-02-01', '2025-03-01', true, 28],
    ['in-progress', '2025-02-01', '2025-03-01', true, 28],
    ['open', '2025-03-01', '2025-03-01', false, 0], // due today is not late
    ['open', '2025-03-01', '2025-03-02', true, 1],
    ['open', '2024-12-31', '2025-03-01', true, 60], // across a year end: 31 + 28 + 1
    ['done', '2025-01-01', '2025-03-01', false, 0],
    ['wont-do', '2025-01-01', '2025-03-01', false, 0],
  ])('%s, due %s, on %s: overdue %s, %i days', (status, due, asOf, overdue, days) => {
    const it = { status, due } as Parameters<typeof isOverdue>[0];
    expect(isOverdue(it, asOf)).toBe(overdue);
    expect(overdueDays(it, asOf)).toBe(days);
  });
  test('open age = as-of day - raised day, only while open', () => {
    expect(openAgeDays({ status: 'open', raised: '2025-01-11' }, '2025-03-01')).toBe(49);
    expect(openAgeDays({ status: 'in-progress', raised: '2025-03-01' }, '2025-03-01')).toBe(0);
    expect(openAgeDays({ status: 'done', raised: '2025-01-11' }, '2025-03-01')).toBeUndefined();
    expect(isOpen({ status: 'in-progress' })).toBe(true);
  });
  test('age buckets are [previous bound, bound)', () => {
    expect(bucketAges([0, 29, 30, 89, 90, 364, 365, 1000]).map((b) => b.count)).toEqual([2, 2, 1, 1, 2]);
  });
});

describe('summariseFollowUps on a fixed day', () => {
  const asOf = '2025-06-01';
  const summary = summariseFollowUps(items, asOf);
  test('totals, closure rate = done / (total - wont-do), overdue and ages', () => {
    // 6 items: 3 open, 1 in progress, 1 done, 1 won't do. Closure: 1 / (6 - 1) = 0.2.
    // Overdue on 1 Jun: p0/AI-9 and p1/AI-1 (due 1 Feb, 120 days), p2/AI-1 (due 1 Mar, 92 days).
    expect(summary).toMatchObject({
      asOf, total: 6, open: 3, inProgress: 1, done: 1, wontDo: 1, overdue: 3, closureRate: 0.2, oldestOverdueDays: 120,
      byStatus: { open: 3, 'in-progress': 1, done: 1, 'wont-do': 1 },
    });
    // Open ages: p0 raised 5 Jan -> 147; p1 raised 11 Jan -> 141; p2 (two items) raised 11 Feb -> 110, 110.
    expect(summary.openAgeDays).toEqual({ count: 4, median: 110, max: 147 });
  });
  test('by owner team and by priority, keys in code-point order', () => {
    expect(Object.keys(summary.byOwner)).toEqual(['checkout', 'sre']);
    expect(summary.byOwner.checkout).toEqual({ total: 1, done: 0, wontDo: 0, open: 1, overdue: 1, closureRate: 0 });
    expect(summary.byPriority.P1).toEqual({ total: 5, done: 1, wontDo: 1, open: 3, overdue: 2, closureRate: 0.25 });
  });
  test('closure rate is null, not 0, when every item was dropped', () => {
    const dropped = summariseFollowUps(flattenActionItems([record('x', '2025-01-01', [item('AI-1', 'wont-do', '2025-02-01')])]), asOf);
    expect(dropped.closureRate).toBeNull();
    expect(summariseFollowUps([], asOf)).toMatchObject({ total: 0, closureRate: null, oldestOverdueDays: null, openAgeDays: { count: 0, median: null, max: null } });
  });
});

describe('CSV (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], ['cr\r', '"cr\r"'], [undefined, ''], [0, '0'],
  ])('field %j -> %j', (value, expected) => expect(csvField(value)).toBe(expected));

  test('header, one row per item in order, CRLF line ends, quoted fields', () => {
    const csv = toFollowUpsCsv(items, '2025-06-01');
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('postmortem,postmortem_title,severity,id,title,owner,due,priority,type,status,overdue_days,open_age_days,verification,link');
    expect(lines[5]).toBe('p2,T p2,SEV-1,AI-1,"Quote ""this"", please",checkout,2025-03-01,P0,prevent,in-progress,92,110,checked,');
    // The embedded line break stays inside its quoted field: 1 header + 6 records + the final empty string.
    expect(lines[6]).toBe('p2,T p2,SEV-1,AI-2,Do AI-2,sre,2025-09-01,P1,prevent,open,0,110,"line one\nline two",');
    expect(lines).toHaveLength(8);
    expect(lines[2]).toBe('p1,T p1,SEV-2,AI-2,Do AI-2,sre,2025-01-15,P1,prevent,done,0,,checked,');
  });
});

describe('selectListedFollowUps', () => {
  test('lists every open item whatever its age, and closed items due within the window only', () => {
    // As of 2026-01-10: p1/AI-2 (done, due 2025-01-15) is 360 days past due, p1/AI-3 (won't do, due 2025-01-01) 374.
    const { listed, unlisted } = selectListedFollowUps(items, '2026-01-10');
    expect(listed.map(key)).toEqual(['p1/AI-2', 'p0/AI-9', 'p1/AI-1', 'p2/AI-1', 'p2/AI-2']);
    expect(unlisted).toBe(1);
  });

  test('a closed item due exactly `days` ago is still listed; a day later it is not', () => {
    expect(selectListedFollowUps(items, '2025-01-31', 30).listed.map(key)).toContain('p1/AI-3');
    expect(selectListedFollowUps(items, '2025-02-01', 30).listed.map(key)).not.toContain('p1/AI-3');
  });

  test('open items are never left out, however old', () => {
    const { listed } = selectListedFollowUps(items, '2030-01-01');
    expect(listed.every((i) => isOpen(i))).toBe(true);
    expect(listed.length).toBe(items.filter((i) => isOpen(i)).length);
  });
});

describe('a service page lists its first ten open follow-ups and links the rest', () => {
  test('ten shown in the order given, the rest counted for the link, none lost', () => {
    const items = Array.from({ length: 25 }, (_, i) => `item-${i}`);
    const { shown, rest } = splitShownFollowUps(items);
    expect(serviceFollowUpsShown).toBe(10);
    expect(shown).toEqual(items.slice(0, 10));
    expect(rest).toEqual(items.slice(10));
    expect(splitShownFollowUps(items.slice(0, 4))).toEqual({ shown: items.slice(0, 4), rest: [] });
  });

  test("a service's open follow-ups: open items of its postmortems only, in the order given", () => {
    const items = [
      { postmortemId: 'a', status: 'open', id: 'AI-1' },
      { postmortemId: 'b', status: 'open', id: 'AI-1' },
      { postmortemId: 'a', status: 'done', id: 'AI-2' },
      { postmortemId: 'a', status: 'in-progress', id: 'AI-3' },
      { postmortemId: 'c', status: 'wont-do', id: 'AI-1' },
    ] as const;
    expect(openFollowUpsOf(items, new Set(['a', 'c'])).map((i) => `${i.postmortemId}/${i.id}`)).toEqual(['a/AI-1', 'a/AI-3']);
    expect(serviceFollowUpsUrl('checkout-api')).toBe('/services/checkout-api/follow-ups/');
  });
});

describe('age buckets have lengths a chart can state', () => {
  test('30, 60, 90 and 185 days, then open-ended; a label of no bucket has none', () => {
    expect(['< 30 d', '30–90 d', '90–180 d', '180–365 d', '≥ 1 year'].map(ageBucketLength)).toEqual([30, 60, 90, 185, Infinity]);
    expect(ageBucketLength('next week')).toBeUndefined();
  });
});
