import type { Postmortem } from '../postmortem-schema.ts';
import { severityBadgeAttributes } from '../badges.ts';
import { formatDay } from '../format.ts';
import { headingHtml } from '../heading-words.ts';
import { isPublished } from '../predicates.ts';
import { reportLanguage } from '../report-language.ts';
import { severityKey } from '../site-view.ts';
import { shownTitle } from '../title-shown-day.ts';
import { unbrokenHtml } from '../unbroken.ts';
import { attribute, attributes, text } from '../post-page/astro-markup.ts';

/** One postmortem as a card lists it: its collection id and its validated data. */
export interface ListedPostmortem {
  id: string;
  data: Postmortem;
}

/** src/components/PostmortemList.astro, byte for byte: the cards, or `empty` for no postmortem. */
export function postmortemListHtml(entries: ListedPostmortem[], headingLevel: 'h2' | 'h3', empty: string, serviceName: (id: string) => string): string {
  if (!entries.length) return `<p class="muted">${text(empty)}</p>`;
  let html = '<ul class="pm-list">';
  for (const { id, data } of entries) {
    const lang = attribute('lang', reportLanguage(data));
    html += `<li${attribute('class', `pm-card pm-card--${severityKey(data.severity)}`)}><div class="pm-card__meta">`;
    html += `<span${attributes(severityBadgeAttributes(data.severity))}>${text(data.severity)}</span>`;
    html += `<time class="nowrap"${attribute('datetime', data.times.started)}>${text(formatDay(data.times.started))}</time>`;
    if (!isPublished(data)) html += `<span${attribute('class', `badge badge--${data.status}`)}>${text(data.status === 'draft' ? 'draft' : 'in review')}</span>`;
    if (data.nearMiss) html += '<span class="badge badge--near-miss">near-miss</span>';
    html += `<ul class="chip-list" aria-label="Services">${data.services.map((service) => `<li><a class="chip"${attribute('href', `/services/${service}/`)}${attribute('title', serviceName(service))}>${text(service)}</a></li>`).join('')}</ul></div>`;
    html += `<${headingLevel}${lang}><a${attribute('href', `/postmortems/${id}/`)}>${headingHtml(shownTitle(data))}</a></${headingLevel}>`;
    html += `<p class="pm-card__summary"${lang}>${unbrokenHtml(data.summary)}</p></li>`;
  }
  return `${html}</ul>`;
}
