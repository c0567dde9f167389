import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { getKbSession } from '../integrations/session-handle.ts';
import { headTailOf, type PageFrame } from '../lib/post-page/page-frame-html.ts';

/**
 * `KB_POST_PAGES_BY_ASTRO=1`: a build renders every page with Astro's routes, as before session
 * 37: the post pages and, since session 38, the follow-up pages. What test/site/post-pages.test.ts
 * compares the pages written without it with.
 */
export const everyPostByAstro = 'KB_POST_PAGES_BY_ASTRO';

/** One page a build writes with a plain function instead of Astro's route: its URL path and its HTML in the route's frame. */
export interface PageWithoutAstro {
  /** As Astro names it: `/follow-ups/2/` is written to `follow-ups/2/index.html`. */
  path: string;
  html: (frame: PageFrame) => string | Promise<string>;
}

/**
 * Whether this build writes pages without Astro's renderer: a build of the internal site
 * (`astro dev` renders every page with its route, so an edit shows as before; the public site's
 * pages are scanned and listed by Astro's hook, docs/performance.md session 37), unless
 * `KB_POST_PAGES_BY_ASTRO=1`.
 */
export function writesPagesWithoutAstro(): boolean {
  const session = getKbSession();
  return session.options.server === 'build' && session.variant === 'internal' && process.env[everyPostByAstro] !== '1';
}

/**
 * Leaves all pages of one route but the first, the template, to be written once Astro has
 * written its own (`astro:build:done`, the integration calls `session.pagesLeft`): the template
 * page Astro built gives the head's hashed stylesheet links, and the plain function must
 * reproduce it byte for byte first, else the build stops. Returns the paths Astro's route keeps:
 * every one when this build writes none ({@link writesPagesWithoutAstro}). `family` names the
 * pages in the build's log ("Follow-up pages"); a route's `getStaticPaths` runs once a build,
 * and a second call replaces the first's pages.
 */
export function keepTemplateOnly<T>(family: string, paths: T[], pageOf: (path: T) => PageWithoutAstro, fix: string): T[] {
  if (paths.length < 2 || !writesPagesWithoutAstro()) return paths;
  const [template, ...rest] = paths;
  getKbSession().pagesLeft.set(family, (siteDir) => writePagesAfterTemplate(siteDir, pageOf(template), rest.map(pageOf), fix));
  return [template];
}

/** Where a page of the built site is. */
const fileOf = (siteDir: string, path: string) => join(siteDir, ...path.split('/').filter(Boolean), 'index.html');

/**
 * Checks `template` against the page Astro built for it (the same bytes, else an error naming
 * the first differing character and `fix`), then writes `pages` in the same frame. Returns how many.
 */
export async function writePagesAfterTemplate(siteDir: string, template: PageWithoutAstro, pages: PageWithoutAstro[], fix: string): Promise<number> {
  const templateFile = fileOf(siteDir, template.path);
  const built = readFileSync(templateFile, 'utf8');
  const headTail = headTailOf(built);
  if (headTail === undefined) throw new Error(`${templateFile}: the page Astro built has no layout head (<meta name="robots" …> … </head>) to take its stylesheet links from: src/layouts/Base.astro and src/lib/post-page/page-frame-html.ts differ.`);
  const frame: PageFrame = { siteTitle: siteConfig.title, organisation: siteConfig.organisation, headTail };
  const mine = await template.html(frame);
  if (mine !== built) {
    let at = 0;
    while (at < built.length && mine[at] === built[at]) at += 1;
    throw new Error(`${templateFile}: the page written without Astro differs from the one Astro built at character ${at}: Astro's "${built.slice(at, at + 80)}", ours "${mine.slice(at, at + 80)}". ${fix}`);
  }
  for (const page of pages) {
    const file = fileOf(siteDir, page.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await page.html(frame));
  }
  return pages.length;
}
