import { asHtmlComment } from './update-blocks.ts';

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
  let fence: string | undefined;
  let count = 0;
  const lines = markdown.split('\n').map((line) => {
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return line;
    }
    if (mark) {
      fence = mark;
      return line;
    }
    if (!tagLine.test(line)) return line;
    count++;
    return asHtmlComment(line);
  });
  return count ? { markdown: lines.join('\n'), count } : { markdown, count };
}
