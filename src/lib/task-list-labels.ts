import type { HastPluginDefinition } from 'satteri';

/**
 * GFM task-list checkboxes come out of Markdown renderers without a label, which screen readers
 * announce as an unnamed checkbox. Each one gets an `aria-label` saying its state, when the body
 * is rendered (once per body, cached with it) rather than by reading every built page again.
 */

const labelFor = (checked: boolean) => (checked ? 'done' : 'not done');

/** Labels the checkboxes of HTML written by Astro's Markdown renderer (Sätteri). */
export function labelTaskListCheckboxes(html: string): string {
  if (!html.includes('<input type="checkbox"')) return html;
  return html.replace(/<input type="checkbox"( checked)? disabled\/?>/g, (_, checked) =>
    `<input type="checkbox"${checked ?? ''} disabled aria-label="${labelFor(Boolean(checked))}"/>`,
  );
}

/**
 * The same for a body compiled by `@astrojs/mdx`, as a Sätteri hast plugin: every disabled
 * checkbox input (what GFM makes of `- [ ]` and `- [x]`) without a label gets one.
 */
export const taskListLabelsPlugin: HastPluginDefinition = {
  name: 'postmortem-kb:task-list-labels',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      const properties = node.properties ?? {};
      if (properties.type !== 'checkbox' || !properties.disabled || properties.ariaLabel !== undefined) return;
      ctx.setProperty(node, 'ariaLabel', labelFor(Boolean(properties.checked)));
    },
  },
};
