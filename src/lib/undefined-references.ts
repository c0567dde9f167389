import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A `[text][label]` whose label no `[label]: url` line defines, at its body line (1-based). */
export interface UndefinedReference {
  line: number;
  column: number;
  /** The whole reference as written: `[runbook][rb]`. */
  written: string;
  /** The label as written (`rb`; for `[runbook][]` the text). */
  label: string;
}

/**
 * A full (`[text][label]`) or collapsed (`[text][]`) reference link whose label is not defined:
 * Markdown shows it as text, brackets and all, and the link the author meant is nowhere. A
 * defined one is parsed as a link and never reaches a text node, so every such shape left in the
 * text of the parsed body is one. A shortcut `[text]` alone is left: brackets in prose
 * (`[sic]`, `[ ]`, log excerpts) are common and mean no link.
 */
export function findUndefinedReferences(tree: Root, body: string): UndefinedReference[] {
  const found: UndefinedReference[] = [];
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // Read from the source of the text node, where an escaped bracket (`\[`) still shows its
    // backslash: it is meant as text.
    const source = body.slice(start, end);
    for (const match of source.matchAll(/(?<!\\)\[((?:\\.|[^\[\]\\\n])+)\]\[((?:\\.|[^\[\]\\\n])*)\]/g)) {
      const offset = start + match.index;
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      found.push({ line, column: offset - before.lastIndexOf('\n'), written: match[0], label: match[2].trim() || match[1].trim() });
    }
  });
  return found;
}

/** The text of a body that may hold a reference link (`][`): only such bodies are searched. */
export const mayHoldReferenceLink = (body: string) => body.includes('][');

export function describeUndefinedReference(reference: UndefinedReference): { message: string; fix: string } {
  return {
    message: `the link ${reference.written} names the label "${reference.label}", which no "[${reference.label}]: <address>" line defines: it is shown as text, brackets included, and links nowhere.`,
    fix: `add a line "[${reference.label}]: https://..." below the paragraph, write the link inline as [text](https://...), or escape the brackets (\\[) if they are text.`,
  };
}
