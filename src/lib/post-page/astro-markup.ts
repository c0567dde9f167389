import { escapeHtmlAttribute, escapeHtmlEveryQuote } from '../html-entities.ts';

/**
 * Astro's own escaping, for HTML that must come out byte for byte as an `.astro` template would
 * write it (the post pages a build writes without Astro's renderer, src/lib/post-page/). The
 * rules are those of Astro 7's runtime (astro/dist/runtime/server/escape.js `escapeHTML` and
 * render/util.js `addAttribute`): test/unit/astro-markup.test.ts compares them with the runtime,
 * test/site/post-pages.test.ts whole sites built both ways.
 */

/** `{value}` in a template: nothing for false, null and undefined; a number as written; text escaped. */
export function text(value: string | number | false | null | undefined): string {
  if (value === false || value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : escapeHtmlEveryQuote(value);
}

/**
 * `name={value}` on an element: left out when undefined, the bare name when empty, else the value
 * with `&` and `"` escaped (Astro escapes no other character in an attribute).
 */
export function attribute(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${escapeHtmlAttribute(value)}"`;
}

/** `{...attributes}` on an element: each in its key order. */
export function attributes(values: Record<string, string | undefined>): string {
  let html = '';
  for (const [name, value] of Object.entries(values)) html += attribute(name, value);
  return html;
}

/** `<Unbroken text={…} />` (src/components/Unbroken.astro): dates, times and durations kept on one line. */
export { unbrokenHtml as unbroken } from '../unbroken.ts';
