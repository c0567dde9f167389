/**
 * A heading mark with no words (`##` alone on a line), which some reports use as a divider before
 * the next section: a page would show an empty heading, which screen readers announce, and `npm run
 * check` refuses it (body/empty-heading: 3 of persistence's drafts, import round 21). The line is
 * left blank; it holds no words to keep. Lines inside fenced code blocks stay as written.
 */
export function withoutEmptyHeadings(markdown: string): { markdown: string; removed: number } {
  let fence: string | undefined;
  let removed = 0;
  const lines = markdown.split('\n').map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening && (!fence || (opening[1][0] === fence[0] && opening[1].length >= fence.length))) {
      fence = fence ? undefined : opening[1];
      return line;
    }
    if (fence || !/^ {0,3}#{1,6}[ \t]*#*[ \t]*$/.test(line)) return line;
    removed++;
    return '';
  });
  return { markdown: lines.join('\n'), removed };
}
