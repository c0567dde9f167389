import { csvField } from '../follow-ups.ts';

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. Jira's export
 * repeats a header for multi-value fields (`Labels,Labels,Labels`), so rows are read by position
 * and `columnValues` collects every column with a given header.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') line += 1;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    }
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  // The line of the opening quote: "not closed before the end of the file" left a long export to search.
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field opened there is not closed before the end of the file (a " inside a field is written ""); export the file again from the tracker.`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((value) => value !== ''));
}

/** One CSV table: its header and a reader for each row. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  /** Every non-empty value under columns named `name` (case-insensitive), in column order. */
  values(row: string[], name: string): string[];
  /** The first non-empty value under `name`. */
  value(row: string[], name: string): string | undefined;
}

export function readCsvTable(text: string): CsvTable {
  const [header = [], ...rows] = parseCsv(text);
  const indexes = (name: string) => header.flatMap((h, i) => (h.trim().toLowerCase() === name.toLowerCase() ? [i] : []));
  const values = (row: string[], name: string) => indexes(name).map((i) => (row[i] ?? '').trim()).filter(Boolean);
  return { header: header.map((h) => h.trim()), rows, values, value: (row, name) => values(row, name)[0] };
}

/** A CSV document (CRLF line ends, as RFC 4180 says) from a header and rows. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
