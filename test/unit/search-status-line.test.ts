import { describe, expect, test } from 'vitest';
import { isOneWordQuery, partialStatusLine } from '../../src/lib/forgiving-search.ts';

/**
 * The search page's status line when no page holds every word (session 45): a one-word query that
 * finds pages only through a form of its word ("maintanance": maintenance) was told "No postmortem
 * is mainly about all of your words; these hold most of them".
 */
describe('the status line over pages holding part of a query', () => {
  test('one word: said as one word, with how many pages hold a word like it', () => {
    expect(partialStatusLine('postmortem', 'maintanance', [{}])).toBe('No postmortem holds your word as written; this one holds a word like it.');
    expect(partialStatusLine('incident', '  Stromausfall ', [{}, {}])).toBe('No incident holds your word as written; these hold a word like it.');
  });
  test('several words: most or some of them, as before', () => {
    expect(partialStatusLine('postmortem', 'confirmation emails arrive empty', [{}, {}])).toBe('No postmortem is mainly about all of your words; these hold most of them.');
    expect(partialStatusLine('postmortem', 'db pool exhausted checkout', [{}, { fewerThanHalf: true }])).toBe('No postmortem is mainly about all of your words; these hold some of them.');
  });
  test('a hyphenated or punctuated query is as many words as pagefind reads', () => {
    expect(isOneWordQuery('out-of-memory')).toBe(false);
    expect(isOneWordQuery('"certifcate"')).toBe(true);
  });
  test('a run of Chinese, Japanese or Korean letters may be several words: not said as one', () => {
    expect(isOneWordQuery('证书过期')).toBe(false);
    expect(isOneWordQuery('ログイン障害')).toBe(false);
  });
});
