import { describe, expect, test } from 'vitest';
import { minCorrectedLength, spellingCorrectionOf } from '../../src/lib/spelling-correction.ts';
import { knownWords } from '../../src/lib/spelling-suggestion.ts';
import { searchAlternatives, searchAlternativesKnowing } from '../../src/lib/search-alternatives.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { SearchWordCounts } from '../../src/lib/search-words.ts';
import { inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Round 43 of docs/findability.md: a long word typed one letter wrong ("maintanance",
// "certficate") matched only a short prefix of the reports' word, so it counted as held by no
// page and the word meant was never searched. It is now searched as an alternative of the typed
// word, like a translation; a short word, or a long one two edits from the nearest, is left alone.
// The notices and words below are invented.

const known = knownWords(['maintenance', 'certificate', 'kinds', 'stuff', 'instance', 'switches', 'postponed', 'retention']);

describe('round 43: the spelling a missing word is also searched in', () => {
  test('a long word one edit from a word of the reports gets that word', () => {
    expect(spellingCorrectionOf('maintanance', known)).toEqual(['maintenance']);
    expect(spellingCorrectionOf('certficate', known)).toEqual(['certificate']);
    expect(spellingCorrectionOf('Retnetion', known)).toEqual(['retention']);
  });

  test('a short word, two edits, a word of the reports or an identifier get none', () => {
    expect(minCorrectedLength).toBeGreaterThan('stale'.length);
    expect(spellingCorrectionOf('kids', known)).toEqual([]);
    expect(spellingCorrectionOf('staff', known)).toEqual([]);
    expect(spellingCorrectionOf('insurance', known)).toEqual([]);
    expect(spellingCorrectionOf('maintenance', known)).toEqual([]);
    expect(spellingCorrectionOf('switches2', known)).toEqual([]);
    expect(spellingCorrectionOf('PostPoned', known)).toEqual([]);
  });

  test('the search options carry it only with a word list', () => {
    expect(searchAlternativesKnowing(undefined)).toBe(searchAlternatives);
    expect(searchAlternativesKnowing(known).alternativesOf('maintanance')).toContain('maintenance');
    // A word's translations stay: "wartung" is searched as "maintenance" with or without the list.
    expect(searchAlternativesKnowing(known).alternativesOf('wartung')).toEqual(searchAlternatives.alternativesOf('wartung'));
  });
});

describe("round 43: in pagefind's own index", () => {
  const notices = [
    { id: 'switch-maintenance', title: 'Core switch maintenance', summary: 'The maintenance of the core switches in hall B moves to next week.', body: 'It was postponed because the vendor could not send an engineer.' },
    { id: 'release-postponed', title: 'Release postponed', summary: 'The quarterly release was postponed by one day.', body: 'A failing migration test held it back.' },
    { id: 'main-gate', title: 'Main gate badge readers offline', summary: 'Badge readers at the main gate rejected every card for an hour.', body: 'A controller was replaced.' },
    { id: 'ledger-certificate', title: 'Ledger certificate expired', summary: 'The ledger API certificate expired on Sunday and clients refused to connect.', body: 'A new certificate was issued by hand.' },
    { id: 'ledger-slow', title: 'Ledger slow', summary: 'The ledger answered in eight seconds during the month-end run.', body: 'An index was added.' },
    { id: 'cert-tool', title: 'Cert tooling upgrade', summary: 'The cert tooling moved to a new version.', body: 'No user saw a change.' },
  ];
  const engine = inventedNoticesIndex('findability-round43-', notices);
  const counts = new SearchWordCounts();
  for (const { id, title, summary, body } of notices) counts.addDocument(noticeDocument(id, title, summary, body).html);
  const indexWords = knownWords(counts.list());
  const first = async (query: string, options: Parameters<typeof searchForgiving>[2]) => {
    const found = await searchForgiving(engine(), query, options);
    return (found.exact[0] ?? found.partial[0])?.data.url.replace(/^\/postmortems\/|\/$/g, '');
  };

  test('a misspelt long word finds the notice that spells it right', async () => {
    // "maintanance" shares only "main" with an indexed word: without its spelling, the one word
    // left ("postponed") puts the notice holding it in its title first.
    expect(await first('maintanance postponed', searchAlternatives)).toBe('release-postponed');
    expect(await first('maintanance postponed', searchAlternativesKnowing(indexWords))).toBe('switch-maintenance');
  });
});
