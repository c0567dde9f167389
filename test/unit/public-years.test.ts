import { describe, expect, test } from 'vitest';
import { describePublicHomeSelection, groupPublicPostsByYear, incidentCount, publicHomeIncidentCount } from '../../src/public-site/public-years.ts';
import { selectNewestByYear } from '../../src/lib/browse.ts';

describe('groupPublicPostsByYear', () => {
  test('newest year first, each year keeping the order given', () => {
    const posts = [{ id: 'c', date: '2024-01-02' }, { id: 'a', date: '2025-03-01' }, { id: 'b', date: '2024-05-01' }, { id: 'd', date: '2023-12-31' }];
    const byYear = groupPublicPostsByYear(posts);
    expect([...byYear.keys()]).toEqual(['2025', '2024', '2023']);
    expect(byYear.get('2024')!.map((p) => p.id)).toEqual(['c', 'b']);
    expect(groupPublicPostsByYear([]).size).toBe(0);
  });
});

describe('the public home lists the newest incidents only', () => {
  // 65 posts as GitHub's status history gave them: 2023 with 8, 2022 with 6, then 51 in 2010-2021.
  const posts = [
    ...Array.from({ length: 8 }, (_, i) => ({ id: `2023-${i}`, date: `2023-0${9 - i}-01` })),
    ...Array.from({ length: 6 }, (_, i) => ({ id: `2022-${i}`, date: `2022-0${9 - i}-01` })),
    ...Array.from({ length: 51 }, (_, i) => ({ id: `old-${i}`, date: `${2021 - (i % 12)}-06-01` })),
  ];
  const { listed, linked } = selectNewestByYear(groupPublicPostsByYear(posts), publicHomeIncidentCount);

  test('a few screens of cards, not every post (all 65 were listed, 15,055 px at 375 px)', () => {
    const shown = listed.flatMap((year) => year.shown);
    expect(shown.length).toBe(publicHomeIncidentCount);
    expect(publicHomeIncidentCount).toBeLessThanOrEqual(20);
    // The newest first: all of 2023, then 2022 cut short (its page has the rest), older years linked.
    expect(listed.map(({ year, shown: s, total }) => `${year}:${s.length}/${total}`)).toEqual(['2023:8/8', '2022:4/6']);
    expect(linked).toEqual(['2021', '2020', '2019', '2018', '2017', '2016', '2015', '2014', '2013', '2012', '2011', '2010']);
  });

  test('the page says it shows the most recent only, and nothing when it shows all', () => {
    expect(describePublicHomeSelection(12, 65)).toBe('The 12 most recent of 65 incidents; the others are listed by year.');
    expect(describePublicHomeSelection(5, 5)).toBeUndefined();
  });
});

test('a year of one incident says "1 incident" (the home read "2019 (1 incidents)")', () => {
  expect(incidentCount(1)).toBe('1 incident');
  expect(incidentCount(13)).toBe('13 incidents');
});
