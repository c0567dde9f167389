import { teamName, vocabulary } from './vocabulary.ts';
import { keepTemplateOnly } from './pages-without-astro.ts';
import { pageUrl } from '../lib/pagination.ts';
import { serviceFollowUpsUrl } from '../lib/follow-ups.ts';
import {
  followUpFilterPageHtml, followUpListPageHtml, serviceFollowUpsPageHtml,
  type FollowUpFilterPageInput, type FollowUpListPageInput, type FollowUpPage,
} from '../lib/follow-up-page/follow-up-pages-html.ts';

/**
 * The follow-up pages a build leaves to src/lib/follow-up-page/ (written once Astro has written
 * its own, src/data/pages-without-astro.ts): every page of the three routes that list follow-ups
 * but each route's first, which Astro renders and ours must equal byte for byte. `astro dev`
 * and `KB_POST_PAGES_BY_ASTRO=1` keep every page on the routes. Astro's own work was ~7 ms of its
 * thread a page in a build of 1,000 (docs/performance.md, session 38).
 */
const fix = 'Change src/lib/follow-up-page/ as the route\'s .astro files changed (test/site/post-pages.test.ts shows it).';

/** src/pages/follow-ups/[...page].astro's paths: those Astro renders. */
export function followUpListPathsRenderedByAstro<T extends { props: { page: FollowUpPage } }>(paths: T[], input: Omit<FollowUpListPageInput, 'page' | 'teamName'>): T[] {
  return keepTemplateOnly('Follow-up pages', paths, ({ props: { page } }) => ({
    path: pageUrl('/follow-ups/', page.currentPage),
    html: (frame) => followUpListPageHtml({ ...input, page, teamName }, frame),
  }), fix);
}

type FilterPath = { params: { dimension: string; value: string }; props: Omit<FollowUpFilterPageInput, 'asOf' | 'teamName'> };

/** src/pages/follow-ups/[dimension]/[value]/[...page].astro's paths: those Astro renders. */
export function followUpFilterPathsRenderedByAstro<T extends FilterPath>(paths: T[], asOf: string): T[] {
  return keepTemplateOnly('Follow-up filter pages', paths, ({ params, props }) => ({
    // Astro writes the file under the parameters as given, not as the URL escapes them.
    path: pageUrl(`/follow-ups/${params.dimension}/${params.value}/`, props.page.currentPage),
    html: (frame) => followUpFilterPageHtml({ ...props, asOf, teamName }, frame),
  }), fix);
}

/** src/pages/services/[service]/follow-ups/[...page].astro's paths: those Astro renders. */
export function serviceFollowUpPathsRenderedByAstro<T extends { params: { service: string }; props: { page: FollowUpPage } }>(paths: T[], asOf: string): T[] {
  return keepTemplateOnly('Service follow-up pages', paths, ({ params: { service }, props: { page } }) => ({
    path: pageUrl(serviceFollowUpsUrl(service), page.currentPage),
    html: (frame) => serviceFollowUpsPageHtml({ page, asOf, service: { id: service, name: vocabulary.services.get(service)!.name }, firstPageUrl: serviceFollowUpsUrl(service), teamName }, frame),
  }), fix);
}
