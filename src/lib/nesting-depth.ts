/**
 * How deep lists and block quotes nest in a Markdown or MDX body, read from the text alone, in
 * one pass over its lines: no parser runs. remark (`npm run check`, the public cut of a `.md`
 * body, the redaction guard) takes time that grows with the cube of the depth (a list nested 400
 * levels: 4 s; 1,000 levels: over a minute; 3,000: about half an hour), and the syntax tree of
 * such a body overflows the stack of every recursive walk over it. A body nested deeper than
 * {@link maxNestingDepth} is refused (`body/nesting-depth`) before any parser sees it.
 *
 * The containers are found as CommonMark opens and continues them: a `>` marker, or a list
 * marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space; a line continues an open list item
 * when it is indented at least as far as the item's text, a block quote when it repeats its
 * `>`, and a paragraph's lazy continuation line keeps everything open. In MDX, where indented
 * code does not exist, a marker may be indented any amount. The count is that of remark's and
 * satteri's trees (list and block quote nodes on one path) on every postmortem of the repository
 * and on the cases in test/unit/nesting-depth.test.ts. Where it differs, it errs towards more:
 * code blocks and HTML blocks are read like any other text (a fence cannot hide what follows it
 * from this count), and every list marker opens a list, even where a paragraph would go on. Of
 * 60,000 random bodies compared with the parsers, it counted fewer levels once, by one, in a
 * corner of tab indentation.
 */

/** The deepest nesting of lists and block quotes allowed in a body. Real postmortems use 1-4 levels. */
export const maxNestingDepth = 64;

export interface NestingDepth {
  /** The greatest number of lists and block quotes open at once (0: none). */
  depth: number;
  /** The first line (1-based, in the text given) at that depth. */
  line: number;
  /** The first line nested deeper than `limit`, when one is. */
  firstLineOver?: number;
}

/**
 * A line that opens or continues containers starts with them: each takes at least one character
 * of the line (`>`, a marker, its indentation; a tab stands for up to two list items' indentation),
 * so `depth` levels need a line starting with about `depth / 2` of these characters.
 */
const containerPrefix = (length: number) => new RegExp(`^[ \\t>*+\\-\\d.)]{${length}}`, 'm');
const prefixOverLimit = containerPrefix(Math.floor(maxNestingDepth / 2));

/**
 * The place of a body's lists and block quotes nested deeper than {@link maxNestingDepth}, or
 * undefined. Most bodies are settled by one regular expression: no line of theirs starts with
 * enough marker and indentation characters to be that deep.
 */
export function findDeepNesting(body: string, isMdx: boolean): (NestingDepth & { firstLineOver: number }) | undefined {
  if (!prefixOverLimit.test(body)) return undefined;
  const measured = measureNestingDepth(body, { isMdx, limit: maxNestingDepth });
  return measured.firstLineOver === undefined ? undefined : { ...measured, firstLineOver: measured.firstLineOver };
}

type Container = { quote: true } | { quote: false; contentIndent: number };

const thematicBreak = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;
/** A list marker at `lastIndex`: a bullet, or up to 9 digits and `.` or `)`, then a space or the end of the line. */
const listMarker = /(?:[-+*]|(\d{1,9})[.)])(?= |$)/y;

/** Tabs to spaces, with tab stops every 4 columns (what CommonMark measures indentation in). */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(4 - (out.length % 4)) : char;
  return out;
}

/**
 * Counts the spaces at a place in one line. The run of spaces found last is remembered: matching
 * a line indented 6,000 spaces against 3,000 open list items asks 3,000 times within one run,
 * and counting it each time made the whole measure cubic in the depth.
 */
function spaceCounter(line: string): (from: number) => number {
  let runStart = 0;
  let runEnd = -1;
  return (from) => {
    if (from >= runStart && from <= runEnd) return runEnd - from;
    let end = from;
    while (line.charCodeAt(end) === 32) end++;
    runStart = from;
    runEnd = end;
    return end - from;
  };
}

/**
 * Where the thematic break that ends `line` starts, for each of its characters: the index from
 * which the line holds only that character and spaces, at least three of it; Infinity if none.
 * Computed once per line, so that testing each of many markers on a line stays linear.
 */
function thematicBreakStarts(line: string): Record<string, number> {
  const starts: Record<string, number> = { '-': Infinity, '*': Infinity };
  for (const char of ['-', '*']) {
    let count = 0;
    for (let i = line.length - 1; i >= 0; i--) {
      const c = line[i];
      if (c === char) {
        count++;
        if (count >= 3) starts[char] = i;
      } else if (c !== ' ') break;
    }
  }
  return starts;
}

/**
 * The deepest nesting of lists and block quotes in `body`, and where it is. With `limit`, the
 * first line deeper than it is reported too. Linear in the length of the body.
 */
export function measureNestingDepth(body: string, options: { isMdx: boolean; limit?: number }): NestingDepth {
  // Before a marker: up to 3 spaces, or any indentation in MDX (it has no indented code).
  const maxMarkerIndent = options.isMdx ? Infinity : 3;
  const limit = options.limit ?? Infinity;
  const stack: Container[] = [];
  /** The indexes in `stack` of its block quotes, ascending. */
  const quotes: number[] = [];
  const result: NestingDepth = { depth: 0, line: 1 };
  let inParagraph = false;

  const truncate = (length: number) => {
    stack.length = Math.min(stack.length, length);
    while (quotes.length && quotes[quotes.length - 1] >= stack.length) quotes.pop();
  };
  /** Where a line with nothing left after `from` stops continuing containers: list items go on over it, block quotes do not. */
  const firstQuoteFrom = (from: number) => {
    let low = 0;
    let high = quotes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (quotes[middle] < from) low = middle + 1;
      else high = middle;
    }
    return low < quotes.length ? quotes[low] : stack.length;
  };

  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = expandTabs(lines[index].replace(/\r$/, ''));
    const spacesAt = spaceCounter(line);
    // 1. How many of the open containers this line continues.
    let position = 0;
    let matched = 0;
    while (matched < stack.length) {
      const indent = spacesAt(position);
      if (position + indent >= line.length) {
        matched = firstQuoteFrom(matched);
        break;
      }
      const container = stack[matched];
      if (container.quote) {
        if (indent > maxMarkerIndent || line[position + indent] !== '>') break;
        position += indent + 1;
        if (line[position] === ' ') position++;
      } else {
        if (indent < container.contentIndent) break;
        position += container.contentIndent;
      }
      matched++;
    }
    if (position + spacesAt(position) >= line.length) {
      truncate(matched);
      inParagraph = false;
      continue;
    }
    // 2. The containers this line opens.
    let opened = 0;
    let breaks: Record<string, number> | undefined;
    for (;;) {
      const indent = spacesAt(position);
      if (indent > maxMarkerIndent) break;
      const at = position + indent;
      if (line[at] === '>') {
        if (opened === 0) truncate(matched);
        quotes.push(stack.length);
        stack.push({ quote: true });
        opened++;
        position = at + 1;
        if (line[position] === ' ') position++;
        continue;
      }
      listMarker.lastIndex = at;
      const marker = listMarker.exec(line);
      if (!marker) break;
      breaks ??= thematicBreakStarts(line);
      if (at >= (breaks[line[at]] ?? Infinity)) break;
      const afterMarker = at + marker[0].length;
      const padding = spacesAt(afterMarker);
      const empty = afterMarker + padding >= line.length;
      const width = empty || padding > 4 ? 1 : padding;
      if (opened === 0) truncate(matched);
      stack.push({ quote: false, contentIndent: indent + marker[0].length + width });
      opened++;
      position = afterMarker + width;
      if (empty) break;
    }
    const indent = spacesAt(position);
    const text = line.slice(position + indent);
    if (opened === 0 && matched < stack.length) {
      // Not a continuation of every open container: a paragraph's lazy continuation line keeps
      // them open; anything else closes those it does not continue.
      const lazy = inParagraph && !thematicBreak.test(text.trimEnd()) && !atxHeading.test(text);
      if (!lazy) truncate(matched);
    }
    if (stack.length > result.depth) {
      result.depth = stack.length;
      result.line = index + 1;
    }
    if (result.firstLineOver === undefined && stack.length > limit) result.firstLineOver = index + 1;
    // 3. Whether the line may go on a paragraph (the next line may then be its lazy continuation).
    inParagraph = !(text === '' || atxHeading.test(text) || thematicBreak.test(text.trimEnd()) || (!inParagraph && indent >= 4 && !options.isMdx));
  }
  return result;
}
