import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { htmlTag } from '../plain-text-fields.ts';

/**
 * A summary made of a paragraph that holds raw HTML, without its tags: a status site's update
 * ends with `<br /><span class="timestamp">January 27, 2025, 11:45 PT</span>`, and the summary, a
 * plain-text field every page shows as typed, had kept the tags (wynton-hpc-status: 4 of its drafts
 * held back once filled in, schema/plain-text; import round 24). Only tags the report writes as
 * markup (its HTML, outside code) are taken out, a line break as a space; their words stay. A tag
 * the report quotes in code ("the `<br>` tag was escaped") is a word of the summary, and stays
 * (unless the report also writes that very tag as markup: the summary's words no longer say which).
 */
// A tag wrapped onto two lines in the report is one line in the summary.
const spaced = (tag: string) => tag.replace(/\s+/g, ' ');

export function summaryWithoutMarkup(summary: string, tree: Root): string {
  const markup = new Set<string>();
  visit(tree, 'html', (node) => {
    for (const tag of node.value.match(new RegExp(htmlTag.source, 'gi')) ?? []) markup.add(spaced(tag));
  });
  if (!markup.size) return summary;
  const out = summary.replace(new RegExp(htmlTag.source, 'gi'), (tag) => (markup.has(spaced(tag)) ? (/^<br\b/i.test(tag) ? ' ' : '') : tag));
  return out === summary ? summary : out.replace(/\s+/g, ' ').replace(/\s+(?=[.,;:!?])/g, '').trim();
}
