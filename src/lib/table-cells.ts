import type { Root } from 'mdast';
import { isTableDelimiterRow } from './markdown-table-lines.ts';

/** A table whose text the page would not show as written, at its body line (1-based). */
export interface TableProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** A line that starts and ends with a pipe, as a table's row is written. */
const pipeRow = /^\s*\|.*\|\s*$/;

/** Cells of a table line as GFM counts them: split at each | not escaped, outer pipes dropped. */
export function countTableCells(line: string): number {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).length;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/**
 * Tables that lose text on the page. GFM drops the cells of a row beyond the header's count
 * without a word (a "| 1 | 2 | 3 |" row under a two-column header shows 1 and 2), and a header
 * whose `---` line has another number of cells is no table at all: the lines are shown as text
 * with their pipes.
 */
export function findTableProblems(tree: Root, body: string): TableProblem[] {
  const problems: TableProblem[] = [];
  // Tables and paragraphs are blocks: only nodes that hold blocks are walked into, not the
  // inline text of every paragraph (the tree of a long body holds thousands of such nodes).
  const walk = (node: BlockNode) => {
    if (node.type === 'table') {
      const [header, ...rows] = node.children ?? [];
      const columns = header?.children?.length ?? 0;
      for (const row of rows) {
        if ((row.children?.length ?? 0) <= columns) continue;
        // Round 60: `| 17:49 || Alert fired |`, a wiki's or a spreadsheet's cell spanning two columns, is an empty cell
        // and the text pushed past the last column: said so, with the row to write.
        const written = row.position?.start.offset !== undefined && row.position.end.offset !== undefined ? body.slice(row.position.start.offset, row.position.end.offset) : '';
        const spanned = /[^|\\]\|\|[^|]/.test(written);
        problems.push({
          line: row.position?.start.line ?? 1,
          column: row.position?.start.column ?? 1,
          message: `this table row has ${row.children!.length} cells and the table's header ${columns}: the cells from the ${ordinal(columns + 1)} on are not shown on the page.${spanned ? ' Its `||` writes an empty cell between two: a Markdown table has no cell spanning two columns.' : ''}`,
          fix: spanned ? 'write one | between the two cells (and the text of a merged cell in each cell it spans).' : 'add the column to the header and to the --- line under it, or write a | that belongs inside a cell as \\|.',
        });
      }
      return;
    }
    if (node.type === 'paragraph') {
      if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
      const lines = body.slice(node.position.start.offset, node.position.end.offset).split('\n');
      // Round 40: rows of pipes with no --- line at all (a table typed by hand, or pasted from a
      // chat) were one paragraph on the page, "| a | b | | 1 | 2 |", unsaid.
      if (lines.length >= 2 && pipeRow.test(lines[0]) && pipeRow.test(lines[1]) && !isTableDelimiterRow(lines[1])) {
        const headerCells = countTableCells(lines[0]);
        problems.push({
          line: node.position.start.line,
          column: 1,
          message: `these ${lines.length} lines of | signs are a table without the --- line under its header: Markdown reads no table, and the page shows them as one line of text, pipes and all.`,
          fix: `add a line under the header with one --- per cell: |${' --- |'.repeat(headerCells)}`,
        });
        return;
      }
      for (let i = 0; i + 1 < lines.length; i++) {
        if (!lines[i].includes('|') || !lines[i + 1].includes('|') || !isTableDelimiterRow(lines[i + 1])) continue;
        const headerCells = countTableCells(lines[i]);
        const delimiterCells = countTableCells(lines[i + 1]);
        problems.push({
          line: node.position.start.line + i,
          column: 1,
          message: `this is not read as a table, and is shown as text with its | signs: the header has ${headerCells} cell${headerCells === 1 ? '' : 's'} and the --- line under it ${delimiterCells}.`,
          fix: `give the line under the header one --- per header cell: |${' --- |'.repeat(headerCells)}`,
        });
        break;
      }
      return;
    }
    if (!holdsBlocks.has(node.type)) return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as unknown as BlockNode);
  return problems;
}

/** The parts of a tree {@link findTableProblems} reads. */
interface BlockNode {
  type: string;
  children?: BlockNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

/** Nodes whose children may be blocks (a table or a paragraph): a paragraph's own children are inline. */
const holdsBlocks = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement', 'containerDirective']);

/** A line of a quote, a list item or an indented block: a table there is parsed, not read from its lines. */
const prefixed = /^\s*(?:>|[-*+]\s|\d+[.)]\s)|^ {2,}|^\t/;

/**
 * False only when no table of `body` can lose text, read from its lines without parsing: every
 * `---` line under a line with a pipe has as many cells as that line, the line above that one is
 * blank (a table there does not continue a paragraph), and no line of the table below has more
 * cells. Anything else (a mismatch, a table in a quote or a list, a table right under text) is
 * left to {@link findTableProblems} on the parsed body. Counting a code block's lines as a table
 * only makes it parse.
 */
export function mayLoseTableText(body: string): boolean {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // Rows of pipes opening a paragraph with no --- line under the first: parsed, and said.
    if ((i === 0 || lines[i - 1].trim() === '') && pipeRow.test(lines[i]) && pipeRow.test(lines[i + 1] ?? '') && !isTableDelimiterRow(lines[i + 1])) return true;
    // A table in a quote, a list item or indented: its lines carry a prefix; parsed.
    if (lines[i].includes('|') && prefixed.test(lines[i])) return true;
    if (i === 0 || !lines[i].includes('-') || !isTableDelimiterRow(lines[i]) || lines[i - 1].trim() === '') continue;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() !== '') end++;
    const table = lines.slice(i - 1, end);
    // No pipe at all: a heading underlined with --- (a one-column table cannot lose a cell).
    if (!table.some((line) => line.includes('|'))) continue;
    const header = lines[i - 1];
    if (prefixed.test(header)) return true;
    if (i >= 2 && lines[i - 2].trim() !== '') return true;
    const columns = countTableCells(header);
    if (countTableCells(lines[i]) !== columns) return true;
    if (table.slice(2).some((row) => countTableCells(row) > columns)) return true;
  }
  return false;
}
