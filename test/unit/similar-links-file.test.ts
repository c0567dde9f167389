import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { computeSimilarLinks, readSimilarLinksFile, writeSimilarLinksFile } from '../../src/lib/similar-links-file.ts';

const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const records = example.postmortems
  .filter((p) => p.data?.status === 'published')
  .map((p) => ({ id: p.id, data: p.data!, body: splitFrontmatter(p.source).body }));
const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'similar-'));
  dirs.push(dir);
  return join(dir, 'similar.json');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('similar links handed from the build script to Astro', () => {
  test('round-trip: what Astro reads is what the build script computed', async () => {
    const path = tempFile();
    writeSimilarLinksFile(path, records);
    const read = await readSimilarLinksFile(path, records.map((r) => r.id));
    const computed = computeSimilarLinks(records);
    expect(read.size).toBe(records.length);
    expect(Object.fromEntries(read)).toEqual(Object.fromEntries(computed));
    expect([...read.values()].some((links) => links.length > 0)).toBe(true);
  });

  test('the links do not depend on the order the files were read in', () => {
    const reversed = computeSimilarLinks([...records].reverse());
    expect(Object.fromEntries(reversed)).toEqual(Object.fromEntries(computeSimilarLinks(records)));
  });

  test('waits for a file written later', async () => {
    const path = tempFile();
    setTimeout(() => writeSimilarLinksFile(path, records), 200);
    const read = await readSimilarLinksFile(path, records.map((r) => r.id), 5000);
    expect(read.size).toBe(records.length);
  });

  test('refuses links computed over other postmortems', async () => {
    const path = tempFile();
    writeSimilarLinksFile(path, records.slice(1));
    await expect(readSimilarLinksFile(path, records.map((r) => r.id))).rejects.toThrow(/a different set/);
  });

  test('gives up with a clear error when the file never comes', async () => {
    await expect(readSimilarLinksFile(tempFile(), [], 150)).rejects.toThrow(/was not written within/);
  });
});
