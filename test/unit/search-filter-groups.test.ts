import { describe, expect, test } from 'vitest';
import { canNarrow, narrowingFilterGroups } from '../../src/lib/search-filter-groups.ts';

const groups = [['severity', 'Severity'], ['tag', 'Tag'], ['year', 'Year'], ['near-miss', 'Near-miss']] as const;

describe('filter groups offered on the search page', () => {
  test('a group whose one value every page carries is left out; the others keep their order', () => {
    const available = { severity: { 'SEV-2': 300, 'SEV-3': 193 }, tag: { dns: 12 }, year: { '2022': 493 }, 'near-miss': { no: 493 } };
    expect(narrowingFilterGroups(groups, available, 493)).toEqual([['severity', 'Severity'], ['tag', 'Tag']]);
  });
  test('one value on some pages only still narrows (a tag few postmortems carry)', () => {
    expect(canNarrow({ dns: 12 }, 493)).toBe(true);
    expect(canNarrow({ no: 493 }, 493)).toBe(false);
  });
  test('two values always narrow; no values or no group never', () => {
    expect(canNarrow({ no: 490, yes: 3 }, 493)).toBe(true);
    expect(canNarrow({}, 493)).toBe(false);
    expect(canNarrow(undefined, 493)).toBe(false);
  });
});
