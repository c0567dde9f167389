import { describe, expect, test } from 'vitest';
import { holdsUnheardRun, lettersKeptCorrectionOf, spellingCorrectionOf } from '../../src/lib/spelling-correction.ts';
import { knownWords } from '../../src/lib/spelling-suggestion.ts';
import { searchAlternativesKnowing } from '../../src/lib/search-alternatives.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { SearchWordCounts } from '../../src/lib/search-words.ts';
import { inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';
import { translationsOf } from '../../src/lib/search-translations.ts';

// Round 52 of docs/findability.md: a letter left out of a word under eight letters is corrected
// when what was typed holds a run of three letters no word of the knowledge base holds ("mongdb":
// "ngd"), and counts as the word typed. A letter left out of a short word mostly makes another word
// ("stale" for "stable"), whose runs every knowledge base writes. The notices and words are invented.

// Most frequent first, as the index's word list.
const known = knownWords(['down', 'status', 'total', 'scale', 'stable', 'rate', 'crater', 'create', 'mongodb', 'docker']);

describe('round 52: a letter left out, told by a run of letters no known word holds', () => {
  test.each([
    ['a database name', 'mongdb', ['mongodb']],
    ['in capitals at a sentence start', 'Mongdb', ['mongodb']],
    ['five letters', 'dockr', ['docker']],
  ])('%s: %s', (_, typed, expected) => {
    expect(holdsUnheardRun(typed.toLowerCase(), known)).toBe(true);
    expect(lettersKeptCorrectionOf(typed, known)).toEqual(expected);
    // Below eight letters these are the only corrections searched, and they count in full.
    expect(spellingCorrectionOf(typed, known)).toEqual(expected);
    const options = searchAlternativesKnowing(known);
    expect('sameWordAlternativesOf' in options && options.sameWordAlternativesOf(typed)).toEqual(expected);
  });

  test.each([
    ['every run a known word holds ("stable" one letter away)', 'stale'],
    ['a word of the reports', 'status'],
    ['every run held ("create" one letter away)', 'crate'],
    ['a four-letter word', 'dckr'],
    ['an identifier', 'MongDB'],
  ])('%s: %s gets none', (_, typed) => {
    expect(lettersKeptCorrectionOf(typed, known)).toEqual([]);
  });

  test('the runs are those of the known words: a word holding only known runs is no slip', () => {
    expect(holdsUnheardRun('crate', known)).toBe(false);
    expect(holdsUnheardRun('stale', known)).toBe(false);
    // Without "total" and "scale" nothing writes "tal" or "ale": then "stale" is corrected.
    expect(holdsUnheardRun('stale', knownWords(['stable']))).toBe(true);
    expect(lettersKeptCorrectionOf('stale', knownWords(['stable']))).toEqual(['stable']);
  });
});

describe("round 52: in pagefind's own index", () => {
  const notices = [
    {
      id: 'helpdesk-down',
      title: 'Helpdesk down',
      summary: 'The helpdesk was down for an hour; tickets waited in the mail queue.',
      body: 'The proxy was restarted.',
    },
    {
      id: 'database-restarted',
      title: 'Database restarted',
      summary: 'MongoDB stopped accepting connections and was restarted.',
      body: 'The shop was down meanwhile.',
    },
  ];
  const engine = inventedNoticesIndex('findability-round52-', notices);
  const counts = new SearchWordCounts();
  for (const { id, title, summary, body } of notices) counts.addDocument(noticeDocument(id, title, summary, body).html);
  const indexWords = knownWords(counts.list());

  test('"mongdb down" finds the MongoDB notice first', async () => {
    const found = await searchForgiving(engine(), 'mongdb down', searchAlternativesKnowing(indexWords));
    expect(found.missing).toEqual(['mongdb']);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/database-restarted/');
  });
});

describe('round 52: the names of a security incident in French', () => {
  test('"rançongiciel" and "hameçonnage" are searched as "ransomware" and "phishing"', () => {
    expect(translationsOf('rançongiciel')).toContain('ransomware');
    expect(translationsOf('rancongiciel')).toContain('ransomware');
    expect(translationsOf('hameçonnage')).toContain('phishing');
  });
});
