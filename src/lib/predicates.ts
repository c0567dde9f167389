import type { ActionItem, Postmortem } from './postmortem-schema.ts';

/**
 * The yes/no questions every part of the project asks about a postmortem or an action item,
 * answered in one place so the sites, the exports, the lint rules and the build agree.
 * Each takes only the fields it reads, so raw (unvalidated) frontmatter can be asked too.
 */

/** Published = the review is done: only these reach the built sites, exports and metrics. */
export function isPublished(data: Pick<Postmortem, 'status'>): boolean {
  return data.status === 'published';
}

/**
 * Marked public = the author means it for customers (`visibility: public`), whatever its review
 * status: the internal site previews it and `npm run check` runs the redaction guard on it.
 */
export function isMarkedPublic(data: Pick<Postmortem, 'visibility'>): boolean {
  return data.visibility === 'public';
}

/** Publicly visible = on the public site: marked public, published, and with public wording. */
export function isPubliclyVisible(data: Pick<Postmortem, 'visibility' | 'status' | 'public'>): boolean {
  return isMarkedPublic(data) && isPublished(data) && Boolean(data.public);
}

const openStatuses: ReadonlySet<string> = new Set(['open', 'in-progress']);

/** Open = still to do: `open` or `in-progress`. */
export function isOpen(item: Pick<ActionItem, 'status'>): boolean {
  return openStatuses.has(item.status);
}

/**
 * Overdue = open or in progress, and due strictly before the as-of day (due today is not late).
 * An item without a due day (a historical record that never set one) is never overdue: it was not
 * promised for any day.
 */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, asOf: string): boolean {
  return isOpen(item) && item.due !== undefined && item.due < asOf;
}
