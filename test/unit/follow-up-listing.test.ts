import { describe, expect, test } from 'vitest';
import { followUpFilterNav, followUpFilters, followUpListUrl } from '../../src/lib/follow-up-listing.ts';
import { notRecordedGroup, type FollowUp } from '../../src/lib/follow-ups.ts';

const item = (id: string, over: Partial<FollowUp>): FollowUp => ({
  id, title: `Item ${id}`, owner: 'sre', due: '2026-01-01', priority: 'P2', type: 'prevent', status: 'open',
  postmortemId: 'pm', postmortemTitle: 'PM', severity: 'SEV-2', raised: '2025-12-01', ...over,
} as FollowUp);

const listed = [
  item('a', { status: 'open', due: '2026-01-10', owner: 'sre', priority: 'P1' }),
  item('b', { status: 'in-progress', due: '2026-03-01', owner: 'payments', type: 'detect' }),
  item('c', { status: 'done', due: '2025-12-01', owner: 'sre' }),
  item('d', { status: 'open', due: '2026-06-01', owner: 'checkout', priority: 'P1' }),
];
const asOf = '2026-02-01';
const ids = (dimension: string, value: string) =>
  followUpFilters(listed, asOf).find((f) => f.dimension === dimension && f.value === value)!.items.map((i) => i.id);

describe('followUpFilters', () => {
  test('each value keeps exactly its items, in the listed order', () => {
    expect(ids('status', 'open')).toEqual(['a', 'd']);
    expect(ids('owner', 'sre')).toEqual(['a', 'c']);
    expect(ids('priority', 'P1')).toEqual(['a', 'd']);
    expect(ids('type', 'detect')).toEqual(['b']);
  });

  test('overdue means open or in progress and past its due day as of the given day, not a status', () => {
    expect(ids('status', 'overdue')).toEqual(['a']);
    expect(followUpFilters(listed, '2026-03-02').find((f) => f.value === 'overdue')!.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  test('fixed values always have a filter (stable URLs); owners only when they have listed items', () => {
    const filters = followUpFilters(listed, asOf);
    expect(filters.filter((f) => f.dimension === 'status').map((f) => f.value)).toEqual(['open', 'in-progress', 'done', 'wont-do', 'overdue']);
    expect(ids('status', 'wont-do')).toEqual([]);
    expect(filters.filter((f) => f.dimension === 'owner').map((f) => f.value)).toEqual(['checkout', 'payments', 'sre']);
  });

  test('every listed item is in exactly one status filter besides overdue', () => {
    const statuses = followUpFilters(listed, asOf).filter((f) => f.dimension === 'status' && f.value !== 'overdue');
    expect(statuses.flatMap((f) => f.items.map((i) => i.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

test('followUpListUrl', () => {
  expect(followUpListUrl()).toBe('/follow-ups/');
  expect(followUpListUrl({ dimension: 'owner', value: 'sre' })).toBe('/follow-ups/owner/sre/');
});

describe('followUpFilterNav', () => {
  const filters = followUpFilters(listed, asOf);
  const nav = followUpFilterNav(filters, listed.length, undefined, (id) => `Team ${id}`);
  const entry = (dimension: string, label: string) => nav.find((group) => group.dimension === dimension)!.entries.find((e) => e.label === label)!;

  test('a value that keeps no item is shown with its 0, not as a link to an empty page', () => {
    // The imported build's tracker linked "in-progress (0)", "wont-do (0)", "prevent (0)" and
    // "communicate (0)" to pages that said nothing was listed.
    expect(entry('status', 'wont-do')).toEqual({ label: 'wont-do', count: 0, current: false });
    expect(entry('type', 'communicate').href).toBeUndefined();
    expect(entry('status', 'open')).toEqual({ label: 'open', count: 2, href: '/follow-ups/status/open/', current: false });
    expect(entry('owner', 'Team payments').href).toBe('/follow-ups/owner/payments/');
  });

  test('each group opens with "all", the current page marked, and a value reached by its URL stays marked even when empty', () => {
    const groups = followUpFilterNav(filters, listed.length, { dimension: 'status', value: 'wont-do' }, (id) => id);
    expect(groups.map((group) => group.entries[0])).toEqual(groups.map(() => ({ label: 'all', count: 4, href: '/follow-ups/', current: false })));
    expect(groups[0].entries.find((e) => e.current)).toEqual({ label: 'wont-do', count: 0, current: true });
    expect(nav[0].entries[0].current).toBe(true);
    expect(nav.map((group) => group.label)).toEqual(['Status', 'Owner team', 'Priority', 'Type']);
  });

  test('a group no listed item records a value for is left out, unless it holds the filter in force (session 27)', () => {
    // Imported historical records: no priority, no type, one owner.
    const historical = [item('h1', { priority: undefined, type: undefined }), item('h2', { priority: undefined, type: undefined, owner: undefined })];
    const historicalFilters = followUpFilters(historical, asOf);
    expect(followUpFilterNav(historicalFilters, 2, undefined, (id) => id).map((group) => group.label)).toEqual(['Status', 'Owner team']);
    // Reached by its URL, the group names where the reader is.
    const onPage = followUpFilterNav(historicalFilters, 2, { dimension: 'priority', value: notRecordedGroup }, (id) => id);
    expect(onPage.map((group) => group.label)).toEqual(['Status', 'Owner team', 'Priority']);
    // One item recording a priority brings the group back.
    const one = followUpFilters([...historical, item('r', { type: undefined })], asOf);
    expect(followUpFilterNav(one, 3, undefined, (id) => id).map((group) => group.label)).toEqual(['Status', 'Owner team', 'Priority']);
  });
});
