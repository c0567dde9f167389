import { visit, SKIP } from 'unist-util-visit';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBodyTree } from './similarity-input.ts';
import { isExcludedFromVariant, type Variant } from './postmortem-text.ts';

/** Raised when a source cannot be made safe for the public variant. */
export class PublicVariantError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublicVariantError';
  }
}

const componentTag = /<\/?\s*(Internal|PublicOnly)\b/;

/**
 * The MDX source the public site compiles: every `<Internal>` element (block or inline) cut out
 * by its position in the syntax tree, and the frontmatter blanked (it holds internal fields, and
 * the page reads validated data from the collection instead). Lines keep their numbers, so
 * compiler messages still point at the right line. `.md` files have no components: one that
 * contains an `<Internal>` or `<PublicOnly>` tag is refused rather than published as raw HTML.
 */
export function stripInternalFromSource(
  source: string,
  options: { isMdx: boolean; file?: string; rewriteLink?: (url: string) => string | null | undefined },
): string {
  const split = splitFrontmatter(source);
  const frontmatterLength = source.length - split.body.length;
  const blankFrontmatter = source.slice(0, frontmatterLength).replace(/[^\r\n]/g, '');
  if (!options.isMdx) {
    if (componentTag.test(split.body)) {
      throw new PublicVariantError(
        `${options.file ?? 'a .md postmortem'} uses <Internal> or <PublicOnly>, which only work in .mdx files: rename it to .mdx.`,
      );
    }
    return blankFrontmatter + split.body;
  }
  const tree = parseBodyTree(source, true);
  const cuts: [number, number][] = [];
  const replacements: [number, number, string][] = [];
  visit(tree, (node) => {
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
    if (isExcludedFromVariant(node as { type: string; name?: string | null }, 'public')) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) {
        throw new PublicVariantError(`${options.file ?? 'a postmortem'}: an <Internal> block has no source position; refusing to publish it.`);
      }
      cuts.push([start, end]);
      return SKIP;
    }
  });
  let body = split.body;
  const edits: [number, number, string | undefined][] = [
    ...cuts.map(([start, end]): [number, number, undefined] => [start, end, undefined]),
    ...replacements.filter(([start]) => !cuts.some(([a, b]) => start >= a && start < b)),
  ];
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) {
    // A removed block keeps its line breaks so later line numbers do not move.
    const text = replacement ?? body.slice(start, end).replace(/[^\r\n]/g, '');
    body = body.slice(0, start) + text + body.slice(end);
  }
  if (/<\s*Internal\b/.test(body)) {
    throw new PublicVariantError(`${options.file ?? 'a postmortem'}: an <Internal> tag survived stripping; refusing to publish it.`);
  }
  return blankFrontmatter + body;
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
