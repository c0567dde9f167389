import { expect, test } from 'vitest';
import { expectedIdProblem, plainBm25Search, plainTfIdfSearch, reciprocalRank } from '../../src/lib/search-evaluation.ts';

const published = new Set(['2023-01-24-login-bcrypt-cost-cpu', '2024-03-05-search-heap-oom']);
const all = new Set([...published, '2026-11-20-api-gateway-rate-limit-misfire']);

test('queries whose expected ids are published postmortems, or that expect none, can be scored', () => {
  expect(expectedIdProblem([
    { query: 'sign-in cpu', expect: ['2023-01-24-login-bcrypt-cost-cpu'] },
    { query: 'nothing matches this', expect: [] },
    { query: 'no expect key' },
  ], published, all)).toBeUndefined();
});

test('an expected id with a typo is named with its query and the closest published id', () => {
  expect(expectedIdProblem([
    { query: 'fine', expect: ['2024-03-05-search-heap-oom'] },
    { query: 'sign-in cpu', expect: ['2024-03-05-search-heap-oom', '2023-01-24-login-bcrypt-cost-cpux'] },
  ], published, all)).toBe('query 2 ("sign-in cpu") expects "2023-01-24-login-bcrypt-cost-cpux", which is no postmortem, so it could never be found. Did you mean "2023-01-24-login-bcrypt-cost-cpu"? Fix the id, or give --content the folder it is in.');
});

test('an expected draft is said to be unpublished, not missing', () => {
  expect(expectedIdProblem([{ query: 'gateway 429', expect: ['2026-11-20-api-gateway-rate-limit-misfire'] }], published, all))
    .toMatch(/^query 1 \("gateway 429"\) expects "2026-11-20-api-gateway-rate-limit-misfire", which is a postmortem that is not published \(the search index holds published ones only\)/);
});

test('reciprocal rank is one over the place of the first expected id, 0 when none is listed', () => {
  expect(reciprocalRank(['a', 'b', 'c'], new Set(['c', 'b']))).toBe(0.5);
  expect(reciprocalRank(['a', 'b'], new Set(['a']))).toBe(1);
  expect(reciprocalRank(['a', 'b'], new Set(['z']))).toBe(0);
});

test('plain TF-IDF search ranks a rare shared word above an everyday one and leaves out pages holding no query word', () => {
  const search = plainTfIdfSearch([
    { id: 'disk', text: 'The disk filled up and the service stopped. The service was restarted.' },
    { id: 'cert', text: 'The certificate expired; the service stopped.' },
    { id: 'other', text: 'A calm week.' },
  ]);
  expect(search('certificate service')).toEqual(['cert', 'disk']);
  // No stemming and no synonyms: "certificates" and "cert" are other words.
  expect(search('certificates')).toEqual([]);
  expect(search('Disk')).toEqual(['disk']);
});

test('plain BM25 ranks the documents holding query words, a word repeated in a long text counting less than once in a short one', () => {
  const search = plainBm25Search([
    { id: 'long', text: 'The disk filled up. The disk was cleaned, the disk alerts were tuned, and the team wrote a long review of everything else that happened that week.' },
    { id: 'short', text: 'Disk full.' },
    { id: 'other', text: 'A calm week.' },
  ]);
  expect(search('disk')).toEqual(['short', 'long']);
  // A rare word weighs more than a common one: "calm" (one document) above "week" (two).
  expect(search('calm week')[0]).toBe('other');
  expect(search('certificates')).toEqual([]);
});
