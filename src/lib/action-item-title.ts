/**
 * An action item's title as a page shows it: plain text, without the markup an imported list
 * carried into it. Titles are plain text (pages do not render them as Markdown), and an import
 * that joined a wiki-style sub-item ("** what lists do we have ?", a second-level bullet written
 * with two stars) or kept emphasis ("**Urgent**: rotate the key") showed the stars as written
 * (session 30: "… to the entire list ** what lists do we have ?"). The stored title is unchanged:
 * tickets and exports match items by it.
 */

/** Paired stars around words: the words. Underscores stay (`__init__` is a file name as often). */
const emphasis = /\*\*(?=\S)([^*]*?\S)\*\*/gu;
/** Stars standing alone between words: a flattened sub-item of the line before. */
const joinedSubItem = /\s+\*{1,3}\s+(?=\S)/gu;

export function actionItemTitleText(title: string): string {
  return title.replace(emphasis, '$1').replace(joinedSubItem, ' — ');
}
