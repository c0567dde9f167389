/**
 * People in the output of a database's client that reports paste in fenced blocks (since probe
 * round 62, docs/redaction.md, "Probe round 62"): the rows of `psql`'s aligned tables (a header,
 * a delimiter of dashes joined by `+`, the rows) and of MySQL's boxed tables (`+----+----+`
 * borders), under a column a person is put in (`username`, `usename` of `pg_stat_activity`,
 * `owner`, `author`, `assignee`, `name` …); and a person's literal a statement assigns or compares
 * to such a column (`SET owner = 'Teodrin Haskemar'`). A cell is read as a pasted field's value
 * is (`isFullNameValue`, `isPersonalHandleValue`): not `postgres`, `replicator`, `admin`, and
 * under `name` only a full name (a `name` column lists tables, pods and roles too).
 */
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';

/** Columns whose values are people's names or logins. */
const personColumn = /^(?:user|users|username|user_name|usename|usr|login|login_name|owner|author|committer|assignee|reporter|created_by|updated_by|modified_by|deleted_by|requested_by|approved_by|granted_by|grantee|full_?name|display_?name|name)$/i;
const nameOnlyColumn = /^(?:name|full_?name|display_?name)$/i;
/** psql's delimiter under the header (`----+-----------+------`) and MySQL's border (`+----+-----+`). */
const psqlDelimiter = /^\s*-{2,}(?:\+-{2,})+\s*$/;
const mysqlBorder = /^\s*\+(?:-{2,}\+)+\s*$/;
/** A statement's person column set to, or compared with, a quoted literal. */
const assignedLiteral = /(?<![\p{L}\p{N}_])(?:owner|username|user_name|usename|author|assignee|reporter|created_by|updated_by|full_?name|display_?name|login)\s*(?:=|LIKE|like)\s*'([^'\n]{2,60})'/gu;

const personValue = (column: string, value: string) => (nameOnlyColumn.test(column) ? isFullNameValue(value) : isFullNameValue(value) || isPersonalHandleValue(value));

/** A row's cells with where each starts: split at `|`, a MySQL row's outer pipes dropped. */
function cellsOf(line: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let from = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: from + lead });
    from += part.length + 1;
  }
  return /^\s*\|/.test(line) ? cells.slice(1, /\|\s*$/.test(line) ? -1 : undefined) : cells;
}

/** People in the database client's tables and statements among `lines`, read only on `codeLines`. */
export function findSqlOutputPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const add = (i: number, text: string, index: number, why: string) => {
    const list = found.get(i) ?? [];
    if (!list.some((m) => m.index === index)) list.push({ text, index, severity: 'error', why });
    found.set(i, list);
  };
  for (let i = 0; i < lines.length; i++) {
    if (!codeLines.has(i)) continue;
    const line = lines[i];
    if (line.includes("'")) {
      for (const m of line.matchAll(assignedLiteral)) {
        const value = m[1].trim();
        if (isFullNameValue(value) || isPersonalHandleValue(value)) add(i, value, m.index + m[0].lastIndexOf(m[1]), 'a person a statement assigns');
      }
    }
    // A header is the line above psql's delimiter, or the line between MySQL's first two borders.
    const psql = psqlDelimiter.test(line) && i > 0 && codeLines.has(i - 1);
    const mysql = mysqlBorder.test(line) && i + 2 < lines.length && mysqlBorder.test(lines[i + 2]) && !(i > 1 && mysqlBorder.test(lines[i - 2]));
    if (!psql && !mysql) continue;
    const header = cellsOf(lines[psql ? i - 1 : i + 1]);
    const columns = header.map((cell, at) => ({ name: cell.text, at })).filter((c) => personColumn.test(c.name));
    if (!columns.length) continue;
    for (let r = psql ? i + 1 : i + 3; r < lines.length && codeLines.has(r) && lines[r].includes('|'); r++) {
      const cells = cellsOf(lines[r]);
      if (cells.length !== header.length) break;
      for (const { name, at } of columns) {
        const cell = cells[at];
        if (cell.text && personValue(name, cell.text)) add(r, cell.text, cell.start, `a person in a database's "${name.toLowerCase()}" column`);
      }
    }
  }
  return found;
}
