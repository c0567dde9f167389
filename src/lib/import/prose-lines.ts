/**
 * `markdown` with each line outside its fenced code blocks (``` and ~~~) given to `change`; the
 * lines of a code block, its fences included, stay as written. A site's page code (Liquid tags,
 * style classes) is taken out of the prose only: in a code block it is what the report shows.
 */
export function mapProseLines(markdown: string, change: (line: string) => string): string {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return line;
    }
    if (mark) {
      fence = mark;
      return line;
    }
    return change(line);
  }).join('\n');
}
