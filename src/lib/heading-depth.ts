import type { Root } from 'mdast';
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
