import type { Root, RootContent } from 'mdast';

/** Which site a text is for: the internal site sees everything but `<PublicOnly>`, the public one never sees `<Internal>`. */
export type Variant = 'internal' | 'public';

/** How to extract text: `includeInternal: true` is the internal variant, `false` the public one. */
export interface PlainTextOptions {
  includeInternal: boolean;
}

/** One heading's section of a postmortem body as plain text. */
export interface TextSection {
  /** The heading's text ("" for the prose before the first heading). */
  heading: string;
  /** Heading depth, 1–6 (0 for the prose before the first heading). */
  depth: number;
  /** The section's prose, sub-sections included. */
  text: string;
}

type AnyNode = Root | RootContent | { type: string; name?: string | null; value?: string; children?: AnyNode[] };

function toVariant(options: Variant | PlainTextOptions): Variant {
  if (typeof options === 'string') return options;
  return options.includeInternal ? 'internal' : 'public';
}

/** Blocks that do not belong to a variant: `<Internal>` on the public site, `<PublicOnly>` internally. */
export function isExcludedFromVariant(node: { type: string; name?: string | null }, variant: Variant): boolean {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return variant === 'public' ? node.name === 'Internal' : node.name === 'PublicOnly';
}

/** `<PublicOnly>…</PublicOnly>` in a body's source: what only the public page shows. */
const publicOnlyBlocks = /<PublicOnly>[\s\S]*?<\/PublicOnly>/g;

/**
 * A body's source (or a line of it) without what only the public page shows (`npm run redact`'s
 * stand-ins, a team's public wording): the text the internal page reads, read without a syntax
 * tree. `<Internal>` tags stay, for readers that count what they hold; `separator` keeps the words
 * on either side of a block apart where a tokenizer reads the result.
 */
export function withoutPublicOnlyBlocks(source: string, separator = ''): string {
  return source.includes('<PublicOnly>') ? source.replace(publicOnlyBlocks, separator) : source;
}

/** A line of a body's source as the internal page reads it: `<PublicOnly>` blocks out, `<Internal>` tags removed (their text kept). */
export function internalReadingOfLine(line: string): string {
  return withoutPublicOnlyBlocks(line).replace(/<\/?Internal>/g, '');
}

/** Nodes after which a line break keeps words of separate blocks apart. */
const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'code', 'blockquote', 'mdxJsxFlowElement', 'thematicBreak']);
/** Nodes whose content is code or markup, never prose. */
const droppedTypes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml', 'toml', 'definition']);

/** Appends the plain text of `node` to `parts`, honouring the variant. */
function collectText(node: AnyNode, variant: Variant, parts: string[]): void {
  if (isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) return;
  const type = node.type;
  if (droppedTypes.has(type)) return;
  const value = (node as { value?: unknown }).value;
  if ((type === 'text' || type === 'inlineCode' || type === 'code') && typeof value === 'string') parts.push(value);
  if (type === 'image' || type === 'imageReference') {
    const alt = (node as { alt?: string | null }).alt;
    if (alt) parts.push(alt);
  }
  if (type === 'break') parts.push('\n');
  const children = (node as { children?: AnyNode[] }).children;
  if (children) for (const child of children) collectText(child, variant, parts);
  if (blockTypes.has(type)) parts.push('\n');
  else if (type === 'tableCell') parts.push(' ');
}

function joinParts(parts: string[]): string {
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * The prose of a postmortem body (a remark tree from remark-parse + remark-gfm + remark-mdx) as
 * plain text, one block per line, for one variant. With `includeInternal: false` (the public
 * variant) nothing inside an `<Internal>` element survives; with `includeInternal: true` the
 * `<PublicOnly>` elements are dropped instead. Inline code and code blocks are kept (error
 * messages are what responders search for), as are image alt texts; ESM, `{expressions}`, raw
 * HTML and link definitions are dropped.
 *
 * The second argument may also be the variant name, `'internal'` or `'public'`.
 */
export function extractPlainText(tree: Root, options: PlainTextOptions | Variant): string {
  const parts: string[] = [];
  collectText(tree, toVariant(options), parts);
  return joinParts(parts);
}

/**
 * The body split at its headings: one entry per heading (with everything up to the next heading
 * of the same or a higher level, sub-sections included), preceded by the prose before the first
 * heading when there is any. A heading inside an excluded block is excluded with it.
 */
export function extractSections(tree: Root, options: PlainTextOptions | Variant): TextSection[] {
  const variant = toVariant(options);
  const sections: { heading: string; depth: number; parts: string[] }[] = [];
  const open: { heading: string; depth: number; parts: string[] }[] = [{ heading: '', depth: 0, parts: [] }];
  sections.push(open[0]);
  for (const node of flattenTopLevel(tree.children as AnyNode[], variant)) {
    if (node.type === 'heading') {
      const depth = (node as { depth: number }).depth;
      const headingParts: string[] = [];
      collectText(node, variant, headingParts);
      const section = { heading: joinParts(headingParts), depth, parts: [] as string[] };
      // The prose before the first heading ends at it; a heading closes its peers and deeper ones.
      while (open.length > 0 && (open[open.length - 1].depth >= depth || open[open.length - 1].depth === 0)) open.pop();
      for (const enclosing of open) enclosing.parts.push(...headingParts);
      open.push(section);
      sections.push(section);
      continue;
    }
    // Content belongs to its own section and every enclosing one.
    const nodeParts: string[] = [];
    collectText(node, variant, nodeParts);
    for (const section of open) section.parts.push(...nodeParts);
  }
  return sections
    .map(({ heading, depth, parts }) => ({ heading, depth, text: joinParts(parts) }))
    .filter((section) => section.depth > 0 || section.text !== '');
}

/**
 * Top-level blocks in document order, with the children of included flow JSX elements (a
 * `<PublicOnly>` wrapper on the public site, say) spliced in so that headings inside them count.
 */
function flattenTopLevel(nodes: AnyNode[], variant: Variant): AnyNode[] {
  const out: AnyNode[] = [];
  for (const node of nodes) {
    if (isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) continue;
    const children = (node as { children?: AnyNode[] }).children;
    if (node.type === 'mdxJsxFlowElement' && children) out.push(...flattenTopLevel(children, variant));
    else out.push(node);
  }
  return out;
}

/** Headings of the sections that explain an incident: where the words that tell failure modes apart live. */
export const analysisHeadingPattern = /analysis|contributing|root cause|cause|what happened|why|trigger|detection|resolution|summary/i;

/**
 * The text of the sections whose heading matches `pattern` (by default the analysis-like ones:
 * "Analysis", "Contributing factors", "Root cause", "What happened", ...), joined in order; a
 * sub-section of a matching section is not repeated.
 */
export function extractNamedSections(
  tree: Root,
  options: PlainTextOptions | Variant,
  pattern: RegExp = analysisHeadingPattern,
): string {
  const sections = extractSections(tree, options);
  const picked: string[] = [];
  let coveredDepth = Infinity;
  for (const section of sections) {
    if (section.depth <= coveredDepth) coveredDepth = Infinity;
    if (coveredDepth !== Infinity) continue;
    if (section.depth > 0 && pattern.test(section.heading)) {
      picked.push(section.text);
      coveredDepth = section.depth;
    }
  }
  return picked.filter(Boolean).join('\n');
}
