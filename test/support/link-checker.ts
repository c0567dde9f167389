import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** ids and names a fragment can point at, per page. */
function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]));
}

/** The file a site-relative URL resolves to, the way a static host serves it. */
function targetFile(siteDir: string, pathname: string): string | undefined {
  const path = join(siteDir, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return undefined;
}

/**
 * Every internal link (href and src) of every HTML page that points at a missing file or a
 * missing anchor. External links (http(s) to other hosts, mailto) are not followed.
 */
export function findBrokenLinks(siteDir: string): BrokenLink[] {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(file, 'utf8')));
    return anchorCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const file = join(siteDir, page);
    // Script bodies are code, not links (a template literal is not an href).
    const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const pageUrl = new URL(`http://site.local/${page.replace(/index\.html$/, '')}`);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = match[1].replace(/&amp;/g, '&');
      if (!href || /^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site.local') continue;
      const target = url.pathname === pageUrl.pathname && href.startsWith('#') ? file : targetFile(siteDir, url.pathname);
      if (!target) {
        broken.push({ page, href, reason: 'no such page or file' });
      } else if (url.hash && target.endsWith('.html') && !anchors(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: `no element with id "${url.hash.slice(1)}" on ${relative(siteDir, target) || dirname(page)}` });
      }
    }
  }
  return broken;
}
