import { describe, expect, test } from 'vitest';
import { holdsUnheardRun, lettersKeptCorrectionOf, minLeftOutCorrectedLength, minMovedLetterCorrectedLength, spellingCorrectionOf } from '../../src/lib/spelling-correction.ts';
import { knownWords } from '../../src/lib/spelling-suggestion.ts';
import { searchAlternativesKnowing } from '../../src/lib/search-alternatives.ts';
import { matchedOnlyShorterWord, searchForgiving } from '../../src/lib/forgiving-search.ts';
import { SearchWordCounts } from '../../src/lib/search-words.ts';
import { inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Round 53 of docs/findability.md: "databse timeout" listed a search cluster's notice holding
// "data nodes" first, because a page word "data" (a start of the typed word) or "datanode" (four
// letters shared, then another word) counted as holding "databse", so the typo was never corrected.
// Such words no longer count, and a letter left out of a word of six or seven letters is corrected
// to the known word it leaves out. The notices and words are invented.

const page = (text: string, matched: string) => {
  const words = text.split(' ');
  return { url: '/postmortems/p/', excerpt: '', meta: {}, raw_content: text, weighted_locations: [{ location: words.indexOf(matched), balanced_score: 1 }] };
};

describe('round 53: page words that are not the typed word', () => {
  test.each([
    ['a start three letters short', 'databse', page('the data nodes filled up', 'data')],
    ['a word parting from it after four letters, with another stem', 'databse', page('one datanode was lost', 'datanode')],
    ['a start three letters short, of a longer word', 'replication', page('the replica was rebuilt', 'replica')],
  ])('%s does not hold it: %s', (_, word, data) => {
    expect(matchedOnlyShorterWord(word, data)).toBe(true);
  });

  test.each([
    ['a plural two letters longer', 'databases', page('the database was restarted', 'database')],
    ['its stem, three letters short', 'deployment', page('every deploy failed', 'deploy')],
    ['another form of the same stem', 'deployment', page('while deploying the release', 'deploying')],
    ['a typo parting two letters before the end', 'kubernets', page('the kubernetes upgrade', 'kubernetes')],
    ['a stem shared after parting', 'evicted', page('pods saw evictions', 'evictions')],
  ])('%s still holds it: %s', (_, word, data) => {
    expect(matchedOnlyShorterWord(word, data)).toBe(false);
  });
});

// Most frequent first, as the index's word list.
// "absolute", "alimony", "catwalk" and "amount" write the runs "abs", "imo", "atw" and "mou", as a knowledge base's
// words do: the typos below hold no run the words do not write, so round 52's rule leaves them.
const known = knownWords(['data', 'database', 'timeout', 'observe', 'stable', 'total', 'scale', 'deployed', 'gateway', 'datanode', 'absolute', 'alimony', 'catwalk', 'amount']);

describe('round 53: a letter left out of a word of six or seven letters', () => {
  test.each([
    ['the lead\'s query', 'databse', ['database']],
    ['in capitals', 'Databse', ['database']],
    ['six letters', 'timout', ['timeout']],
    ['the last letter', 'deploye', ['deployed']],
    ['a letter in the middle', 'gatway', ['gateway']],
  ])('%s: %s', (_, typed, expected) => {
    expect(typed.length).toBeGreaterThanOrEqual(minLeftOutCorrectedLength);
    expect(holdsUnheardRun(typed.toLowerCase(), known)).toBe(false);
    expect(lettersKeptCorrectionOf(typed, known)).toEqual(expected);
    expect(spellingCorrectionOf(typed, known)).toEqual(expected);
    // Every typed letter kept: a page holding it counts at the word's full score.
    const options = searchAlternativesKnowing(known);
    expect('sameWordAlternativesOf' in options && options.sameWordAlternativesOf(typed)).toEqual(expected);
  });

  test.each([
    ['five letters, every run written ("stable" one letter away)', 'stale'],
    ['a word of the reports', 'observe'],
    ['the first letter left out', 'atabase'],
    ['two letters left out', 'datbse'],
  ])('%s: %s gets none', (_, typed) => {
    expect(lettersKeptCorrectionOf(typed, known)).toEqual([]);
  });
});

describe('round 53: a letter typed two places off in a long word', () => {
  const long = knownWords(['ransomware', 'encrypted', 'maintenance', 'ransom']);

  test.each([
    ['the "e" typed early', 'ransomwear', ['ransomware']],
    ['a letter typed late', 'maintneance', ['maintenance']],
  ])('%s: %s', (_, typed, expected) => {
    expect(typed.length).toBeGreaterThanOrEqual(minMovedLetterCorrectedLength);
    expect(lettersKeptCorrectionOf(typed, long)).toEqual(expected);
    // Two edits by the one-edit rule of long words, searched all the same, and counted in full.
    expect(spellingCorrectionOf(typed, long)).toEqual(expected);
  });

  test.each([
    ['a short word', 'ranoms'],
    ['a letter three places off', 'ransomewar'],
    ['other letters', 'ransomwhere'],
  ])('%s: %s gets none', (_, typed) => {
    expect(lettersKeptCorrectionOf(typed, long)).toEqual([]);
  });
});

describe("round 53: in pagefind's own index", () => {
  const notices = [
    {
      id: 'search-data-nodes',
      title: 'Product search failing as search cluster data nodes ran out of heap',
      summary: 'Two data nodes of the search cluster ran out of memory; queries timed out.',
      body: 'One datanode was replaced. Request timeout errors stopped after the restart.',
    },
    {
      id: 'orders-database-timeout',
      title: 'Orders slow: database connection pool exhausted',
      summary: 'The orders database refused new connections and checkout requests hit their timeout.',
      body: 'The pool limit was raised.',
    },
  ];
  const engine = inventedNoticesIndex('findability-round53-', notices);
  const counts = new SearchWordCounts();
  for (const { id, title, summary, body } of notices) counts.addDocument(noticeDocument(id, title, summary, body).html);
  const indexWords = knownWords(counts.list());

  test('"databse timeout" counts "databse" as missing and finds the database notice first', async () => {
    const found = await searchForgiving(engine(), 'databse timeout', searchAlternativesKnowing(indexWords));
    expect(found.missing).toEqual(['databse']);
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/orders-database-timeout/');
  });

  test('"database timeout" finds it first too', async () => {
    const found = await searchForgiving(engine(), 'database timeout', searchAlternativesKnowing(indexWords));
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/orders-database-timeout/');
  });
});
