import { expect, test } from 'vitest';
import { isConstantExpression } from '../../src/lib/mdx-expression.ts';
import { MarkdownSyntaxError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { join } from 'node:path';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

test.each(['6 * 7', ' (1 + 2) / 3 ', "'{'", '"a" + "b"', '`plain`', '1.5e0'.replace('e0', ''), '/* a note */ 42', '{ color: "red", fontSize: 12 }'])('a constant expression: {%s}', (value) => {
  expect(isConstantExpression(value)).toBe(true);
});

test.each(['process.env.HOME', 'new Date().getFullYear()', '(() => { while (true) {} })()', 'x', "'a' + b", '`${process.env.TOKEN}`', '6 * 7 // a comment', 'import("fs")', "'\\u0041'", '{ color: process.env.HOME }', '{ [key]: 1 }'])('code: {%s}', (value) => {
  expect(isConstantExpression(value)).toBe(false);
});

const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const post = (body: string) => publicProbePost({ body });

test('npm run check and the build refuse an expression that runs code, at its line', () => {
  const source = post('Built on {process.env.HOME} today.\n\nChecked {6 * 7} times.\n');
  const bodyLine = source.split('\n').findIndex((line) => line.includes('process.env')) + 1;
  const result = validatePostmortemSource('post.mdx', 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
  expect(result.findings.filter((f) => f.rule === 'mdx/code-expression').map((f) => f.line)).toEqual([bodyLine]);
  expect(() => toFastMarkdown(source, { variant: 'internal', isMdx: true, file: 'post.mdx' })).toThrow(MarkdownSyntaxError);
  try {
    toFastMarkdown(source, { variant: 'internal', isMdx: true, file: 'post.mdx' });
  } catch (error) {
    expect((error as MarkdownSyntaxError).line).toBe(bodyLine);
    expect((error as MarkdownSyntaxError).reason).toMatch(/runs code when the site is built/);
  }
  const attribute = post('<abbr title={process.env.HOME}>home</abbr> was shown.\n');
  expect(validatePostmortemSource('post.mdx', 'post', attribute, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' }).findings.map((f) => f.rule)).toContain('mdx/code-expression');
  expect(() => toFastMarkdown(attribute, { variant: 'internal', isMdx: true, file: 'post.mdx' })).toThrow(/runs code/);
  expect(toFastMarkdown(post('Checked {6 * 7} times.\n'), { variant: 'internal', isMdx: true, file: 'post.mdx' })).toMatchObject({ needsMdx: expect.stringMatching(/expression/) });
});
