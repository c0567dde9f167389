import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Target of issue #18: no HTML page over this many KB, at any corpus size. */
export const pageLimitKB = 300;

export interface PageSize { path: string; KB: number }

/** Every HTML page of a built site, biggest first: where a large knowledge base weighs. */
export function pageSizes(siteDir: string): PageSize[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${file.replace(/index\.html$/, '')}`, KB: statSync(join(siteDir, file)).size / 1024 }))
    .sort((a, b) => b.KB - a.KB || (a.path < b.path ? -1 : 1));
}

export interface PageWeights { pages: number; largestPages: PageSize[]; pagesOverLimit: PageSize[] }

/** The largest pages of a site and every page over the limit. */
export function pageWeights(sizes: PageSize[], count = 3): PageWeights {
  return { pages: sizes.length, largestPages: sizes.slice(0, count), pagesOverLimit: sizes.filter((page) => page.KB > pageLimitKB) };
}

const listOfPages = (pages: PageSize[]) => pages.map((p) => `${p.path} ${p.KB.toFixed(0)} KB`).join(', ');

/** "internal largest pages: /a/ 250 KB, ...; pages over 300 KB: none of 5123" for one site. */
export function describePageWeights(site: string, weights: PageWeights): string {
  const over = weights.pagesOverLimit;
  return `${site} largest pages: ${listOfPages(weights.largestPages)}; pages over ${pageLimitKB} KB: ${over.length === 0 ? 'none' : `${over.length} (${listOfPages(over.slice(0, 10))}${over.length > 10 ? ', …' : ''})`} of ${weights.pages}`;
}

/**
 * The kind of page a path is, the same for every page of one list: `/tags/dns/2/` and
 * `/tags/api/` are both `/tags/*\/`, `/follow-ups/owner/sre/3/` is `/follow-ups/*\/*\/`. Numbers
 * (page numbers, years) are dropped and other values become `*`, so one line per kind says how
 * large that kind of page grows.
 */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const kind = [parts[0], ...parts.slice(1).filter((part) => !/^\d+$/.test(part)).map(() => '*')];
  // A page written as a file (`/404.html`) keeps its name, without a slash after it.
  return `/${kind.join('/')}${path.endsWith('/') ? '/' : ''}`;
}

/** The largest page of each kind, largest first, with how many pages the kind has. */
export function largestPageOfEachKind(sizes: PageSize[]): { kind: string; pages: number; largest: PageSize }[] {
  const kinds = new Map<string, { kind: string; pages: number; largest: PageSize }>();
  for (const size of sizes) {
    const kind = pageKind(size.path);
    const entry = kinds.get(kind);
    // `sizes` comes biggest first, so the first page met of a kind is its largest.
    if (entry) entry.pages++;
    else kinds.set(kind, { kind, pages: 1, largest: size });
  }
  return [...kinds.values()].sort((a, b) => b.largest.KB - a.largest.KB || (a.kind < b.kind ? -1 : 1));
}
