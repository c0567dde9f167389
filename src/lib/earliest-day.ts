/**
 * The first day a day given to a command may name: 1970-01-01, the zero of computer clocks.
 * KB_AS_OF, `asOf` and `npm run new -- --started` took no earlier day; the other days of the
 * command line (`digest --since`, `evidence --from`, `--set drafted=`, `fill --publish`,
 * `measure:adoption --day`, `--date`) took any, so `--since 1969-12-31` or `0001-01-01` (a year
 * mistyped) gave a digest "1 Jan 0001 – …" and an evidence pack of it, status 0 (bad input round 36).
 */
export const earliestDay = '1970-01-01';

/**
 * Why `day` (a real `YYYY-MM-DD`), given as `given` (`--since 1969-12-31`), is too early to be
 * meant, or undefined. A postmortem kept as history may tell an older incident (`historical: true`
 * in its file); no command's period, draft or publication day starts before 1970.
 */
export function dayBeforeEarliestProblem(day: string, given: string): string | undefined {
  if (day >= earliestDay) return undefined;
  return `${given} is before ${earliestDay}: no period, draft or publication day of this knowledge base starts that early (KB_AS_OF and --started take no earlier day either), so the year is surely mistyped. Give a day from ${earliestDay} on.`;
}
