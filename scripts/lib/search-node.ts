import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';
import { searchPageOptions, type SearchRanking } from '../../src/lib/search-page-options.ts';

let fetchShimmed = false;

/**
 * pagefind's own search (pagefind.js and its WebAssembly) over an index folder, in Node: since
 * pagefind 1.4 the script runs outside a browser (Pagefind/pagefind#828); it fetches its index
 * files, so `file:` URLs are read from disk (Node's fetch does not read files). For evaluations
 * and tests; the site searches in the browser. Opened with the search page's options, so Node ranks
 * as the browser does; `ranking` tries another setting (scripts/eval-search.ts --ranking).
 */
export async function openSearchIndex(indexDir: string, ranking?: SearchRanking): Promise<SearchEngine> {
  if (!fetchShimmed) {
    const networkFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('file:')) return new Response(await readFile(new URL(url)));
      return networkFetch(input, init);
    }) as typeof fetch;
    fetchShimmed = true;
  }
  const base = pathToFileURL(indexDir.endsWith('/') ? indexDir : `${indexDir}/`).href;
  // A query string gives each index folder (and each ranking tried on it) its own module instance.
  const pagefind = await import(`${base}pagefind.js?index=${encodeURIComponent(base)}${ranking ? `&ranking=${encodeURIComponent(JSON.stringify(ranking))}` : ''}`);
  await pagefind.options({ basePath: base, ...searchPageOptions(ranking) });
  await pagefind.init();
  return pagefind as SearchEngine;
}
