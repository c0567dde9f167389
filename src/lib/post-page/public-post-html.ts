import { publicImpactWindow, type PublicPostmortem } from '../public-projection.ts';
import { formatDay, formatInstant } from '../format.ts';
import { formatDuration } from '../durations.ts';
import { titleSizeClass } from '../title-size.ts';
import { headingHtml } from '../heading-words.ts';
import { publicActionStatusLabels } from '../public-action-status.ts';
import { linkedRuns } from '../linked-text.ts';
import { bodyShowsTimeline } from '../body-timeline.ts';
import { reportLanguage } from '../report-language.ts';
import { actionItemTitleText } from '../action-item-title.ts';
import { bodyWithoutLead } from '../body-without-lead.ts';
import { shownPublicTitle } from '../title-shown-day.ts';
import { impactRepeatsLead } from '../impact-repeats-lead.ts';
import { attribute, text, unbroken } from './astro-markup.ts';

/**
 * The internal page's "what customers see" preview of a public post: what
 * src/public-site/components/PublicPostmortemView.astro writes with `headingLevel="h2"` and
 * `preview` (no search attributes), given the post's public text as HTML whose ids are already
 * prefixed. The public site itself still renders its posts with that component.
 */
export function publicPostPreviewHtml(post: PublicPostmortem, publicBodyHtml: string): string {
  const bodyHtml = bodyWithoutLead(publicBodyHtml, post.summary);
  const timelineInBody = bodyShowsTimeline(bodyHtml, post.timeline.map((row) => row.event), post.summary);
  const title = shownPublicTitle(post);
  const lang = reportLanguage(post);
  const impactWindow = publicImpactWindow(post);
  const impactShown = !impactRepeatsLead(post.summary, post.impactDescription);
  const lists = [['What contributed', post.contributors], ['What limited the impact', post.mitigators], ['Remaining risks', post.risks]] as const;
  const slug = post.impactLevel.toLowerCase().replace(/\s+/g, '-');

  let html = `<article class="public-post" data-pagefind-ignore="all"><div data-pagefind-ignore class="pm-header__badges"><span${attribute('class', `severity-badge impact--${slug}`)}>${text(post.impactLevel)}</span><time class="nowrap"${attribute('datetime', post.date)}>${text(formatDay(post.date))}</time></div>`;
  html += `<h2${attribute('class', titleSizeClass(title))}${attribute('lang', lang)}>${headingHtml(title)}</h2>`;
  html += `<p class="pm-summary"${attribute('lang', lang)}>${text(post.summary)}</p>`;
  if (impactWindow !== 'unstated' || post.services.length > 0) {
    html += '<dl class="inline-facts">';
    if (impactWindow === 'window') {
      html += `<div><dt>Impact window</dt> <dd>${unbroken(formatInstant(post.impactStart!))} – ${unbroken(formatInstant(post.impactEnd!))}</dd></div><div><dt>Duration</dt> <dd>${text(formatDuration(post.impactMinutes))}</dd></div>`;
    } else if (impactWindow === 'none') {
      html += '<div><dt>Impact</dt> <dd>None for customers</dd></div>';
    }
    if (post.services.length > 0) html += `<div><dt>Affected</dt> <dd>${text(post.services.join(', '))}</dd></div>`;
    html += '</dl>';
  }
  if (impactShown) html += `<h3>What you may have noticed</h3><p>${text(post.impactDescription)}</p>`;
  html += `<div class="prose"${attribute('lang', lang)}>${bodyHtml}</div>`;
  if (post.timeline.length > 0 && !timelineInBody) {
    const rows = post.timeline.map((entry) => `<li><time${attribute('datetime', entry.at)}>${unbroken(formatInstant(entry.at))}</time> <span class="event"${attribute('lang', lang)}>${linkedRuns(entry.event).map((run) => (run.href ? `<a${attribute('href', run.href)}>${text(run.text)}</a>` : text(run.text))).join('')}</span></li>`);
    html += `<h3>Timeline (UTC)</h3><ol class="timeline">${rows.join('')}</ol>`;
  }
  if (post.actionItems.length > 0) {
    html += `<h3>What we are doing about it</h3><ul>${post.actionItems.map((item) => `<li>${text(actionItemTitleText(item.title))} <span${attribute('class', `status status--${item.status}`)}>(${text(publicActionStatusLabels[item.status] ?? item.status)})</span></li>`).join('')}</ul>`;
  }
  for (const [label, items] of lists) {
    if (items && items.length > 0) html += `<h3>${text(label)}</h3><ul>${items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>`;
  }
  return `${html}</article>`;
}
