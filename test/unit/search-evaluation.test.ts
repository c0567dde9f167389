import { expect, test } from 'vitest';
import { expectedIdProblem } from '../../src/lib/search-evaluation.ts';

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
