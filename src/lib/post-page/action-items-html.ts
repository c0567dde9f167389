import { historicalUnrecordedFacts, type ActionItem } from '../postmortem-schema.ts';
import { isOverdue, overdueDays } from '../follow-ups.ts';
import { overdueBadgeAttributes, overdueBadgeText } from '../badges.ts';
import { formatDay } from '../format.ts';
import { actionItemCardFacts, describeUnrecordedFacts } from '../unrecorded-facts.ts';
import { actionItemTitleText } from '../action-item-title.ts';
import { attribute, attributes, text } from './astro-markup.ts';

const notRecorded = '<span class="not-recorded">not recorded</span>';

/**
 * The action items of one postmortem (src/components/ActionItems.astro): overdue ones marked as
 * of the build's day; a fact a historical record never stated reads "not recorded".
 */
export function actionItemsHtml(items: readonly ActionItem[], asOf: string, teamName: (id: string) => string): string {
  if (items.length === 0) return '<p class="muted">No action items recorded.</p>';
  const someNotRecorded = items.some((item) => historicalUnrecordedFacts.some((fact) => item[fact] === undefined));
  let html = someNotRecorded
    ? `<p class="muted">A historical record, written before this knowledge base: nothing is made up for what its report did not state. ${text(describeUnrecordedFacts(items, actionItemCardFacts))} An item without a due date is never counted overdue.</p>`
    : '';
  html += '<div class="table-scroll" role="region" aria-label="Action items table" tabindex="0"><table class="action-items"><thead><tr><th scope="col">Id</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Priority</th><th scope="col">Type</th><th scope="col">Status</th></tr></thead><tbody>';
  for (const item of items) {
    const overdue = isOverdue(item, asOf);
    const id = item.link ? `<a${attribute('href', item.link)}${attribute('title', `Tracking ticket for ${item.id}`)}>${text(item.id)}</a>` : text(item.id);
    const badge = overdue ? `<br><span${attributes(overdueBadgeAttributes(overdueDays(item, asOf)))}>${text(overdueBadgeText(overdueDays(item, asOf), true))}</span>` : '';
    const due = item.due ? `<span><time class="nowrap"${attribute('datetime', item.due)}>${text(formatDay(item.due))}</time>${badge}</span>` : notRecorded;
    html += `<tr${attribute('class', overdue ? 'is-overdue' : undefined)}${attribute('id', `action-${item.id}`)}><td>${id}</td>`
      + `<td><span>${text(actionItemTitleText(item.title))}<span class="verification">Verification: ${item.verification !== undefined && item.verification !== null ? text(item.verification) : notRecorded}</span></span></td>`
      + `<td>${item.owner ? text(teamName(item.owner)) : notRecorded}</td><td>${due}</td>`
      + `<td>${item.priority !== undefined && item.priority !== null ? text(item.priority) : notRecorded}</td>`
      + `<td>${item.type !== undefined && item.type !== null ? text(item.type) : notRecorded}</td>`
      + `<td><span${attribute('class', `status status--${item.status}`)}>${text(item.status)}</span></td></tr>`;
  }
  return `${html}</tbody></table></div>`;
}
