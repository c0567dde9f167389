/**
 * A timeline row dated long before the day the report states ("2014-03-02 service created" in a
 * report of 2019-06-11) tells the system's history, not the incident: its time is no start (import
 * round 33; round 29's leftover, where such a row became `times.started` years early). A post's
 * timeline may open some weeks before its publication day (src/lib/import/import-report.ts takes
 * the first row's day then, up to 45 days), so only rows further back than that count, and only when
 * another timed row lies within that window: a report whose every row is that far back states a
 * day that is not the incident's (a post published late), and the rows keep their key times.
 */
export const backgroundDays = 45;

export function rowsLongBeforeDay<Row extends { at: string }>(rows: Row[], statedDay: string | undefined): Row[] {
  if (!statedDay) return [];
  const day = Date.parse(`${statedDay}T00:00:00Z`);
  if (Number.isNaN(day)) return [];
  const isBackground = (row: Row) => day - Date.parse(row.at) > backgroundDays * 86_400_000;
  const background = rows.filter(isBackground);
  return background.length && background.length < rows.length ? background : [];
}
