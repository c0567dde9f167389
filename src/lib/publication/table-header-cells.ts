/**
 * A Markdown table's header row names its columns (adoption round 60, docs/adopting.md): "| 조건 |
 * 데이터 | 인덱스 |" over "|---|---|---|" is "condition, data, index", no one's name. The Korean reader
 * holds a Hangul word alone in a table cell, where a name stands alone in a table of people
 * ("| 10:02 | 민수 | 재시작 |"); a Korean engineer's write-ups put one in nearly every header, and
 * `npm run redact` wrote "담당자" (the person in charge) over 443 column names of 35 write-ups.
 *
 * Only a header of three columns or more: a two-column table of facts may have its first fact as
 * its header ("| 담당자 | 김민수 |" over "|---|---|"), as the Latin rules read it too (person-patterns.ts,
 * a table of roles). A name inside a header of three columns stays found by the rules that read
 * the cell's words in a sentence (a title, a role's label); only the guess "a word alone in a
 * cell" and "text in a script no rule reads" are taken back there.
 */
import { isTableDelimiterRow, tableRowCells } from '../markdown-table-lines.ts';

const tableRow = /^\s*\|.*\|\s*$/u;

/** True when line `i` of `lines` is the header row of a Markdown table of three columns or more. */
export function isWideTableHeaderRow(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (next === undefined || !tableRow.test(line) || !isTableDelimiterRow(next, { columns: 2 })) return false;
  return tableRowCells(line).length >= 3;
}

/** True when `text` at `index` of line `i` lies inside one cell of a header row `isWideTableHeaderRow` accepts. */
export function isInWideTableHeader(lines: readonly string[], i: number, index: number, text: string): boolean {
  if (!isWideTableHeaderRow(lines, i)) return false;
  return tableRowCells(lines[i]).some((cell) => index >= cell.start && index + text.length <= cell.start + cell.text.length);
}
