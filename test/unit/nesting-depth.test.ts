import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { findDeepNesting, maxNestingDepth, measureNestingDepth } from '../../src/lib/nesting-depth.ts';
import { parseBodyTree } from '../../src/lib/body-tree.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { publicationSources } from '../../scripts/lib/redaction-check.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

// Lists or quotes nested thousands of levels deep take remark minutes to parse (400 levels: 4 s;
// the time grows with the cube of the depth): `body/nesting-depth` refuses them from the text,
// before any parser runs, in `npm run check` and in the build's validation.

/** Lists and block quotes on the deepest path of a syntax tree. */
function treeDepth(node: { type: string; children?: unknown[] }, depth = 0): number {
  return Math.max(depth, ...((node.children ?? []) as typeof node[]).map((child) =>
    treeDepth(child, depth + (child.type === 'list' || child.type === 'blockquote' ? 1 : 0))));
}

const parsers = {
  'remark (.md)': { isMdx: false, parse: (body: string) => parseBodyTree(body, false) },
  'remark-mdx (.mdx)': { isMdx: true, parse: (body: string) => parseBodyTree(body, true) },
  'satteri (.mdx)': { isMdx: true, parse: (body: string) => mdxToMdast(body) as never },
};

const constructs: Record<string, string> = {
  'nested bullets': '- a\n  - b\n    - c\n      - d\n',
  'ordered in bullets': '1. one\n   - a\n     1) x\n2. two\n',
  'quotes': '> a\n> > b\n> > > c\n\nback\n',
  'a list in a quote in a list': '- a\n\n  > quoted\n  > - item\n  >   - deeper\n',
  'lazy continuation lines': '> - a\nlazy\n>   - b\n',
  'blank lines inside items': '- a\n\n  - b\n\n\n    - c\n',
  'a fence in an item': '- a\n\n  ```yaml\n  - not a list\n  ```\n  - b\n',
  'markers on one line': '- > - > x\n',
  'tabs': '-\ta\n\t-\tb\n',
  'thematic breaks and headings': '- a\n\n---\n\n# Title\n\n* * *\n\n> x\n',
  'a paragraph of text': 'Text with - a dash and > a sign.\n',
};

describe('measureNestingDepth counts what the parsers nest', () => {
  for (const [name, { isMdx, parse }] of Object.entries(parsers)) {
    test.each(Object.entries(constructs))(`${name}: %s`, (_, body) => {
      expect(measureNestingDepth(body, { isMdx }).depth).toBe(treeDepth(parse(body)));
    });
  }

  test('every postmortem of the example and of the fixtures', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.mdx?$/.test(entry.name)) files.push(path);
      }
    };
    walk(resolve(import.meta.dirname, '../../content'));
    walk(fixturesDir);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const body = splitFrontmatter(readFileSync(file, 'utf8')).body;
      const isMdx = file.endsWith('.mdx');
      let expected: number;
      try {
        expected = treeDepth(isMdx ? mdxToMdast(body) as never : parseBodyTree(body, false));
      } catch {
        continue; // A fixture that does not parse on purpose.
      }
      expect(measureNestingDepth(body, { isMdx }).depth, file).toBe(expected);
      expect(expected, file).toBeLessThan(maxNestingDepth / 8);
    }
  });

  test('the depth and the first line past the limit', () => {
    const body = Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(measureNestingDepth(body, { isMdx: false, limit: 64 })).toEqual({ depth: 70, line: 70, firstLineOver: 65 });
  });
});

/** Bodies that took remark minutes. */
const hostile: Record<string, string> = {
  'a list nested 3,000 levels': Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
  'an ordered list nested 3,000 levels': Array.from({ length: 3000 }, (_, i) => `${'   '.repeat(i)}1. item`).join('\n'),
  'a list nested with tabs': Array.from({ length: 3000 }, (_, i) => `${'\t'.repeat(i)}- item`).join('\n'),
  'lazy lines between the levels': Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item\nlazy`).join('\n'),
  '3,000 quote markers': `${'>'.repeat(3000)} text`,
  'quotes deeper on every line': Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i + 1)} text`).join('\n'),
  'quotes and lists on one line': `${'> - '.repeat(1500)}text`,
};

describe('findDeepNesting', () => {
  // No timing here (speed goals live in the benchmarks): a parse of these bodies runs for
  // minutes, and the test's own timeout stops a check that parses them.
  test.each(Object.entries(hostile))('finds %s', (_, body) => {
    for (const isMdx of [false, true]) {
      const found = findDeepNesting(body, isMdx);
      expect(found?.depth).toBeGreaterThanOrEqual(1500);
      expect(found?.firstLineOver).toBeGreaterThanOrEqual(1);
    }
  });

  test(`allows ${maxNestingDepth} levels, refuses ${maxNestingDepth + 1}`, () => {
    const quotes = (depth: number) => `${'>'.repeat(depth)} text\n`;
    const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${'\t'.repeat(i >> 1)}${i & 1 ? '  ' : ''}- item`).join('\n');
    for (const body of [quotes, list]) {
      expect(findDeepNesting(body(maxNestingDepth), false)).toBeUndefined();
      expect(findDeepNesting(body(maxNestingDepth + 1), false)?.depth).toBe(maxNestingDepth + 1);
    }
  });

  test('a long ordinary body is settled without measuring it', () => {
    const body = '## What happened\n\nText with **bold**, a [link](https://example.com) and `code`.\n\n- a\n  - b\n\n> quoted\n\n'.repeat(5000);
    expect(findDeepNesting(body, true)).toBeUndefined();
  });
});

describe('body/nesting-depth in npm run check and the build', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  // 1,000 levels: remark took over a minute on it (3,000: hours).
  const deepList = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
  const source = publicProbePost({ body: `## What happened\n\nA list:\n\n${deepList}\n` });
  const lines = source.split('\n');
  const firstItem = lines.indexOf('- item') + 1;

  test.each([
    ['the build (.mdx)', 'post.mdx', true],
    ['the build (.md)', 'post.md', true],
    ['npm run check (.mdx)', 'post.mdx', false],
    ['npm run check (.md)', 'post.md', false],
  ] as const)('%s: refused at its line, before any parser reads the body', (_, file, frontmatterOnly) => {
    const result = validatePostmortemSource(file, 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content', frontmatterOnly });
    expect(result.findings.map((finding) => [finding.rule, finding.line])).toEqual([['body/nesting-depth', firstItem + maxNestingDepth]]);
    expect(result.findings[0].message).toBe(`lists or block quotes nested 1000 levels deep (the deepest at line ${firstItem + 999}); at most ${maxNestingDepth} levels are allowed.`);
    expect(result.findings[0].fix).toMatch(/flatten/);
    expect(result.tree).toBeUndefined();
    // Nothing downstream (the site, the redaction guard of check and the public build) reads it.
    expect(result.entryData).toBeUndefined();
    expect(publicationSources([result])).toEqual([]);
  });

  test('a body at the limit is checked as usual', () => {
    const atLimit = publicProbePost({ body: `${'>'.repeat(maxNestingDepth)} text\n` });
    const result = validatePostmortemSource('post.mdx', 'post', atLimit, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.tree).toBeDefined();
  });
});
