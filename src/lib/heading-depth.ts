import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Lines written as a heading deeper than Markdown has: `####### Deep heading` (seven or more `#`)
 * is no heading but a paragraph, published with its `#` marks as text, and missing from the
 * page's outline. Read from the parsed tree, so a line in a code block or a list is not taken.
 */
export function findTooDeepHeadings(tree: Root, body: string): { line: number; column: number; marks: number }[] {
  const found: { line: number; column: number; marks: number }[] = [];
  visit(tree, 'paragraph', (node) => {
    const start = node.position?.start;
    if (start?.offset === undefined) return;
    // Each line of the paragraph: a wrapped paragraph may hold such a line after its first.
    const text = body.slice(start.offset, node.position!.end.offset);
    text.split('\n').forEach((line, index) => {
      const marks = /^[ \t]{0,3}(#{7,})(?:[ \t]|$)/.exec(line);
      if (marks) found.push({ line: start.line + index, column: (index === 0 ? start.column : 1) + line.indexOf('#'), marks: marks[1].length });
    });
  });
  return found;
}

/** A heading the page shows wrongly (bad input round 14): one with no words, or one a level too deep. */
export interface HeadingProblem {
  line: number;
  column: number;
  kind: 'empty' | 'skip';
  /** The heading's level and, for a skip, the level of the one before it (1 for the page's title). */
  depth: number;
  previous: number;
}

/**
 * Headings of the body, in order, that are empty (`##` alone: an empty heading in the page's
 * outline, announced as nothing by screen readers) or skip a level (`####` under `##`, or a body
 * whose first section is `###`: the outline has a gap, and screen-reader users, who move from
 * heading to heading, are told of a level that is not there). Only headings at the top of the
 * body are read: one inside `<Internal>` or a list keeps its own nesting.
 */
export function findHeadingProblems(tree: Root): HeadingProblem[] {
  const found: HeadingProblem[] = [];
  // The page's title is its level-1 heading; a body's `#` heading (body/title-heading warns) counts as one.
  let previous = 1;
  for (const block of tree.children) {
    // A heading for each site, an <Internal> or <PublicOnly> block holding one heading alone (the form
    // `npm run redact` writes and mdx/variant-placement asks for), stands in the outline where it is:
    // read as nesting of its own, the `####` under it was told it skipped a level (adoption round 63).
    const node = siteHeading(block) ?? block;
    if (node.type !== 'heading' || !node.position) continue;
    const words = node.children.some((child) => child.type !== 'text' || child.value.trim() !== '');
    if (!words) found.push({ line: node.position.start.line, column: node.position.start.column, kind: 'empty', depth: node.depth, previous });
    else if (node.depth > Math.max(previous, 1) + 1 && node.depth > 2) found.push({ line: node.position.start.line, column: node.position.start.column, kind: 'skip', depth: node.depth, previous });
    previous = node.depth;
  }
  return found;
}

/** The heading an `<Internal>` or `<PublicOnly>` block holds alone, or undefined. */
function siteHeading(node: Root['children'][number]): Heading | undefined {
  const block = node as { type: string; name?: unknown; children?: Root['children'] };
  if (block.type !== 'mdxJsxFlowElement' || (block.name !== 'Internal' && block.name !== 'PublicOnly')) return undefined;
  const [only, ...rest] = block.children ?? [];
  return only?.type === 'heading' && !rest.length ? only : undefined;
}
