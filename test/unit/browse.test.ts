import { describe, expect, test } from 'vitest';
import { emptySeverityNote, groupBy, groupByYear, groupKeys, incidentYears, selectNewestByYear, severityCounts, type PostmortemRecord } from '../../src/lib/browse.ts';

/** Years newest first, as groupByYear returns them; entries are `year-index`, newest first. */
const years = (counts: [string, number][]) => new Map(counts.map(([year, n]) => [year, Array.from({ length: n }, (_, i) => `${year}-${i}`)]));
const summary = (result: ReturnType<typeof selectNewestByYear<string>>) => ({
  listed: result.listed.map((y) => `${y.year}:${y.shown.length}/${y.total}`),
  linked: result.linked,
});

describe('selectNewestByYear (/postmortems/)', () => {
  test('a small knowledge base shows every year in full', () => {
    const byYear = years([['2026', 10], ['2025', 14], ['2024', 14], ['2023', 12]]);
    expect(summary(selectNewestByYear(byYear))).toEqual({ listed: ['2026:10/10', '2025:14/14', '2024:14/14', '2023:12/12'], linked: [] });
  });

  test('the newest postmortems up to the limit, the year that crosses it cut short, older years as links', () => {
    const byYear = years([['2026', 60], ['2025', 70], ['2024', 30], ['2023', 5]]);
    expect(summary(selectNewestByYear(byYear, 100))).toEqual({ listed: ['2026:60/60', '2025:40/70'], linked: ['2024', '2023'] });
  });

  test('a year larger than the limit shows its newest postmortems, in order', () => {
    const result = selectNewestByYear(years([['2026', 500], ['2025', 3]]), 100);
    expect(summary(result)).toEqual({ listed: ['2026:100/500'], linked: ['2025'] });
    expect(result.listed[0].shown.slice(0, 2)).toEqual(['2026-0', '2026-1']);
  });

  test('never lists more than the limit', () => {
    for (const limit of [1, 7, 100]) {
      const { listed } = selectNewestByYear(years([['2026', 5], ['2025', 50], ['2024', 300]]), limit);
      expect(listed.reduce((n, y) => n + y.shown.length, 0)).toBe(Math.min(limit, 355));
    }
    expect(() => selectNewestByYear(years([['2026', 1]]), 0)).toThrow(/positive integer/);
  });
});

describe('severityCounts (the home page\'s severity row)', () => {
  test('every level in order; only levels with postmortems link to their list', () => {
    const bySeverity = new Map([['SEV-3', [1, 2, 3]], ['SEV-2', [1]]]);
    expect(severityCounts(bySeverity)).toEqual([
      { severity: 'SEV-0', count: 0 },
      { severity: 'SEV-1', count: 0 },
      { severity: 'SEV-2', count: 1, href: '/severity/sev-2/' },
      { severity: 'SEV-3', count: 3, href: '/severity/sev-3/' },
      { severity: 'SEV-4', count: 0 },
    ]);
  });
});

describe('emptySeverityNote (a severity page without postmortems)', () => {
  test('says there are none yet and names the levels that have some, linked, with their counts', () => {
    const counts = severityCounts(new Map([['SEV-3', [1, 2, 3]], ['SEV-2', [1]]]));
    expect(emptySeverityNote('SEV-0', counts)).toEqual({
      sentence: 'No postmortems at SEV-0 yet.',
      inUse: [
        { severity: 'SEV-2', count: 1, href: '/severity/sev-2/' },
        { severity: 'SEV-3', count: 3, href: '/severity/sev-3/' },
      ],
    });
  });

  test('with no postmortems at all, no level is offered', () => {
    expect(emptySeverityNote('SEV-1', severityCounts(new Map())).inUse).toEqual([]);
  });
});

describe('groupKeys and incidentYears (the insights filter row)', () => {
  const record = (id: string, started: string, teams: string[]) => ({ id, data: { times: { started }, teams } }) as unknown as PostmortemRecord;
  const records = [
    record('a', '2024-05-01T10:00:00Z', ['sre', 'payments']),
    record('b', '2026-01-02T10:00:00Z', ['payments', 'payments']),
    record('c', '2019-12-31T23:59:00Z', []),
    record('d', '2024-01-01T00:00:00Z', ['api-gateway', 'Zeta']),
  ];

  test('the keys groupBy groups by, in its order, each once', () => {
    expect(groupKeys(records, (r) => r.data.teams)).toEqual(['Zeta', 'api-gateway', 'payments', 'sre']);
    expect(groupKeys(records, (r) => r.data.teams)).toEqual([...groupBy(records, (r) => r.data.teams).keys()]);
    expect(groupKeys([], (r: PostmortemRecord) => r.data.teams)).toEqual([]);
  });

  test('the years newest first, as groupByYear lists them', () => {
    expect(incidentYears(records)).toEqual(['2026', '2024', '2019']);
    expect(incidentYears(records)).toEqual([...groupByYear(records).keys()]);
  });
});
