import { describePageRange, pageUrl } from '../pagination.ts';
import { attribute, text } from '../post-page/astro-markup.ts';
import { pageFrameHtml, type PageFrame } from '../post-page/page-frame-html.ts';
import { pagerHtml, type PagerInput } from '../follow-up-page/pager-html.ts';
import { postmortemListHtml, type ListedPostmortem } from './postmortem-list-html.ts';

/**
 * The pages that list one group's postmortems as cards, written as their `.astro` files write
 * them inside src/layouts/Base.astro, byte for byte (test/site/post-pages.test.ts; the build
 * checks one page of each route, src/data/pages-without-astro.ts): a tag's
 * (src/pages/tags/[tag]/[...page].astro), a year's (src/pages/years/[year]/[...page].astro) and a
 * trigger category's (src/pages/triggers/[category]/[...page].astro).
 */

/** One page of a group's postmortems, as Astro's `paginate` gives it. */
export interface PostmortemPage {
  data: ListedPostmortem[];
  start: number;
  end: number;
  total: number;
  currentPage: number;
  lastPage: number;
}

const pagedTitle = (heading: string, page: PostmortemPage) => (page.currentPage > 1 ? `${heading}, page ${page.currentPage}` : heading);

/** What every one of these pages ends with: the count, the pager, the cards, the pager. */
function pagedCardsHtml(page: PostmortemPage, pager: Omit<PagerInput, 'currentPage' | 'lastPage'>, empty: string, serviceName: (id: string) => string): string {
  const paging = { ...pager, currentPage: page.currentPage, lastPage: page.lastPage };
  return `<p class="muted">${text(describePageRange(page))}</p>${pagerHtml(paging, 'above')}${postmortemListHtml(page.data, 'h2', empty, serviceName)}${pagerHtml(paging, 'below')}`;
}

const defaultEmpty = 'No published postmortems yet.';

/** A group with a heading, an "All …" link above it and a description on its first page (tags, triggers). */
function describedGroupPageHtml(group: { url: string; heading: string; allUrl: string; allText: string; description?: string; pagerLabel: string; empty: string }, page: PostmortemPage, pageDescription: string, frame: PageFrame, serviceName: (id: string) => string): string {
  let html = `<p><a${attribute('href', group.allUrl)}>${text(group.allText)}</a></p><h1>${text(group.heading)}</h1>`;
  if (group.description && page.currentPage === 1) html += `<p class="pm-summary">${text(group.description)}</p>`;
  html += pagedCardsHtml(page, { firstPageUrl: group.url, label: group.pagerLabel }, group.empty, serviceName);
  return pageFrameHtml(pageUrl(group.url, page.currentPage), pagedTitle(group.heading, page), pageDescription, html, frame);
}

/** A page of `/tags/<tag>/`. */
export function tagPageHtml(tag: string, description: string | undefined, page: PostmortemPage, frame: PageFrame, serviceName: (id: string) => string): string {
  return describedGroupPageHtml({ url: `/tags/${tag}/`, heading: `Tag: ${tag}`, allUrl: '/tags/', allText: 'All tags', description, pagerLabel: `Pages of postmortems tagged ${tag}`, empty: defaultEmpty }, page, `Postmortems tagged ${tag}.`, frame, serviceName);
}

/** A page of `/triggers/<category>/`. */
export function triggerPageHtml(category: string, trigger: { name: string; description?: string }, page: PostmortemPage, frame: PageFrame, serviceName: (id: string) => string): string {
  return describedGroupPageHtml({ url: `/triggers/${category}/`, heading: `Trigger: ${trigger.name}`, allUrl: '/triggers/', allText: 'All trigger categories', description: trigger.description, pagerLabel: `Pages of postmortems triggered by ${trigger.name}`, empty: 'No published postmortem has this trigger.' }, page, `Postmortems triggered by: ${trigger.name}.`, frame, serviceName);
}

/** A page of `/years/<year>/`, every year linked above it. */
export function yearPageHtml(year: string, years: string[], page: PostmortemPage, frame: PageFrame, serviceName: (id: string) => string): string {
  const url = `/years/${year}/`;
  const nav = `<nav aria-label="Years"><ul class="chip-list">${years.map((y) => `<li><a class="chip"${attribute('href', `/years/${y}/`)}${attribute('aria-current', y === year ? 'page' : undefined)}>${text(y)}</a></li>`).join('')}</ul></nav>`;
  const heading = `Postmortems of ${year}`;
  const html = `${nav}<h1>${text(heading)}</h1>${pagedCardsHtml(page, { firstPageUrl: url, label: `Pages of postmortems of ${year}` }, defaultEmpty, serviceName)}`;
  return pageFrameHtml(pageUrl(url, page.currentPage), pagedTitle(heading, page), `Postmortems of incidents that started in ${year}.`, html, frame);
}
