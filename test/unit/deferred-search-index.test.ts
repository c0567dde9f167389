import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoIndexesBesideAstro, indexesAfterAstroProcess, largestCorpusIndexedBesideAstro, writeDeferredSearchDocuments, startDeferredSearchIndex } from '../../src/integrations/deferred-search-index.ts';
import { searchWordsFileName } from '../../src/lib/search-words.ts';

function contentWithFiles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-deferred-'));
  mkdirSync(join(dir, 'postmortems'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'postmortems', `2024-01-01-incident-${i}.mdx`), '');
  return dir;
}

describe('when the internal build indexes after Astro\'s process has ended', () => {
  test('auto: beside up to the limit of postmortem files, after above it', () => {
    expect(indexesAfterAstroProcess('auto', contentWithFiles(largestCorpusIndexedBesideAstro))).toBe(false);
    expect(indexesAfterAstroProcess('auto', contentWithFiles(largestCorpusIndexedBesideAstro + 1))).toBe(true);
  });

  test('after and beside are what they say whatever the size; a missing folder is left to validation', () => {
    const small = contentWithFiles(1);
    expect(indexesAfterAstroProcess('after', small)).toBe(true);
    expect(indexesAfterAstroProcess('beside', contentWithFiles(largestCorpusIndexedBesideAstro + 1))).toBe(false);
    expect(indexesAfterAstroProcess('auto', join(small, 'no-such-folder'))).toBe(false);
  });

  test('the worker and scripts/build.ts count the same files against the same limit (a job may lower it); a missing folder counts none', () => {
    const three = contentWithFiles(3);
    expect(autoIndexesBesideAstro(three, 3)).toBe(true);
    expect(autoIndexesBesideAstro(three, 2)).toBe(false);
    expect(autoIndexesBesideAstro(three)).toBe(true);
    expect(autoIndexesBesideAstro(join(three, 'no-such-folder'))).toBe(true);
  });

  test('pagefind started before the documents exist indexes them once written, with the words file beside the index', async () => {
    const searchDir = join(mkdtempSync(join(tmpdir(), 'kb-deferred-')), 'site.staging.search');
    const indexDir = join(searchDir, '..', 'site.staging', 'pagefind');
    const search = await startDeferredSearchIndex(searchDir, indexDir);
    const html = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>The queue backed up after the deploy.</p></main></body></html>`;
    const documents = [{ url: '/postmortems/a/', html: html('Queue backlog') }, { url: '/postmortems/b/', html: html('Cache stampede') }];
    writeDeferredSearchDocuments(searchDir, documents, 'queue 2\ncache 1\n');
    expect(await search.finish()).toBe(2);
    expect(JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
    expect(readFileSync(join(indexDir, searchWordsFileName), 'utf8')).toBe('queue 2\ncache 1\n');
    expect(existsSync(join(indexDir, 'fragment'))).toBe(true);
  });

  test('an Astro build that wrote no documents is a failure, not an empty index', async () => {
    const searchDir = join(mkdtempSync(join(tmpdir(), 'kb-deferred-')), 'site.staging.search');
    const search = await startDeferredSearchIndex(searchDir, join(searchDir, '..', 'pagefind'));
    await expect(search.finish()).rejects.toThrow(`the Astro build wrote no search documents into ${searchDir}.`);
  });
});
