import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSimilarLinksRecord, moduleGraphSources, parseSimilarLinksRecord, relativeImportsOf, similarLinksKey, type SimilarLinksKeyParts } from '../../src/lib/similar-links-record.ts';
import { keepSimilarLinks, readKeptSimilarLinks, similarLinksCode } from '../../src/integrations/similar-links-cache.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';
import type { SimilarityDocument, SimilarLink } from '../../src/lib/similarity.ts';
import { bracketedRatios, compareWithBaseline, medianOf, type TimedRun } from '../../scripts/lib/bench-ratios.ts';

// Session 63 (docs/performance.md): the internal build keeps its similar links in the content
// folder's Astro cache under a key of everything they are computed from, and a rebuild with the same
// key takes them instead of computing them; the bench compares each build with the baseline runs
// on both sides of it.

const dir = mkdtempSync(join(tmpdir(), 'kb-perf63-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parts: SimilarLinksKeyParts = {
  inputDigests: new Map([['2024-01-db-failover', 'aaa'], ['2024-02-cdn-purge', 'bbb']]),
  linkBy: 'blend',
  code: 'code-1',
};

describe('the key of a build\'s similar links', () => {
  it('is the same for the same input, linkBy and code', () => {
    expect(similarLinksKey({ ...parts, inputDigests: new Map(parts.inputDigests) })).toBe(similarLinksKey(parts));
  });

  it.each([
    ['a postmortem\'s similarity input', { inputDigests: new Map([['2024-01-db-failover', 'aaa'], ['2024-02-cdn-purge', 'bbc']]) }],
    ['a postmortem\'s id', { inputDigests: new Map([['2024-01-db-failover', 'aaa'], ['2024-02-cdn-purges', 'bbb']]) }],
    ['a postmortem more', { inputDigests: new Map([...parts.inputDigests, ['2024-03-dns', 'ccc']]) }],
    ['a postmortem fewer', { inputDigests: new Map([['2024-01-db-failover', 'aaa']]) }],
    ['an id and a digest that run together alike', { inputDigests: new Map([['2024-01-db-failove', 'raaa'], ['2024-02-cdn-purge', 'bbb']]) }],
    ['linkBy', { linkBy: 'cause' }],
    ['the code', { code: 'code-2' }],
  ])('changes with %s', (_what, change) => {
    expect(similarLinksKey({ ...parts, ...change })).not.toBe(similarLinksKey(parts));
  });
});

/** Links as the site computes them, over a few documents of our own. */
function computedLinks(): [string, SimilarLink[]][] {
  const services = ['checkout-api', 'ledger', 'search-proxy'];
  const words = ['lock', 'timeout', 'replica', 'failover', 'certificate', 'expired', 'queue', 'backlog', 'cache', 'stampede', 'dns', 'resolver'];
  const documents: SimilarityDocument[] = Array.from({ length: 12 }, (_, i) => ({
    id: `2024-${String(i + 1).padStart(2, '0')}-incident`,
    title: `${words[i % 12]} ${words[(i * 5) % 12]} on ${services[i % 3]}`,
    summary: `The ${services[i % 3]} saw a ${words[(i * 7) % 12]} after a ${words[(i + 3) % 12]}.`,
    text: Array.from({ length: 40 }, (_, j) => words[(i * j + j) % 12]).join(' '),
    services: [services[i % 3]],
    tags: [`tag-${i % 4}`],
    trigger: `trigger-${i % 2}`,
    related: [],
  }));
  return [...findSimilarLinkedBy(documents, 'blend')];
}

describe('the record of kept links', () => {
  const links = computedLinks();

  it('gives back the links the build computed, the same bytes as JSON', () => {
    expect(links.some(([, list]) => list.length > 0)).toBe(true);
    const text = formatSimilarLinksRecord('key-1', links)!;
    const read = parseSimilarLinksRecord(text, 'key-1')!;
    expect(read).toEqual(links);
    expect(JSON.stringify(read)).toBe(JSON.stringify(links));
  });

  it('is not read for another key', () => {
    expect(parseSimilarLinksRecord(formatSimilarLinksRecord('key-1', links)!, 'key-2')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"format":'],
    ['no object', '"similar-links 1"'],
    ['another format', JSON.stringify({ format: 'similar-links 0', key: 'k', links: [] })],
    ['links that are not a list', JSON.stringify({ format: 'similar-links 1', key: 'k', links: {} })],
    ['a score that is text', JSON.stringify({ format: 'similar-links 1', key: 'k', links: [['a', [{ id: 'b', score: '0.5', pinned: false, reason: '' }]]] })],
    ['a link without its reason', JSON.stringify({ format: 'similar-links 1', key: 'k', links: [['a', [{ id: 'b', score: 0.5, pinned: false }]]] })],
    ['a link with a field no link has', JSON.stringify({ format: 'similar-links 1', key: 'k', links: [['a', [{ id: 'b', score: 0.5, pinned: false, reason: '', extra: 1 }]]] })],
    ['an entry without its id', JSON.stringify({ format: 'similar-links 1', key: 'k', links: [[[{ id: 'b', score: 0.5, pinned: false, reason: '' }]]] })],
  ])('is not read when it holds %s (the links are computed again)', (_what, text) => {
    expect(parseSimilarLinksRecord(text, 'k')).toBeUndefined();
  });

  it('is read when it is whole', () => {
    expect(parseSimilarLinksRecord(JSON.stringify({ format: 'similar-links 1', key: 'k', links: [['a', [{ id: 'b', score: 0.5, pinned: false, reason: 'same service ledger' }]]] }), 'k'))
      .toEqual([['a', [{ id: 'b', score: 0.5, pinned: false, reason: 'same service ledger' }]]]);
  });

  it.each([NaN, Infinity, -0])('is not written for a score JSON does not give back (%s)', (score) => {
    expect(formatSimilarLinksRecord('k', [['a', [{ id: 'b', score, pinned: false, reason: '' }]]])).toBeUndefined();
  });

  it('is kept in the cache folder and read back; a second build\'s key replaces it', () => {
    const file = join(dir, 'cache', 'c0ffee', 'similar-links.json');
    keepSimilarLinks(file, 'key-1', links);
    expect(readKeptSimilarLinks(file, 'key-1')).toEqual(links);
    keepSimilarLinks(file, 'key-2', links.slice(1));
    expect(readKeptSimilarLinks(file, 'key-1')).toBeUndefined();
    expect(readKeptSimilarLinks(file, 'key-2')).toEqual(links.slice(1));
    expect(readKeptSimilarLinks(join(dir, 'none.json'), 'key-2')).toBeUndefined();
  });

  it('is not written for links it could not give back, and the file before stays', () => {
    const file = join(dir, 'cache', 'c0ffee', 'similar-links.json');
    keepSimilarLinks(file, 'key-3', [['a', [{ id: 'b', score: NaN, pinned: false, reason: '' }]]]);
    expect(readKeptSimilarLinks(file, 'key-3')).toBeUndefined();
    expect(readKeptSimilarLinks(file, 'key-2')).toEqual(links.slice(1));
  });
});

describe('the code the key names', () => {
  it('reads a module\'s relative imports: static, re-exported and dynamic, in either quotes; not packages', () => {
    const source = [
      "import { a } from './a.ts';",
      'import type { B } from "../lib/b.ts";',
      "export { c } from './c.ts';",
      "const d = await import('./d.ts');",
      "import { parse } from 'yaml';",
      "import { createHash } from 'node:crypto';",
      "// from 'not-relative'",
    ].join('\n');
    expect(relativeImportsOf(source)).toEqual(['./a.ts', '../lib/b.ts', './c.ts', './d.ts']);
  });

  it('follows imports through the graph once each, cycles included, sorted by path', () => {
    const files: Record<string, string> = {
      '/p/top.ts': "import { x } from './x.ts';\nimport { y } from './sub/y.ts';",
      '/p/x.ts': "import { y } from './sub/y.ts';",
      '/p/sub/y.ts': "import { top } from '../top.ts';\nimport { z } from './z.ts';",
      '/p/sub/z.ts': 'export const z = 1;',
      '/p/unreached.ts': 'export const u = 1;',
    };
    const resolveFrom = (from: string, written: string) => new URL(written, `file://${from}`).pathname;
    expect(moduleGraphSources('/p/top.ts', (path) => files[path], resolveFrom)).toEqual([
      ['/p/sub/y.ts', files['/p/sub/y.ts']],
      ['/p/sub/z.ts', files['/p/sub/z.ts']],
      ['/p/top.ts', files['/p/top.ts']],
      ['/p/x.ts', files['/p/x.ts']],
    ]);
  });

  it('covers the modules that rank and explain the links: a change to a reason\'s code is a new key', () => {
    const root = join(import.meta.dirname, '../..');
    const sources = moduleGraphSources(join(root, 'src/lib/similar-links.ts'), (path) => readFileSync(path, 'utf8'), (from, written) => join(from, '..', written));
    const paths = sources.map(([path]) => path.slice(root.length + 1));
    for (const module of ['src/lib/similarity.ts', 'src/lib/similarity-link-by.ts', 'src/lib/similarity-prose.ts', 'src/lib/similarity-input.ts', 'src/lib/reason-template-and-code.ts', 'src/lib/reason-identifiers.ts'])
      expect(paths).toContain(module);
    expect(similarLinksCode()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the bench\'s ratios against the baseline', () => {
  const run = (kind: string, wallSeconds: number, cpuSeconds = wallSeconds) => ({ kind, wallSeconds, cpuSeconds });

  it('compares each run with the baseline runs before and after it (their geometric mean), or the one there is', () => {
    const timeline: TimedRun[] = [run('internal', 10), run('baseline', 20), run('public', 8), run('internal', 12), run('baseline', 30), run('public', 9)];
    const [first, second] = bracketedRatios(timeline, 'internal', 'baseline', 'wallSeconds');
    expect(first).toBeCloseTo(10 / 20, 12);
    expect(second).toBeCloseTo(12 / Math.sqrt(20 * 30), 12);
    const publicRatios = bracketedRatios(timeline, 'public', 'baseline', 'wallSeconds');
    expect(publicRatios[0]).toBeCloseTo(8 / Math.sqrt(20 * 30), 12);
    expect(publicRatios[1]).toBeCloseTo(9 / 30, 12);
  });

  it('reads a steady drift of the host\'s speed as no change of the build', () => {
    // Every build 10% slower than the one before; the build is always 0.6x of the baseline.
    const timeline: TimedRun[] = [];
    let slower = 1;
    for (let round = 0; round < 3; round++) {
      timeline.push(run('baseline', 20 * slower));
      slower *= 1.1;
      timeline.push(run('internal', 12 * slower));
      slower *= 1.1;
    }
    timeline.push(run('baseline', 20 * slower));
    for (const ratio of bracketedRatios(timeline, 'internal', 'baseline', 'wallSeconds')) expect(ratio).toBeCloseTo(0.6, 12);
    // The baseline run after each build alone reads the drift as the build's.
    expect(timeline[1].wallSeconds / timeline[2].wallSeconds).not.toBeCloseTo(0.6, 2);
  });

  it('gives no ratio to a run with no baseline run, and medians of wall and CPU time', () => {
    expect(bracketedRatios([run('internal', 10)], 'internal', 'baseline', 'wallSeconds')).toEqual([]);
    const comparison = compareWithBaseline([run('baseline', 20, 30), run('internal', 10, 36), run('baseline', 20, 30), run('internal', 16, 30), run('baseline', 20, 30), run('internal', 12, 33)], 'internal');
    expect(comparison.wallRatios).toEqual([0.5, 0.8, 0.6]);
    expect(comparison.medianWallRatio).toBe(0.6);
    expect(comparison.medianCpuRatio).toBeCloseTo(1.1, 12);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNaN();
  });
});

it('leaves no temporary file beside the kept links', () => {
  const file = join(dir, 'tmpcheck', 'similar-links.json');
  keepSimilarLinks(file, 'k', [['a', []]]);
  expect(existsSync(file)).toBe(true);
  expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
  writeFileSync(file, 'damaged');
  expect(readKeptSimilarLinks(file, 'k')).toBeUndefined();
});
