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
  if (!html.includes('<table')) return html;
  return html.replace(/<table(?=[\s>])([^>]*)>/g, (whole, attributes: string) =>
    /\stabindex\s*=/i.test(attributes) ? whole : `<table${attributes} tabindex="0">`,
  );
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
