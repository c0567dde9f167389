import { describeComponentAttributes, type ComponentAttribute } from './component-attributes.ts';
import { visit, SKIP } from 'unist-util-visit';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { activeContentFix, findActiveContent, mayHoldActiveContent } from './active-content.ts';
import { findTableProblems, mayLoseTableText } from './table-cells.ts';
import { findTooDeepHeadings } from './heading-depth.ts';
import { describeUndefinedReference, findFootnoteProblems, findUndefinedReferences, mayHoldFootnote, mayHoldReferenceLink } from './undefined-references.ts';
import { stripInternalFromSource, type StripOptions } from './strip-internal.ts';
import { numberFootnoteLabels } from './public-footnote-labels.ts';
import type { Variant } from './postmortem-text.ts';
import { decodeEntities, escapeHtml } from './html-entities.ts';
import { constantExpressionFix, isCommentExpression, isConstantExpression } from './mdx-expression.ts';
import { describeShownNowhere, findShownNowhere } from './variant-nesting.ts';
import { quoteSnippet } from './quoted-snippet.ts';

/**
 * The fast path: a postmortem is Markdown plus our two components (`npm run check` refuses
 * imports and any other component), so it does not need the MDX compiler. This turns its source
 * into plain Markdown for one site, which Astro's built-in renderer (Sätteri) renders several
 * times faster than MDX compiles it:
 * - public: `<Internal>` elements are cut from the source (by {@link stripInternalFromSource},
 *   the same cut the MDX path uses, so the public site never sees internal text) and
 *   `<PublicOnly>` tags are dropped, keeping what they hold;
 * - internal: `<PublicOnly>` elements are cut and `<Internal>` becomes the same marked-up note
 *   the internal site's `Internal` component renders;
 * - both: MDX comments (`{/* ... *\/}`) are dropped, never rendered.
 * A source that needs MDX proper (an expression, an import, an element with an expression
 * attribute, a component other than ours) comes back as `needsMdx` with the reason, and is
 * compiled by `@astrojs/mdx` as before.
 */
export type FastMarkdown = { markdown: string } | { needsMdx: string };

export interface FastMarkdownOptions extends Pick<StripOptions, 'file' | 'rewriteLink'> {
  variant: Variant;
  isMdx: boolean;
  /**
   * `preview`: the public text for the internal site's preview of a public post, cut in the one
   * fast parse instead of by the public build's stricter (and slower) {@link stripInternalFromSource}.
   * Never for the public site itself.
   */
  purpose?: 'site' | 'preview';
  /**
   * The postmortem is a draft ({@link isDraftSource}): `npm run check` only warns of its undefined
   * references and footnote problems (no site shows a draft in a build; an imported report may
   * carry them), so they render as written instead of stopping the build the check let through.
   */
  draft?: boolean;
}

/** The opening of an internal note, as `src/components/Internal.astro` renders it. */
const internalNoteOpen = '<aside class="internal-note" aria-label="Internal note">\n<p class="internal-note__label">Internal only</p>';
const internalInlineOpen = '<span class="internal-note internal-note--inline"><span class="internal-note__label">Internal only:</span> ';

/** The start of a list item's line up to its text: "* ", "  - ", "3. ". */
const isListMarker = (linePrefix: string) => /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/.test(linePrefix);

type Edit = [start: number, end: number, text: string];
type JsxNode = {
  type: string;
  name?: string | null;
  attributes?: { type: string; value?: unknown }[];
  children?: { position?: { start: { offset?: number }; end: { offset?: number } } }[];
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
  value?: string;
};


/** The body does not parse: at `line`:`column` of the source file. */
export class MarkdownSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(line: number, column: number, reason: string) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'MarkdownSyntaxError';
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** The body parses but holds something the site refuses to render (rule `rule`), at `line`:`column`. */
export class RefusedMarkupError extends MarkdownSyntaxError {
  readonly rule: string;
  constructor(line: number, column: number, reason: string, rule: string) {
    super(line, column, reason);
    this.name = 'RefusedMarkupError';
    this.rule = rule;
  }
}

/** A parser's own positions and rule names, left out of messages that give the file's. */
const cleanReason = (reason: string) => reason.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');

/**
 * False when `body` has nothing MDX reads other than Markdown does: no `<` (element), no `{` or
 * `}` (expression) and no line starting with `import` or `export` (ESM). Such a body parses to no
 * MDX node and cannot fail to parse, so it is its own Markdown; most postmortems (4 in 5 of the
 * synthetic corpus) skip the parse.
 */
export function mayHoldMdxSyntax(body: string): boolean {
  return /[<{}]/.test(body) || ((body.includes('import') || body.includes('export')) && /^[ \t]*(?:import|export)\b/m.test(body));
}

let lastParse: { body: string; tree: Root } | undefined;

/**
 * The MDX tree of `body`, parsed once for consecutive calls with the same body: the internal
 * build cuts a public postmortem twice (its page, and the preview of its public text) from the
 * same body. The tree is only read, never changed.
 */
export function parseMdxOnce(body: string): Root {
  if (lastParse?.body !== body) lastParse = { body, tree: mdxToMdast(body) as unknown as Root };
  return lastParse.tree;
}

/**
 * Stops the rendering of a body that would run code or load something in readers' browsers
 * (`src/lib/active-content.ts`; `npm run check` reports every such place). Most bodies hold no
 * tag, entity or scheme and are not parsed for it; an MDX body that is shares its parse with the
 * cut below.
 */
function refuseActiveContent(body: string, isMdx: boolean, shift: number): void {
  if (!mayHoldActiveContent(body)) return;
  let tree: Root;
  try {
    tree = isMdx ? parseMdxOnce(body) : markdownToMdast(body, { features: { gfm: true } }) as unknown as Root;
  } catch {
    return; // A body that does not parse is reported, with its place, where it is parsed for the cut.
  }
  const first = findActiveContent(tree)[0];
  if (first) throw new RefusedMarkupError(first.line - shift, first.column, `${first.message}; ${activeContentFix}`, 'body/active-content');
}

/** A line under a table header, with a pipe: only bodies holding one are parsed for tables. */
const mayHoldTable = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*\|/m;

/**
 * Stops the rendering of a body whose table would lose text on the page: cells beyond the
 * header's count are dropped without a word, and a header whose --- line has another count is
 * shown as text with its pipes (`src/lib/table-cells.ts`; `npm run check` reports every place).
 */
function refuseTableLoss(body: string, isMdx: boolean, shift: number): void {
  // Most bodies' tables are read from their lines; only a doubtful one is parsed.
  if (!mayHoldTable.test(body) || !mayLoseTableText(body)) return;
  let tree: Root;
  try {
    tree = isMdx ? parseMdxOnce(body) : markdownToMdast(body, { features: { gfm: true } }) as unknown as Root;
  } catch {
    return; // A body that does not parse is reported, with its place, where it is parsed for the cut.
  }
  const first = findTableProblems(tree, body)[0];
  if (first) throw new RefusedMarkupError(first.line - shift, first.column, `${first.message.replace(/\.$/, '')}; ${first.fix}`, 'body/table-cells');
}

/** A line of seven or more `#`: only bodies holding one are parsed for it. */
const mayHoldTooDeepHeading = /^[ \t>]*(?:[-*+]\s+|\d+[.)]\s+)*#{7,}(?:[ \t]|$)/m;

/**
 * Stops the rendering of a body that would show text other than its author meant: a line of
 * seven or more `#` (no heading: shown with its marks, `body/heading-depth`) or a reference link
 * whose label is not defined (shown as text, brackets included, `body/undefined-reference`), or a
 * footnote never referred to (left out of the page) or never defined (`body/footnote`).
 * `npm run check` reports every place; most bodies hold neither shape and are not parsed for it.
 */
function refuseTextShownAsWritten(body: string, isMdx: boolean, shift: number, afterCut: boolean, draft: boolean): void {
  const headings = body.includes('#######') && mayHoldTooDeepHeading.test(body);
  const references = !draft && mayHoldReferenceLink(body);
  const footnotes = !draft && mayHoldFootnote(body);
  if (!headings && !references && !footnotes) return;
  let tree: Root;
  try {
    tree = isMdx ? parseMdxOnce(body) : markdownToMdast(body, { features: { gfm: true } }) as unknown as Root;
  } catch {
    return; // A body that does not parse is reported, with its place, where it is parsed for the cut.
  }
  const deep = headings ? findTooDeepHeadings(tree, body)[0] : undefined;
  if (deep) {
    throw new RefusedMarkupError(deep.line - shift, deep.column, `a line starting with ${deep.marks} # is no heading: Markdown has six levels, so it would be shown as text, # marks included; write it with ###### at most, or as bold text`, 'body/heading-depth');
  }
  // On the public site the body is read after the <Internal> blocks are cut: a definition or a
  // reference inside one is gone there, though npm run check (which reads the file) saw the pair.
  const cutNote = afterCut ? ' (on the public site, read after the <Internal> blocks are cut: one of the pair may be inside one; put both in, or both out)' : '';
  const footnote = footnotes ? findFootnoteProblems(tree, body)[0] : undefined;
  if (footnote) throw new RefusedMarkupError(footnote.line - shift, footnote.column, `${footnote.message.replace(/\.$/, '')}${cutNote}; ${footnote.fix}`, 'body/footnote');
  const reference = references ? findUndefinedReferences(tree, body)[0] : undefined;
  if (reference) {
    const { message, fix } = describeUndefinedReference(reference);
    throw new RefusedMarkupError(reference.line - shift, reference.column, `${message.replace(/\.$/, '')}${cutNote}; ${fix}`, 'body/undefined-reference');
  }
}

/**
 * Stops the rendering of a body with a `<PublicOnly>` inside an `<Internal>` or the other way
 * round: the inner text would be shown on neither site, without a word (`mdx/shown-nowhere`, which
 * `npm run check` reports with every place). `shift` is subtracted from the tree's lines.
 */
function refuseShownNowhere(tree: Root, shift: number): void {
  const first = findShownNowhere(tree)[0];
  if (!first) return;
  const { message, fix } = describeShownNowhere(first);
  throw new RefusedMarkupError(first.line - shift, first.column, `${message.replace(/\.$/, '')}; ${fix}`, 'mdx/shown-nowhere');
}

export function toFastMarkdown(source: string, options: FastMarkdownOptions): FastMarkdown {
  const { bodyStartLine, body: writtenBody } = splitFrontmatter(source);
  // Public: the cut of `<Internal>` (with link rewriting and every refusal) is the one the MDX
  // path uses, so customers read exactly what they would have. Internal: nothing is hidden from
  // the internal site, so the body is taken as written and `<PublicOnly>` is cut below, in the
  // one fast parse. Frontmatter never reaches the renderer; its lines stay as blank lines, so
  // positions are the file's.
  let text: string;
  if (options.variant === 'public' && options.purpose !== 'preview') {
    // The cut below removes an <Internal> inside a <PublicOnly> (or the other way round) without a
    // trace: refused here as `npm run check` refuses it, from the text as written.
    if (options.isMdx && /<PublicOnly\b/.test(writtenBody) && /<Internal\b/.test(writtenBody)) {
      let written: Root | undefined;
      try {
        written = parseMdxOnce(writtenBody);
      } catch {
        // A body that does not parse is reported, with its place, by the cut.
      }
      if (written) refuseShownNowhere(written, 1 - bodyStartLine);
    }
    try {
      // Footnote labels are in the page's ids and links: numbered, never as written (public-footnote-labels.ts).
      text = splitFrontmatter(numberFootnoteLabels(stripInternalFromSource(source, { isMdx: options.isMdx, variant: 'public', file: options.file, rewriteLink: options.rewriteLink }), options.isMdx)).body;
    } catch (error) {
      const place = error as { line?: unknown; column?: number; reason?: string; message: string };
      if (typeof place.line !== 'number') throw error;
      throw new MarkdownSyntaxError(place.line + bodyStartLine - 1, place.column ?? 1, cleanReason(place.reason ?? place.message));
    }
  } else {
    text = '\n'.repeat(bodyStartLine - 1) + writtenBody;
  }
  // Sätteri reads a `---` at the very start as frontmatter: a body that opens with a thematic
  // break gets one blank line before it. (Astro's renderMarkdown reads it so even after blank
  // lines; the loader's renderer guards against that: keepAsBody in markdown-renderer.ts.)
  const body = /^---/.test(text) ? `\n${text}` : text;
  const shift = body === text ? 0 : 1;
  refuseActiveContent(body, options.isMdx, shift);
  refuseTableLoss(body, options.isMdx, shift);
  refuseTextShownAsWritten(body, options.isMdx, shift, options.variant === 'public' && options.purpose !== 'preview', options.draft === true);
  if (!options.isMdx || !mayHoldMdxSyntax(body)) return { markdown: body };

  // satteri: the parser Astro's own MDX pipeline uses, about ten times faster than remark. Its
  // errors start with "line:column: ".
  let tree: Root;
  try {
    tree = parseMdxOnce(body);
  } catch (error) {
    const found = /^(\d+):(\d+):\s*([\s\S]*)$/.exec((error as Error).message ?? '');
    if (!found) throw error;
    throw new MarkdownSyntaxError(Number(found[1]) - shift, Number(found[2]), cleanReason(found[3].trim()));
  }
  refuseShownNowhere(tree, shift);
  const edits: Edit[] = [];
  let needsMdx: string | undefined;
  // Code in an expression would run in the build: refused before anything renders it.
  const refuseCode = (node: JsxNode, value: string) => {
    if (isCommentExpression(value) || isConstantExpression(value)) return;
    const reason = `the expression {${quoteSnippet(value.trim(), 40)}} runs code when the site is built; ${constantExpressionFix}`;
    throw new RefusedMarkupError((node.position?.start.line ?? 1) - shift, node.position?.start.column ?? 1, reason, 'mdx/code-expression');
  };
  visit(tree, (raw) => {
    if (needsMdx) return SKIP;
    const node = raw as unknown as JsxNode;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'mdxjsEsm') {
      // An import or export runs when the site is built: `import { readFileSync } from 'node:fs'`
      // would publish any file of the build machine. `npm run check` refuses it too (mdx/no-imports).
      throw new RefusedMarkupError((node.position?.start.line ?? 1) - shift, node.position?.start.column ?? 1,
        'postmortems may not import or export code (it runs when the site is built); remove the statement: <Internal> and <PublicOnly> work without an import', 'mdx/no-imports');
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      refuseCode(node, node.value ?? '');
      if (!isCommentExpression(node.value ?? '')) needsMdx = `it has the expression {${quoteSnippet((node.value ?? '').trim(), 40)}}`;
      else if (start !== undefined && end !== undefined) edits.push([start, end, '']);
      return SKIP;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes ?? []) {
      const value = attribute.type === 'mdxJsxAttribute' ? attribute.value : attribute;
      if (value && typeof value === 'object') refuseCode(node, (value as { value?: string }).value ?? '');
    }
    // `<Internal reason="x">`: no component reads an attribute (npm run check says the same).
    if ((node.name === 'Internal' || node.name === 'PublicOnly') && node.attributes?.length) {
      const described = describeComponentAttributes(node.name, node.attributes as ComponentAttribute[]);
      if (described) throw new RefusedMarkupError((node.position?.start.line ?? 1) - shift, node.position?.start.column ?? 1, `${described.message.replace(/\.$/, '')}; ${described.fix.replace(/\.$/, '')}`, 'mdx/component-attribute');
    }
    if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string'))) {
      needsMdx = `<${node.name ?? ''}> has an expression attribute`;
      return SKIP;
    }
    const isOurs = node.name === 'Internal' || node.name === 'PublicOnly';
    if (!isOurs) {
      // A component of ours is all the MDX compiler is given: any other (`<Foo>`, `<INTERNAL>`)
      // would stop the build while rendering, with a stack trace that names no line of the file.
      if (node.name && /^[A-Z]/.test(node.name)) {
        const ours = ['Internal', 'PublicOnly'].find((name) => name.toLowerCase() === node.name!.toLowerCase());
        const fix = ours ? `write <${ours}> exactly` : 'use <Internal> or <PublicOnly>, or write the text without the tag';
        throw new RefusedMarkupError((node.position?.start.line ?? 1) - shift, node.position?.start.column ?? 1, `unknown component <${node.name}>; ${fix}`, 'mdx/unknown-component');
      }
      // A lower-case element with plain attributes (`<br />`, `<sup>`) is raw HTML in Markdown too.
      if (!node.name || !/^[a-z][a-z0-9-]*$/.test(node.name)) needsMdx = `it uses the component <${node.name ?? ''}>`;
      return;
    }
    if (start === undefined || end === undefined) {
      needsMdx = `a <${node.name}> element has no source position`;
      return SKIP;
    }
    const children = node.children ?? [];
    const first = children[0]?.position?.start.offset;
    const last = children.at(-1)?.position?.end.offset;
    const openEnd = first ?? end;
    const closeStart = last ?? end;
    const linePrefix = body.slice(body.lastIndexOf('\n', start - 1) + 1, start);
    // A list item that is only the element, on one line ("* <Internal>@handle</Internal>", as
    // `npm run redact` wraps a list of names): the item's text, so the inline note. As a block
    // each item was a boxed aside, a list of six names 1,100 px tall at 390 (session 30, ui32).
    const wholeListItem = node.type === 'mdxJsxFlowElement' && isListMarker(linePrefix) && !body.slice(start, end).includes('\n');
    const flow = node.type === 'mdxJsxFlowElement' && !wholeListItem;
    if (flow && !/^[ \t]*$/.test(linePrefix)) {
      // Inside a block quote or on a list marker's line: keep MDX rather than guess the nesting.
      needsMdx = `a <${node.name}> block does not start its own line`;
      return SKIP;
    }
    if (node.name === 'Internal' && options.variant === 'public') {
      // Only for the preview: the public site's source was cut before this parse.
      edits.push([start, end, '']);
      return SKIP;
    }
    if (node.name === 'PublicOnly' && options.variant === 'internal') {
      // The apology customers read is not for the internal site.
      edits.push([start, end, '']);
      return SKIP;
    }
    if (node.name === 'PublicOnly') {
      // The public site shows what PublicOnly holds, without the wrapper.
      edits.push([start, openEnd, flow ? `\n${linePrefix}` : '']);
      edits.push([closeStart, end, flow ? `\n${linePrefix}` : '']);
      return;
    }
    // Internal, internal variant: the note the Internal component renders.
    if (flow) {
      const indent = (text: string) => text.split('\n').map((line, i) => (i === 0 || line === '' ? line : linePrefix + line)).join('\n');
      edits.push([start, openEnd, `${indent(`${internalNoteOpen}\n\n`)}${first === undefined ? '' : linePrefix}`]);
      // Round 54: a blank line after </aside>: a raw HTML block runs on to the next blank line, so
      // `</Internal>` straight over `- Errors stopped` showed "- Errors stopped" as typed, where MDX reads a list.
      edits.push([closeStart, end, indent('\n\n</aside>\n')]);
    } else {
      edits.push([start, openEnd, internalInlineOpen]);
      edits.push([closeStart, end, '</span>']);
    }
  });
  if (needsMdx) return { needsMdx };
  let markdown = body;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) {
    markdown = markdown.slice(0, start) + text + markdown.slice(end);
  }
  return { markdown };
}

/**
 * The internal site's preview of a public post is HTML stored beside the page's rendering, and
 * Astro resolves local images (`<img __ASTRO_IMAGE_="…">` placeholders) only in the page's own
 * rendering: in the preview they would be broken images. The preview names each one instead,
 * with its description; the public page itself shows the image.
 */
export function nameImagesInPreview(html: string): string {
  return html.replace(/<img\s+__ASTRO_IMAGE_="([^"]*)"[^>]*>/g, (_tag, encoded: string) => {
    let alt = '';
    try {
      alt = String((JSON.parse(decodeEntities(encoded)) as { alt?: unknown }).alt ?? '');
    } catch {
      // An unreadable placeholder still becomes a note rather than a broken image.
    }
    return `<span class="pm-image-note">[Image${alt ? `: ${escapeHtml(alt)}` : ''}]</span>`;
  });
}
