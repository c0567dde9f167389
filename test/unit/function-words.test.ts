import { describe, expect, test } from 'vitest';
import { countFunctionWords, functionWordIndex } from '../../src/lib/function-words.ts';

describe('function words counted by language (shared by the import and the redaction guard)', () => {
  const index = functionWordIndex([
    ['en', ['the', 'and', 'of']],
    ['de', ['der', 'und', 'die']],
    ['nl', ['de', 'het', 'en']],
    ['da', ['og', 'det', 'de']],
  ] as const);

  test('a word listed for two languages counts for both, in the order of the lists', () => {
    expect(index.get('de')).toEqual(['nl', 'da']);
    expect(index.get('the')).toEqual(['en']);
    expect(index.get('pool')).toBeUndefined();
  });

  test('each language counts its words; words no list has count for none', () => {
    const counts = countFunctionWords('der pool und die de replica'.split(' '), index);
    expect(Object.fromEntries(counts)).toEqual({ de: 3, nl: 1, da: 1 });
  });

  test('languages enter the counts in the order the text meets them', () => {
    expect([...countFunctionWords(['og', 'the', 'der'], index).keys()]).toEqual(['da', 'en', 'de']);
    expect([...countFunctionWords(['der', 'og', 'the'], index).keys()]).toEqual(['de', 'da', 'en']);
  });
});
