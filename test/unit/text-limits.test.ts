import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findOverlongTexts, summaryMaxLength, titleMaxLength } from '../../src/lib/postmortem-schema.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const good = readFileSync(join(root, 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
const vocabulary = loadVocabulary(join(root, 'test/fixtures/vocabulary'));
const validate = (source: string) => validatePostmortemSource('x.mdx', 'x', source, { vocabulary, knownIds: new Set(['x']), contentDir: 'content', frontmatterOnly: true });
const withTitle = (title: string, status = 'published') =>
  good.replace('title: Checkout errors after a config push', `title: "${title}"`).replace('status: published', `status: ${status}`);

test('the limits: a title of exactly 200 characters passes, 201 does not; emoji count as one character', () => {
  const base = { title: 'x', summary: 'y', actionItems: [] } as unknown as Parameters<typeof findOverlongTexts>[0];
  expect(findOverlongTexts({ ...base, title: 'a'.repeat(titleMaxLength) })).toEqual([]);
  expect(findOverlongTexts({ ...base, title: '😀'.repeat(titleMaxLength) })).toEqual([]);
  expect(findOverlongTexts({ ...base, title: 'a'.repeat(titleMaxLength + 1) })).toMatchObject([{ path: ['title'], length: 201, limit: 200 }]);
  expect(findOverlongTexts({ ...base, summary: 'b'.repeat(summaryMaxLength + 1), public: { title: 'c'.repeat(300), summary: 'ok', include: [] } }))
    .toMatchObject([{ path: ['summary'], length: 2001, limit: 2000 }, { path: ['public', 'title'], length: 300, limit: 200 }]);
});

test('a 200,000-character title of a published postmortem is an error at its line, with the fix, and the file is not built', () => {
  const result = validate(withTitle('x'.repeat(200_000)));
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors).toMatchObject([{ rule: 'schema/too-long', line: 2, field: 'title', message: 'title is 200,000 characters long; at most 200 are allowed.' }]);
  expect(errors[0].fix).toMatch(/^shorten it to what broke and where, in one line/);
  expect(result.entryData).toBeUndefined();
});

test('a draft may hold it while it is written (an imported report\'s first paragraph as summary): a warning, still built in dev', () => {
  const long = 'The queue filled up and every consumer stalled. '.repeat(50);
  const result = validate(good.replace(/^summary: .*$/m, `summary: "${long.trim()}"`).replace('status: published', 'status: draft').replace(/^published: .*\n/m, ''));
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(result.findings.find((f) => f.rule === 'schema/too-long')).toMatchObject({ severity: 'warning', field: 'summary', message: expect.stringMatching(/^summary is 2,399 characters long; at most 2,000/) });
  expect(result.entryData).toBeDefined();
});
