import { describe, expect, test } from 'vitest';
import { minCorrectedLength, minSwapCorrectedLength, spellingCorrectionOf } from '../../src/lib/spelling-correction.ts';
import { knownWords } from '../../src/lib/spelling-suggestion.ts';
import { searchAlternativesKnowing } from '../../src/lib/search-alternatives.ts';
import { matchedOnlyShorterWord, searchForgiving } from '../../src/lib/forgiving-search.ts';
import { SearchWordCounts } from '../../src/lib/search-words.ts';
import { inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Round 50 of docs/findability.md: "job schedulers pasued" (round 48) counted "pasued" as held by
// the pages holding the French "pas" (a typo sharing three letters), and a six-letter word got no
// spelling, so "paused" was never searched. A page word that is only the first half of the query
// word, or less, no longer holds it, and two neighbouring letters swapped are corrected from five
// letters on. The notices and words below are invented.

// Most frequent first, as the index's word list.
const known = knownWords(['paused', 'schema', 'trial', 'trail', 'stuff', 'kinds', 'maintenance', 'form']);

describe('round 50: two neighbouring letters swapped', () => {
  test.each([
    ['a six-letter word', 'pasued', ['paused']],
    ['a swap inside the word', 'shcema', ['schema']],
    ['in capitals at the start, as typed at a sentence start', 'Pasued', ['paused']],
    ['a long word keeps the one-edit rule', 'maintanance', ['maintenance']],
  ])('%s: %s', (_, typed, expected) => {
    expect(spellingCorrectionOf(typed, known)).toEqual(expected);
  });

  test.each([
    ['a word of the reports', 'trail'],
    ['a four-letter swap (too many words are one swap from it)', 'from'],
    ['a short word one letter off, not swapped', 'staff'],
    ['the first letter swapped (a slip rarely hits it)', 'apused'],
    ['an identifier', 'paUSed'],
  ])('%s: %s gets none', (_, typed) => {
    expect(minSwapCorrectedLength).toBeLessThan(minCorrectedLength);
    expect(spellingCorrectionOf(typed, known)).toEqual([]);
  });
});

describe('round 50: a page word that is only the start of the query word', () => {
  const page = (text: string, matched: string) => {
    const words = text.split(' ');
    return { url: '/postmortems/p/', excerpt: '', meta: {}, raw_content: text, weighted_locations: [{ location: words.indexOf(matched), balanced_score: 1 }] };
  };

  test.each([
    ['half of it', 'pasued', page('le disque ne monte pas', 'pas')],
    ['less than half, a word of its own', 'database', page('the data was lost', 'data')],
  ])('%s does not hold it: %s', (_, word, data) => {
    expect(matchedOnlyShorterWord(word, data)).toBe(true);
  });

  test.each([
    ['more than half, a stem', 'evicted', page('pods were evict by the kubelet', 'evict')],
    ['a typo past the start', 'kubernets', page('the kubernetes upgrade', 'kubernetes')],
    ['a plural', 'pools', page('the pool filled', 'pool')],
    ['its stem, however short', 'getting', page('users get errors', 'get')],
  ])('%s still holds it: %s', (_, word, data) => {
    expect(matchedOnlyShorterWord(word, data)).toBe(false);
  });
});

describe("round 50: in pagefind's own index", () => {
  const notices = [
    { id: 'queues-paused', title: 'Batch queues paused on the west cluster', summary: 'The batch queues were paused because the scratch storage was unstable.', body: 'Jobs already running kept running; new jobs waited until the storage recovered.' },
    { id: 'scratch-unstable', title: 'Scratch storage unstable, batch jobs failing', summary: 'The scratch storage of the west cluster was unstable for an afternoon and batch jobs failed.', body: 'A metadata server was restarted.' },
    ...['ne répond pas', 'ne démarre pas', 'ne monte pas'].map((words, i) => ({
      id: `panne-${i}`,
      title: `Le service ${i} ${words}`,
      summary: `Le service ${i} ${words} après la mise à jour des batch queues.`,
      body: `Le stockage ${words} non plus. Relancé à la main.`,
    })),
  ];
  const engine = inventedNoticesIndex('findability-round50-', notices);
  const counts = new SearchWordCounts();
  for (const { id, title, summary, body } of notices) counts.addDocument(noticeDocument(id, title, summary, body).html);
  const indexWords = knownWords(counts.list());

  test('"batch queues pasued, scratch storage unstable" finds the paused queues first', async () => {
    const found = await searchForgiving(engine(), 'batch queues pasued, scratch storage unstable', searchAlternativesKnowing(indexWords));
    expect(found.missing).toEqual(['pasued']);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/queues-paused/');
  });
});
