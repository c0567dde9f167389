import { describe, expect, test } from 'vitest';
import { spellingVariantsOf } from '../../src/lib/spelling-variants.ts';
import { alternativesOf } from '../../src/lib/search-alternatives.ts';

describe('spellingVariantsOf (round 16)', () => {
  test.each([
    ['behaviour', 'behavior'],
    ['behavior', 'behaviour'],
    ['colours', 'colors'],
    ['fibre', 'fiber'],
    ['fiber', 'fibre'],
    ['centre', 'center'],
    ['virtualisation', 'virtualization'],
    ['optimized', 'optimised'],
    ['analyse', 'analyze'],
    ['cancelled', 'canceled'],
    ['canceling', 'cancelling'],
    ['licence', 'license'],
    ['catalogue', 'catalog'],
    ['dialog', 'dialogue'],
    ['grey', 'gray'],
  ])('%s is also spelt %s', (word, other) => {
    expect(spellingVariantsOf(word)).toContain(other);
  });

  test('never the word itself; nothing for short words, numbers or identifiers', () => {
    for (const word of ['behaviour', 'fiber', 'cancelled', 'server']) expect(spellingVariantsOf(word)).not.toContain(word);
    expect(spellingVariantsOf('door')).toEqual([]);
    expect(spellingVariantsOf('x509')).toEqual([]);
    expect(spellingVariantsOf('max_connections')).toEqual([]);
    // "floor" is no British "flour": an "o" before "or" keeps it.
    expect(spellingVariantsOf('floor')).toEqual([]);
    // Words that no rule reads change not at all.
    expect(spellingVariantsOf('kubernetes')).toEqual([]);
  });
});

describe('alternativesOf: what the search page searches for a word no postmortem holds', () => {
  test('the other spelling, the translations and (round 25) the same entry\'s other words, once each', () => {
    expect(alternativesOf('fibre')).toContain('fiber');
    expect(alternativesOf('Stromausfall')).toEqual(['power', 'outage', 'apagón', 'stroomstoring', 'stroomuitval', 'strömavbrott', 'elavbrott']);
    expect(alternativesOf('kubernetes')).toEqual([]);
  });
});
