import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchDocumentsAgainstLastIndex, parseSearchIndexRecord, searchDocumentDigest } from '../../src/lib/search-index-reuse.ts';
import { installedPagefindVersion, keepSearchIndex, keptSearchIndexDir, readKeptSearchIndex, restoreKeptSearchIndex } from '../../src/integrations/search-index-cache.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { formatSearchIndexLog, readSearchIndexLog } from '../../src/lib/search-index-log.ts';

// Session 61 (docs/performance.md): a rebuild whose search documents are the last build's takes
// the last build's index, kept in Astro's cache folder, instead of running pagefind again.

const dir = mkdtempSync(join(tmpdir(), 'kb-perf61-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (n: number, extra = '') => ({ url: `/postmortems/p${n}/`, html: `<html><body data-pagefind-body><h1>Incident ${n}</h1><p>The queue of shard ${n} stalled${extra}.</p></body></html>` });
const docs = (count: number) => Array.from({ length: count }, (_, n) => doc(n));
const digests = (list: readonly { url: string; html: string }[]) => list.map(searchDocumentDigest);

describe('searchDocumentDigest', () => {
  it('differs when the URL or the HTML differs, and not otherwise', () => {
    expect(searchDocumentDigest(doc(1))).toBe(searchDocumentDigest(doc(1)));
    expect(searchDocumentDigest(doc(1, ' again'))).not.toBe(searchDocumentDigest(doc(1)));
    expect(searchDocumentDigest({ ...doc(1), url: '/postmortems/other/' })).not.toBe(searchDocumentDigest(doc(1)));
    // The separator keeps a URL's end and the HTML's start apart.
    expect(searchDocumentDigest({ url: '/a', html: 'b' })).not.toBe(searchDocumentDigest({ url: '/ab', html: '' }));
  });
});

describe('SearchDocumentsAgainstLastIndex', () => {
  it('sends every document at once when there is no last index', () => {
    const against = new SearchDocumentsAgainstLastIndex(undefined);
    expect(against.offer(docs(3))).toEqual(docs(3));
    expect(against.unchanged).toBe(false);
    expect(against.digests).toEqual(digests(docs(3)));
  });

  it('holds back the last index\'s documents, offered in batches, and says they are unchanged', () => {
    const against = new SearchDocumentsAgainstLastIndex(digests(docs(5)));
    expect(against.offer(docs(5).slice(0, 2))).toEqual([]);
    expect(against.offer(docs(5).slice(2))).toEqual([]);
    expect(against.unchanged).toBe(true);
  });

  it('sends what it held with the first changed document, and every later one at once', () => {
    const against = new SearchDocumentsAgainstLastIndex(digests(docs(5)));
    const changed = doc(2, ' after the edit');
    expect(against.offer([doc(0), doc(1)])).toEqual([]);
    expect(against.offer([changed, doc(3)])).toEqual([doc(0), doc(1), changed, doc(3)]);
    expect(against.offer([doc(4)])).toEqual([doc(4)]);
    expect(against.unchanged).toBe(false);
    expect(against.takeHeld()).toEqual([]);
  });

  it('is not unchanged with fewer documents than the last index, and gives back what it held', () => {
    const against = new SearchDocumentsAgainstLastIndex(digests(docs(4)));
    expect(against.offer(docs(3))).toEqual([]);
    expect(against.unchanged).toBe(false);
    expect(against.takeHeld()).toEqual(docs(3));
  });

  it('is not unchanged with one document more, or the same documents in another order', () => {
    const more = new SearchDocumentsAgainstLastIndex(digests(docs(2)));
    expect(more.offer(docs(3))).toEqual(docs(3));
    expect(more.unchanged).toBe(false);
    const swapped = new SearchDocumentsAgainstLastIndex(digests(docs(2)));
    expect(swapped.offer([doc(1), doc(0)])).toEqual([doc(1), doc(0)]);
    expect(swapped.unchanged).toBe(false);
  });
});

describe('parseSearchIndexRecord', () => {
  const record = { pagefind: '1.6.0', documents: ['a'], files: { 'pagefind-entry.json': 'f', 'index/en_1.pf_index': 'g' } };

  it('reads a record of this pagefind', () => {
    expect(parseSearchIndexRecord(JSON.stringify(record), '1.6.0')).toEqual(record);
  });

  it.each([
    ['another pagefind\'s', JSON.stringify(record), '1.7.0'],
    ['a cut-short', JSON.stringify(record).slice(0, 40), '1.6.0'],
    ['a file outside the folder in a', JSON.stringify({ ...record, files: { '../../site/x.js': 'f' } }), '1.6.0'],
    ['an absolute path in a', JSON.stringify({ ...record, files: { '/etc/x': 'f' } }), '1.6.0'],
    ['a record without files, a', JSON.stringify({ ...record, files: {} }), '1.6.0'],
    ['fingerprints that are not strings in a', JSON.stringify({ ...record, documents: [1] }), '1.6.0'],
  ])('refuses %s record', (_what, text, version) => {
    expect(parseSearchIndexRecord(text, version)).toBeUndefined();
  });
});

function treeOf(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

describe('the kept search index', () => {
  it('is what pagefind writes again from the same documents, and comes back byte for byte', async () => {
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    await indexDocumentsForSearch(docs(3), first);
    await indexDocumentsForSearch(docs(3), second);
    // The premise of the reuse: pagefind's output depends on its documents alone.
    expect(treeOf(second)).toEqual(treeOf(first));

    const version = installedPagefindVersion();
    expect(version).toMatch(/^pagefind \d+\.\d+\.\d+, search-index\.ts [0-9a-f]{16}$/);
    const kept = keptSearchIndexDir(join(dir, 'cache'));
    keepSearchIndex(first, kept, digests(docs(3)), version);
    const record = readKeptSearchIndex(kept, version);
    expect(record?.documents).toEqual(digests(docs(3)));
    expect(readKeptSearchIndex(kept, `${version}-other`)).toBeUndefined();

    const restored = join(dir, 'restored');
    expect(restoreKeptSearchIndex(kept, record!, restored)).toBe(true);
    expect(treeOf(restored)).toEqual(treeOf(first));
  });

  it('is not used when a kept file was changed or removed, and then nothing is written', async () => {
    const built = join(dir, 'built');
    await indexDocumentsForSearch(docs(2), built);
    const version = installedPagefindVersion();
    const kept = keptSearchIndexDir(join(dir, 'cache-damaged'));
    keepSearchIndex(built, kept, digests(docs(2)), version);
    const record = readKeptSearchIndex(kept, version)!;
    const files = Object.keys(record.files);
    writeFileSync(join(kept, 'index', files[files.length - 1]), 'changed');
    expect(restoreKeptSearchIndex(kept, record, join(dir, 'from-damaged'))).toBe(false);
    expect(existsSync(join(dir, 'from-damaged'))).toBe(false);
    rmSync(join(kept, 'index', files[0]));
    expect(restoreKeptSearchIndex(kept, record, join(dir, 'from-damaged'))).toBe(false);
  });
});

describe('the search index line', () => {
  it('says when the last index was reused, and the bench still reads its time and wait', () => {
    const line = formatSearchIndexLog({ pages: 1000, seconds: 0.4, timing: 'beside', doneAfter: 12.1, astroDoneAfter: 11.5, reused: true });
    expect(line).toContain('the last build\'s index of 1000 postmortems reused');
    expect(line).not.toContain('pagefind indexed');
    expect(readSearchIndexLog(line)).toEqual({ seconds: 0.4, timing: 'beside', waitedSeconds: 0.6 });
    expect(formatSearchIndexLog({ pages: 1000, seconds: 3.2, timing: 'beside', doneAfter: 12.1, astroDoneAfter: 11.5 })).toContain('pagefind indexed 1000 postmortems');
  });
});
