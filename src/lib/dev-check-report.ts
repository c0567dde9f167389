import { formatFindingsText, type Finding } from './findings.ts';

/** What `npm run dev` prints of a saved file's check, and at which level. */
export interface DevCheckReport {
  severity: 'error' | 'warning';
  text: string;
}

const findingKey = (f: Finding) => `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;

/** A saved body the loader could not render (the page keeps its last good version): the rule it broke and the loader's words. */
export interface BodyStop {
  rule: string;
  message: string;
}

/**
 * What `npm run dev` says of a saved file once `npm run check`'s findings for it came (the body's
 * findings, lints, a public post's redaction findings), in the check's own words: the findings
 * not said already (`saidAlready`: the front matter's errors, printed at the save because they
 * keep the page at its last good version). `print` is unset when there is nothing new since the
 * file's last report (`lastReport`, what `last` returned then: a save that changes a word of the
 * account would otherwise repeat the same warnings each time); when the findings are gone, one
 * line says so.
 *
 * `bodyStop`: the body did not parse (or has markup the site refuses), so the page keeps its last
 * good version. The check says the same with its fix (`mdx/syntax`, or the refused markup's rule):
 * said once, in the check's words, at every save, as a front-matter error is; the loader's own
 * words only when the check does not name that rule (session 54: both were printed).
 */
export function devCheckReport(file: string, findings: readonly Finding[], saidAlready: readonly Finding[], lastReport = '', bodyStop?: BodyStop): { print?: DevCheckReport; last: string } {
  const said = new Set(saidAlready.map(findingKey));
  const rest = findings.filter((f) => !said.has(findingKey(f)));
  if (bodyStop) {
    const checkSaysIt = rest.some((f) => f.severity === 'error' && f.rule === bodyStop.rule);
    const report = rest.length ? `npm run check -- ${file} says (the page keeps its last good version until the body is fixed):\n${formatFindingsText(rest, 1)}` : '';
    const text = checkSaysIt ? report : [bodyStop.message, report].filter(Boolean).join('\n');
    return { print: { severity: 'error', text }, last: text };
  }
  if (!rest.length) return { print: lastReport ? { severity: 'warning', text: `${file}: npm run check finds nothing more in it.` } : undefined, last: '' };
  const text = `npm run check -- ${file} says (the page shows the file as saved: these findings do not hold it back):\n${formatFindingsText(rest, 1)}`;
  return { print: text === lastReport ? undefined : { severity: rest.some((f) => f.severity === 'error') ? 'error' : 'warning', text }, last: text };
}
