import type { FollowUp } from '../follow-ups.ts';
import { isOverdue, overdueDays } from '../follow-ups.ts';
import { overdueBadgeAttributes, overdueBadgeText, severityBadgeAttributes } from '../badges.ts';
import { formatDay } from '../format.ts';
import { actionItemTitleText } from '../action-item-title.ts';
import { describeTrackerLink, ticketLabelPieces } from '../tracker/link.ts';
import { describeUnrecordedFacts, followUpCardFacts } from '../unrecorded-facts.ts';
import { attribute, attributes, text, unbroken } from '../post-page/astro-markup.ts';
import { headingHtml } from '../heading-words.ts';

const notRecorded = '<span class="not-recorded">not recorded</span>';

/** src/components/TicketLabel.astro: a ticket's label that breaks between its pieces, never inside "OPS-4521". */
function ticketLabelHtml(link: string): string {
  const pieces = ticketLabelPieces(describeTrackerLink(link).label);
  return `<span class="ticket-label">${pieces.map((piece) => `${piece.breakBefore ? '<wbr>' : ''}${piece.keep ? `<span class="nowrap">${text(piece.text)}</span>` : text(piece.text)}`).join('')}</span>`;
}

/**
 * The rows of the follow-up tracker (src/components/FollowUpTable.astro), byte for byte: due day
 * with days overdue, action, owner, priority, type, status, ticket and origin; a fact a
 * historical record never recorded reads "not recorded" (a ticket "not tracked").
 */
export function followUpTableHtml(items: readonly FollowUp[], asOf: string, empty: string, teamName: (id: string) => string): string {
  if (items.length === 0) return `<p class="muted">${text(empty)}</p>`;
  const unrecorded = describeUnrecordedFacts(items, followUpCardFacts);
  let html = unrecorded ? `<p class="muted">${text(unrecorded)}</p>` : '';
  html += '<div class="table-scroll" tabindex="0" role="region" aria-label="Follow-ups"><table class="follow-up-table"><thead><tr><th scope="col">Due</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Priority</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Ticket</th><th scope="col">From</th></tr></thead><tbody>';
  for (const item of items) {
    const overdue = isOverdue(item, asOf);
    const badge = overdue ? `<br><span${attributes(overdueBadgeAttributes(overdueDays(item, asOf)))}>${text(overdueBadgeText(overdueDays(item, asOf)))}</span>` : '';
    html += `<tr${attribute('class', overdue ? 'is-overdue' : undefined)}${attribute('data-status', item.status)}${attribute('data-owner', item.owner ?? undefined)}${attribute('data-priority', item.priority ?? undefined)}${attribute('data-type', item.type ?? undefined)}>`
      + `<td>${item.due ? `<span><time class="nowrap"${attribute('datetime', item.due)}>${text(formatDay(item.due))}</time>${badge}</span>` : notRecorded}</td>`
      + `<td>${unbroken(actionItemTitleText(item.title))}</td>`
      + `<td>${item.owner ? text(teamName(item.owner)) : notRecorded}</td>`
      + `<td>${item.priority != null ? text(item.priority) : notRecorded}</td>`
      + `<td>${item.type != null ? text(item.type) : notRecorded}</td>`
      + `<td><span${attribute('class', `status status--${item.status}`)}>${text(item.status)}</span></td>`
      + `<td>${item.link ? `<a${attribute('href', item.link)}>${ticketLabelHtml(item.link)}</a>` : '<span class="not-recorded">not tracked</span>'}</td>`
      + `<td><span><span${attributes(severityBadgeAttributes(item.severity))}>${text(item.severity)}</span> <a${attribute('href', `/postmortems/${item.postmortemId}/#action-${item.id}`)}>${headingHtml(item.postmortemTitle)}</a> <span class="nowrap">(${text(item.id)})</span></span></td></tr>`;
  }
  return `${html}</tbody></table></div>`;
}
