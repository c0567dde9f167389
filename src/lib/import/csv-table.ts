/**
 * A spreadsheet saved as text (CSV or TSV: Google Sheets "Download > CSV", Excel "Save as CSV"),
 * read as RFC 4180 describes it and as Excel writes it: a cell in double quotes may hold the
 * separator, line breaks and `""` for a quote; a byte-order mark opens Excel's "CSV UTF-8"; the
 * separator is `,`, or `;` where the decimal mark is a comma (Excel in most of Europe), or a tab.
 */
export interface CsvTable {
  /** The separator the file uses. */
  separator: ',' | ';' | '\t';
  /** The first row that is not empty, trimmed: the column names (src/lib/import/incident-sheets.ts may find them lower, under a title row). */
  header: string[];
  /** The header's number as the spreadsheet shows it (1 unless empty rows come first). */
  headerRow: number;
  /**
   * The other rows, each with its number as the spreadsheet shows it (a cell of several lines is
   * one row), for the import report; rows of empty cells left out.
   */
  rows: { row: number; cells: string[] }[];
  /** The row a quoted cell opened on that no quote closes, swallowing the rows after it (undefined when every quote is closed). */
  unclosedQuoteRow?: number;
}

/**
 * Which separator the file uses: of `,`, `;` and tab, the one that splits the first lines it splits
 * at all into the same number of cells, the most cells winning; else the one that splits a line
 * most. A European header may hold a comma in a name ("Impact, short") and a TSV's commas in its
 * names; the rows settle it. A title line above the table ("Incident log 2024") splits into one
 * cell, or into as many empty ones as the table has columns where Excel pads it.
 */
function fileSeparator(text: string, tsvByName: boolean): CsvTable['separator'] {
  if (tsvByName) return '\t';
  // The first lines, quoted parts (which may hold any separator, or span lines) set aside.
  const lines = text.replace(/"(?:[^"]|"")*"/g, '""').split(/\r?\n|\r/).filter((line) => line.trim()).slice(0, 6);
  const candidates = ([',', ';', '\t'] as const).map((separator) => {
    const counts = lines.map((line) => line.split(separator).length - 1).filter((n) => n > 0);
    return { separator, most: Math.max(0, ...counts), steady: counts.length > 1 && counts.every((n) => n === counts[0]) };
  });
  const steady = candidates.filter((c) => c.steady).sort((a, b) => b.most - a.most)[0];
  if (steady) return steady.separator;
  const most = [...candidates].sort((a, b) => b.most - a.most)[0];
  return most.most > 0 ? most.separator : ',';
}

/** Reads `text` (a `.csv` or `.tsv` file's content) into cells. `name` decides a tab for `.tsv`. */
export function readCsvTable(name: string, text: string): CsvTable {
  let source = text.replace(/^\uFEFF/, '');
  // Excel writes (and reads) a first line `sep=;` naming the separator.
  const declared = /^sep=([,;\t])\r?\n/.exec(source);
  if (declared) source = source.slice(declared[0].length);
  const separator = (declared?.[1] as CsvTable['separator'] | undefined) ?? fileSeparator(source, /\.tsv$/i.test(name));
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRecord = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') { cell += '"'; i++; continue; }
      if (char === '"') { quoted = false; continue; }
      if (char === '\r' && source[i + 1] === '\n') continue;
      cell += char === '\r' ? '\n' : char;
      continue;
    }
    // A quote opens a quoted cell only at its start (`5" screen` is a cell as written).
    if (char === '"' && !cell.trim()) { quoted = true; quoteRecord = records.length + 1; cell = ''; continue; }
    if (char === separator) { cells.push(cell); cell = ''; continue; }
    if (char === '\r' && source[i + 1] === '\n') continue;
    if (char === '\n' || char === '\r') {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = '';
      continue;
    }
    cell += char;
  }
  if (cell !== '' || cells.length) { cells.push(cell); records.push(cells); }
  // Rows numbered as the sheet shows them: the file's first record is row 1.
  const numbered = records.map((cells, i) => ({ row: i + 1, cells })).filter((record) => record.cells.some((c) => c.trim()));
  const [head, ...rows] = numbered;
  return { separator, header: (head?.cells ?? []).map((c) => c.trim()), headerRow: head?.row ?? 1, rows, ...(quoted ? { unclosedQuoteRow: quoteRecord } : {}) };
}

/**
 * What makes a sheet's rows unreadable as written, or undefined (bad input round 17): a quote
 * never closed took every row after it into one cell, and a row with more cells than the table
 * has columns (a comma inside a cell not in quotes splits it) lost the cells past the last column,
 * both without a word.
 */
export function sheetShapeProblem(table: CsvTable): string | undefined {
  const separator = table.separator === '\t' ? 'tab' : table.separator;
  if (table.unclosedQuoteRow !== undefined) {
    return `row ${table.unclosedQuoteRow} opens a quoted cell (") that no quote closes, so every row after it would be read as part of that one cell. Close the quote where the cell ends (a " inside a cell is written ""), or export the sheet again.`;
  }
  const records = [{ row: table.headerRow, cells: table.header }, ...table.rows];
  const lengths = new Map<number, number>();
  for (const { cells } of records) lengths.set(cells.length, (lengths.get(cells.length) ?? 0) + 1);
  // The most common row length; on a tie, the header's (a header and one row of more cells).
  const columns = [...lengths].sort((a, b) => b[1] - a[1] || Number(b[0] === table.header.length) - Number(a[0] === table.header.length) || b[0] - a[0])[0]?.[0] ?? 0;
  const ragged = records.find(({ cells }) => cells.slice(columns).some((cell) => cell.trim()));
  if (!ragged) return undefined;
  const extra = ragged.cells.slice(columns).filter((cell) => cell.trim()).map((cell) => `"${cell.trim().slice(0, 40)}"`);
  return `row ${ragged.row} has ${ragged.cells.length} cells where the table has ${columns} columns: ${extra.join(', ')} past the last column would be lost. A "${separator}" inside a cell splits it unless the cell is in double quotes: quote that cell, or export the sheet again.`;
}
