/**
 * A timeline row dated long before the day the report states ("2014-03-02 service created" in a
 * report of 2019-06-11) tells the system's history, not the incident: its time is no start (import
 * round 33; round 29's leftover, where such a row became `times.started` years early). Such rows
 * are set apart from the incident's by a gap: the rows before a gap of more than 45 days, when the
 * first row after it lies within 45 days of the stated day (on either side). A timeline that runs
 * on without such a gap, weeks before the day a disclosure was published (Chia's CATbleed: June's
 * rows in a post of August), keeps its first row as the start. 45 days is the window a post's first
 * row may precede its publication day (src/lib/import/import-report.ts, round 26).
 */
export const backgroundDays = 45;

const dayMs = 86_400_000;

export function rowsLongBeforeDay<Row extends { at: string }>(rows: Row[], statedDay: string | undefined): Row[] {
  if (!statedDay) return [];
  const day = Date.parse(`${statedDay}T00:00:00Z`);
  if (Number.isNaN(day)) return [];
  const times = rows.map((row) => Date.parse(row.at));
  for (let i = 1; i < rows.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap > backgroundDays * dayMs && Math.abs(day - times[i]) <= backgroundDays * dayMs) return rows.slice(0, i);
  }
  return [];
}
