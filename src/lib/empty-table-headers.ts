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

/**
 * False when no `</th>` follows a tag's `>` and only whitespace: every empty header cell ends so,
 * and most bodies' tables have none. Read with `indexOf`: the regular expressions below over a
 * whole body cost 50-60 ms of Astro's thread for the 1,000 bodies of the bench's internal build,
 * each with a header of words (docs/performance.md "Session 39b").
 */
export function mayHoldEmptyHeaderCell(html: string): boolean {
  for (let end = html.indexOf('</th>'); end !== -1; end = html.indexOf('</th>', end + 5)) {
    let before = end - 1;
    while (before >= 0 && /\s/.test(html[before])) before--;
    if (html[before] === '>') return true;
  }
  return false;
}

/** The same fix for HTML written by Astro's Markdown renderer (Sätteri). */
export function fixEmptyTableHeaders(html: string): string {
  if (!mayHoldEmptyHeaderCell(html)) return html;
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
