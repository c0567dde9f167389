import { describe, expect, test } from 'vitest';
import { insertRanked } from '../../src/lib/ranked-insert.ts';

describe('insertRanked', () => {
  test('keeps the leading few of a stream as a full sort (value desc, then id) would, ties included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const limit of [1, 3, 8]) {
      const stream = Array.from({ length: 200 }, (_, id) => ({ id, value: Math.floor(random() * 20) / 4 }));
      const values = new Float64Array(limit);
      const ids = new Int32Array(limit);
      let size = 0;
      for (const { id, value } of [...stream].reverse()) size = insertRanked(values, ids, size, limit, value, id);
      const expected = [...stream].sort((a, b) => b.value - a.value || a.id - b.id).slice(0, limit);
      expect(size).toBe(limit);
      expect(Array.from(ids)).toEqual(expected.map((entry) => entry.id));
      expect(Array.from(values)).toEqual(expected.map((entry) => entry.value));
    }
  });

  test('grows until the limit, and a pair below the last one leaves the arrays as they were', () => {
    const values = new Float64Array(2);
    const ids = new Int32Array(2);
    let size = insertRanked(values, ids, 0, 2, 1, 5);
    expect(size).toBe(1);
    size = insertRanked(values, ids, size, 2, 3, 9);
    size = insertRanked(values, ids, size, 2, 1, 7);
    expect([size, Array.from(ids), Array.from(values)]).toEqual([2, [9, 5], [3, 1]]);
    size = insertRanked(values, ids, size, 2, 1, 4);
    expect([size, Array.from(ids)]).toEqual([2, [9, 4]]);
  });
});
