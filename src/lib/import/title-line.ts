/**
 * A Markdown report written as plain text: no heading mark anywhere, its first line a title of its
 * own ("postmortem: Database Outage on 2023-11-12", a line then a blank line, as the ALX/Holberton
 * postmortems of import round 38 open). Read as Markdown, that line was a paragraph: the draft was
 * titled by its folder ("0x19 postmortem"), had no day, and showed the title as the body's first
 * line. A plain-text file's first line is its title already (`textToMarkdown`); here the same line
 * of a Markdown file is made its `#` heading, so the title rules read it as any report's.
 */

/** A heading written with marks (`# x`) or underlined (`x` over `===`/`---`), outside code. */
const headingMark = /^\s{0,3}#{1,6}(?:\s|$)|^\s{0,3}(?:=+|-+)\s*$/;
/** A line that opens a block other than a paragraph: a list item, a quote, a table row, code, HTML, an image or link alone, a comment. */
const otherBlock = /^\s*(?:[-*+]\s|\d+[.)]\s|>|\||```|~~~|<|!?\[|\{)/;

/**
 * A web address alone, bare or in angle brackets: no title (adoption round 47: a report that is a
 * tweet's address alone was titled by it, and its draft's file name held the writer's handle).
 */
export function isBareWebAddress(text: string): boolean {
  return /^<?(?:https?:\/\/|www\.)\S+>?$/i.test(text.trim());
}

/** The first line made `# <line>` when the report has no heading and that line stands alone as a title; undefined otherwise. */
export function titleLineAsHeading(markdown: string): { markdown: string; line: string } | undefined {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  for (const line of lines) {
    const mark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (mark && (!fence || mark[0] === fence[0])) fence = fence ? undefined : mark;
    else if (!fence && headingMark.test(line)) return undefined;
  }
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) return undefined;
  const line = lines[first].trim();
  // A title: one line alone (a blank line or the end after it), short, no sentence's end, no other block.
  if ((lines[first + 1] ?? '').trim() || line.length > 120 || /[.!?;,:]$/.test(line) || otherBlock.test(lines[first]) || /^\s{4}|\t/.test(lines[first])) return undefined;
  // Words, not a figure or a stamp alone, nor an address: a report that only points elsewhere is titled by its file name.
  if (isBareWebAddress(line)) return undefined;
  // Words, not a figure or a stamp alone.
  if ((line.match(/\p{L}{2,}/gu)?.length ?? 0) < 2) return undefined;
  return { markdown: [...lines.slice(0, first), `# ${line}`, ...lines.slice(first + 1)].join('\n'), line };
}
