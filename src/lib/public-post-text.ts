import type { PublicPostmortem } from './public-projection.ts';
import { impactRepeatsLead } from './impact-repeats-lead.ts';
import { formatDay, formatInstant } from './format.ts';
import { formatDuration } from './durations.ts';
import { stripInternalFromSource, prepareBodyForVariant } from './strip-internal.ts';
import { parseBodyTree } from './body-tree.ts';
import { extractPlainText } from './postmortem-text.ts';
import { publicActionStatusLabels } from './public-action-status.ts';
import { shownPublicTitle } from './title-shown-day.ts';
import { actionItemTitleText } from './action-item-title.ts';


/**
 * The body text customers read: the source without `<Internal>` blocks (cut by the same
 * function the public build uses, so its refusals apply here too), `<PublicOnly>` shown, as
 * plain text, one block per line. Throws `PublicVariantError` for a source the public build refuses.
 */
export function extractPublicBodyText(file: string, source: string): string {
  const isMdx = !file.endsWith('.md');
  const stripped = stripInternalFromSource(source, { isMdx, file });
  return extractPlainText(prepareBodyForVariant(parseBodyTree(stripped, isMdx), 'public'), 'public');
}

/**
 * A public post as the text a customer reads on its page, in the page's order: impact level and
 * day, title, summary, impact window, affected services, what customers noticed, the body, the
 * public timeline, action items and opted-in lists. One fact per line, so that a line diff of
 * two versions shows each change on its own.
 */
export function renderPublicPostText(post: PublicPostmortem, bodyText: string): string {
  const lines: string[] = [`${post.impactLevel} · ${formatDay(post.date)}`, `# ${shownPublicTitle(post)}`, post.summary];
  if (post.impactStart && post.impactEnd) {
    lines.push(`Impact window: ${formatInstant(post.impactStart)} – ${formatInstant(post.impactEnd)}`, `Duration: ${formatDuration(post.impactMinutes)}`);
  } else {
    lines.push('Impact: None for customers');
  }
  if (post.services.length) lines.push(`Affected: ${post.services.join(', ')}`);
  if (!impactRepeatsLead(post.summary, post.impactDescription)) lines.push('## What you may have noticed', post.impactDescription);
  if (bodyText) lines.push(...bodyText.split('\n'));
  if (post.timeline.length) {
    lines.push('## Timeline (UTC)', ...post.timeline.map((entry) => `- ${formatInstant(entry.at)} ${entry.event}`));
  }
  if (post.actionItems.length) {
    lines.push('## What we are doing about it', ...post.actionItems.map((item) => `- ${actionItemTitleText(item.title)} (${publicActionStatusLabels[item.status] ?? item.status})`));
  }
  const lists = [['What contributed', post.contributors], ['What limited the impact', post.mitigators], ['Remaining risks', post.risks]] as const;
  for (const [label, items] of lists) {
    if (items?.length) lines.push(`## ${label}`, ...items.map((text) => `- ${text}`));
  }
  return lines.map((line) => line.replace(/\s*\n\s*/g, ' ').trimEnd()).join('\n');
}
