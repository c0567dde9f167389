import type { Postmortem, Severity } from '../postmortem-schema.ts';
import type { PublicPostmortem } from '../public-projection.ts';
import { severityBadgeAttributes } from '../badges.ts';
import { formatDay } from '../format.ts';
import { titleSizeClass } from '../title-size.ts';
import { headingHtml } from '../heading-words.ts';
import { statusLabel } from '../site-view.ts';
import { isMarkedPublic, isPublished } from '../predicates.ts';
import { prefixFragmentIds } from '../body-timeline.ts';
import { reportLanguage } from '../report-language.ts';
import { shownTitle } from '../title-shown-day.ts';
import { attribute, attributes, text, unbroken } from './astro-markup.ts';
import { keyFactsHtml, type VocabularyNames } from './key-facts-html.ts';
import { reportWithTimelineHtml } from './report-html.ts';
import { actionItemsHtml } from './action-items-html.ts';
import { publicPostPreviewHtml } from './public-post-html.ts';
import { pageFrameHtml, type PageFrame } from './page-frame-html.ts';

export type { VocabularyNames, PageFrame };

/** A link to another postmortem: its title as shown and the day it started. */
export interface LinkedPostmortem { id: string; title: string; started: string }

/** What a postmortem page shows beyond the entry itself (src/data/postmortems.ts `getPostmortemPageData`). */
export interface PostPageLinks {
  asOf: string;
  related: LinkedPostmortem[];
  similar: (LinkedPostmortem & { severity: Severity; pinned?: boolean; reason: string })[];
  recurrence?: { text: string; recent: LinkedPostmortem[]; older: LinkedPostmortem[] };
}

/** Everything one postmortem page is written from. */
export interface PostPageInput {
  id: string;
  data: Postmortem;
  links: PostPageLinks;
  /** The body as the content loader rendered it (src/integrations/rendered-bodies.ts). */
  bodyHtml: string;
  /** A public post's text as customers read it (the loader's `publicHtml`), for the preview. */
  publicBodyHtml?: string;
  /** The public post (src/lib/public-projection.ts) when the postmortem is marked public and has its public fields. */
  publicPost?: PublicPostmortem;
  names: VocabularyNames;
}

/**
 * Whether {@link postPageHtml} writes this postmortem's page as Astro's route would: a body the
 * content loader rendered (a body with images, or one compiled as MDX, is Astro's component) and
 * no security block (its scoped styles and running clock script are Astro's to write).
 */
export function isWrittenWithoutAstro(data: Pick<Postmortem, 'security'>, bodyRendered: boolean): boolean {
  return bodyRendered && !data.security;
}

/**
 * The whole HTML of a postmortem's page, byte for byte what src/pages/postmortems/[...id].astro
 * inside src/layouts/Base.astro writes for it (test/site/post-pages.test.ts and the build's
 * own check of one page, src/data/post-pages.ts). A plain function of the post's data: a build
 * of 1,000 postmortems spent ~2.4 ms of Astro's thread per post page on Astro's per-page work
 * (docs/performance.md, session 37).
 */
export function postPageHtml(input: PostPageInput, frame: PageFrame): string {
  return pageFrameHtml(`/postmortems/${input.id}/`, input.data.title, input.data.summary, articleHtml(input), frame);
}

function articleHtml(input: PostPageInput): string {
  const { id, data, links, names } = input;
  if (data.security) throw new Error(`${id}: a postmortem with a security block is rendered by Astro's route (src/pages/postmortems/[...id].astro), not by postPageHtml.`);
  const lang = reportLanguage(data);
  const title = shownTitle(data);
  const lists = [
    ['Contributing factors', data.contributors],
    ['Mitigators', data.mitigators],
    ['Risks', data.risks],
  ] as const;
  const anyList = lists.some(([, items]) => items.length > 0);
  const after = [
    ...(anyList ? [{ id: 'analysis-title', text: 'Contributing factors, mitigators and risks' }] : []),
    { id: 'actions-title', text: 'Action items' },
    ...(links.related.length > 0 ? [{ id: 'related-title', text: 'Related postmortems' }] : []),
    { id: 'similar-title', text: 'Similar incidents' },
  ];

  let html = `<article><header class="pm-header"><div class="pm-header__badges"><span${attributes(severityBadgeAttributes(data.severity))}>${text(data.severity)}</span>`;
  if (!isPublished(data)) html += `<span${attribute('class', `badge badge--${data.status}`)}>${text(statusLabel(data.status))}</span>`;
  if (isMarkedPublic(data)) html += '<a class="badge badge--public" href="#public-preview">Public post</a>';
  if (data.nearMiss) html += '<span class="badge badge--near-miss">Near-miss</span>';
  html += `</div><h1${attribute('class', titleSizeClass(title))}${attribute('lang', lang)}>${headingHtml(title)}</h1><p class="pm-summary"${attribute('lang', lang)}>${text(data.summary)}</p>`;
  if (data.signals.length > 0) {
    html += `<div class="pm-signals"><strong>Signals</strong> <span class="muted">(error messages and alerts responders saw)</span><ul>${data.signals.map((signal) => `<li><code>${text(signal)}</code></li>`).join('')}</ul></div>`;
  }
  if (links.recurrence) {
    const { recurrence } = links;
    html += `<div class="recurrence-banner" role="note"><p><strong>Recurring:</strong> ${text(recurrence.text)}. ${recurrence.older.length ? 'Most recent' : 'Earlier'}: `;
    html += recurrence.recent.map((item, i) => `${i > 0 ? ', ' : ''}${linkedPostmortemHtml(item)}`).join('');
    html += '</p>';
    if (recurrence.older.length > 0) {
      html += `<details><summary>${text(recurrence.older.length)} earlier</summary><ul>${recurrence.older.map((item) => `<li>${linkedPostmortemHtml(item)}</li>`).join('')}</ul></details>`;
    }
    html += '</div>';
  }
  html += `</header><div class="pm-layout">${keyFactsHtml(data, names)}<div class="pm-main">`;
  html += reportWithTimelineHtml({ bodyHtml: input.bodyHtml, timeline: data.timeline, lead: data.summary, lang, after });
  html += '</div></div><div class="pm-after">';
  if (anyList) {
    const columns = lists.filter(([, items]) => items.length > 0).map(([label, items]) => `<div><h3>${text(label)}</h3><ul>${items.map((item) => `<li>${text(item)}</li>`).join('')}</ul></div>`);
    html += `<section aria-labelledby="analysis-title"><h2 id="analysis-title">Contributing factors, mitigators and risks</h2><div class="analysis-lists">${columns.join('')}</div></section>`;
  }
  html += `<section aria-labelledby="actions-title"><h2 id="actions-title">Action items</h2>${actionItemsHtml(data.actionItems, links.asOf, names.team)}</section>`;
  if (links.related.length > 0) {
    html += `<section aria-labelledby="related-title"><h2 id="related-title">Related postmortems</h2><ul>${links.related.map((item) => `<li>${linkedPostmortemHtml(item)}</li>`).join('')}</ul></section>`;
  }
  if (input.publicPost) {
    // The preview's headings would repeat the body's ids ("timeline" twice): prefixed.
    html += '<details class="public-preview" id="public-preview"><summary>Preview: what customers see on the public site</summary><p class="muted">Exactly what the public build renders from this file: no internal block, field or service id.</p>';
    html += publicPostPreviewHtml(input.publicPost, prefixFragmentIds(input.publicBodyHtml ?? '', 'preview-'));
    html += '</details>';
  }
  html += similarIncidentsHtml(links.similar);
  html += `<section aria-labelledby="review-title"><h2 id="review-title">Review</h2><p class="review-facts">Drafted <span class="nowrap">${text(formatDay(data.drafted))}</span>`;
  if (data.published) html += `, published <span class="nowrap">${text(formatDay(data.published))}</span>`;
  html += '. ';
  if (data.reviewers.length > 0) html += `Reviewed by ${text(data.reviewers.join(', '))}.`;
  return `${html}</p></section></div></article>`;
}

/** A linked postmortem with its day, as the recurrence banner and the related list show it. */
function linkedPostmortemHtml(item: LinkedPostmortem): string {
  return `<a${attribute('href', `/postmortems/${item.id}/`)}>${unbroken(item.title)}</a> <span class="muted nowrap">(${text(formatDay(item.started))})</span>`;
}

/** src/components/discovery/SimilarIncidents.astro */
function similarIncidentsHtml(similar: PostPageLinks['similar']): string {
  if (similar.length === 0) return '<section aria-labelledby="similar-title"><h2 id="similar-title">Similar incidents</h2><p class="muted">No similar postmortem found.</p></section>';
  const items = similar.map((link) => `<li><span${attributes(severityBadgeAttributes(link.severity))}>${text(link.severity)}</span> <a${attribute('href', `/postmortems/${link.id}/`)}>${unbroken(link.title)}</a> <span class="muted nowrap">(${text(formatDay(link.started))})</span><span class="reason">${link.pinned ? '<strong>Pinned. </strong>' : ''}${text(link.reason)}</span></li>`);
  return `<section aria-labelledby="similar-title"><h2 id="similar-title">Similar incidents</h2><ol class="similar-list">${items.join('')}</ol></section>`;
}
