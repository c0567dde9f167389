import type { Heading, RootContent } from 'mdast';
import { plainText, type ReportSection } from './report-structure.ts';
import { readWrittenTime } from './written-time.ts';

/**
 * Some reports write each follow-up as a heading of its own under "Action items", its details in
 * the paragraphs below it, not as a list:
 *
 * ```md
 * # Action items
 *
 * ### 1) Reduce the worker count `@ops` [repair]
 *
 * Reduced the number of workers on the web host from 16 to 12.
 *
 * ### 2) Better alerting on CPU load [detect]
 * ```
 *
 * (a Mastodon instance's Hugo blog, import round 29: 3 of its 8 incident posts, 0 action items
 * read). Each such heading is an item: its words without the number it opens with, the handle
 * (`@ops`, most often a person's, kept in the body only) and the bracketed category it ends with ("[repair]", "[detect]", as Google's SRE book names the kinds of
 * follow-up), the text under it its details. Only a section that holds at least two such headings
 * and no list or table of its own is read so: "### Short term" over a list is a group of the list's
 * items, read as they are.
 */
export interface HeadingActionItem {
  /** The heading's words, without its number and category. */
  title: string;
  /** The first paragraph under it, for what it says of the item's state ("Reduced …": done). */
  details: string;
}

const category = /\s*\[(?:repair|detect|detection|mitigate|mitigation|prevent|prevention|process|investigate|fix|monitor(?:ing)?)\]\s*$/i;

const groupHeading = /^(?:(?:short|medium|mid|long)[- ]term|immediate|completed?|done|open|pending|in progress|ongoing|future(?: work)?|next steps|follow[- ]?ups?|now|later|p[0-4]|high|medium|low)(?: (?:items|actions|priority))?\W*$/i;

export function headingActionItems(section: ReportSection): HeadingActionItem[] | undefined {
  const nodes = section.nodes;
  if (nodes.some((node) => node.type === 'list' || node.type === 'table')) return undefined;
  const headingAt = nodes.flatMap((node, i) => (node.type === 'heading' && (node as Heading).depth > section.depth ? [i] : []));
  if (headingAt.length < 2) return undefined;
  const depth = Math.min(...headingAt.map((i) => (nodes[i] as Heading).depth));
  const items: HeadingActionItem[] = [];
  for (const i of headingAt) {
    const heading = nodes[i] as Heading;
    if (heading.depth !== depth) continue;
    const written = plainText(heading as RootContent).replace(/\s+/g, ' ').trim();
    const title = written.replace(category, '').replace(/^\s*(?:\d+[.)]|[-*•])\s+/, '').replace(/\s*`?@[\w.-]+`?\s*$/, '').trim();
    // A heading that names a group ("Short term", "Completed") is no item, and one that is a time or a day
    // ("### 8:16 PM" under "Follow-up timeline") is a timeline's row: the section is read as written.
    if (groupHeading.test(title)) return undefined;
    const when = readWrittenTime(written, { year: 2000 });
    if (when.time || when.date || when.placeholder) return undefined;
    if (!/[\p{L}\p{N}]/u.test(title)) continue;
    const next = nodes.slice(i + 1).find((node) => node.type === 'paragraph' || node.type === 'heading');
    items.push({ title, details: next && next.type === 'paragraph' ? plainText(next).replace(/\s+/g, ' ').trim() : '' });
  }
  return items.length >= 2 ? items : undefined;
}
