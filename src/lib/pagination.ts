import { formatCount } from './format.ts';

/**
 * Paging of the browse lists (severity, tag, service, trigger, year). A list page holds at most
 * `listPageSize` postmortem cards, so no page grows past a few hundred kilobytes however many
 * postmortems a group collects; page 1 keeps the group's old URL (`/tags/dns/`), later pages
 * add their number (`/tags/dns/2/`).
 */
export const listPageSize = 100;

/**
 * One entry of a pager: a page number to link, the current page, or a gap (`…`). `on` marks an
 * entry of one screen only: `'wide'` a number a phone's pager leaves out, `'narrow'` the gap that
 * stands there in its place; an entry without `on` is shown on every screen.
 */
export type PagerItem =
  | { kind: 'page'; number: number; current: boolean; on?: 'wide' }
  | { kind: 'gap'; on?: 'narrow' };

/**
 * The page numbers of one pager: always the first and last page, the current page and `radius`
 * pages either side of it, with a gap where numbers are left out. A gap never replaces a single
 * number (1 … 3 becomes 1 2 3), so the pager never hides one page behind `…`.
 */
function shownNumbers(currentPage: number, lastPage: number, radius: number): number[] {
  const shown = new Set<number>([1, lastPage]);
  for (let n = currentPage - radius; n <= currentPage + radius; n++) if (n >= 1 && n <= lastPage) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const filled: number[] = [];
  for (const number of numbers) {
    const previous = filled.at(-1) ?? 0;
    if (number - previous === 2) filled.push(previous + 1);
    filled.push(number);
  }
  return filled;
}

/**
 * The entries of a pager, for a wide screen and a phone at once: on a wide screen the numbers of
 * `radius` pages either side of the current one, on a phone of `radius - 1` (CSS shows one set or
 * the other by `on`, src/styles/global.css). On a 320 px phone "1 … 9994 9995 9996 9997 9998
 * 9999" (page 9,995 of 9,999) is wider than the column and "9999" went onto a line of its own
 * (look round 44); "1 … 9994 9995 9996 … 9999" fits, with room for 44 px tap targets. Every
 * number a phone leaves out has a gap in its place: the gap already there when one is, else one
 * of its own.
 */
export function pagerItems(currentPage: number, lastPage: number, radius = 2): PagerItem[] {
  if (!Number.isInteger(lastPage) || lastPage < 1) throw new RangeError(`lastPage must be a positive integer, got ${lastPage}`);
  if (!Number.isInteger(currentPage) || currentPage < 1 || currentPage > lastPage) {
    throw new RangeError(`currentPage must be between 1 and ${lastPage}, got ${currentPage}`);
  }
  const onPhone = new Set(shownNumbers(currentPage, lastPage, Math.max(radius - 1, 0)));
  const items: PagerItem[] = [];
  let previous = 0;
  // Whether the numbers left out on a phone since its last shown number have a gap among them.
  let leftOut = false;
  let gapAmongLeftOut = false;
  for (const number of shownNumbers(currentPage, lastPage, radius)) {
    const gapBefore = number - previous > 1;
    if (onPhone.has(number)) {
      if (leftOut && !gapAmongLeftOut && !gapBefore) items.push({ kind: 'gap', on: 'narrow' });
      if (gapBefore) items.push({ kind: 'gap' });
      items.push({ kind: 'page', number, current: number === currentPage });
      leftOut = false;
      gapAmongLeftOut = false;
    } else {
      if (gapBefore) items.push({ kind: 'gap' });
      items.push({ kind: 'page', number, current: false, on: 'wide' });
      if (gapBefore) gapAmongLeftOut = true;
      leftOut = true;
    }
    previous = number;
  }
  return items;
}

/** Where a pager sits on a paged list's page: above its rows or below them (each page has both). */
export type PagerPlacement = 'above' | 'below';

/**
 * The name of one of a page's two pagers ("Pages of follow-ups, above the list"): two navigation
 * landmarks of one name are indistinguishable in a screen reader's list of landmarks (axe
 * `landmark-unique`), so each says where it is.
 */
export function pagerLabel(label: string, placement: PagerPlacement): string {
  return `${label}, ${placement} the list`;
}

/** URL of page `number` of a list whose first page is `firstPageUrl` (ending in `/`). */
export function pageUrl(firstPageUrl: string, number: number): string {
  const base = firstPageUrl.endsWith('/') ? firstPageUrl : `${firstPageUrl}/`;
  return number === 1 ? base : `${base}${number}/`;
}

/** "postmortems 101–200 of 412, newest first" for a page of a paged list. */
export function describePageRange(page: { start: number; end: number; total: number; lastPage: number }, noun = 'postmortem'): string {
  const plural = page.total === 1 ? noun : `${noun}s`;
  // "0 postmortems, newest first." described an order of nothing.
  if (page.total === 0) return `No ${plural} yet.`;
  // "1,234 postmortems": a group of a large knowledge base reached four and five digits.
  if (page.lastPage === 1) return `${formatCount(page.total)} ${plural}, newest first.`;
  return `${formatCount(page.total)} ${plural}, newest first; showing ${shownRange(page)}.`;
}

/**
 * "101–200": the items a page of a paged list shows, counted from 1. A word joiner (U+2060, not
 * drawn, not read aloud) follows the en dash: a line may break after an en dash, and on a phone
 * "showing 1–" ended one line and "100." began the next (look round 41).
 */
export function shownRange(page: { start: number; end: number }): string {
  return `${formatCount(page.start + 1)}–\u2060${formatCount(page.end + 1)}`;
}
