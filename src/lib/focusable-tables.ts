import type { HastPluginDefinition } from 'satteri';

/**
 * A table in a postmortem's body scrolls sideways inside its own frame when it is wider than the
 * column (`.prose table` in global.css): imported reports carry tables of eight columns and more,
 * wider than a phone. A keyboard can scroll only what takes the focus (axe
 * `scrollable-region-focusable`, serious; WCAG 2.1.1), so every body table gets `tabindex="0"`,
 * as Shiki gives every code block. Done when the body is rendered (once per body, cached with it),
 * like the task-list labels (task-list-labels.ts).
 */

/** Makes the tables of HTML written by Astro's Markdown renderer focusable; one already given a tabindex keeps it. */
export function makeTablesFocusable(html: string): string {
  // Found with `indexOf`, not a regular expression replacing over the whole body: that cost
  // 20-80 ms of Astro's thread for the 1,000 bodies of the bench (docs/performance.md "Session 39b").
  let focusable = '';
  let copied = 0;
  for (let open = html.indexOf('<table'); open !== -1; ) {
    const attributesStart = open + '<table'.length;
    // `<tablet>` or text that only starts like a table's tag.
    if (!/[\s>]/.test(html[attributesStart] ?? '')) {
      open = html.indexOf('<table', attributesStart);
      continue;
    }
    const close = html.indexOf('>', attributesStart);
    if (close === -1) break;
    if (!/\stabindex\s*=/i.test(html.slice(attributesStart, close))) {
      focusable += `${html.slice(copied, close)} tabindex="0">`;
      copied = close + 1;
    }
    open = html.indexOf('<table', close + 1);
  }
  return copied === 0 ? html : focusable + html.slice(copied);
}

/** The same for a body compiled by `@astrojs/mdx`, as a Sätteri hast plugin. */
export const focusableTablesPlugin: HastPluginDefinition = {
  name: 'postmortem-kb:focusable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      if (node.properties?.tabIndex !== undefined) return;
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};
