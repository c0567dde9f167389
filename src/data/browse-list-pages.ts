import { serviceName, vocabulary } from './vocabulary.ts';
import { keepTemplateOnly } from './pages-without-astro.ts';
import { pageUrl } from '../lib/pagination.ts';
import { tagPageHtml, triggerPageHtml, yearPageHtml, type PostmortemPage } from '../lib/list-page/browse-list-pages-html.ts';

/**
 * The pages listing one group's postmortems as cards that a build leaves to src/lib/list-page/
 * (written once Astro has written its own, src/data/pages-without-astro.ts): every page of the
 * tag, year and trigger routes but each route's first, which Astro renders and ours must equal
 * byte for byte. `astro dev` and `KB_POST_PAGES_BY_ASTRO=1` keep every page on the routes.
 */
const fix = 'Change src/lib/list-page/ as the route\'s .astro files (or src/components/PostmortemList.astro) changed (test/site/post-pages.test.ts shows it).';

/** src/pages/tags/[tag]/[...page].astro's paths: those Astro renders. */
export function tagPathsRenderedByAstro<T extends { params: { tag: string }; props: { page: PostmortemPage } }>(paths: T[]): T[] {
  return keepTemplateOnly('Tag pages', paths, ({ params: { tag }, props: { page } }) => ({
    path: pageUrl(`/tags/${tag}/`, page.currentPage),
    html: (frame) => tagPageHtml(tag, vocabulary.tags.get(tag)?.description, page, frame, serviceName),
  }), fix);
}

/** src/pages/years/[year]/[...page].astro's paths: those Astro renders. */
export function yearPathsRenderedByAstro<T extends { params: { year: string }; props: { years: string[]; page: PostmortemPage } }>(paths: T[]): T[] {
  return keepTemplateOnly('Year pages', paths, ({ params: { year }, props: { years, page } }) => ({
    path: pageUrl(`/years/${year}/`, page.currentPage),
    html: (frame) => yearPageHtml(year, years, page, frame, serviceName),
  }), fix);
}

/** src/pages/triggers/[category]/[...page].astro's paths: those Astro renders. */
export function triggerPathsRenderedByAstro<T extends { params: { category: string }; props: { page: PostmortemPage } }>(paths: T[]): T[] {
  return keepTemplateOnly('Trigger pages', paths, ({ params: { category }, props: { page } }) => ({
    path: pageUrl(`/triggers/${category}/`, page.currentPage),
    html: (frame) => triggerPageHtml(category, vocabulary.triggers.get(category)!, page, frame, serviceName),
  }), fix);
}
