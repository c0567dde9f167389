import { describe, expect, test } from 'vitest';
import { baseForms, formatSynonyms, nearestWords, parseSynonyms, synonymsHeld, synonymsOf } from '../../src/lib/search-synonyms.ts';

describe('query-side synonyms (round 12, docs/findability.md)', () => {
  test('nearest target words by cosine, above the minimum, nearest first, never the word nor its inflections', () => {
    const targets = [
      ['fire', [1, 0.1, 0]],
      ['fires', [1, 0.12, 0]],
      ['smoke', [0.8, 0.6, 0]],
      ['phone', [0, 0, 1]],
      ['blaze', [1, 0.1, 0.01]],
    ] as const;
    const table = nearestWords([['blaze', [2, 0.2, 0]], ['blazes', [1, 0.1, 0]], ['landline', [0.1, 0, 1]]], targets, { perWord: 2, minCosine: 0.6 });
    expect(table.get('blaze')).toEqual(['fire', 'fires']);
    // "blaze" is the same stem as "blazes": left out, the next nearest come.
    expect(table.get('blazes')).toEqual(['fire', 'fires']);
    expect(table.get('landline')).toEqual(['phone']);
    // A word with nothing close enough has no entry.
    expect(nearestWords([['zebra', [0, 1, 0]]], targets, { minCosine: 0.9 }).has('zebra')).toBe(false);
  });

  test('only the synonyms a knowledge base holds are kept, by stem', () => {
    const table = new Map([['blaze', ['fire', 'smoke']], ['landline', ['telephone']]]);
    expect(synonymsHeld(table, ['fires', 'Building'])).toEqual(new Map([['blaze', ['fire']]]));
    // A synonym among the commonest words of the reports is left out (it would find every page).
    expect(synonymsHeld(table, ['fires', 'smoke'], ['smoking'])).toEqual(new Map([['blaze', ['fire']]]));
    expect(synonymsHeld(table, ['fires', 'smoke'])).toEqual(new Map([['blaze', ['fire', 'smoke']]]));
  });

  test('a typed word finds the table entry of its base form', () => {
    expect(baseForms('batteries')).toContain('battery');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('swamped')).toContain('swamp');
    expect(baseForms('erased')).toContain('erase');
    const table = new Map([['swamp', ['overwhelmed']], ['erase', ['deleted']]]);
    expect(synonymsOf(table, 'Swamped')).toEqual(['overwhelmed']);
    expect(synonymsOf(table, 'erased')).toEqual(['deleted']);
    expect(synonymsOf(table, 'unknown')).toEqual([]);
  });

  test('the file is one line a word, sorted, and reads back the same', () => {
    const table = new Map([['landline', ['phone', 'phones']], ['blaze', ['fire']]]);
    const text = formatSynonyms(table);
    expect(text).toBe('blaze fire\nlandline phone phones\n');
    expect(parseSynonyms(text)).toEqual(new Map([['blaze', ['fire']], ['landline', ['phone', 'phones']]]));
  });
});
