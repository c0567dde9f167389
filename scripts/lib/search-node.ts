import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';

/** The options the search page sets (src/scripts/search.ts), so Node ranks as the browser does. */
export const searchPageOptions = { excerptLength: 24, ranking: { termFrequency: 0.8 } };

let fetchShimmed = false;

/**
 * pagefind's own search (pagefind.js and its WebAssembly) over an index folder, in Node: since
 * pagefind 1.4 the script runs outside a browser (Pagefind/pagefind#828); it fetches its index
 * files, so `file:` URLs are read from disk (Node's fetch does not read files). For evaluations
 * and tests; the site searches in the browser.
 */
export async function openSearchIndex(indexDir: string): Promise<SearchEngine> {
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
  // A query string gives each index folder its own module instance.
  const pagefind = await import(`${base}pagefind.js?index=${encodeURIComponent(base)}`);
  await pagefind.options({ basePath: base, ...searchPageOptions });
  await pagefind.init();
  return pagefind as SearchEngine;
}
