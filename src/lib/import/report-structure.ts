import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Heading } from 'mdast';

/**
 * A report's Markdown as sections: each heading with the blocks under it (until the next heading
 * of the same or a higher level). The part before the first heading is a section without heading.
 */
export interface ReportSection {
  heading?: string;
  depth: number;
  /** Blocks directly under the heading, including deeper sub-headings and their blocks. */
  nodes: RootContent[];
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'code', 'blockquote', 'thematicBreak', 'html', 'list', 'table']);

/**
 * The text of a node. Blocks (paragraphs, list items, table rows) end with a line break, so words
 * of adjacent blocks do not run together ("All times in IST" + "08:52 PM" is not "IST08:52").
 */
export function plainText(node: RootContent | Root): string {
  if (!('children' in node)) return toString(node, { includeImageAlt: false });
  const text = (node.children as RootContent[])
    .map((child) => (blockTypes.has(child.type) ? `${plainText(child).replace(/\n+$/, '')}\n` : child.type === 'tableCell' ? `${plainText(child)} ` : plainText(child)))
    .join('');
  return node.type === 'root' ? text : text.replace(/\n+$/, '');
}

export function splitSections(tree: Root): ReportSection[] {
  const sections: ReportSection[] = [{ depth: 0, nodes: [] }];
  const open: ReportSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const section: ReportSection = { heading: plainText(node).trim(), depth: (node as Heading).depth, nodes: [] };
      while (open.length && open[open.length - 1].depth >= section.depth) open.pop();
      for (const parent of open) parent.nodes.push(node);
      open.push(section);
      sections.push(section);
      continue;
    }
    if (!open.length) sections[0].nodes.push(node);
    for (const parent of open) parent.nodes.push(node);
  }
  return sections;
}

/** Sections whose heading matches, outermost first (a sub-section inside one is not repeated). */
export function findSections(sections: ReportSection[], heading: RegExp): ReportSection[] {
  const found: ReportSection[] = [];
  for (const section of sections) {
    if (!section.heading || !heading.test(section.heading)) continue;
    if (found.some((outer) => outer.nodes.some((node) => node.type === 'heading' && plainText(node).trim() === section.heading && node.depth === section.depth))) continue;
    found.push(section);
  }
  return found;
}

/** The source text of a node (as written, Markdown marks included). */
export function sourceOf(markdown: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}
