import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { openSearchIndex } from '../../scripts/lib/search-node.ts';

/** A page of one paragraph and, when there are any, its alias sentence, weighted as the search document weighs it. */
export function pageWithAliases(text: string, aliases: readonly string[]): string {
  const aliasSentence = aliases.length ? `<p data-pagefind-weight="2">${aliasSentenceLead} ${aliases.join(', ')}.</p>` : '';
  return `<!doctype html><html lang="en"><head><title>x</title></head><body><main data-pagefind-body><p>${text}</p>${aliasSentence}</main></body></html>`;
}

/**
 * Indexes pages with pagefind into temporary folders (`<prefix>XXXXXX`), each opened as the search
 * page opens its index, and removes the folders after the file's tests. Call it at the top of a
 * test file.
 */
export function temporarySearchIndexes(prefix: string): (pages: readonly { url: string; html: string }[]) => Promise<SearchEngine> {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return async (pages) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    await indexDocumentsForSearch(pages, dir);
    return openSearchIndex(dir);
  };
}

/** The URLs a query finds, in pagefind's order. */
export async function urlsFound(engine: SearchEngine, query: string): Promise<string[]> {
  const results = (await engine.search(query))?.results ?? [];
  return Promise.all(results.map(async (result) => (await result.data()).url));
}
