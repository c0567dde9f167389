import type { TimelineEntry } from '../postmortem-schema.ts';
import { bodyReplacesTimeline } from '../body-timeline.ts';
import { bodySections, pageContents, type ContentsEntry } from '../page-contents.ts';
import { bodyWithoutLead } from '../body-without-lead.ts';
import { formatDay, formatTimeOfDay } from '../format.ts';
import { linkedRuns } from '../linked-text.ts';
import { attribute, text } from './astro-markup.ts';

/**
 * The report's body (rendered by the content loader), its contents when long, then the page's
 * structured "Timeline" unless the body already tells it: src/components/ReportWithTimeline.astro
 * for a body given as HTML.
 */
export function reportWithTimelineHtml(input: { bodyHtml: string; timeline: readonly TimelineEntry[]; lead: string; lang?: string; after: readonly ContentsEntry[] }): string {
  const { timeline, lead, lang, after } = input;
  const html = bodyWithoutLead(input.bodyHtml, lead);
  const timelineInBody = bodyReplacesTimeline(html, timeline.map((row) => row.event), lead);
  const contents = pageContents(bodySections(html), [...(timelineInBody ? [] : [{ id: 'timeline-title', text: 'Timeline' }]), ...after]);
  let out = '';
  if (contents.length > 0) {
    out += `<nav class="page-contents" aria-label="On this page"><h2 class="page-contents__title">On this page</h2><ul>${contents.map((entry) => `<li><a${attribute('href', `#${entry.id}`)}>${text(entry.text)}</a></li>`).join('')}</ul></nav>`;
  }
  out += `<section class="prose" aria-label="Report"${attribute('lang', lang)}>${html}</section>`;
  if (!timelineInBody) {
    out += `<section aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline</h2>${timeline.length ? timelineHtml(timeline, lang) : '<p class="muted">No timeline recorded.</p>'}</section>`;
  }
  return out;
}

/** The structured timeline (src/components/Timeline.astro): the day shown only when it changes. */
function timelineHtml(entries: readonly TimelineEntry[], lang: string | undefined): string {
  if (entries.length === 0) return '';
  const rows = entries.map((row, i) => {
    const showDay = i === 0 || row.at.slice(0, 10) !== entries[i - 1].at.slice(0, 10);
    const event = linkedRuns(row.event).map((run) => (run.href ? `<a${attribute('href', run.href)}>${text(run.text)}</a>` : text(run.text))).join('');
    const source = row.source ? ` <span class="muted">(${text(row.source)})</span>` : '';
    return `<li><time${attribute('datetime', row.at)}>${showDay ? text(`${formatDay(row.at)} `) : ''}${text(formatTimeOfDay(row.at))} UTC</time> <span${attribute('class', `kind kind--${row.kind}`)}>${text(row.kind)}</span> <span class="event"${attribute('lang', lang)}>${event}</span>${source}</li>`;
  });
  return `<ol class="timeline">${rows.join('')}</ol>`;
}
