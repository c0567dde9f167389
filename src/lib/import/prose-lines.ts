/**
 * A reader of fenced code blocks (``` and ~~~), line by line: true for a line of a code block, its
 * fences included. A block closes at a fence of its own character at least as long as the one that
 * opened it, as CommonMark reads it. One reading for every change made to a report's prose only
 * (Liquid tags, style classes, admonitions): in a code block they are what the report shows.
 */
export function codeBlockLines(): (line: string) => boolean {
  let fence: string | undefined;
  return (line) => {
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      return true;
    }
    if (mark) fence = mark;
    return !!mark;
  };
}

/**
 * `markdown` with each line outside its fenced code blocks given to `change`; the lines of a code
 * block, its fences included, stay as written. A site's page code (Liquid tags, style classes) is
 * taken out of the prose only: in a code block it is what the report shows.
 */
export function mapProseLines(markdown: string, change: (line: string) => string): string {
  const inCode = codeBlockLines();
  return markdown.split('\n').map((line) => (inCode(line) ? line : change(line))).join('\n');
}
