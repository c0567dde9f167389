import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';
import { timelineLevelAfterHeading } from './body-timeline.ts';
import { namesADay, sameAsAbove } from './body-timeline-order.ts';
import { isDelimiterCells, pipedRowCells } from './markdown-table-lines.ts';

/** A merged cell's mistake, with the kind of cell it is: a day's cell is said by the order check where the clock turns back under it. */
export type MergedCellMistake = AngleBracketMistake & { cell: 'time' | 'day' };

/** A cell that opens with a time of day (`17:49`, `~17:49 UTC`, `**17:49**`). */
const opensWithTime = /^(?:\*\*|__)?~?\d{1,2}:\d{2}(?!\d)/;

/**
 * The rows of a body timeline's table whose time or day cell is left empty or written as a ditto mark, meant as the
 * row above's (bad input round 60): Markdown has no merged cells, so the page shows the entry without its time, a
 * screen reader reads the cell as blank, and a reader who lands on the row (search, a link to it) does not see which
 * time it is. `||` in a row writes such an empty cell too (a wiki's or a spreadsheet's cell spanning two columns).
 * Only a column that holds times (or days) in the row above is read: an empty cell of a notes column is no mistake.
 * Pure: no Astro, no file system.
 */
export function findMergedTimelineCells(body: string): { line: number; column: number; mistake: MergedCellMistake }[] {
  if (!body.includes('|')) return [];
  let timelineLevel: number | undefined;
  let header: string[] | undefined;
  // The last value written in each column of the current table, and whether that column holds times or days.
  let last: string[] = [];
  let kind: ('time' | 'day' | undefined)[] = [];
  // The finder returns the mistakes it is given, each with its cell's kind.
  return mistakesOutsideCode(body, (line) => {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
    if (heading) {
      timelineLevel = timelineLevelAfterHeading(heading[1].length, heading[2], timelineLevel);
      header = undefined;
      return [];
    }
    const cells = pipedRowCells(line);
    if (!cells) {
      header = undefined;
      return [];
    }
    if (timelineLevel === undefined) return [];
    if (!header) {
      header = cells;
      last = [];
      // A column headed Time or Date holds times or days from its first row on (a `||` in the first row is read so).
      kind = cells.map((cell) => (/\b(?:time|when|timestamp)\b/i.test(cell) ? 'time' : /\b(?:date|day)\b/i.test(cell) ? 'day' : undefined));
      return [];
    }
    if (isDelimiterCells(cells)) return [];
    const found: MergedCellMistake[] = [];
    const hasText = cells.some((cell) => cell && !sameAsAbove.test(cell));
    cells.forEach((cell, i) => {
      const column = kind[i];
      const doubled = line.includes('||');
      if (column && (last[i] || (doubled && !cell)) && hasText && (!cell || sameAsAbove.test(cell))) {
        const name = header![i] ? `"${header![i]}"` : `${column === 'time' ? 'time' : 'day'}`;
        const span = doubled && !cell ? ' (the `||` writes it: a Markdown table has no cell spanning two columns)' : '';
        const meant = last[i] ? `, meant as the row above's ${last[i]}: a Markdown table has no merged cells, so` : ':';
        found.push({
          index: Math.max(0, line.indexOf('|')),
          message: `this timeline row's ${name} cell is ${cell ? `written \`${cell}\`` : 'empty'}${span}${meant} the page shows the entry without its ${column}, a screen reader reads the cell as blank, and a reader who lands on the row does not see when it was.`,
          fix: `write ${last[i] ?? `the entry's ${column}`} in the cell${doubled ? ', with one | between two cells' : ''} (each row its own ${column}).`,
          cell: column,
        });
        return;
      }
      if (!cell || sameAsAbove.test(cell)) return;
      last[i] = cell;
      if (!column) kind[i] = opensWithTime.test(cell) ? 'time' : namesADay.test(cell) && cell.length <= 40 ? 'day' : undefined;
    });
    return found;
  }) as { line: number; column: number; mistake: MergedCellMistake }[];
}
