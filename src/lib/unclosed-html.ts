// An HTML block of a Markdown (.md) body that is never closed. CommonMark ends such a block only
// at its closing text, so without one it runs to the end of the file: after an unclosed `<!--`
// the page showed nothing more, headings included, and no parser complains (MDX refuses `<!--`
// itself, so .mdx bodies are not concerned).

export interface UnclosedHtmlBlock {
  /** 1-based line and column, in the text given, of what opens the block. */
  line: number;
  column: number;
  /** What opens it (`<!--`, `<pre>`) and what would close it (`-->`, `</pre>`). */
  opening: string;
  closing: string;
  /** Lines after the opening line that the block swallows. */
  linesHidden: number;
}

// CommonMark's HTML blocks of kinds 1 to 5, which end at a text of their own, not at a blank line.
const kinds: { start: RegExp; end: RegExp; closing: (match: RegExpExecArray) => string; opening: (match: RegExpExecArray) => string; hides: boolean }[] = [
  { start: /^<(pre|script|style|textarea)(?=[\s>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i, closing: (m) => `</${m[1].toLowerCase()}>`, opening: (m) => `<${m[1].toLowerCase()}>`, hides: false },
  { start: /^<!--/, end: /-->/, closing: () => '-->', opening: () => '<!--', hides: true },
  { start: /^<\?/, end: /\?>/, closing: () => '?>', opening: () => '<?', hides: true },
  { start: /^<![A-Za-z]/, end: />/, closing: () => '>', opening: () => '<!', hides: true },
  { start: /^<!\[CDATA\[/, end: /\]\]>/, closing: () => ']]>', opening: () => '<![CDATA[', hides: true },
];

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** The first HTML block at the top level of `body` (outside fenced code) that is never closed. */
export function findUnclosedHtmlBlock(body: string): UnclosedHtmlBlock | undefined {
  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  let open: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const opening = fence.exec(lines[i])?.[1];
    if (opening) {
      if (open === undefined) open = opening;
      else if (opening[0] === open[0] && opening.length >= open.length && !lines[i].trim().slice(opening.length)) open = undefined;
      continue;
    }
    if (open !== undefined) continue;
    const indent = /^ {0,3}/.exec(lines[i])![0].length;
    const text = lines[i].slice(indent);
    for (const kind of kinds) {
      const match = kind.start.exec(text);
      if (!match) continue;
      // The block ends on the line holding the closing text, this one included.
      const rest = [text.slice(match[0].length), ...lines.slice(i + 1)];
      const end = rest.findIndex((line) => kind.end.test(line));
      if (end === -1) return { line: i + 1, column: indent + 1, opening: kind.opening(match), closing: kind.closing(match), linesHidden: lines.length - 1 - i };
      i += end;
      break;
    }
  }
  return undefined;
}
