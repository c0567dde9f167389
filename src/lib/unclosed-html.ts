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

/** What a browser does with the raw HTML of a .md body that its Markdown parser passes through as it is. */
export interface RawHtmlProblem {
  kind: 'raw-text' | 'stray-closing' | 'too-deep';
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  /** The tag as written. */
  tag: string;
  /** For too-deep: how deep the elements nest. */
  depth?: number;
}

/** Elements whose content a browser reads as text up to their end tag (RAWTEXT, RCDATA, PLAINTEXT; noscript with scripts on). */
const rawTextElements = new Set(['plaintext', 'xmp', 'title', 'textarea', 'noembed', 'noframes', 'noscript']);
/** Elements of the page around the body: an end tag of one with no start tag in the body closes the page's own. */
const layoutElements = new Set(['div', 'main', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'table', 'ul', 'ol', 'details', 'form']);
/** Elements without content, or whose end tag a browser implies: no level of nesting. */
const notNesting = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body']);
/** As in the .mdx check (jsx-nesting-depth): real reports nest a few levels. */
export const rawHtmlDepthLimit = 256;

/**
 * The first problem of the raw HTML of a .md body that its Markdown renderer passes through as it
 * is, for a browser to read (code blocks, code spans, comments and `\<` are text, not looked at):
 *
 * - a `<title>`, `<textarea>`, `<xmp>`, `<noscript>`, `<noembed>` or `<noframes>` never closed, or a
 *   `<plaintext>` (which nothing closes): a browser shows everything after it as text, the rest of
 *   the page included (its footer and scripts), or hides it. Only `<pre>`-like blocks at the start
 *   of a line were seen (findUnclosedHtmlBlock); `Set the <title> tag` in a sentence passed.
 * - an end tag of an element of the page around the body (`</div>`, `</main>`, `</article>`) that
 *   no start tag in the body opened: it closes the page's own, and the rest of the page is laid out
 *   outside it. An export's leftover `</div></body></html>` passed.
 * - elements nested more than 256 levels (`<span>` in `<span>` 10,000 times passed and built):
 *   a browser stops nesting at 512 (Chromium) and puts the rest beside, so the page is not the
 *   source; the .mdx check refuses the same depth.
 */
export function findRawHtmlProblem(body: string): RawHtmlProblem | undefined {
  const text = blankCode(body);
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?(\/?)>/g;
  const open: string[] = [];
  let depth = 0;
  const at = (index: number) => {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    if (text[match.index - 1] === '\\') continue;
    const [written, closing, rawName] = match;
    const name = rawName.toLowerCase();
    if (!closing && rawTextElements.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'i');
      const rest = text.slice(match.index + written.length);
      const found = name === 'plaintext' ? null : end.exec(rest);
      if (!found) return { kind: 'raw-text', ...at(match.index), tag: written };
      tag.lastIndex = match.index + written.length + found.index + found[0].length;
      continue;
    }
    if (notNesting.has(name) && !layoutElements.has(name)) continue;
    if (closing) {
      const index = open.lastIndexOf(name);
      if (index === -1) {
        if (layoutElements.has(name)) return { kind: 'stray-closing', ...at(match.index), tag: written };
        continue;
      }
      // An end tag closes the elements opened inside it, as a browser does.
      depth -= open.length - index;
      open.length = index;
      continue;
    }
    if (match[3] || notNesting.has(name)) continue;
    open.push(name);
    depth += 1;
    if (depth > rawHtmlDepthLimit) return { kind: 'too-deep', ...at(match.index), tag: written, depth: deepest(text, match.index, depth) };
  }
  return undefined;
}

/** How deep the elements go from `index` on, counting on from `depth` (for the message). */
function deepest(text: string, index: number, depth: number): number {
  let most = depth;
  let current = depth;
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?(\/?)>/g;
  tag.lastIndex = index + 1;
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    if (notNesting.has(match[2].toLowerCase()) || match[3]) continue;
    current += match[1] ? -1 : 1;
    most = Math.max(most, current);
  }
  return most;
}

/** `body` with fenced and indented code, code spans and comments replaced by spaces (line breaks kept). */
function blankCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const lines = body.split('\n');
  let openFence: string | undefined;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const marker = fence.exec(lines[i])?.[1];
    if (openFence === undefined && marker) {
      openFence = marker;
      lines[i] = blank(lines[i]);
    } else if (openFence !== undefined) {
      if (marker && marker[0] === openFence[0] && marker.length >= openFence.length && !lines[i].trim().slice(marker.length)) openFence = undefined;
      lines[i] = blank(lines[i]);
    } else if (previousBlank && /^(?: {4}|\t)/.test(lines[i])) {
      lines[i] = blank(lines[i]);
      continue;
    }
    previousBlank = !lines[i].trim();
  }
  return lines.join('\n')
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(`+)(?!`)[^\n]*?[^`\n]\1(?!`)/g, blank);
}
