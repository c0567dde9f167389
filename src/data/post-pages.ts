import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import type { PostmortemEntry } from './collection.ts';
import { getPostmortemPageData } from './postmortems.ts';
import { renderedBody } from './rendered-body.ts';
import { serviceName, teamName, triggerName, vocabulary } from './vocabulary.ts';
import { getKbSession } from '../integrations/session-handle.ts';
import { toPublicPostmortem } from '../lib/public-projection.ts';
import { isMarkedPublic } from '../lib/predicates.ts';
import { headTailOf, isWrittenWithoutAstro, postPageHtml, type PageFrame, type PostPageInput } from '../lib/post-page/post-page-html.ts';

const names = { service: serviceName, team: teamName, trigger: triggerName };

/** What src/lib/post-page/post-page-html.ts writes a postmortem's page from; undefined when Astro's route must render it. */
export async function getPostPageInput(entry: PostmortemEntry): Promise<PostPageInput | undefined> {
  const body = renderedBody(entry.id);
  if (!isWrittenWithoutAstro(entry.data, body !== undefined)) return undefined;
  const { data } = entry;
  return {
    id: entry.id,
    data,
    links: await getPostmortemPageData(entry.id),
    bodyHtml: body!.html,
    publicBodyHtml: body!.publicHtml,
    publicPost: isMarkedPublic(data) && data.public ? toPublicPostmortem(entry.id, data, vocabulary) : undefined,
    names,
  };
}

/**
 * The postmortems whose pages Astro's route renders. Under `astro dev`, every one (an edit is
 * shown by the route as before). In a build, only those {@link getPostPageInput} cannot write
 * (a body Astro renders, a security block) and one other, the template: once Astro has written
 * every page, the integration (`astro:build:done`) calls back here to write the rest with the
 * plain function, their head taken from the template's page, which the same function must
 * reproduce byte for byte first. Astro's per-page work was ~2.4 ms of its thread a post page in
 * a build of 1,000 (docs/performance.md, session 37).
 */
export async function postmortemsRenderedByAstro(entries: PostmortemEntry[]): Promise<PostmortemEntry[]> {
  const session = getKbSession();
  if (session.options.server !== 'build' || session.variant !== 'internal' || process.env[everyPostByAstro] === '1') return entries;
  const written = new Set<PostmortemEntry>();
  for (const entry of entries) if (isWrittenWithoutAstro(entry.data, renderedBody(entry.id) !== undefined)) written.add(entry);
  const template = entries.find((entry) => written.has(entry));
  if (!template) return entries;
  written.delete(template);
  session.postPagesLeft = (siteDir) => writePostPages(siteDir, template, [...written]);
  return entries.filter((entry) => !written.has(entry));
}

/**
 * `KB_POST_PAGES_BY_ASTRO=1`: a build renders every post page with Astro's route, as before
 * session 37: what test/site/post-pages.test.ts compares the pages written without it with.
 */
export const everyPostByAstro = 'KB_POST_PAGES_BY_ASTRO';

const pagePath = (siteDir: string, id: string) => join(siteDir, 'postmortems', id, 'index.html');

async function writePostPages(siteDir: string, template: PostmortemEntry, entries: PostmortemEntry[]): Promise<number> {
  const templatePath = pagePath(siteDir, template.id);
  const built = readFileSync(templatePath, 'utf8');
  const headTail = headTailOf(built);
  if (headTail === undefined) throw new Error(`${templatePath}: the post page Astro built has no layout head (<meta name="robots" …> … </head>) to take its stylesheet links from: src/layouts/Base.astro and src/lib/post-page/post-page-html.ts differ.`);
  const frame: PageFrame = { siteTitle: siteConfig.title, organisation: siteConfig.organisation, headTail };
  const mine = postPageHtml((await getPostPageInput(template))!, frame);
  if (mine !== built) {
    let at = 0;
    while (at < built.length && mine[at] === built[at]) at += 1;
    throw new Error(`${templatePath}: the post page written without Astro differs from the one Astro built at character ${at}: Astro's "${built.slice(at, at + 80)}", ours "${mine.slice(at, at + 80)}". Change src/lib/post-page/ as the page's .astro files changed (test/site/post-pages.test.ts shows it).`);
  }
  for (const entry of entries) {
    const path = pagePath(siteDir, entry.id);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, postPageHtml((await getPostPageInput(entry))!, frame));
  }
  return entries.length;
}
