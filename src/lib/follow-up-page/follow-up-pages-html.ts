import type { FollowUp, FollowUpSummary } from '../follow-ups.ts';
import { notRecordedGroup } from '../follow-ups.ts';
import { followUpListUrl, followUpValueLabel, type FollowUpFilter } from '../follow-up-listing.ts';
import { formatCount, formatDay } from '../format.ts';
import { pageUrl, shownRange } from '../pagination.ts';
import { attribute, text } from '../post-page/astro-markup.ts';
import { pageFrameHtml, type PageFrame } from '../post-page/page-frame-html.ts';
import { followUpTableHtml } from './follow-up-table-html.ts';
import { followUpFilterNavHtml } from './follow-up-filter-nav-html.ts';
import { pagerHtml, type PagerInput } from './pager-html.ts';

/**
 * The three routes that list follow-ups, written as their `.astro` files write them inside
 * src/layouts/Base.astro, byte for byte (test/site/post-pages.test.ts; the build checks one page
 * of each route, src/data/pages-without-astro.ts): `/follow-ups/` (src/pages/follow-ups/[...page].astro),
 * a filter's pages (src/pages/follow-ups/[dimension]/[value]/[...page].astro) and a service's open
 * follow-ups (src/pages/services/[service]/follow-ups/[...page].astro). A build of 1,000 spent
 * ~7 ms of Astro's thread a follow-up page on it (docs/performance.md, session 38).
 */

/** One page of a paged list, as Astro's `paginate` gives it. */
export interface FollowUpPage {
  data: FollowUp[];
  start: number;
  end: number;
  total: number;
  currentPage: number;
  lastPage: number;
}

const pageCount = (page: FollowUpPage) => (page.lastPage > 1 ? `; showing ${shownRange(page)}` : '');
const pagedTitle = (heading: string, page: FollowUpPage) => (page.currentPage > 1 ? `${heading}, page ${page.currentPage}` : heading);

/** Above the rows, the rows, below them: every one of these pages ends so. */
function pagedRowsHtml(pager: PagerInput, items: FollowUp[], asOf: string, empty: string, teamName: (id: string) => string): string {
  return pagerHtml(pager, 'above') + followUpTableHtml(items, asOf, empty, teamName) + pagerHtml(pager, 'below');
}

/** One "Completion by …" table of the tracker's first page. */
function completionTableHtml(label: string, column: string, groups: Record<string, FollowUpSummary['byOwner'][string]>, rowLabel: (key: string) => string): string {
  const rows = Object.entries(groups).map(([key, g]) => `<tr><th scope="row">${text(rowLabel(key))}</th><td>${text(g.total)}</td><td>${text(g.done)}</td><td>${text(g.open)}</td><td>${text(g.overdue)}</td></tr>`).join('');
  return `<h2>${text(label)}</h2><div class="table-scroll" tabindex="0" role="region"${attribute('aria-label', label)}><table><thead><tr><th scope="col">${text(column)}</th><th scope="col">Total</th><th scope="col">Done</th><th scope="col">Open</th><th scope="col">Overdue</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export interface FollowUpListPageInput {
  page: FollowUpPage;
  asOf: string;
  summary: FollowUpSummary;
  filters: FollowUpFilter[];
  /** What the list leaves out (src/lib/unlisted-follow-ups.ts), or empty. */
  unlisted: string;
  teamName: (id: string) => string;
}

/** A page of `/follow-ups/`. */
export function followUpListPageHtml(input: FollowUpListPageInput, frame: PageFrame): string {
  const { page, asOf, summary, filters, unlisted, teamName } = input;
  const first = page.currentPage === 1;
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  const openWithoutOwner = summary.byOwner[notRecordedGroup]?.open ?? 0;
  let html = '<h1>Follow-ups</h1>';
  if (first) {
    html += `<p class="pm-summary">${text(formatCount(summary.total))} action items from published postmortems: ${text(formatCount(summary.open))} open, ${text(formatCount(summary.inProgress))} in progress, <strong>${text(formatCount(summary.overdue))} overdue</strong> as of <span class="nowrap">${text(formatDay(asOf))}</span>. Closure rate ${text(pct(summary.closureRate))} (done ÷ all but won't-do). Also as <a href="/follow-ups.csv">CSV</a> and <a href="/follow-ups.json">JSON</a>.`;
    if (unlisted) html += ` ${text(unlisted)}`;
    if (summary.notRecorded.due > 0) html += ` ${text(formatCount(summary.notRecorded.due))} items from historical records have no due date recorded and are never counted overdue.`;
    html += '</p>';
    if (openWithoutOwner > 0) html += `<p><strong>${text(openWithoutOwner)} open ${openWithoutOwner === 1 ? 'item has' : 'items have'} no owner recorded</strong> (historical records): <a${attribute('href', followUpListUrl({ dimension: 'owner', value: notRecordedGroup }))}>list them</a> to set an owner or close them.</p>`;
  }
  html += followUpFilterNavHtml(filters, page.total, undefined, first, teamName);
  html += `<p class="muted">${text(formatCount(page.total))} listed, by due day, as of <span class="nowrap">${text(formatDay(asOf))}</span>${text(pageCount(page))}.</p>`;
  html += pagedRowsHtml({ currentPage: page.currentPage, lastPage: page.lastPage, firstPageUrl: '/follow-ups/', label: 'Pages of follow-ups' }, page.data, asOf, 'No follow-ups yet.', teamName);
  if (first) {
    html += completionTableHtml('Completion by owner team', 'Team', summary.byOwner, (team) => followUpValueLabel('owner', team, teamName));
    html += completionTableHtml('Completion by priority', 'Priority', summary.byPriority, (priority) => followUpValueLabel('priority', priority, teamName));
  }
  return pageFrameHtml(pageUrl('/follow-ups/', page.currentPage), pagedTitle('Follow-ups', page), 'Open action items across published postmortems and those closed in the last year.', html, frame);
}

export interface FollowUpFilterPageInput {
  page: FollowUpPage;
  asOf: string;
  filter: Pick<FollowUpFilter, 'dimension' | 'value'>;
  filters: FollowUpFilter[];
  /** How many follow-ups are listed in all. */
  total: number;
  teamName: (id: string) => string;
}

/** A page of one filter of the tracker, `/follow-ups/<dimension>/<value>/`. */
export function followUpFilterPageHtml(input: FollowUpFilterPageInput, frame: PageFrame): string {
  const { page, asOf, filter, filters, total, teamName } = input;
  const label = followUpValueLabel(filter.dimension, filter.value, teamName);
  const unrecorded = filter.dimension !== 'status' && filter.value === notRecordedGroup;
  const heading = filter.dimension === 'status' || unrecorded ? `Follow-ups: ${label}` : `Follow-ups, ${filter.dimension}: ${label}`;
  const described = unrecorded ? label : `${filter.dimension} ${label}`;
  let html = `<p><a href="/follow-ups/">All follow-ups</a></p><h1>${text(heading)}</h1>`;
  html += followUpFilterNavHtml(filters, total, filter, page.currentPage === 1, teamName);
  if (unrecorded) {
    const fix = filter.dimension === 'owner' ? 'set an owner team in the postmortem, or close the item (done or wont-do) if it no longer applies' : `set the ${filter.dimension} in the postmortem when it is known`;
    html += `<p>These follow-ups come from historical records (reports written before this knowledge base), which never recorded their ${text(filter.dimension)}. Nothing is made up for them: ${text(fix)}.</p>`;
  }
  html += `<p class="muted">${text(formatCount(page.total))} of ${text(formatCount(total))} listed follow-ups, by due day, as of <span class="nowrap">${text(formatDay(asOf))}</span>${text(pageCount(page))}.</p>`;
  html += pagedRowsHtml({ currentPage: page.currentPage, lastPage: page.lastPage, firstPageUrl: followUpListUrl(filter), label: `Pages of follow-ups with ${described}` }, page.data, asOf, `No listed follow-up has ${described}.`, teamName);
  return pageFrameHtml(pageUrl(followUpListUrl(filter), page.currentPage), pagedTitle(heading, page), `Listed action items with ${described}, as of ${formatDay(asOf)}.`, html, frame);
}

export interface ServiceFollowUpsPageInput {
  page: FollowUpPage;
  asOf: string;
  service: { id: string; name: string };
  /** The list's first page, `/services/<id>/follow-ups/` (src/lib/follow-ups.ts `serviceFollowUpsUrl`). */
  firstPageUrl: string;
  teamName: (id: string) => string;
}

/** A page of a service's open follow-ups. */
export function serviceFollowUpsPageHtml(input: ServiceFollowUpsPageInput, frame: PageFrame): string {
  const { page, asOf, service, firstPageUrl, teamName } = input;
  const heading = `Open follow-ups: ${service.name}`;
  let html = `<p><a${attribute('href', `/services/${service.id}/`)}>${text(service.name)}</a> · <a href="/follow-ups/">All follow-ups</a></p><h1>${text(heading)}</h1>`;
  html += `<p class="muted">${text(formatCount(page.total))} open follow-ups from postmortems naming ${text(service.id)}, by due day, as of <span class="nowrap">${text(formatDay(asOf))}</span>${text(pageCount(page))}.</p>`;
  html += pagedRowsHtml({ currentPage: page.currentPage, lastPage: page.lastPage, firstPageUrl, label: `Pages of open follow-ups of ${service.id}` }, page.data, asOf, `No open follow-up from postmortems naming ${service.id}.`, teamName);
  return pageFrameHtml(pageUrl(firstPageUrl, page.currentPage), pagedTitle(heading, page), `Open action items from postmortems naming ${service.id}, as of ${formatDay(asOf)}.`, html, frame);
}
