import { parseMarkdown } from './report-structure.ts';
import { findFootnoteProblems } from '../undefined-references.ts';
import { escapeOpeningsAt } from './escape-at-places.ts';

/**
 * A report's footnote mark without its note (`[^incident_on_boot]` whose note was written without
 * the colon, `[^incident_on_boot] First time I reboot …`) is shown as text by the site, which
 * `npm run check` refuses; a note no mark refers to is left out of the page, its text shown
 * nowhere. Both are made plain text, as written (`\[^incident_on_boot]`), so the draft shows every
 * word and passes the check. Returns the body and how many were escaped.
 */
export function escapeUnpairedFootnotes(body: string): { body: string; escaped: number } {
  if (!/\[\^[^\]\s]+\]/.test(body)) return { body, escaped: 0 };
  const problems = findFootnoteProblems(parseMarkdown(body), body);
  if (!problems.length) return { body, escaped: 0 };
  return escapeOpeningsAt(body, problems, '[^', 4);
}
