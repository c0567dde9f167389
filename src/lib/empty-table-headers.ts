import type { HastPluginDefinition } from 'satteri';

/**
 * Authors write a two-column table of facts with an empty header row (`| | |` over `| --- | --- |`),
 * and a comparison table with an empty corner cell (`| | before | after |`), because Markdown has
 * no table without a header. Rendered as written, each empty cell is a `<th>` a screen reader
 * announces as a nameless column header (axe `empty-table-header`, on four of the example
 * postmortems). A header row with no text at all is left out, so the table starts at its first
 * row of facts; an empty cell in a header row that has text becomes a plain `<td>` corner cell.
 * Done when the body is rendered (once per body, cached with it), like the focusable tables
 * (focusable-tables.ts).
 */

const emptyHeaderCell = /<th(\s[^>]*)?>\s*<\/th>/g;
const headerCell = /<th(?=[\s>])/g;

/** The same fix for HTML written by Astro's Markdown renderer (Sätteri). */
export function fixEmptyTableHeaders(html: string): string {
  if (!html.includes('<th')) return html;
  return html.replace(/<thead(?=[\s>])[^>]*>([\s\S]*?)<\/thead>\s*/g, (whole, inner: string) => {
    const empty = inner.match(emptyHeaderCell)?.length ?? 0;
    if (empty === 0) return whole;
    return empty === inner.match(headerCell)?.length ? '' : whole.replace(emptyHeaderCell, (_, attributes = '') => `<td${attributes}></td>`);
  });
}

interface HastLike { type: string; tagName?: string; value?: string; children?: HastLike[] }
const textOf = (node: HastLike): string => node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join('');
const headerCells = (thead: HastLike) =>
  (thead.children ?? []).filter((row) => row.tagName === 'tr').flatMap((row) => (row.children ?? []).filter((cell) => cell.tagName === 'th'));

/** The same for a body compiled by `@astrojs/mdx`, as a Sätteri hast plugin. */
export const emptyTableHeadersPlugin: HastPluginDefinition = {
  name: 'postmortem-kb:empty-table-headers',
  element: {
    filter: ['thead'],
    visit(node, ctx) {
      const cells = headerCells(node as HastLike);
      const empty = cells.filter((cell) => textOf(cell).trim() === '' && !(cell.children ?? []).some((child) => child.type === 'element'));
      if (empty.length === 0) return;
      if (empty.length === cells.length) {
        ctx.removeNode(node);
        return;
      }
      for (const cell of empty) ctx.replaceNode(cell as never, { type: 'element', tagName: 'td', properties: {}, children: [] });
    },
  },
};
