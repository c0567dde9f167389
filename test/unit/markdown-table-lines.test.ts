import { describe, expect, it } from 'vitest';
import { isDelimiterCells, isTableDelimiterRow, pipedRowCells, tableRowCells } from '../../src/lib/markdown-table-lines.ts';

describe('isTableDelimiterRow: the one reader of the line under a table header', () => {
  it('reads GFM delimiter rows by default, outer pipes written or not, colons at either end', () => {
    for (const line of ['| --- | :---: |', '|---|---|', '--- | ---', '| :-- |', '  |-|  ', '|:-:|--:|\r', '---|---|']) {
      expect(isTableDelimiterRow(line), line).toBe(true);
    }
  });

  it('refuses rows that are not delimiter rows', () => {
    for (const line of ['| a | b |', '| -- x | --- |', '| | |', '||', '|---||---|', '| --- \\| --- |', '', 'text - more', '| - - |']) {
      expect(isTableDelimiterRow(line), line).toBe(false);
    }
  });

  it('a lone rule of dashes is a delimiter row only when no pipe is asked for', () => {
    expect(isTableDelimiterRow('---')).toBe(true);
    expect(isTableDelimiterRow('---', { pipes: 'any' })).toBe(false);
    expect(isTableDelimiterRow('| --- |', { pipes: 'any' })).toBe(true);
  });

  it('asks for pipes at both ends when told', () => {
    expect(isTableDelimiterRow('| --- | --- |', { pipes: 'both-ends' })).toBe(true);
    expect(isTableDelimiterRow('--- | --- |', { pipes: 'both-ends' })).toBe(false);
    expect(isTableDelimiterRow('| --- | ---', { pipes: 'both-ends' })).toBe(false);
  });

  it('counts columns and dashes when told', () => {
    expect(isTableDelimiterRow('| --- |', { columns: 2 })).toBe(false);
    expect(isTableDelimiterRow('| --- | --- |', { columns: 2 })).toBe(true);
    expect(isTableDelimiterRow('| --- | --- |', { columns: 3 })).toBe(false);
    expect(isTableDelimiterRow('| - | - |', { columns: 2, dashes: 3 })).toBe(false);
    expect(isTableDelimiterRow('| --- | :---: |', { columns: 2, dashes: 3 })).toBe(true);
  });

  it('answers at once on a long run of spaces and dashes that is no row', () => {
    const line = `|${'- '.repeat(20_000)}x`;
    // A backtracking pattern takes seconds here; the answer is what is checked, and a hang fails by the test's timeout.
    expect(isTableDelimiterRow(line)).toBe(false);
    expect(isTableDelimiterRow(`---${' '.repeat(50_000)}x`)).toBe(false);
  });
});

describe('isDelimiterCells', () => {
  it('reads split cells', () => {
    expect(isDelimiterCells(['---', ':--', ':-:', '--:'])).toBe(true);
    expect(isDelimiterCells(['---', 'a'])).toBe(false);
    expect(isDelimiterCells(['---', ''])).toBe(false);
  });
});

describe('tableRowCells', () => {
  it('splits a row at pipes not escaped, each cell with its offset on the line', () => {
    const line = '| a \\| b | cc |';
    const cells = tableRowCells(line);
    expect(cells.map((cell) => cell.text)).toEqual([' a \\| b ', ' cc ']);
    for (const cell of cells) expect(line.slice(cell.start, cell.start + cell.text.length)).toBe(cell.text);
  });
});

describe('pipedRowCells', () => {
  it('gives the trimmed cells of a row with pipes at both ends, an escaped pipe kept in its cell', () => {
    expect(pipedRowCells('  | 17:49 | a \\| b |  ')).toEqual(['17:49', 'a \\| b']);
    expect(pipedRowCells('17:49 | deploy |')).toBeUndefined();
    expect(pipedRowCells('text')).toBeUndefined();
  });
});
