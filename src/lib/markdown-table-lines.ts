/**
 * The lines of a Markdown table as the rules that read one see them: the line under a table's header
 * (`| --- | :---: |`, `--- | ---`), GFM's delimiter row, each cell dashes with a colon at either end or
 * none, and a row's cells. One reader for every rule that looks for a table, so they agree on what a
 * table is; each says how strict it needs to be (a table of several columns only, three dashes a cell,
 * a pipe written, pipes at both ends).
 */
export interface DelimiterRowShape {
  /** Columns the row must have at least (1: `| --- |`, which GFM allows). */
  columns?: number;
  /** Dashes each cell must have at least. */
  dashes?: number;
  /** `any`: a pipe somewhere (`--- | ---`, not a lone `---`, which is a thematic break); `both-ends`: `| … |`. */
  pipes?: 'optional' | 'any' | 'both-ends';
}

const compiled = new Map<string, RegExp>();

function delimiterPattern(columns: number, dashes: number, bothEnds: boolean): RegExp {
  const key = `${columns}/${dashes}/${bothEnds}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    // The line is trimmed before the test, so no space is matched at its ends, and the spaces of a
    // cell meet another cell's only across a pipe: no two quantifiers share a run (no backtracking).
    const cell = `[ \\t]*:?-{${dashes},}:?[ \\t]*`;
    const edge = bothEnds ? '\\|' : '\\|?';
    pattern = new RegExp(`^${edge}${cell}(?:\\|${cell}){${columns - 1},}${edge}$`);
    compiled.set(key, pattern);
  }
  return pattern;
}

/** Whether `line` is a table's delimiter row of the given shape (by default GFM's: one column, one dash). */
export function isTableDelimiterRow(line: string, { columns = 1, dashes = 1, pipes = 'optional' }: DelimiterRowShape = {}): boolean {
  if (!line.includes('-')) return false;
  const text = line.trim();
  if (pipes !== 'optional' && !text.includes('|')) return false;
  return delimiterPattern(columns, dashes, pipes === 'both-ends').test(text);
}

/** Whether a row's cells, already split and trimmed, are a delimiter row's (`---`, `:--`, `:-:`). */
export function isDelimiterCells(cells: readonly string[]): boolean {
  return cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** A table row's cells with their offsets in the line (a `\|` stays in its cell; the outer pipes left out). */
export function tableRowCells(line: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] === '|') {
      cells.push({ text: line.slice(start, i), start });
      start = i + 1;
    }
  }
  return cells;
}

/** The trimmed cells of a line written as a table row (`| a | b |`, pipes at both ends), split at pipes not escaped; undefined for any other line. */
export function pipedRowCells(line: string): string[] | undefined {
  const row = /^\s*\|(.*)\|\s*$/.exec(line);
  return row ? row[1].split(/(?<!\\)\|/).map((cell) => cell.trim()) : undefined;
}
