import { formatCount } from './format.ts';

/**
 * What the follow-ups page says of the closed items it does not list (`selectListedFollowUps`):
 * those due more than `days` days ago, and those with no due day at all (a historical record's,
 * never listed once closed). One number for both read "leaves out 22 closed items due more than
 * 365 days ago" above "126 items … have no due date recorded": 22 items of no due day were said
 * to be due long ago (session 31, an imported knowledge base whose items none has a due day).
 * Empty when every item is listed.
 */
export function unlistedFollowUpsSentence(
  items: readonly { due?: string }[], listed: ReadonlySet<unknown> | readonly unknown[], days: number,
): string {
  const shown = listed instanceof Set ? listed : new Set(listed as readonly unknown[]);
  const unlisted = items.filter((item) => !shown.has(item));
  if (unlisted.length === 0) return '';
  const undated = unlisted.filter((item) => item.due === undefined).length;
  const old = unlisted.length - undated;
  const plural = (n: number) => (n === 1 ? 'item' : 'items');
  const parts = [
    ...(old > 0 ? [`${formatCount(old)} closed ${plural(old)} due more than ${formatCount(days)} days ago`] : []),
    ...(undated > 0 ? [`${formatCount(undated)} closed ${plural(undated)} with no due date recorded`] : []),
  ];
  return `The list leaves out ${parts.join(' and ')}; the CSV and JSON have every item.`;
}
