import { describe, expect, test } from 'vitest';
import { lettersKeptCorrectionOf, minDoubledLetterCorrectedLength, spellingCorrectionOf } from '../../src/lib/spelling-correction.ts';
import { knownWords } from '../../src/lib/spelling-suggestion.ts';
import { searchAlternativesKnowing } from '../../src/lib/search-alternatives.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { SearchWordCounts } from '../../src/lib/search-words.ts';
import { inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Round 51 of docs/findability.md: a spelling correction that keeps the typed letters (two
// neighbouring letters swapped, round 50, or a doubled letter typed once, new) is the word typed,
// so a page holding it counts at the word's full score, not at the half score of a translation or
// another correction. The notices and words below are invented.

// Most frequent first, as the index's word list.
const known = knownWords(['paused', 'webhooks', 'zammad', 'mongodb', 'trail', 'trial', 'kinds', 'maintenance', 'committed']);

describe('round 51: corrections that keep the typed letters', () => {
  test.each([
    ['a doubled letter typed once', 'webhoks', ['webhooks']],
    ['a doubled letter typed once, five letters', 'zamad', ['zammad']],
    ['two neighbouring letters swapped (round 50)', 'pasued', ['paused']],
    ['in capitals at a sentence start', 'Webhoks', ['webhooks']],
  ])('%s: %s', (_, typed, expected) => {
    expect(lettersKeptCorrectionOf(typed, known)).toEqual(expected);
    // Below eight letters these are the only corrections searched.
    expect(spellingCorrectionOf(typed, known)).toEqual(expected);
  });

  test.each([
    ['a word of the reports', 'trail'],
    ['a four-letter word', 'kind'],
    ['an identifier', 'WebHoks'],
  ])('%s: %s gets none', (_, typed) => {
    expect(minDoubledLetterCorrectedLength).toBe(5);
    expect(lettersKeptCorrectionOf(typed, known)).toEqual([]);
  });

  test('a long word one edit off is corrected, but not as the same word', () => {
    expect(spellingCorrectionOf('maintanance', known)).toEqual(['maintenance']);
    expect(lettersKeptCorrectionOf('maintanance', known)).toEqual([]);
  });

  test('the search options count only those in full', () => {
    const options = searchAlternativesKnowing(known);
    expect(options.alternativesOf('webhoks')).toContain('webhooks');
    expect('sameWordAlternativesOf' in options && options.sameWordAlternativesOf('webhoks')).toEqual(['webhooks']);
    expect('sameWordAlternativesOf' in options && options.sameWordAlternativesOf('maintanance')).toEqual([]);
  });
});

describe("round 51: in pagefind's own index", () => {
  const notices = [
    {
      id: 'billing-paused',
      title: 'Invoices paused',
      summary: 'Billing was paused for an hour; invoices were sent the next morning.',
      body: 'The ledger was rebuilt.',
    },
    {
      id: 'billing-queue',
      title: 'Queue stuck',
      summary: 'The billing consumer stopped for an hour; invoices were sent the next morning.',
      body: 'The consumer was restarted. Nothing was lost.',
    },
    {
      id: 'mail-relay',
      title: 'Mail relay slow',
      summary: 'Outgoing mail waited in the relay for an hour.',
      body: 'The relay disk was full.',
    },
  ];
  const engine = inventedNoticesIndex('findability-round51-', notices);
  const counts = new SearchWordCounts();
  for (const { id, title, summary, body } of notices) counts.addDocument(noticeDocument(id, title, summary, body).html);
  const indexWords = knownWords(counts.list());
  const query = 'billing queue pasued';

  test(`"${query}" finds the paused billing first: "pasued" counts as "paused" in full`, async () => {
    const found = await searchForgiving(engine(), query, searchAlternativesKnowing(indexWords));
    expect(found.missing).toEqual(['pasued']);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/billing-paused/');
  });

  test('at the half score of another correction the queue notice would come first', async () => {
    const { sameWordAlternativesOf: _, ...halfScore } = searchAlternativesKnowing(indexWords) as ReturnType<typeof searchAlternativesKnowing> & { sameWordAlternativesOf?: unknown };
    const found = await searchForgiving(engine(), query, halfScore);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/billing-queue/');
  });
});
