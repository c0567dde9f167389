/**
 * A month the writer forgot to turn over. passbolt's Android report lists its days oldest first,
 * "31/03/2023", then "01/03/2023" … "05/03/2023" for the first days of April (the Google deadline
 * it quotes is "the 4th of April"): read as written, five days of the incident fall a month before
 * the rows above them (import round 37 kept them so, with no key time and the start left to fill).
 *
 * A careful reader takes such a row in the next month: the row above it is in the same written
 * month and year, the row's day is earlier, and read one month on it falls on or after the row above
 * and at most `windowDays` later (the days go on across the month's end). The rows after it that
 * still write the old month are read in the new one while their days go on; a row that would then
 * go backwards is read as written again (and may be a slipped day: timeline-rows.ts). Only in a
 * list written oldest first so far (its days rose more often than they fell): a status page's
 * updates, newest first, write "30/04" over "03/04". Each run read so is said in the notes.
 */
const dayMs = 86_400_000;

// The same day a month on; a day the next month lacks (30/01) runs into the month after, weeks past
// the row above, so it is never read so.
function monthOn(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs;

/**
 * Reads the written days of a list's rows in order: `read` gives the day to read each row on,
 * `notes` says, once for each run of rows read a month on, which they were.
 */
export function monthSlipReader(windowDays = 7): { read: (day: string) => string; notes: () => string[] } {
  let previous: string | undefined;
  const runs: { above: string; written: string[]; read: string[] }[] = [];
  // The written month (YYYY-MM) read one month on while the days go on.
  let slipped: string | undefined;
  let rising = 0;
  let falling = 0;
  const goesOn = (day: string) => previous !== undefined && daysBetween(previous, day) >= 0 && daysBetween(previous, day) <= windowDays;
  return {
    read(written) {
      const carried = slipped === written.slice(0, 7);
      const starts = !carried && rising > falling && previous !== undefined && written.slice(0, 7) === previous.slice(0, 7) && written < previous;
      const moved = carried || starts ? monthOn(written) : undefined;
      if (moved !== undefined && goesOn(moved)) {
        if (starts) runs.push({ above: previous!, written: [], read: [] });
        runs.at(-1)!.written.push(written);
        runs.at(-1)!.read.push(moved);
        slipped = written.slice(0, 7);
        if (moved > previous!) rising++;
        previous = moved;
        return moved;
      }
      slipped = undefined;
      if (previous !== undefined && written > previous) rising++;
      else if (previous !== undefined && written < previous) falling++;
      previous = written;
      return written;
    },
    notes: () => runs.map((run) => {
      const span = (days: string[]) => (days[0] === days.at(-1) ? days[0] : `${days[0]} to ${days.at(-1)}`);
      return `${run.written.length} timeline row(s) dated ${span(run.written)}, written after a row of ${run.above} as the days go on across the month's end: read a month on, ${span(run.read)} (the month written was not turned over: check it)`;
    }),
  };
}
