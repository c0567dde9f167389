import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** Prose text nodes of the body with their file positions; code is skipped (it quotes, it does not blame). */
export function proseTextNodes(tree: Root | undefined, bodyStartLine: number): { text: string; line: number; column: number }[] {
  if (!tree) return [];
  const nodes: { text: string; line: number; column: number }[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'text' && node.position) {
      nodes.push({ text: node.value, line: node.position.start.line + bodyStartLine - 1, column: node.position.start.column });
    }
  });
  return nodes;
}

/** Line and column of `index` inside a text that starts at `line`/`column`. */
export function positionInText(text: string, index: number, line: number, column: number) {
  const before = text.slice(0, index);
  const newlines = before.split('\n').length - 1;
  return newlines ? { line: line + newlines, column: index - before.lastIndexOf('\n') } : { line, column: column + index };
}

/** Heading texts of the body, lowercased. */
export function headingTexts(tree: Root | undefined): string[] {
  if (!tree) return [];
  const headings: string[] = [];
  visit(tree, 'heading', (node) => {
    const parts: string[] = [];
    visit(node, 'text', (t) => { parts.push(t.value); });
    headings.push(parts.join('').toLowerCase());
  });
  return headings;
}
