import { parseMarkdown } from './report-structure.ts';
import { findFootnoteProblems } from '../undefined-references.ts';

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
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  // From the end, so earlier offsets stay right.
  const offsets = [...new Set(problems.map((p) => lineStarts[p.line - 1] + p.column - 1))].sort((a, b) => b - a);
  let out = body;
  let escaped = 0;
  for (const offset of offsets) {
    const at = out.indexOf('[^', offset);
    if (at < 0 || at > offset + 4) continue;
    out = `${out.slice(0, at)}\\${out.slice(at)}`;
    escaped++;
  }
  return { body: out, escaped };
}
