import { describe, expect, test } from 'vitest';
import { reasonWordsAsWritten } from '../../src/lib/reason-words-as-written.ts';

// Session 30 (ui32): "similar wording: gestort, uber" beside German notices. Fixture written anew.
describe('similar-incident reasons in the words as written', () => {
  const text = 'Videodienst: Störung\n\nDer Zugang über das Portal ist gestört. Ausfall des Dienstes.';
  test('a folded word the page writes with an accent takes that spelling; others and other parts are kept', () => {
    expect(reasonWordsAsWritten('same trigger configuration; similar wording: gestort, uber, ausfall', text))
      .toBe('same trigger configuration; similar wording: gestört, über, ausfall');
    expect(reasonWordsAsWritten('similar wording: storung; same words: x', text)).toBe('similar wording: störung; same words: x');
  });
  test('a reason without wording, or a page all in ASCII, is returned as it is', () => {
    expect(reasonWordsAsWritten('same service checkout-api', text)).toBe('same service checkout-api');
    expect(reasonWordsAsWritten('similar wording: gestort', 'plain words only')).toBe('similar wording: gestort');
  });
});

describe('function words of other languages, as the model indexes them (accents folded)', () => {
  test('"fur", "ete" and "uber" (für, été, über) are no reason; a German noun is', async () => {
    const { isForeignFunctionWord } = await import('../../src/lib/reason-words.ts');
    for (const word of ['fur', 'für', 'ete', 'uber', 'über', 'derzeit']) expect(isForeignFunctionWord(word)).toBe(true);
    for (const word of ['ausfall', 'gestort', 'timeout']) expect(isForeignFunctionWord(word)).toBe(false);
  });
});
