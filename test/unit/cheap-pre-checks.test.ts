import { describe, expect, test } from 'vitest';
import { findMergeConflict, findSecondFrontmatter } from '../../src/lib/pasted-text.ts';
import { findMissingImages, mayShowImage, readBodyImages } from '../../src/lib/lint/images.ts';
import { withLinksOutAndHostsJoined } from '../../src/lib/similarity-prose.ts';
import { findDeepJsxNesting } from '../../src/lib/jsx-nesting-depth.ts';
import { escapeHtml } from '../../src/lib/html-entities.ts';
import { mayHoldMdxSyntax } from '../../src/lib/fast-markdown.ts';
import { tooDeepYamlOffset } from '../../src/lib/yaml-errors.ts';

// Session 17 (docs/performance.md): checks that read every body first ask whether the text can
// hold what they look for at all, with one scan for a literal. Each test below is a shape the
// cheap scan must not wave through: a pre-check too strict would make these finders miss it.

describe('a second frontmatter is found in every way a file is written', () => {
  const block = '---\ntitle: "Copy"\nseverity: SEV-2\n---\n';
  test.each([
    ['Unix lines', `Text.\n\n${block}More.\n`, { startLine: 3, endLine: 6 }],
    ['Windows lines', `Text.\r\n\r\n${block.replace(/\n/g, '\r\n')}More.\r\n`, { startLine: 3, endLine: 6 }],
    ['spaces after the opening ---', `Text.\n\n--- \t\ntitle: x\n---\n`, { startLine: 3, endLine: 5 }],
    ['a byte-order mark before it', `\uFEFF---\ntitle: x\n---\n`, { startLine: 1, endLine: 3 }],
    ['a key with its value on the next lines', `Text.\n---\ntimes:\n  started: 2025-01-01T00:00:00Z\n---\n`, { startLine: 2, endLine: 5 }],
  ])('%s', (_, body, expected) => {
    expect(findSecondFrontmatter(body)).toEqual(expected);
  });

  test('a table rule, a thematic break before prose and an unknown key are no frontmatter', () => {
    expect(findSecondFrontmatter('| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toBeUndefined();
    expect(findSecondFrontmatter('One.\n\n---\n\nTwo.\n')).toBeUndefined();
    expect(findSecondFrontmatter('---\nowner: x\n---\n')).toBeUndefined();
  });
});

test('a merge conflict is found; seven < inside a line or a text without them is none', () => {
  expect(findMergeConflict('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n')).toEqual({ startLine: 2, endLine: 6 });
  expect(findMergeConflict('a <<<<<<< b\n=======\n>>>>>>> c\n')).toBeUndefined();
  expect(findMergeConflict('Title\n=======\n')).toBeUndefined();
});

describe('images', () => {
  const missing = (body: string) => findMissingImages('p.mdx', readBodyImages(body), 1, () => false).map((finding) => finding.line);

  test.each([
    ['a Markdown image', 'Text.\n\n![graph](./graph.png)\n'],
    ['a reference image', 'Text.\n\n![graph][g]\n\n[g]: ./graph.png\n'],
    ['an <img> in capitals', 'Text.\n\n<IMG SRC="./graph.png">\n'],
    ['an <image>', 'Text.\n\n<image src="./graph.png" />\n'],
    ['a <source srcset>', 'Text.\n\n<picture><source srcset="./graph.png 2x"></picture>\n'],
  ])('%s that is not there is found', (_, body) => {
    expect(mayShowImage(body)).toBe(true);
    expect(missing(body)).toEqual([3]);
  });

  test('a body with links, tags and brackets but no image shows none', () => {
    const body = 'See [the runbook](./runbook.md) and <Internal>notes</Internal> [x] <imgs> !x\n';
    expect(mayShowImage(body)).toBe(false);
    expect(missing(body)).toEqual([]);
  });
});

test('host names are joined whatever their case and endings; a text without an ending is left as it is', () => {
  expect(withLinksOutAndHostsJoined('Errors on STATUS.Example.COM.')).toBe('Errors on STATUS.Example STATUSExample.');
  expect(withLinksOutAndHostsJoined('Mail via x.co.uk.')).toBe('Mail via x x.');
  const plain = 'The disk io. was slow, the .iox file and v1.2.3 too.';
  expect(withLinksOutAndHostsJoined(plain)).toBe(plain);
});

test('nesting deeper than the limit is found whichever brackets make it up', () => {
  // 3 levels: an element, an expression, an array. At the limit of 3 nothing is said; at 2 it is.
  const body = '<Internal>{["a"]}</Internal>\n';
  expect(findDeepJsxNesting(body, 3)).toBeUndefined();
  expect(findDeepJsxNesting(body, 2)).toMatchObject({ depth: 3, line: 1 });
  // Many openers that never nest: counted past the limit, then measured, and nothing is said.
  expect(findDeepJsxNesting('(a) [b] {c} <d/> '.repeat(10), 3)).toBeUndefined();
});

test('escapeHtml escapes each of its four characters and returns other text as it is', () => {
  expect(escapeHtml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
  for (const c of ['&', '<', '>', '"']) expect(escapeHtml(c)).not.toBe(c);
  expect(escapeHtml("plain text, it's fine")).toBe("plain text, it's fine");
});

test('an import or export line is MDX syntax; the words inside a sentence are not', () => {
  expect(mayHoldMdxSyntax('Text.\n  import x from "y"\n')).toBe(true);
  expect(mayHoldMdxSyntax('export const a = 1\n')).toBe(true);
  expect(mayHoldMdxSyntax('We import data and export reports.\nimported: no\n')).toBe(false);
});

// Session 18: the frontmatter's flow-bracket walk runs only when the text holds over 100 brackets.
describe('YAML nested too deep is found whatever the brackets around it', () => {
  test.each([
    ['101 open lists', `tags: ${'['.repeat(101)}x${']'.repeat(101)}\n`, 0],
    ['lists and maps mixed, 101 deep', `a: 1\nb: ${'[{'.repeat(51)}`, 5],
    ['101 deep after many closed ones', `a: ${'[x] '.repeat(30)}\nb: ${'{'.repeat(101)}\n`, 3 + 4 * 30 + 1],
  ])('%s', (_, text, offset) => {
    expect(tooDeepYamlOffset(text)).toBe(offset);
  });

  test('100 deep, brackets side by side, brackets in quotes and a line indented 200 columns', () => {
    expect(tooDeepYamlOffset(`tags: ${'['.repeat(100)}x${']'.repeat(100)}\n`)).toBeUndefined();
    expect(tooDeepYamlOffset(`tags: ${'[x] '.repeat(150)}\n`)).toBeUndefined();
    expect(tooDeepYamlOffset(`title: "${'['.repeat(150)}"\n`)).toBeUndefined();
    expect(tooDeepYamlOffset(`a: 1\n${' '.repeat(200)}b: 2\n`)).toBe(5);
    expect(tooDeepYamlOffset('title: plain\ntags: [a, b]\n')).toBeUndefined();
  });
});
