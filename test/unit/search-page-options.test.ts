import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openSearchIndex } from '../../scripts/lib/search-node.ts';
import { parseSearchRanking, searchExcerptLength, searchPageOptions, searchRanking } from '../../src/lib/search-page-options.ts';

const root = resolve(import.meta.dirname, '../..');
const recorded = globalThis as { pagefindOptionsSeen?: Record<string, unknown>[] };
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  delete recorded.pagefindOptionsSeen;
});

/** An index folder whose pagefind.js records the options it is given, as the real one applies them. */
function recordingIndex(): string {
  const folder = mkdtempSync(join(tmpdir(), 'search-page-options-'));
  folders.push(folder);
  writeFileSync(join(folder, 'pagefind.js'), 'export async function options(o) { (globalThis.pagefindOptionsSeen ??= []).push(o); }\nexport async function init() {}\n');
  return folder;
}

/** Every `X.options(...)` call of the TypeScript under src/ and scripts/, with its file. */
function optionsCalls(): { file: string; argument: string }[] {
  const calls: { file: string; argument: string }[] = [];
  for (const top of ['src', 'scripts']) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      for (const match of readFileSync(file, 'utf8').matchAll(/\bpagefind\.options\(([^;]*)\);/g)) calls.push({ file: file.slice(root.length + 1), argument: match[1] });
    }
  }
  return calls;
}

describe('the search page and the evaluations give pagefind the same options', () => {
  test('the page and the Node search each call pagefind.options with searchPageOptions, and set no option of their own', () => {
    const calls = optionsCalls();
    expect(calls.map((call) => call.file).sort()).toEqual(['scripts/lib/search-node.ts', 'src/scripts/search.ts']);
    for (const call of calls) {
      expect(call.argument, call.file).toContain('searchPageOptions(');
      expect(call.argument, call.file).not.toMatch(/ranking\s*:|excerptLength\s*:|termFrequency|pageLength|termSaturation|termSimilarity/);
    }
    // The page passes no other ranking than the shared one.
    expect(calls.find((call) => call.file === 'src/scripts/search.ts')!.argument).toBe('searchPageOptions()');
  });

  test("Node opens an index with the page's ranking and excerpt length", async () => {
    const folder = recordingIndex();
    await openSearchIndex(folder);
    const seen = recorded.pagefindOptionsSeen!.at(-1)!;
    expect(seen).toMatchObject({ excerptLength: searchExcerptLength, ranking: { ...searchRanking } });
    expect(seen.ranking).toEqual(searchPageOptions().ranking);
  });

  test('an evaluation of another ranking (--ranking) reaches pagefind in place of the page\'s', async () => {
    const folder = recordingIndex();
    const other = { termFrequency: 0.3, pageLength: 0.2 };
    await openSearchIndex(folder, other);
    expect(recorded.pagefindOptionsSeen!.at(-1)!.ranking).toEqual(other);
  });
});

describe('parseSearchRanking', () => {
  test('reads the parameters pagefind knows', () => {
    expect(parseSearchRanking('{"termFrequency": 1, "pageLength": 0.5, "termSaturation": 1.2, "termSimilarity": 2}')).toEqual({ termFrequency: 1, pageLength: 0.5, termSaturation: 1.2, termSimilarity: 2 });
  });
  test('names a misspelt parameter, a value out of pagefind\'s range and text that is no object', () => {
    expect(() => parseSearchRanking('{"termFrequncy": 1}')).toThrow(/"termFrequncy" is no pagefind ranking parameter/);
    expect(() => parseSearchRanking('{"pageLength": 1.5}')).toThrow(/"pageLength" must be a number from 0 to 1/);
    expect(() => parseSearchRanking('{"termSaturation": "1"}')).toThrow(/"termSaturation" must be a number/);
    expect(() => parseSearchRanking('[1]')).toThrow(/not a JSON object/);
  });
});
