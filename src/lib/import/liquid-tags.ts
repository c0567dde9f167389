import { asHtmlComment } from './update-blocks.ts';
import { mapProseLines } from './prose-lines.ts';

/**
 * A Jekyll site's Liquid tags on lines of their own (passbolt's incident pages open with
 * `{% include layout/row_start.html %}` and close a sidebar with `{% include layout/col_end.html %}`;
 * `{% raw %}`, `{% comment %}`, `{% if … %}`) are the site's page code, not the report's words. The
 * import kept them as text, escaped, at the top of each page, and a report whose first paragraph
 * was such lines had them as its summary (import round 37). Each such line becomes an HTML comment
 * (an MDX comment in the draft), as an MDX site's import lines do (update-blocks.ts), so the source
 * is kept and no page shows it. A tag inside a sentence, and every line inside a code block, stay
 * as written.
 */
const tagLine = /^[ \t]*(?:\{%-?[^%\n]*?-?%\}[ \t]*)+$/;

export function liquidTagLinesAsComments(markdown: string): { markdown: string; count: number } {
  let count = 0;
  const changed = mapProseLines(markdown, (line) => {
    if (!tagLine.test(line)) return line;
    count++;
    return asHtmlComment(line);
  });
  return count ? { markdown: changed, count } : { markdown, count };
}
