import { describe, expect, test } from 'vitest';
import { groupPublicPostsByYear } from '../../src/public-site/public-years.ts';

describe('groupPublicPostsByYear', () => {
  test('newest year first, each year keeping the order given', () => {
    const posts = [{ id: 'c', date: '2024-01-02' }, { id: 'a', date: '2025-03-01' }, { id: 'b', date: '2024-05-01' }, { id: 'd', date: '2023-12-31' }];
    const byYear = groupPublicPostsByYear(posts);
    expect([...byYear.keys()]).toEqual(['2025', '2024', '2023']);
    expect(byYear.get('2024')!.map((p) => p.id)).toEqual(['c', 'b']);
    expect(groupPublicPostsByYear([]).size).toBe(0);
  });
});
