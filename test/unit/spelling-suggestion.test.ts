import { describe, expect, test } from 'vitest';
import { correctedQuery, editDistanceWithin, knownWords, mayBeMisspelt, querySpellingSuggestions, suggestSpelling, typedWords } from '../../src/lib/spelling-suggestion.ts';
import { SearchWordCounts, formatSearchWords, parseSearchWords } from '../../src/lib/search-words.ts';

describe('editDistanceWithin', () => {
  test.each([
    ['cloudfare', 'cloudflare', 1],
    ['postgress', 'postgres', 1],
    ['kuberentes', 'kubernetes', 1], // two neighbours swapped: one edit
    ['certifcate', 'certificate', 1],
    ['timout', 'timeout', 1],
    ['flaky', 'flaky', 0],
    ['redis', 'regis', 1],
    ['kafka', 'kafak', 1],
    ['abcdef', 'badcfe', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistanceWithin(a, b, 5)).toBe(distance);
    expect(editDistanceWithin(b, a, 5)).toBe(distance);
  });

  test('stops early: anything beyond the bound is the bound plus one', () => {
    expect(editDistanceWithin('database', 'dns', 2)).toBe(3);
    expect(editDistanceWithin('replication', 'reputation', 1)).toBe(2);
  });
});

describe('suggestSpelling', () => {
  const words = ['cloudflare', 'postgres', 'kubernetes', 'certificate', 'timeout', 'timeouts', 'deploy', 'redis', 'regions'];

  test.each([
    ['cloudfare', 'cloudflare'],
    ['Postgress', 'postgres'],
    ['kuberentes', 'kubernetes'],
    ['certifcate', 'certificate'],
    ['timout', 'timeout'],
    ['depoly', 'deploy'],
  ])('%s → %s', (word, suggestion) => expect(suggestSpelling(word, words)).toBe(suggestion));

  test('no suggestion for a word the index holds, a short word, or one too far from every word', () => {
    expect(suggestSpelling('redis', words)).toBeUndefined();
    expect(suggestSpelling('dns', words)).toBeUndefined();
    expect(suggestSpelling('rdis', words)).toBe('redis');
    expect(suggestSpelling('elevator', words)).toBeUndefined();
    expect(suggestSpelling('firmware', words)).toBeUndefined();
  });

  test('up to eight letters allow one edit, nine two; the first letter is never changed', () => {
    expect(suggestSpelling('regoin', ['region'])).toBe('region');
    expect(suggestSpelling('rgeoin', ['region'])).toBeUndefined();
    expect(suggestSpelling('elevator', ['elevated'])).toBeUndefined();
    expect(suggestSpelling('certifcat', ['certificate'])).toBe('certificate');
    expect(suggestSpelling('tredis', ['redis'])).toBeUndefined();
  });

  test('of equally close words the more frequent (earlier) one wins', () => {
    expect(suggestSpelling('timeoutz', ['timeouts', 'timeout'])).toBe('timeouts');
    expect(suggestSpelling('timeoutz', ['timeout', 'timeouts'])).toBe('timeout');
  });
});

describe('querySpellingSuggestions', () => {
  // Words of a knowledge base, most frequent first, as kb-words.txt holds them.
  const known = knownWords(['certificate', 'certificates', 'expired', 'router', 'restart', 'restarted', 'kubernetes', 'timeout', 'db01', 'x509', 'cloudflare', 'elevated']);
  const suggest = (query: string, missing: string[] = []) => Object.fromEntries(querySpellingSuggestions(query, missing, known));

  test('a word pagefind matched through a prefix, not itself a word of the reports, gets the close known word', () => {
    // pagefind finds "certifcate" through "certif…": it is not missing, and still misspelt.
    expect(suggest('expired certifcate')).toEqual({ certifcate: 'certificate' });
    expect(suggest('Kuberentes restart')).toEqual({ kuberentes: 'kubernetes' });
    expect(correctedQuery('expired certifcate', querySpellingSuggestions('expired certifcate', [], known))).toBe('expired certificate');
  });

  test('words of the reports, and other forms of them, get none', () => {
    expect(suggest('expired certificate')).toEqual({});
    // Not in the list, but the same stem as a word of it: pagefind finds them, rightly.
    expect(suggest('routers restarting')).toEqual({});
    expect(suggest('certificates expiring')).toEqual({});
  });

  test('a word pagefind found the start of is not corrected to another ending: that is more often another word', () => {
    const printing = knownWords(['printed', 'print', 'certificate']);
    expect(Object.fromEntries(querySpellingSuggestions('printer certifcate', [], printing))).toEqual({ certifcate: 'certificate' });
    // A word no page holds at all is still offered the closest spelling, whatever differs.
    expect(Object.fromEntries(querySpellingSuggestions('printer', ['printer'], printing))).toEqual({ printer: 'printed' });
  });

  test('a word pagefind found the start of is not corrected in its first three letters: that is another word (round 16)', () => {
    const words = knownWords(['while', 'datacenter', 'certificate']);
    // "whole" found pages through "who…"; "while" is one edit away, same last letter, and not the word typed.
    expect(Object.fromEntries(querySpellingSuggestions('whole datacenter offline', [], words))).toEqual({});
    // The slip after the start is still corrected; a word no page holds still gets the closest spelling.
    expect(Object.fromEntries(querySpellingSuggestions('certifcate', [], words))).toEqual({ certifcate: 'certificate' });
    expect(Object.fromEntries(querySpellingSuggestions('whole', ['whole'], words))).toEqual({ whole: 'while' });
  });

  test('the parts of a pasted identifier, path or address are never corrected, even when missing', () => {
    const java = knownWords(['long', 'java', 'heap', 'space']);
    expect(Object.fromEntries(querySpellingSuggestions('java.lang.OutOfMemoryError: Java heap spase', ['lang', 'spase'], java))).toEqual({ spase: 'space' });
    expect(typedWords('see /var/lib/mysql and max_connections=100 or a@b.org, then timout')).toEqual(['see', 'and', 'or', 'then', 'timout']);
  });

  test('numbers, ids, acronyms and identifiers are never corrected', () => {
    expect(suggest('db02 x508 10.0.0.12 2024')).toEqual({});
    expect(suggest('TIMEOT')).toEqual({});
    expect(suggest('SessionTimeot')).toEqual({});
    expect(suggest('cert_expird')).toEqual({});
    expect(mayBeMisspelt('Timeot')).toBe(true);
    expect(mayBeMisspelt('TLS')).toBe(false);
    expect(mayBeMisspelt('x509')).toBe(false);
  });

  test('a word far from every known word gets none, a short one none', () => {
    expect(suggest('elevator firmware')).toEqual({});
    expect(suggest('cer')).toEqual({});
  });

  test('a missing word is corrected even when it looks like an id: pagefind found nothing for it', () => {
    expect(suggest('TIMEOT', ['timeot'])).toEqual({ timeot: 'timeout' });
  });

  test('when the list was cut at its maximum, only missing words are corrected (a rare word may be left out of it)', () => {
    const cut = knownWords(['certificate', 'kubernetes'], 2);
    expect(cut.truncated).toBe(true);
    expect(Object.fromEntries(querySpellingSuggestions('certifcate kuberentes', ['kuberentes'], cut))).toEqual({ kuberentes: 'kubernetes' });
    expect(knownWords(['certificate'], 2).truncated).toBe(false);
  });
});

describe('correctedQuery', () => {
  test('replaces only the words that have a suggestion, keeping the rest as typed', () => {
    expect(correctedQuery('Cloudfare 502 errors', new Map([['cloudfare', 'cloudflare']]))).toBe('cloudflare 502 errors');
    expect(correctedQuery('redis timout', new Map())).toBeUndefined();
    expect(correctedQuery('redis timeout', new Map([['timout', 'timeout']]))).toBeUndefined();
  });
});

describe('SearchWordCounts', () => {
  test('counts documents per word, leaves out tags, entities, short words and numbers, most documents first', () => {
    const counts = new SearchWordCounts();
    counts.addDocument('<html><body><h1 data-pagefind-weight="10">Cloudflare 502s</h1><p>Cloudflare returned 502 &amp; the origin timed out.</p></body></html>');
    counts.addDocument('<p>The origin &quot;api&quot; timed out behind Cloudflare in 2024.</p>');
    counts.addDocument('<p>Postgres failover.</p>');
    // cloudflare, origin and timed are in two documents; the rest in one, in code-point order.
    expect(counts.list()).toEqual(['cloudflare', 'origin', 'timed', '502s', 'behind', 'failover', 'postgres', 'returned']);
    expect(counts.list()).not.toContain('amp');
    expect(counts.list()).not.toContain('quot');
    expect(counts.list()).not.toContain('2024');
    expect(counts.list(2)).toEqual(['cloudflare', 'origin']);
  });

  test('the file holds one word a line and reads back the same', () => {
    expect(parseSearchWords(formatSearchWords(['cloudflare', 'origin']))).toEqual(['cloudflare', 'origin']);
    expect(formatSearchWords([])).toBe('');
  });
});
