import { findLookalikeInternalTag, lookalikeComponentName } from './component-tag-lookalikes.ts';
import { visit, SKIP } from 'unist-util-visit';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBodyTree } from './body-tree.ts';
import { parseMdxTree } from './mdx-tree.ts';
import { plainTextPlaceOfTag } from './internal-tag-place.ts';
import { isExcludedFromVariant, type Variant } from './postmortem-text.ts';
import { findHiddenHtmlTag, findStrayEndTag, hiddenHtmlMessage, hidingOf, shortTag, textOutsideDrawing } from './hidden-html.ts';
import { drawingAt, findHiddenSvgText } from './svg-drawn-text.ts';
import { templateInternalRanges, templateTitleParagraphs, withoutNested } from './template-internal-sections.ts';
import { headingsLeftEmpty } from './headings-left-empty.ts';
import { findLinksToHiddenPosts } from './links-to-hidden-posts.ts';

/**
 * A link the public cut refuses (src/lib/links-to-hidden-posts.ts), as `npm run check` and
 * `npm run redact` report it: its line in the file, the target as written, what is wrong and the fix.
 */
export interface RefusedLink {
  line: number;
  url: string;
  message: string;
  fix: string;
}

/** Raised when a source cannot be made safe for the public variant. */
export class PublicVariantError extends Error {
  /**
   * When the refusal is of links to posts customers do not see: every such link of the source,
   * found in one pass (the message says each, one a line), so a caller need not cut the source
   * again with each link blanked to hear of the next (redact round 36 did, up to 1,000 times).
   */
  readonly refusedLinks: readonly RefusedLink[];
  constructor(message: string, refusedLinks: readonly RefusedLink[] = []) {
    super(message);
    this.name = 'PublicVariantError';
    this.refusedLinks = refusedLinks;
  }
}

/** Any spelling of the two component tags; lower case would be an HTML element, shown as is. */
const componentTag = /<\/?\s*(Internal|PublicOnly)\b/i;
/** An HTML comment holding only a redaction allow marker (see redaction-guard.ts). */
const allowMarkerComment = /^<!--\s*redaction-allow:?\s*redact\/[a-z-]+(?:\s*,\s*redact\/[a-z-]+)*(?:\s*:?\s*"[^"\n<>]+")?(?:\s*(?:--|:)[^<>]*?)?\s*-->$/;
/** An `<Internal>` tag in any letter case; `<internal>` is an HTML element whose text shows. */
const internalTag = /<\s*\/?\s*Internal\b/i;
/**
 * `<Internal` or `<PublicOnly` with the `<` written as a character reference (`&lt;`, `&LT`,
 * `&#60;`, `&#060;`, `&#x3C;`, `&#X003c;`, with or without the `;`).
 */
const entityComponentTag = /(?:&lt;?|&#0*60;?|&#x0*3c;?)\s*\/?\s*(Internal|PublicOnly)\b/i;

export interface StripOptions {
  /** `.mdx` source (components allowed) or `.md` (no components). */
  isMdx: boolean;
  /** Which site the source is for. Default `public`: cut `<Internal>`; `internal` cuts `<PublicOnly>`. */
  variant?: Variant;
  /** Named in error messages. */
  file?: string;
  /**
   * Called with the URL of every Markdown link: a string replaces it, `null` keeps the words
   * and drops the link, `undefined` leaves it alone.
   */
  rewriteLink?: (url: string) => string | null | undefined;
  /**
   * Blank a removed block with spaces instead of dropping its characters, so that what follows it
   * on its line keeps its column too (the redaction guard's findings point into the source; text
   * after an inline `</Internal>` was reported, and fixed by `npm run redact`, at the wrong column).
   */
  keepColumns?: boolean;
}

/**
 * The source one site compiles, cut by positions in the syntax tree so the compiler never sees
 * the removed text at all. For the public variant (the default): every `<Internal>` element,
 * block or inline, at any depth, and in `.md` files every `<!-- redaction-allow ... -->` marker
 * comment, and a report template's internal sections and label lines ("Owner:", "Involved:",
 * "Notes to the owner", the body's own "Severity": `template-internal-sections.ts`). For the
 * internal variant: every `<PublicOnly>` element. The frontmatter is blanked in both (it holds internal
 * fields; pages read validated data from the collection). Removed text keeps its line breaks,
 * so lines keep their numbers and compiler messages point at the right line. A list item the cut
 * leaves saying nothing (punctuation, or a label such as "Slack thread:") is removed whole, and
 * its line break moved to the end of its list: there, the items after it move up a line.
 *
 * Authoring rules it enforces (a {@link PublicVariantError}, never a silent publish):
 * - `.md` files cannot hold components, so a public `.md` body is public in full; an
 *   `<Internal>` or `<PublicOnly>` tag in one (any letter case) is refused: rename it to `.mdx`.
 * - Markdown copies `<!-- ... -->` into the page verbatim, so any other HTML comment in a public
 *   `.md` body is refused too (MDX comments, `{/* ... *\/}`, are never published). Astro renders
 *   `.md` entries without passing them through Vite, so refusing, not cutting, is what keeps
 *   them out of the page.
 * - In `.mdx`, any other spelling (`<internal>` is an HTML element that would show its text,
 *   `<INTERNAL>` an undefined component) is refused.
 * - Any `<Internal` text left after cutting is refused, even inside a code span: the check fails
 *   closed rather than guess whether it is prose about the tag or a tag the parser missed.
 *
 * Also accepts the variant alone as the second argument, for `.mdx` sources.
 */
export function stripInternalFromSource(source: string, optionsOrVariant: StripOptions | Variant): string {
  const options: StripOptions = typeof optionsOrVariant === 'string' ? { isMdx: true, variant: optionsOrVariant } : optionsOrVariant;
  const variant = options.variant ?? 'public';
  const split = splitFrontmatter(source);
  const frontmatterLength = source.length - split.body.length;
  const blankFrontmatter = source.slice(0, frontmatterLength).replace(/[^\r\n]/g, '');
  const frontmatterLines = blankFrontmatter.split('\n').length - 1;
  if (!options.isMdx) {
    if (componentTag.test(split.body)) {
      throw new PublicVariantError(
        `${options.file ?? 'a .md postmortem'} uses <Internal> or <PublicOnly>, which only work in .mdx files: rename it to .mdx.`,
      );
    }
    if (variant === 'internal') return blankFrontmatter + split.body;
    const cuts: [number, number][] = [];
    const mdTree = parseBodyTree(source, false);
    visit(mdTree, 'html', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // A raw HTML block may hold a comment among other tags: look at each comment, and at an
      // unterminated one to the end of the block.
      for (const comment of split.body.slice(start, end).matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
        if (!allowMarkerComment.test(comment[0])) {
          const line = (node.position?.start.line ?? 1) + split.body.slice(start, start + comment.index).split('\n').length - 1 + frontmatterLines;
          throw new PublicVariantError(
            `${options.file ?? 'a .md postmortem'}:${line}: an HTML comment in a public .md post is published in the page source, where anyone can read it. Remove it, or rename the file to .mdx and write it as {/* ... */}, which is never published.`,
          );
        }
        cuts.push([start + comment.index, start + comment.index + comment[0].length]);
      }
      // `<![CDATA[ … ]]>`, `<? … ?>`, `<!DOCTYPE …>`, `<!x …>`: a browser reads each as a comment
      // (HTML's "bogus comment") and shows nothing of it, and Markdown copies it into the page like
      // `<!-- -->` (bad input round 13: its text was published in the page source).
      const bogus = /<!\[CDATA\[|<\?|<![A-Za-z][A-Za-z-]*/.exec(split.body.slice(start, end).replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' ')));
      if (bogus) {
        const line = (node.position?.start.line ?? 1) + split.body.slice(start, start + bogus.index).split('\n').length - 1 + frontmatterLines;
        throw new PublicVariantError(
          `${options.file ?? 'a .md postmortem'}:${line}: "${bogus[0]}" in a public .md post starts what a browser reads as a comment: it shows nothing of it, but the page source publishes its text, where anyone can read it. Remove it (write it in a code span or block if it is an example), or rename the file to .mdx and write internal notes in <Internal> or as {/* ... */}, which is never published.`,
        );
      }
      // `<div hidden>`, `style="display:none"`, `<template>`: not shown, but published as written.
      const hidden = findHiddenHtmlTag(split.body.slice(start, end), split.body.slice(end, end + 4000), split.body.slice(Math.max(0, start - 4000), start));
      if (hidden) {
        const line = (node.position?.start.line ?? 1) + split.body.slice(start, start + hidden.index).split('\n').length - 1 + frontmatterLines;
        throw new PublicVariantError(hiddenHtmlMessage(`${options.file ?? 'a .md postmortem'}:${line}`, hidden, false));
      }
      const stray = findStrayEndTag(split.body.slice(start, end), split.body.slice(0, start));
      if (stray) {
        const line = (node.position?.start.line ?? 1) + split.body.slice(start, start + stray.index).split('\n').length - 1 + frontmatterLines;
        throw new PublicVariantError(hiddenHtmlMessage(`${options.file ?? 'a .md postmortem'}:${line}`, { how: stray.how, tag: shortTag(stray.tag), shownToSightedReaders: false }, false));
      }
      // Canary round 44: an inline drawing's text its groups leave undrawn (a transform, clip path, fill).
      const drawingStart = /<svg\b/i.exec(split.body.slice(start, end));
      const undrawn = drawingStart ? findHiddenSvgText(drawingAt(split.body, start + drawingStart.index)) : undefined;
      if (undrawn) {
        const line = (node.position?.start.line ?? 1) + split.body.slice(start, start + drawingStart!.index + undrawn.index).split('\n').length - 1 + frontmatterLines;
        throw new PublicVariantError(hiddenHtmlMessage(`${options.file ?? 'a .md postmortem'}:${line}`, { how: undrawn.how, tag: shortTag(undrawn.tag), shownToSightedReaders: false }, false));
      }
    });
    refuseTagsWrittenAsNone(split.body, options.file, frontmatterLines);
    refuseTagsReadInText(mdTree, variant, options.file, frontmatterLines);
    refuseSectionTitlesInWords(mdTree, split.body, options.file, frontmatterLines);
    if (options.rewriteLink) refuseLinksToHiddenPosts(mdTree, options.rewriteLink, false, options.file, frontmatterLines);
    // A report template's internal sections ("Owner:", "Notes to the owner") are not published.
    return blankFrontmatter + blankRanges(split.body, withoutNested([...cuts, ...templateInternalRanges(mdTree, split.body)]), options.keepColumns);
  }
  if (variant === 'public') {
    const misspelt = [...split.body.matchAll(/<\s*\/?\s*(internal|publiconly)\b/gi)].find((m) => m[1] !== 'Internal' && m[1] !== 'PublicOnly');
    if (misspelt) {
      throw new PublicVariantError(
        `${options.file ?? 'a postmortem'}:${lineOf(split.body, misspelt.index) + frontmatterLines}: "${misspelt[0]}" is not the <Internal> or <PublicOnly> component (lower case is an HTML element, and its text would be published). Write <Internal> or <PublicOnly> exactly.`,
      );
    }
  }
  // The same tree remark-mdx gives (with GFM), from the faster parser: see parseMdxTree.
  const tree = parseMdxTree(split.body);

  if (variant === 'public' && options.rewriteLink) refuseLinksToHiddenPosts(tree, options.rewriteLink, true, options.file, frontmatterLines);
  const cuts: [number, number][] = [];
  const replacements: [number, number, string][] = [];
  // A reference definition is rewritten as an inline link is (canary round 32: `[prev]:
  // /incidents/<an internal-only post>/` published that post's id): each reference to it becomes
  // an inline link to the new target, or its words when there is none, and the definition goes.
  const rewrittenDefinitions = new Map<string, string | null>();
  if (options.rewriteLink) {
    visit(tree, 'definition', (node) => {
      const target = options.rewriteLink!(node.url);
      if (target !== undefined && !rewrittenDefinitions.has(node.identifier)) rewrittenDefinitions.set(node.identifier, target);
    });
  }
  visit(tree, (node, _index, parent) => {
    if (node.type === 'definition' && rewrittenDefinitions.has(node.identifier) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      // Its line breaks stay, so later line numbers do not move.
      replacements.push([node.position.start.offset, node.position.end.offset, split.body.slice(node.position.start.offset, node.position.end.offset).replace(/[^\r\n]/g, '')]);
      return SKIP;
    }
    if (node.type === 'linkReference' && rewrittenDefinitions.has(node.identifier) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const target = rewrittenDefinitions.get(node.identifier);
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      const text = first !== undefined && last !== undefined ? split.body.slice(first, last) : '';
      replacements.push([node.position.start.offset, node.position.end.offset, target === null ? text : `[${text}](${target})`]);
    }
    if (node.type === 'link' && options.rewriteLink && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const target = options.rewriteLink(node.url);
      if (target !== undefined) {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        const text = first !== undefined && last !== undefined ? split.body.slice(first, last) : '';
        // A link to a page the public site does not have keeps its words and loses its target.
        replacements.push([node.position.start.offset, node.position.end.offset, target === null ? text : `[${text}](${target})`]);
      }
    }
    if (isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) {
        throw new PublicVariantError(`${options.file ?? 'a postmortem'}: a <${(node as { name?: string }).name}> block has no source position; refusing to cut it.`);
      }
      // Canary round 37: `<Internal />` over a paragraph (or before words on its line) is an empty
      // element that hides nothing, and the words the author meant to hide were published.
      // Named without its attributes: public-diff prints the refusal, and one may hold the words.
      if (variant === 'public' && /\/\s*>$/.test(split.body.slice(start, end))) {
        throw new PublicVariantError(`${options.file ?? 'a postmortem'}:${(node.position?.start.line ?? 1) + frontmatterLines}: "<Internal${(node as JsxElement).attributes?.length ? ' …' : ''} />" closes itself, so it holds nothing and hides nothing: the words after it are published. Fix: write <Internal> before and </Internal> after what is to be hidden, or remove the tag.`);
      }
      cuts.push([start, end]);
      return SKIP;
    }
    // An HTML element the public page keeps but does not show (`<div hidden>`, a style of
    // display:none, `<template>`): its text is in the page source all the same.
    // `<Ιnternal>` (a Greek iota, canary round 34) is another element or a component Astro does
    // not have: its text published, or the build stopped naming a page, not the file.
    const imitated = variant === 'public' && isJsxElement(node) && node.name ? lookalikeComponentName(node.name) : undefined;
    if (imitated) {
      throw new PublicVariantError(`${options.file ?? 'a postmortem'}:${(node.position?.start.line ?? 1) + frontmatterLines}: <${(node as JsxElement).name}> looks like <${imitated}> but is written with other letters, so it is not the component and hides nothing. Fix: retype <${imitated}> and </${imitated}> in Latin letters.`);
    }
    if (variant === 'public' && isJsxElement(node) && node.name && /^[a-z]/.test(node.name)) {
      // An SVG element's <title> is its tooltip (hidingOf): known by the element it is in.
      const inSvg = parent !== undefined && isJsxElement(parent) && /^(?:svg|g|a|switch|symbol|text|tspan|circle|rect|path|ellipse|line|polyline|polygon|image|use)$/i.test(parent.name ?? '');
      const attributes = jsxAttributes(node);
      // Canary round 43: SVG text outside its drawing's viewBox, the drawing read from the source before it.
      const from = node.position?.start.offset;
      const outside = () => (from === undefined || !/^(?:text|tspan|textpath)$/i.test(node.name!) ? undefined : textOutsideDrawing(node.name!, new Map([...attributes].map(([name, value]) => [name, typeof value === 'object' ? value.expression : value])), split.body.slice(0, from), elementWords(node)));
      const hiding = hidingOf(node.name, attributes, elementWords(node), inSvg) ?? outside();
      if (hiding) {
        const line = (node.position?.start.line ?? 1) + frontmatterLines;
        const start = node.position?.start.offset;
        const written = start === undefined ? `<${node.name}>` : /^<[^>]*>?/.exec(split.body.slice(start, start + 200))?.[0] ?? `<${node.name}>`;
        throw new PublicVariantError(hiddenHtmlMessage(`${options.file ?? 'a postmortem'}:${line}`, { ...hiding, tag: shortTag(written) }, true));
      }
      // Canary round 44: a drawing's text its groups leave undrawn (a transform, clip path, fill), read in the source.
      const end = node.position?.end.offset;
      const undrawn = node.name === 'svg' && from !== undefined && end !== undefined ? findHiddenSvgText(split.body.slice(from, end)) : undefined;
      if (undrawn) {
        const line = (node.position?.start.line ?? 1) + split.body.slice(from!, from! + undrawn.index).split('\n').length - 1 + frontmatterLines;
        throw new PublicVariantError(hiddenHtmlMessage(`${options.file ?? 'a postmortem'}:${line}`, { how: undrawn.how, tag: shortTag(undrawn.tag), shownToSightedReaders: false }, true));
      }
    }
  });
  // A report template's internal sections ("Owner:", "Notes to the owner") are not published,
  // whatever the author wrapped in them (the cuts inside one go with it).
  if (variant === 'public') {
    refuseSectionTitlesInWords(tree, split.body, options.file, frontmatterLines);
    cuts.splice(0, cuts.length, ...withoutNested([...cuts, ...templateInternalRanges(tree, split.body)]));
  }
  let body = split.body;
  // A list item the cut leaves without words ("- Slack thread: <Internal>[link](…)</Internal>,"
  // read "Slack thread: ," on the public page) goes whole, marker and line (not when columns are kept).
  const emptied = options.keepColumns ? [] : listItemsLeftEmpty(tree, split.body, cuts);
  const insideEmptied = (start: number) => emptied.some(({ from, to }) => start >= from && start < to);
  // A heading over list items the cut emptied, with nothing else left, goes too (its line kept blank).
  const headingsEmptied = variant === 'public' && !options.keepColumns
    ? headingsLeftEmpty(tree, split.body, cuts, emptied.map(({ from, to }): [number, number] => [from, to])) : [];
  const edits: [number, number, string | undefined][] = [
    ...cuts.filter(([start]) => !insideEmptied(start)).map(([start, end]): [number, number, undefined] => [start, end, undefined]),
    ...headingsEmptied.map(([start, end]): [number, number, undefined] => [start, end, undefined]),
    ...replacements.filter(([start]) => ![...cuts, ...headingsEmptied].some(([a, b]) => start >= a && start < b) && !insideEmptied(start)),
    // Its line break moves to the end of the outermost list: a blank line inside the list would
    // make it a loose list (every item a paragraph), and lines after the list keep their numbers.
    ...emptied.flatMap(({ from, to, listEnd }): [number, number, string][] => [[from, to, ''], [listEnd, listEnd, '\n']]),
  ];
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) {
    // A removed block keeps its line breaks so later line numbers do not move.
    const text = replacement ?? body.slice(start, end).replace(/[^\r\n]/g, options.keepColumns ? ' ' : '');
    body = body.slice(0, start) + text + body.slice(end);
  }
  // Round 33: a tag left in an image's alt text or a title is plain text there; said so, with
  // what to write, before the general refusal below.
  const leftTag = variant === 'public' ? internalTag.exec(body) : null;
  const place = leftTag ? plainTextPlaceOfTag(body, leftTag.index) : undefined;
  if (leftTag && place) {
    throw new PublicVariantError(
      `${options.file ?? 'a postmortem'}:${lineOf(body, leftTag.index) + frontmatterLines}: an <Internal> tag in ${place}, which is plain text to MDX: no component works there, so nothing of it is cut, and the public build refuses it rather than publish what it holds. Fix: write that text without the internal part, or put the whole image or link inside <Internal> on lines of their own.`,
    );
  }
  const survived = variant === 'public' ? internalTag.exec(body) : null;
  if (variant === 'public' && !survived) {
    refuseTagsWrittenAsNone(body, options.file, frontmatterLines);
    refuseTagsReadInText(tree, variant, options.file, frontmatterLines);
  }
  if (survived) {
    // Cuts keep their line breaks, so the line in what is left is the line in the file.
    throw new PublicVariantError(
      `${options.file ?? 'a postmortem'}:${lineOf(body, survived.index) + frontmatterLines}: an <Internal> tag is left after the <Internal> blocks were cut (in code, or where the parser saw no component), and the public build refuses it rather than guess whether it is text about the tag or a block meant to be hidden. Fix: in a public post, name the component without angle brackets ("the Internal component"), or wrap the whole passage in <Internal>.`,
    );
  }
  return blankFrontmatter + body;
}

/** What a list item may keep and still say nothing: punctuation, or a label ("Slack thread:", "Timeline :"). */
const wordlessItem = /^[\s,.;:()–—-]*$|^[^\n:]{1,40}:[\s,.;()–—-]*$/u;

/**
 * List items that a cut touched and left saying nothing (see {@link wordlessItem}; a nested list
 * left in one is something), each with its whole lines to remove (from the start of its marker's
 * line to after its last line break) and the end of the outermost list it is in.
 */
function listItemsLeftEmpty(tree: Root, body: string, cuts: readonly [number, number][]): { from: number; to: number; listEnd: number }[] {
  const found: { from: number; to: number; listEnd: number }[] = [];
  const walk = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }, outerListEnd?: number) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const listEnd = outerListEnd ?? (node.type === 'list' ? end : undefined);
    if (node.type === 'listItem' && start !== undefined && end !== undefined && listEnd !== undefined) {
      const inside = cuts.filter(([a, b]) => a >= start && b <= end).sort((x, y) => y[0] - x[0]);
      if (inside.length) {
        let text = body.slice(start, end);
        for (const [a, b] of inside) text = text.slice(0, a - start) + text.slice(b - start);
        const words = text.replace(/^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?/, '');
        if (wordlessItem.test(words)) {
          const lineStart = body.lastIndexOf('\n', start - 1) + 1;
          const lineEnd = body.indexOf('\n', end);
          // Only an item alone on its lines: nothing else before its marker or after its end.
          if (!body.slice(lineStart, start).trim() && (lineEnd < 0 || !body.slice(end, lineEnd).trim())) {
            found.push({ from: lineStart, to: lineEnd < 0 ? body.length : lineEnd + 1, listEnd: Math.max(listEnd, lineEnd < 0 ? body.length : lineEnd + 1) });
            return;
          }
        }
      }
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child, listEnd);
  };
  walk(tree as unknown as Parameters<typeof walk>[0]);
  return found;
}

/** 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** `text` with each range replaced by its own line breaks only (and spaces, to keep columns), so later lines keep their numbers. */
function blankRanges(text: string, ranges: [number, number][], keepColumns = false): string {
  let result = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) {
    result = result.slice(0, start) + result.slice(start, end).replace(/[^\r\n]/g, keepColumns ? ' ' : '') + result.slice(end);
  }
  return result;
}

/** A copy of the tree without the blocks that do not belong to `variant`. */
export function stripVariantBlocksFromTree(tree: Root, variant: Variant): Root {
  const copy = structuredClone(tree);
  visit(copy, (node, index, parent) => {
    if (parent && index !== undefined && isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return copy;
}

type JsxAttribute = { type: string; name?: string; value?: string | null | { value?: string } };
type JsxElement = { type: string; name?: string | null; children?: unknown[]; attributes?: JsxAttribute[]; position?: { start: { line: number; offset?: number } } };
function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An MDX element's attributes as {@link hidingOf} reads them (a spread, `{...props}`, is not read). */
/** The words of an element: its text, and the values and labels of the `<option>`s in it (a <datalist>'s, hidingOf). */
function elementWords(node: { type: string; value?: string; name?: string | null; attributes?: JsxElement['attributes']; children?: unknown[] }): string {
  if (typeof node.value === 'string' && node.type === 'text') return node.value;
  const own = node.name === 'option' ? (node.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && /^(?:value|label)$/.test(a.name ?? '') && typeof a.value === 'string' ? [a.value] : [])) : [];
  return [...own, ...((node.children ?? []) as Parameters<typeof elementWords>[0][]).map(elementWords)].join(' ');
}

function jsxAttributes(node: JsxElement): Map<string, string | true | { expression: string }> {
  const attributes = new Map<string, string | true | { expression: string }>();
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const value = a.value;
    attributes.set(a.name.toLowerCase(), value === null || value === undefined ? true : typeof value === 'string' ? value : { expression: value.value ?? '' });
  }
  return attributes;
}

/** A copy of the tree without any `<Internal>` element, flow or text, at any depth. */
export function stripInternalBlocks(tree: Root): Root {
  return stripVariantBlocksFromTree(tree, 'public');
}

/**
 * A copy of the tree ready for one variant. Public: every `<Internal>` element removed and every
 * `<PublicOnly>` element replaced by its children (customers read the apology, not a wrapper).
 * Internal: every `<PublicOnly>` element removed; `<Internal>` elements stay, for the internal
 * site's component to mark them as internal.
 */
export function prepareBodyForVariant(tree: Root, variant: Variant): Root {
  const copy = stripVariantBlocksFromTree(tree, variant);
  if (variant === 'public') {
    visit(copy, (node, index, parent) => {
      if (!parent || index === undefined || !isJsxElement(node) || node.name !== 'PublicOnly') return;
      parent.children.splice(index, 1, ...((node.children ?? []) as typeof parent.children));
      // Visit the lifted children next: a PublicOnly nested in a PublicOnly is unwrapped too.
      return [SKIP, index];
    });
  }
  return copy;
}

/**
 * Refuses an `<Internal>` tag a reader sees but no parser reads: written with a character
 * reference, behind a lookalike bracket or with a prefix. Public `.mdx` and (since canary round
 * 34: `&#60;Internal&#62;` in a `.md` post published its text) `.md` bodies alike.
 */
function refuseTagsWrittenAsNone(body: string, file: string | undefined, frontmatterLines: number): void {
  // `&lt;Internal&gt;` (or &#60;, &#x3C;) is read as "<Internal>" on the page: the same
  // question, text about the tag or a block the author meant to hide, with the same answer.
  // `&lt;PublicOnly&gt;` too: its text is public either way, but the page shows the marker
  // "<PublicOnly>" to customers, and the author meant a component, not those words.
  const spelt = entityComponentTag.exec(body);
  if (spelt) {
    const component = /^publiconly$/i.test(spelt[1]) ? 'PublicOnly' : 'Internal';
    const consequence = component === 'Internal'
      ? 'so the text after it is published, and the public build refuses it rather than guess whether it is text about the tag or a block meant to be hidden'
      : 'so the page shows "<PublicOnly>" as words to every reader, and the public build refuses it rather than guess whether it is text about the tag or a block meant to be marked';
    const fix = component === 'Internal'
      ? 'or write <Internal> itself around what is to be hidden'
      : 'or write <PublicOnly> itself around what only the public site shows';
    throw new PublicVariantError(
      `${file ?? 'a postmortem'}:${lineOf(body, spelt.index) + frontmatterLines}: "${spelt[0]}" is read as an <${component}> tag on the page, written with a character reference (&lt;): it is no component, ${consequence}. Fix: in a public post, name the component without angle brackets ("the ${component} component"), ${fix}.`,
    );
  }
  // Since canary round 32: `<x:Internal>` (an HTML element to MDX) and `＜Internal＞` (text)
  // look like the component and hide nothing (component-tag-lookalikes.ts).
  const lookalike = findLookalikeInternalTag(body);
  if (lookalike) {
    throw new PublicVariantError(
      `${file ?? 'a postmortem'}:${lineOf(body, lookalike.index) + frontmatterLines}: "${lookalike.written}" looks like an <Internal> tag but is none (a lookalike bracket, a prefix before the name, or letters that only look like its own), so the text after it is published; the public build refuses it rather than guess whether it is a block meant to be hidden. Fix: write <Internal> and </Internal> exactly around what is to be hidden, or in a public post name the component without brackets ("the Internal component").`,
    );
  }
}

/** Refuses a template's internal section titled in words, not a heading (template-internal-sections.ts, `templateTitleParagraphs`). */
function refuseSectionTitlesInWords(tree: Root, body: string, file: string | undefined, frontmatterLines: number): void {
  const [found] = templateTitleParagraphs(tree, body);
  if (!found) return;
  throw new PublicVariantError(
    `${file ?? 'a postmortem'}:${lineOf(body, found.offset) + frontmatterLines}: "${found.title}" titles a section the public site leaves out (a record for the team, not for customers), but it is written as words, not as a heading, so nothing under it is cut and it is published. Fix: make it a heading (## ${found.title}), which the public build cuts with everything up to the next heading, or wrap the section in <Internal>${file?.endsWith('.md') ? ' (rename the file to .mdx)' : ''}.`,
  );
}

/** A component's tag as a reader of the page sees it (`<Internal`, `</PublicOnly`), any letter case. */
const componentTagRead = /<\s*\/?\s*(?:Internal|PublicOnly)\b/i;

/**
 * Refuses an `<Internal>` or `<PublicOnly>` tag that the page shows as text (canary round 37):
 * spelt with character references no pattern of {@link refuseTagsWrittenAsNone} lists
 * (`&#60;&#73;nternal&#62;`, the I a reference too; `&#65308;Internal` or `&lsaquo;Internal`,
 * a look-alike bracket written as one), whose text after it was published. Read in the words the
 * parser decoded (text, image alt and link titles) outside the blocks this variant cuts, so any
 * spelling a browser decodes is caught, not only those listed.
 */
function refuseTagsReadInText(tree: Root, variant: Variant, file: string | undefined, frontmatterLines: number): void {
  visit(tree, (node) => {
    if (isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) return SKIP;
    const read = node as { value?: unknown; alt?: unknown; title?: unknown };
    for (const text of [node.type === 'text' ? read.value : undefined, read.alt, read.title]) {
      if (typeof text !== 'string') continue;
      const tag = componentTagRead.exec(text)?.[0] ?? findLookalikeInternalTag(text)?.written;
      if (!tag) continue;
      throw new PublicVariantError(
        `${file ?? 'a postmortem'}:${(node.position?.start.line ?? 1) + frontmatterLines}: the page shows "${tag.trim()}" as words: a tag written with character references (&#60;, &lsaquo;) or a backslash, which no parser reads as the component, so it hides nothing and the text after it is published. Fix: write <Internal> and </Internal> themselves around what is to be hidden, or in a public post name the component without brackets ("the Internal component").`,
      );
    }
  });
}

/**
 * Refuses, naming their lines, the links the build cannot rewrite to a post customers do not see
 * (src/lib/links-to-hidden-posts.ts): all of them at once, each a line of the message and an
 * entry of the error's `refusedLinks`.
 */
function refuseLinksToHiddenPosts(tree: Root, rewriteLink: (url: string) => string | null | undefined, markdownLinksRewritten: boolean, file: string | undefined, frontmatterLines: number): void {
  const links = findLinksToHiddenPosts(tree, rewriteLink, markdownLinksRewritten);
  if (!links.length) return;
  const refused = links.map(({ line, url }): RefusedLink => ({
    line: line + frontmatterLines,
    url,
    message: `the link ${url} leads to a postmortem customers do not see, and its address names it; the public build does not rewrite ${markdownLinksRewritten ? 'a link written in HTML' : 'the links of a .md post'}`,
    fix: `${markdownLinksRewritten ? 'write it as a Markdown link, [words](/postmortems/<id>/), which the public build points at the public post or reduces to its words' : 'rename the file to .mdx, whose Markdown links the public build rewrites'}, or remove the link.`,
  }));
  throw new PublicVariantError(refused.map((link) => `${file ?? 'a postmortem'}:${link.line}: ${link.message}. Fix: ${link.fix}`).join('\n'), refused);
}
