import { describe, expect, test } from 'vitest';
import { splitListedYears } from '../../src/lib/browse.ts';

/** Years newest first, as groupByYear returns them. */
const years = (counts: [string, number][]) => new Map(counts.map(([year, n]) => [year, Array.from({ length: n }, (_, i) => i)]));

describe('splitListedYears (/postmortems/)', () => {
  test('a small knowledge base shows every year in full', () => {
    const byYear = years([['2026', 10], ['2025', 14], ['2024', 14], ['2023', 12]]);
    expect(splitListedYears(byYear)).toEqual({ listed: ['2026', '2025', '2024', '2023'], linked: [] });
  });

  test('newest years in full while they fit, older ones as links, never skipping a year', () => {
    const byYear = years([['2026', 120], ['2025', 70], ['2024', 30], ['2023', 5]]);
    // 120 + 70 = 190 fits in 200; 2024 would make 220, so it and every older year become links.
    expect(splitListedYears(byYear, 200)).toEqual({ listed: ['2026', '2025'], linked: ['2024', '2023'] });
  });

  test('the newest year is always shown, even when it alone is larger than the limit', () => {
    expect(splitListedYears(years([['2026', 500], ['2025', 3]]), 200)).toEqual({ listed: ['2026'], linked: ['2025'] });
  });
});
