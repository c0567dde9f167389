import { expect, test } from 'vitest';
import { resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { toSimilarityDocumentFromBody } from '../../src/lib/similarity-input.ts';

const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const data = example.postmortems.find((p) => p.data)!.data!;
const proseOf = (body: string) => toSimilarityDocumentFromBody('x', data, body).text.split('\n')[0];

test('the body is read without <PublicOnly> blocks, component tags and link targets', () => {
  expect(proseOf('The pool <Internal>was drained by Priya</Internal>.<PublicOnly>A public line.</PublicOnly> See [the runbook](https://example.com/runbook).'))
    .toBe('The pool  was drained by Priya .  See [the runbook].');
  expect(proseOf('a < b and c > d, <3 and [x] (y)')).toBe('a < b and c > d, <3 and [x] (y)');
});

test('a body without tags or links is read as written', () => {
  const body = 'The certificate expired at midnight; renewals had failed for a week.';
  expect(proseOf(body)).toBe(body);
});
