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

/** A footnote the page would not show as written, at its body line (1-based). */
export interface FootnoteProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** The text of a body that may hold a footnote (`[^`): only such bodies are searched. */
export const mayHoldFootnote = (body: string) => body.includes('[^');

/**
 * Footnotes that do not reach the page: a definition no `[^label]` in the text refers to is left
 * out of the page without a word (GFM lists only footnotes referred to: "[^vendor]: The vendor
 * confirmed the limit, ticket VND-4411" vanished), and a `[^label]` with no definition is shown
 * as text, brackets and caret included.
 */
export function findFootnoteProblems(tree: Root, body: string, firstLine = 1): FootnoteProblem[] {
  const referred = new Set<string>();
  const definitions: { label: string; identifier: string; line: number; column: number; text: string }[] = [];
  const problems: FootnoteProblem[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') referred.add(node.identifier.toLowerCase());
    else if (node.type === 'footnoteDefinition' && node.position) {
      const text = body.slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0).replace(/^\[\^[^\]]*\]:\s*/, '').trim();
      definitions.push({ label: node.label ?? node.identifier, identifier: node.identifier.toLowerCase(), line: node.position.start.line, column: node.position.start.column, text });
    } else if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const start = node.position.start.offset;
      const source = body.slice(start, node.position.end.offset);
      for (const match of source.matchAll(/(?<!\\)\[\^([^\]\s]+)\]/g)) {
        const offset = start + match.index;
        const before = body.slice(0, offset);
        problems.push({
          line: before.split('\n').length, column: offset - before.lastIndexOf('\n'),
          message: `the footnote ${match[0]} has no definition: it is shown as text, brackets included.`,
          fix: `add a line "[^${match[1]}]: <the note>" below the paragraph (a colon after the bracket makes it a definition), or remove the mark.`,
        });
      }
    }
  });
  // Round 48: `[^1]: a` and later `[^1]: b` (a note added under another's mark) passed: the page
  // shows the first definition, and the second's text nowhere.
  const firstDefinition = new Map<string, { line: number; text: string }>();
  for (const definition of definitions) {
    const first = firstDefinition.get(definition.identifier);
    const earlier = first?.line;
    if (first === undefined) {
      firstDefinition.set(definition.identifier, definition);
    } else if (first.text === definition.text) {
      // A section pasted twice, its note with it (one of the corpora's reports): nothing is lost.
      problems.push({
        line: definition.line, column: definition.column,
        message: `the footnote [^${definition.label}] is defined again here, with the same note as its first definition (line ${first.line + firstLine - 1}): its mark shows that one, and this one nowhere.`,
        fix: 'delete this definition (and the sentence with the mark, if it repeats one above).',
      });
      continue;
    } else {
      problems.push({
        line: definition.line, column: definition.column,
        message: `the footnote [^${definition.label}] is defined again here; its mark shows the note of its first definition (line ${earlier! + firstLine - 1}), so the text of this one is shown nowhere.`,
        fix: `give this note a label of its own ([^${definition.label}-2]) and put that mark where it belongs, or merge the two notes into the first and delete this one.`,
      });
      continue;
    }
    if (referred.has(definition.identifier)) continue;
    problems.push({
      line: definition.line, column: definition.column,
      message: `the footnote [^${definition.label}] is defined but no text refers to it: the page leaves it out, and its text is shown nowhere.`,
      fix: `put [^${definition.label}] in the sentence it belongs to, or make the note a sentence of its own.`,
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A link label defined twice with two addresses (`[rb]: …/a` and later `[rb]: …/b`): every
 * `[text][rb]` links to the first, and the second address is shown nowhere, without a word.
 * Labels are compared as Markdown does, without letter case.
 */
export function findConflictingDefinitions(tree: Root, firstLine = 1): FootnoteProblem[] {
  const first = new Map<string, { url: string; line: number }>();
  const problems: FootnoteProblem[] = [];
  visit(tree, 'definition', (node) => {
    const key = node.identifier.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { url: node.url, line: node.position?.start.line ?? 1 });
      return;
    }
    if (earlier.url === node.url) return;
    problems.push({
      line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1,
      message: `the link label [${node.label ?? node.identifier}] is defined again here, as ${node.url}; every link to it goes to the address of its first definition (line ${earlier.line + firstLine - 1}), ${earlier.url}, and this one is used nowhere.`,
      fix: 'give this definition a label of its own and use it in the links meant for it, or delete the one that is wrong.',
    });
  });
  return problems;
}
