import type { PostmortemEntry } from './collection.ts';
import { getPostmortemPageData } from './postmortems.ts';
import { renderedBody } from './rendered-body.ts';
import { serviceName, teamName, triggerName, vocabulary } from './vocabulary.ts';
import { getKbSession } from '../integrations/session-handle.ts';
import { toPublicPostmortem } from '../lib/public-projection.ts';
import { isMarkedPublic } from '../lib/predicates.ts';
import { isWrittenWithoutAstro, postPageHtml, type PostPageInput } from '../lib/post-page/post-page-html.ts';
import { writePagesAfterTemplate, writesPagesWithoutAstro, type PageWithoutAstro } from './pages-without-astro.ts';

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
 * every page, the integration (`astro:build:done`) calls back to write the rest with the plain
 * function, their head taken from the template's page, which the same function must reproduce
 * byte for byte first (src/data/pages-without-astro.ts). Astro's per-page work was ~2.4 ms of its
 * thread a post page in a build of 1,000 (docs/performance.md, session 37).
 */
export async function postmortemsRenderedByAstro(entries: PostmortemEntry[]): Promise<PostmortemEntry[]> {
  if (!writesPagesWithoutAstro()) return entries;
  const [template, ...written] = entries.filter((entry) => isWrittenWithoutAstro(entry.data, renderedBody(entry.id) !== undefined));
  if (!template) return entries;
  getKbSession().pagesLeft.set('Post pages', (siteDir) => writePagesAfterTemplate(siteDir, postPage(template), written.map(postPage), 'Change src/lib/post-page/ as the page\'s .astro files changed (test/site/post-pages.test.ts shows it).'));
  const left = new Set(written);
  return entries.filter((entry) => !left.has(entry));
}

const postPage = (entry: PostmortemEntry): PageWithoutAstro => ({
  path: `/postmortems/${entry.id}/`,
  html: async (frame) => postPageHtml((await getPostPageInput(entry))!, frame),
});
