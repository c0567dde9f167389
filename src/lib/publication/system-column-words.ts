/**
 * The words of a table's column of systems (since probe round 36, docs/redaction.md, "Probe round
 * 36"): a status table lists the organisation's machines and services by name ("| System | State
 * |" and "| Kestrith | degraded |"), and a code name alone in a cell has no noun or act beside it
 * for the other rules to read. The header says what the cells are; acting-code-names.ts judges
 * each capitalised word as it judges a code name acting (`isUnshownCodeName`).
 */
import { isTableDelimiterRow, tableRowCells } from '../markdown-table-lines.ts';

/** Headers of a column of systems. */
const systemHeader = /^(?:systems?|hosts?|hostname|machines?|servers?|services?|components?|nodes?|clusters?|boxe?s?|instances?|vms?)$/i;

/** One capitalised word alone in a cell of a column of systems, on each line of Markdown tables. */
export function systemColumnWords(lines: readonly string[]): { line: number; word: string }[] {
  const found: { line: number; word: string }[] = [];
  let columns: number[] = [];
  lines.forEach((line, i) => {
    if (!/^\s*\|.*\|\s*$/.test(line)) {
      columns = [];
      return;
    }
    if (isTableDelimiterRow(line, { pipes: 'both-ends' })) return;
    const cells = tableRowCells(line);
    if (isTableDelimiterRow(lines[i + 1] ?? '', { pipes: 'both-ends' })) {
      columns = cells.flatMap((cell, c) => (systemHeader.test(cell.text.trim().replace(/[*_`]/g, '')) ? [c] : []));
      return;
    }
    for (const c of columns) {
      const text = cells[c]?.text.replace(/[*_`]/g, ' ').trim() ?? '';
      if (/^\p{Lu}\p{Ll}{4,}$/u.test(text)) found.push({ line: i, word: text });
    }
  });
  return found;
}
