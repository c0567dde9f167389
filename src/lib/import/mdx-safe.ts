import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { fenceOpening } from '../fence-opening.ts';

/**
 * Makes Markdown written for other tools compile as MDX without changing its text: `<https://…>`
 * autolinks become links, an `<iframe>` a link to the page it embedded, `<br>` and other void tags close themselves, HTML comments become MDX
 * comments, and a stray `<`, `{` or `}` is escaped. Code (fenced blocks and inline spans) is left
 * alone. Whatever still does not parse has its `<` or `{` escaped where the parser stops.
 */

const voidTags = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];

/** Applies `transform` to every stretch of text outside code, keeping code byte for byte. */
export function mapOutsideCode(markdown: string, transform: (text: string, beforeCodeSpan?: boolean) => string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push(transformProse(prose.join('\n'), transform));
    prose = [];
  };
  for (const line of lines) {
    if (fence) {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    // A line of backticks that also holds a backtick after them is a code span, not a fence.
    fence = fenceOpening(line);
    if (fence) {
      flush();
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** Inline code spans (`x`, ``x``) stay as written; `transform` is told when a stretch ends at one. */
function transformProse(text: string, transform: (text: string, beforeCodeSpan?: boolean) => string): string {
  let result = '';
  let rest = text;
  for (;;) {
    const match = /(`+)[^`][\s\S]*?\1(?!`)/.exec(rest);
    if (!match) return result + transform(rest, false);
    result += transform(rest.slice(0, match.index), true) + match[0];
    rest = rest.slice(match.index + match[0].length);
  }
}

function escapeProse(text: string): string {
  const kept: string[] = [];
  const keep = (value: string) => `\u0000${kept.push(value) - 1}\u0000`;
  // A `<` already escaped (`\<TAB>` of a plain-text report) is text: none of the rules below applies to it.
  let out = text
    .replace(/<!--([\s\S]*?)-->/g, (_all, inner: string) => keep(`{/*${inner.replace(/\*\//g, '*\u200b/')}*/}`))
    // An embedded page (a dashboard panel in an <iframe>) is not shown by the site, which refuses
    // it (rule body/active-content): its address is kept as a link.
    .replace(/(?<!\\)<iframe\b([^<>]*)>(?:\s*<\/iframe>)?/gi, (tag, attributes: string) => {
      const src = /\bsrc\s*=\s*(["'])(https?:[^"']+)\1/i.exec(attributes)?.[2];
      return src ? keep(`[Embedded page, not shown in the draft: ${src.replace(/[[\]]/g, '\\$&')}](${src.replace(/[()\s]/g, encodeURIComponent)})`) : tag;
    })
    .replace(/(?<!\\)<((?:https?|ftp|mailto):[^\s<>]+)>/gi, (_all, url: string) => keep(`[${url}](${url})`))
    .replace(/(?<!\\)<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g, (_all, mail: string) => keep(`[${mail}](mailto:${mail})`))
    .replace(new RegExp(`(?<!\\\\)<(${voidTags.join('|')})\\b([^<>]*?)\\s*/?>`, 'g'), (_all, tag: string, attributes: string) => keep(`<${tag}${attributes} />`))
    // Lowercase tags are HTML and stay; a capitalised one (<Link>, <Username>) would be read as a
    // component, so it is shown as text.
    .replace(/(?<!\\)<\/?[A-Z][\w.-]*(?:\s+[^<>]*)?\/?>/g, (tag) => keep(`\\${tag}`))
    .replace(/(?<!\\)<\/?[a-z][\w-]*(?:\s+[^<>]*)?\/?>/g, (tag) => keep(tag));
  out = out
    .replace(/(?<!\\)([{}])/g, '\\$1')
    .replace(/(?<!\\)<(?![A-Za-z/\u0000])/g, '\\<')
    .replace(/^(\s{0,3})(import|export)(\s)/gm, (_all, indent: string, word: string, space: string) => `${indent}&#${word.charCodeAt(0)};${word.slice(1)}${space}`);
  return out.replace(/\u0000(\d+)\u0000/g, (_all, index: string) => kept[Number(index)]);
}

/**
 * A bare address (`https://…`, `www.…`) run on, without a space, into an escaped `<`, `{` or `}`
 * or into a code span: GFM reads the address on over the `\\` and the backtick (it stops at a space
 * or an unescaped `<`), so the escape is lost and `https://example.com/\\<user>` stops MDX again (a
 * template's address with a placeholder, a `</b>` right after an address, an address in bold
 * before its code). Capture 1 is the address, 2 the emphasis marks closing after it. Not a link's
 * destination (`](https://…`) or part of a word.
 */
const addressRunOn = (beforeCodeSpan: boolean) => new RegExp(String.raw`(?<![\w/\\]|\]\()((?:(?:https?|ftp):\/\/|www\.)[^\s<\`\\{}[\]]*?)([*_~]*)(?=\\[<{}]|\`${beforeCodeSpan ? '|$' : ''})`, 'gi');

/**
 * Each bare address run on into an escape or code (above) made a link of its own, `[address](address)`,
 * so it ends where the report's reader sees it end: the text after it keeps its escapes (the page
 * shows `https://example.com/<user>` as written) and MDX parses it.
 */
export function runOnAddressesAsLinks(text: string, beforeCodeSpan = false): string {
  return text.replace(addressRunOn(beforeCodeSpan), (_all, address: string, marks: string) => {
    const destination = `${/^www\./i.test(address) ? 'http://' : ''}${address}`.replace(/[()<>]/g, encodeURIComponent);
    return `[${address}](${destination})${marks}`;
  });
}

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Where MDX stops on a text, and why (the parser's words). */
export interface MdxParseStop { line: number; column: number; reason: string }

function parseError(markdown: string): MdxParseStop | undefined {
  try {
    mdxParser.parse(markdown);
    return undefined;
  } catch (error) {
    const place = error as { line?: number; column?: number; place?: any; reason?: string; message: string };
    const reason = place.reason ?? place.message;
    // An element left open is reported where its paragraph ends; the tag to escape is where it opened.
    const opened = /^Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(place.reason ?? '');
    if (opened) return { line: Number(opened[1]), column: Number(opened[2]) + 1, reason };
    return { line: place.line ?? place.place?.line ?? place.place?.start?.line ?? 1, column: place.column ?? place.place?.column ?? place.place?.start?.column ?? 1, reason };
  }
}

/** Escapes the last unescaped `<` or `{` at or before the error on its line (outside code). */
function escapeAt(markdown: string, line: number, column: number): string | undefined {
  const lines = markdown.split('\n');
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  for (let i = Math.min(column - 1, text.length - 1); i >= 0; i--) {
    if ((text[i] === '<' || text[i] === '{') && text[i - 1] !== '\\') {
      lines[line - 1] = `${text.slice(0, i)}\\${text.slice(i)}`;
      return lines.join('\n');
    }
  }
  return undefined;
}

/** One of our site-picking components (`<Internal>`, `<PublicOnly>`) a report already writes. */
const variantTag = /(?<!\\)<(\/?)(Internal|PublicOnly)\b([^<>]*)>/g;
const variantMark = /\u0001V(\d+)\u0001/g;

export interface MalformedVariantTag {
  /** The tag as written (`<Internal>`, `</PublicOnly>`, `<Internal />`). */
  tag: string;
  /** 1-based line of the tag in the text given to makeMdxSafe. */
  line: number;
  /** Which of the tags written exactly so this is (0 for the first), to find its line in another copy of the text. */
  occurrence: number;
  /** Why it is not kept, and what to do. */
  problem: string;
}

interface FoundTag { tag: string; name: string; closing: boolean; line: number; offset: number; occurrence: number; alone: boolean; problem?: string; partner?: number }

/**
 * The report's own `<Internal>`/`<PublicOnly>` tags outside code, paired. A pair is kept as the
 * component (the author's marking of internal text) when each tag is alone on its line or both are
 * on one line, with no attribute, and not inside the other component (shown on neither site); any
 * other is shown as text and said (`problem`).
 */
function findVariantTags(markdown: string): FoundTag[] {
  const found: FoundTag[] = [];
  const seen = new Map<string, number>();
  // The stretches outside code come in order, each a verbatim piece of the text: found from a cursor for their lines.
  let cursor = 0;
  mapOutsideCode(markdown, (text) => {
    const start = markdown.indexOf(text, cursor);
    cursor = start + text.length;
    for (const match of text.matchAll(variantTag)) {
      const at = start + match.index;
      const line = markdown.slice(0, at).split('\n').length;
      const lineText = markdown.split('\n')[line - 1];
      const occurrence = seen.get(match[0]) ?? 0;
      seen.set(match[0], occurrence + 1);
      const attributes = match[3].trim();
      found.push({ tag: match[0], name: match[2], closing: match[1] === '/', line, offset: at, occurrence, alone: lineText.trim() === match[0], ...(attributes ? { problem: attributes === '/' ? 'an empty element (nothing in it to pick a site for)' : `attributes (${attributes}), which the component takes none of` } : {}) });
    }
    return text;
  });
  const open: number[] = [];
  for (const [index, tag] of found.entries()) {
    if (tag.problem) continue;
    if (!tag.closing) { open.push(index); continue; }
    const top = open.at(-1);
    if (top === undefined || found[top].name !== tag.name) {
      tag.problem = top === undefined ? `a closing tag with no <${tag.name}> before it` : `a closing tag while <${found[top].name}> (line ${found[top].line}) is still open`;
      continue;
    }
    open.pop();
    found[top].partner = index;
    tag.partner = top;
    const opening = found[top];
    const sameLine = opening.line === tag.line;
    if (!sameLine && !(opening.alone && tag.alone)) {
      opening.problem = tag.problem = `<${tag.name}> and </${tag.name}> on different lines with other text beside them`;
    } else {
      const outer = open.map((i) => found[i]).find((o) => o.name !== tag.name);
      if (outer) opening.problem = tag.problem = `<${tag.name}> inside <${outer.name}> (line ${outer.line}), which neither site shows`;
    }
  }
  for (const index of open) found[index].problem ??= `<${found[index].name}> never closed`;
  return found;
}

export interface MdxSafeResult {
  mdx: string;
  /** Places the first pass could not make safe and were escaped where the parser stopped. */
  escapedAtError: number;
  /** True when every tag had to be shown as text for the body to parse. */
  tagsShownAsText: boolean;
  /**
   * Lines (1-based, of the text given) opening the paragraphs MDX could still not parse with every
   * tag shown as text, each kept as written in a code block of its own: the draft parses and no
   * word is lost, but the reader sees the paragraph as code.
   */
  paragraphsKeptAsCode?: number[];
  /**
   * Where MDX still stops on `mdx` (its line), when nothing above made it parse; absent when it
   * parses. The one parse of the result: the import refuses such a draft rather than parse it again.
   */
  unparsed?: MdxParseStop;
  /** `<Internal>`/`<PublicOnly>` elements the report wrote, kept as the components. */
  variantElementsKept: number;
  /** Those tags shown as text instead, with why. */
  malformedVariantTags: MalformedVariantTag[];
}

function withVariantTags(markdown: string, tags: FoundTag[], escapeProseText: (text: string) => string): string {
  let next = 0;
  const marked = mapOutsideCode(markdown, (text) => escapeProseText(text.replace(variantTag, () => `\u0001V${next++}\u0001`)));
  return marked.replace(variantMark, (_all, index: string) => {
    const tag = tags[Number(index)];
    return tag.problem ? `\\${tag.tag}` : tag.tag;
  });
}

/**
 * The last resort: the paragraph (lines up to a blank one) where MDX still stops is kept as written
 * in a fenced code block, which MDX never reads for tags, the escapes made for MDX taken out; again
 * until the text parses. Lines are not added or removed before a paragraph, so the lines said are
 * the text's.
 */
export function fenceUnparsedParagraphs(mdx: string): { mdx: string; lines: number[]; unparsed?: MdxParseStop } {
  const lines: number[] = [];
  const fencedAt: number[] = [];
  let text = mdx;
  let error: MdxParseStop | undefined;
  for (error = parseError(text); error; error = parseError(text)) {
    const rows = text.split('\n');
    let first = Math.min(error.line, rows.length) - 1;
    while (first > 0 && rows[first - 1].trim() !== '') first--;
    let last = Math.min(error.line, rows.length) - 1;
    while (last < rows.length - 1 && rows[last + 1].trim() !== '') last++;
    const paragraph = rows.slice(first, last + 1).join('\n').replace(/\\([<{}])/g, '$1');
    // Already a code block: nothing more can be done here (never expected: said by the caller's check).
    if (/^`{3,}/.test(rows[first]) || lines.length > 50) break;
    const fence = '`'.repeat(Math.max(2, ...[...paragraph.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    text = [...rows.slice(0, first), `${fence}text`, paragraph, fence, ...rows.slice(last + 1)].join('\n');
    // Each block adds its two fence lines: the line said is the one in the text given.
    lines.push(first + 1 - 2 * fencedAt.filter((at) => at < first).length);
    for (const [i, at] of fencedAt.entries()) if (at > first) fencedAt[i] = at + 2;
    fencedAt.push(first);
  }
  lines.sort((a, b) => a - b);
  return { mdx: text, lines, ...(error ? { unparsed: error } : {}) };
}

export function makeMdxSafe(markdown: string): MdxSafeResult {
  const tags = findVariantTags(markdown);
  const report = () => ({
    variantElementsKept: tags.filter((tag) => !tag.problem && !tag.closing).length,
    malformedVariantTags: tags.filter((tag) => tag.problem).map(({ tag, line, occurrence, problem }) => ({ tag, line, occurrence, problem: problem! })),
  });
  // A kept pair the parser stops at (inside a list item, a table) is shown as text too, and said.
  for (let round = 0; round <= tags.length; round++) {
    let mdx = mapOutsideCode(withVariantTags(markdown, tags, escapeProse), runOnAddressesAsLinks);
    let escapedAtError = 0;
    let retry = false;
    for (let attempt = 0; attempt < 200; attempt++) {
      const error = parseError(mdx);
      if (!error) return { mdx, escapedAtError, tagsShownAsText: false, ...report() };
      const atTag = tags.find((tag) => !tag.problem && tag.line === error.line) ?? tags.find((tag) => !tag.problem && tag.partner !== undefined && tags[tag.partner].line === error.line);
      if (atTag) {
        const partner = atTag.partner !== undefined ? tags[atTag.partner] : undefined;
        atTag.problem = 'MDX could not parse the body with it there';
        if (partner) partner.problem = atTag.problem;
        retry = true;
        break;
      }
      const fixed = escapeAt(mdx, error.line, error.column);
      if (!fixed) break;
      mdx = mapOutsideCode(fixed, runOnAddressesAsLinks);
      escapedAtError++;
    }
    if (retry) continue;
    // Last resort: every tag outside code is shown as the text it is.
    for (const tag of tags) tag.problem ??= 'MDX could not parse the body: every tag is shown as text';
    mdx = mapOutsideCode(withVariantTags(markdown, tags, escapeProse), (text, beforeCodeSpan) => runOnAddressesAsLinks(text.replace(/(?<!\\)<(?=[A-Za-z/])/g, '\\<'), beforeCodeSpan));
    const tagsShownAsText = parseError(mdx) === undefined;
    const fenced = tagsShownAsText ? { mdx, lines: [] } : fenceUnparsedParagraphs(mdx);
    return { mdx: fenced.mdx, escapedAtError, tagsShownAsText, ...(fenced.lines.length ? { paragraphsKeptAsCode: fenced.lines } : {}), ...(fenced.unparsed ? { unparsed: fenced.unparsed } : {}), ...report() };
  }
  throw new Error('unreachable: every variant tag was already shown as text');
}

/**
 * The text with each well-formed `<Internal>…</Internal>` block (as {@link makeMdxSafe} keeps it)
 * written as spaces, line breaks kept: the same length and lines, so that a tree parsed from it
 * places its nodes in the text as written. The import reads the draft's fields (summary, title,
 * timeline, times), which a public post shows, from this text: what the author kept internal stays
 * in the body only, inside its block.
 */
export function withoutInternalBlocks(markdown: string): { markdown: string; blocks: number } {
  const tags = findVariantTags(markdown);
  let out = markdown;
  let blocks = 0;
  for (const tag of tags) {
    if (tag.problem || tag.closing || tag.name !== 'Internal' || tag.partner === undefined) continue;
    const end = tags[tag.partner].offset + tags[tag.partner].tag.length;
    out = out.slice(0, tag.offset) + out.slice(tag.offset, end).replace(/[^\n]/g, ' ') + out.slice(end);
    blocks++;
  }
  return { markdown: out, blocks };
}
