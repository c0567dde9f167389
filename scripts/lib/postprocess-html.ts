import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * GFM task-list checkboxes come out of Astro's Markdown renderer without a label, which screen
 * readers announce as an unnamed checkbox. Its remark/rehype plugins do not run under the default
 * renderer, so the built HTML is fixed instead: each one gets an aria-label saying its state.
 */
export function labelTaskListCheckboxes(html: string): string {
  return html.replace(/<input type="checkbox"( checked)? disabled\/?>/g, (_, checked) =>
    `<input type="checkbox"${checked ?? ''} disabled aria-label="${checked ? 'done' : 'not done'}"/>`,
  );
}

const checkboxMarker = Buffer.from('<input type="checkbox"');

/** Applies the HTML fixes to every page of a built site. */
export function postprocessSite(siteDir: string): void {
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = join(siteDir, file);
    const bytes = readFileSync(path);
    // Most pages have no checkbox: a byte search skips them without decoding 40+ MB of HTML.
    if (!bytes.includes(checkboxMarker)) continue;
    const html = bytes.toString('utf8');
    const fixed = labelTaskListCheckboxes(html);
    if (fixed !== html) writeFileSync(path, fixed);
  }
}
