import type { FollowUpFilter } from '../follow-up-listing.ts';
import { followUpFilterNav, followUpValueLabel } from '../follow-up-listing.ts';
import { notRecordedGroup } from '../follow-ups.ts';
import { formatCount } from '../format.ts';
import { attribute, text } from '../post-page/astro-markup.ts';

/**
 * src/components/FollowUpFilterNav.astro, byte for byte: the tracker's filters as links, folded
 * on a list's later pages (`open` false), the fold's summary naming the filter in force.
 */
export function followUpFilterNavHtml(filters: readonly FollowUpFilter[], total: number, current: Pick<FollowUpFilter, 'dimension' | 'value'> | undefined, open: boolean, teamName: (id: string) => string): string {
  const currentLabel = current && followUpValueLabel(current.dimension, current.value, teamName);
  const inForce = !current ? 'all follow-ups' : current.value === notRecordedGroup && current.dimension !== 'status' ? currentLabel : `${current.dimension} ${currentLabel}`;
  let html = `<details class="follow-up-filters-fold"${open ? ' open' : ''}><summary>Filters <span class="muted">(showing ${text(inForce)})</span></summary><nav class="follow-up-filters" aria-label="Filter follow-ups">`;
  for (const group of followUpFilterNav(filters, total, current, teamName)) {
    html += `<div class="filter-group"><p class="filter-group__label">${text(group.label)}</p><ul>`;
    for (const entry of group.entries) {
      const inner = `${text(entry.label)} <span class="count">(${text(formatCount(entry.count))})</span>`;
      const ariaCurrent = attribute('aria-current', entry.current ? 'page' : undefined);
      html += entry.href ? `<li><a${attribute('href', entry.href)}${ariaCurrent}>${inner}</a></li>` : `<li><span class="filter-none"${ariaCurrent}>${inner}</span></li>`;
    }
    html += '</ul></div>';
  }
  return `${html}</nav></details>`;
}
