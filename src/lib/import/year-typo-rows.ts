/**
 * A timeline row whose year is one off from every other row's ("2021-01-09 00:16" among rows of
 * 2022-01-09, Taskcluster's Google incident retrospective; session 30) is a slip of the year, as
 * writers make in January: taken as written, it makes the incident start a year early and last a
 * year. With the other rows' year it falls within their span, so it is read with that year, and
 * the report says so. Only with three other rows or more, all of one year, and only when the
 * corrected time lies between the earliest and the latest of them: a row a year apart that stays
 * outside is an event of another year (what led to the incident), left as written.
 */
export interface DatedRow { at: string }

export function correctYearSlips<T extends DatedRow>(rows: readonly T[]): { rows: T[]; notes: string[] } {
  const notes: string[] = [];
  const out = [...rows];
  const yearOf = (row: DatedRow) => Number(row.at.slice(0, 4));
  // Only one row of another year can be a slip: anything else is read as written, without a scan.
  const years = new Map<number, number>();
  for (const row of rows) years.set(yearOf(row), (years.get(yearOf(row)) ?? 0) + 1);
  if (rows.length < 4 || years.size !== 2 || ![...years.values()].includes(1)) return { rows: out, notes };
  for (const [i, row] of rows.entries()) {
    if (years.get(yearOf(row)) !== 1) continue;
    const others = rows.filter((_, j) => j !== i);
    const year = yearOf(others[0]);
    if (!others.every((other) => yearOf(other) === year) || Math.abs(yearOf(row) - year) !== 1) continue;
    const corrected = `${year}${row.at.slice(4)}`;
    const times = others.map((other) => Date.parse(other.at));
    const at = Date.parse(corrected);
    if (!Number.isFinite(at) || at < Math.min(...times) || at > Math.max(...times)) continue;
    out[i] = { ...row, at: corrected };
    notes.push(`a row dated ${row.at} is a year apart from every other row (${year}): read as ${corrected}, within their span (check the report's year)`);
  }
  return { rows: out, notes };
}
