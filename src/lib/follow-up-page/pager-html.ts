import { pagerItems, pagerLabel, pageUrl, type PagerPlacement } from '../pagination.ts';
import { attribute, text } from '../post-page/astro-markup.ts';

/** What a paged list's pager links (src/components/Pager.astro's props). */
export interface PagerInput {
  currentPage: number;
  lastPage: number;
  firstPageUrl: string;
  label: string;
  previousText?: string;
  nextText?: string;
}

/** src/components/Pager.astro, byte for byte: nothing for a list that fits one page. */
export function pagerHtml(input: PagerInput, placement: PagerPlacement): string {
  const { currentPage, lastPage, firstPageUrl, label, previousText = '← Newer', nextText = 'Older →' } = input;
  if (lastPage <= 1) return '';
  let html = `<nav class="pager"${attribute('data-placement', placement)}${attribute('aria-label', pagerLabel(label, placement))}><ul>`;
  if (currentPage > 1) html += `<li><a rel="prev"${attribute('href', pageUrl(firstPageUrl, currentPage - 1))}>${text(previousText)}</a></li>`;
  for (const item of pagerItems(currentPage, lastPage)) {
    const on = attribute('class', item.on && `pager-${item.on}`);
    if (item.kind === 'gap') html += `<li${on} aria-hidden="true">…</li>`;
    else if (item.current) html += `<li><span aria-current="page">${text(item.number)}</span></li>`;
    else html += `<li${on}><a${attribute('href', pageUrl(firstPageUrl, item.number))}${attribute('aria-label', `Page ${item.number}`)}>${text(item.number)}</a></li>`;
  }
  if (currentPage < lastPage) html += `<li><a rel="next"${attribute('href', pageUrl(firstPageUrl, currentPage + 1))}>${text(nextText)}</a></li>`;
  return `${html}</ul></nav>`;
}
